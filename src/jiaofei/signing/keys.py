"""Loading RSA keys in the forms people paste: PEM (PKCS#1 or PKCS#8, certificates for public
keys) and one-line base64 of the DER bytes."""

from __future__ import annotations

import base64
import binascii

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey


def _der(text: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("key is neither PEM nor base64 DER") from None


def load_private_key(text: str) -> RSAPrivateKey:
    text = text.strip()
    key: object
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_private_key(text.encode(), password=None)
    else:
        der = _der(text)
        try:
            key = serialization.load_der_private_key(der, password=None)
        except ValueError:
            raise ValueError("not an RSA private key (PKCS#1 or PKCS#8)") from None
    if not isinstance(key, RSAPrivateKey):
        raise ValueError("not an RSA private key")
    return key


def load_public_key(text: str) -> RSAPublicKey:
    text = text.strip()
    key: object
    if text.startswith("-----BEGIN CERTIFICATE"):
        key = x509.load_pem_x509_certificate(text.encode()).public_key()
    elif text.startswith("-----BEGIN"):
        key = serialization.load_pem_public_key(text.encode())
    else:
        der = _der(text)
        try:
            key = serialization.load_der_public_key(der)
        except ValueError:
            try:
                key = x509.load_der_x509_certificate(der).public_key()
            except ValueError:
                raise ValueError("not an RSA public key or certificate") from None
    if not isinstance(key, RSAPublicKey):
        raise ValueError("not an RSA public key")
    return key
