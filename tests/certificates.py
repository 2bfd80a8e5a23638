"""Signing certificates for tests: personal ones as the app makes them, and ones valid only in a window."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from drempelkompas.documents.signing import personal_certificate, sign_pdf

PASSPHRASE = b"correct horse battery"


def personal(folder: Path, name: str) -> Path:
    return personal_certificate(folder, name, "", PASSPHRASE)


def sign(data: bytes, p12: Path) -> bytes:
    return sign_pdf(data, p12, PASSPHRASE)


def valid_between(path: Path, name: str, start: datetime, end: datetime) -> Path:
    """A PKCS#12 file (passphrase PASSPHRASE) whose certificate is valid from `start` to `end`."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name.encode(), key, certificate, None, serialization.BestAvailableEncryption(PASSPHRASE)
        )
    )
    return path


def days_from_now(days: int) -> datetime:
    return datetime.now(UTC) + timedelta(days=days)
