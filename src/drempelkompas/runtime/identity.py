"""Who the user is, by name: for who withdrew a version, and for a new personal certificate."""

import getpass
import os
import sys


def system_full_name() -> str:
    """The user's full name as the operating system knows it, else the login name."""
    try:
        if sys.platform == "win32":
            name = _windows_display_name()
        else:
            import pwd

            name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0]
    except (OSError, KeyError, AttributeError):
        name = ""
    return name.strip() or getpass.getuser()


def _windows_display_name() -> str:
    import ctypes

    name_display = 3  # EXTENDED_NAME_FORMAT.NameDisplay
    size = ctypes.c_ulong(0)
    secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
    secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
        return ""
    return buffer.value
