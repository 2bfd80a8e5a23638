"""Team-database passwords in the operating system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service), when the optional keyring package and a keyring are there."""

import contextlib
import logging

log = logging.getLogger("drempelkompas")
SERVICE = "Drempelkompas team database"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        return not isinstance(keyring.get_keyring(), NoKeyring)
    except Exception:  # not installed, or a backend that fails to load: no keyring
        return False


def remembered_password(address: str) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, address)
    except Exception as error:  # a locked or broken keyring: the password is asked instead
        log.warning("the keyring could not be read: %s", error)
        return None


def remember_password(address: str, password: str) -> bool:
    """Keeps the password in the keyring; False when there is none (it is then asked each time)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, address, password)
        return True
    except Exception as error:  # as above
        log.warning("the keyring could not be written: %s", error)
        return False


def forget_password(address: str) -> None:
    if not keyring_available():
        return
    import keyring

    with contextlib.suppress(Exception):  # nothing remembered, or a broken keyring: nothing to forget
        keyring.delete_password(SERVICE, address)
