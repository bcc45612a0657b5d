"""Field encryption and blind indexes for personal data at rest.

AES-256-GCM with a random 96-bit nonce per value. Every ciphertext is bound to where it lives through the
associated data (e.g. ``b"contact.phone:<contact id>"``), so a value copied into another row or column
fails to decrypt instead of silently lying. Tokens carry the key version, so keys can be rotated later
without guessing which key sealed which row.

Lookups (is this sender already a contact?) use keyed HMAC-SHA256 blind indexes, never plaintext.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_FILE_FORMAT = "mailroom-keys/1"
_TOKEN_MAGIC = b"\x01"
_NONCE_BYTES = 12


class KeyFileError(Exception):
    """The key file is missing, unreadable, too open or malformed (message names the file)."""


class DecryptError(Exception):
    """A ciphertext did not verify: wrong key, wrong row/column, or tampering."""


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"mailroom:" + purpose).derive(master)


@dataclass(frozen=True)
class _KeyVersion:
    version: int
    aead: AESGCM


class Vault:
    """Encrypts, decrypts and blind-indexes with the keys from one key file."""

    def __init__(self, master_keys: dict[int, bytes], current: int) -> None:
        if current not in master_keys:
            raise KeyFileError(f"current key version {current} is not among the keys")
        self._versions = {v: _KeyVersion(v, AESGCM(_derive(k, b"encrypt"))) for v, k in master_keys.items()}
        self._current = self._versions[current]
        # The index key stays tied to the first key so indexes survive rotation of the encryption key.
        self._index_key = _derive(master_keys[min(master_keys)], b"blind-index")

    @classmethod
    def generate(cls) -> Vault:
        return cls({1: secrets.token_bytes(32)}, 1)

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._current.aead.encrypt(nonce, plaintext, aad)
        return _TOKEN_MAGIC + self._current.version.to_bytes(2, "big") + nonce + sealed

    def decrypt(self, token: bytes, aad: bytes) -> bytes:
        if len(token) < 3 + _NONCE_BYTES + 16 or token[:1] != _TOKEN_MAGIC:
            raise DecryptError("not a mailroom ciphertext")
        version = int.from_bytes(token[1:3], "big")
        key = self._versions.get(version)
        if key is None:
            raise DecryptError(f"sealed with key version {version}, which this key file does not hold")
        try:
            return key.aead.decrypt(token[3 : 3 + _NONCE_BYTES], token[3 + _NONCE_BYTES :], aad)
        except InvalidTag:
            raise DecryptError("ciphertext does not verify for this row and column") from None

    def encrypt_text(self, value: str | None, aad: bytes) -> bytes | None:
        return None if value is None else self.encrypt(value.encode("utf-8"), aad)

    def decrypt_text(self, token: bytes | None, aad: bytes) -> str | None:
        return None if token is None else self.decrypt(token, aad).decode("utf-8")

    def blind_index(self, kind: str, value: str | None) -> str | None:
        """Deterministic keyed digest of a normalised value, for equality lookups only."""
        if not value:
            return None
        digest = hmac.new(self._index_key, f"{kind}:{value}".encode("utf-8"), hashlib.sha256)
        return digest.hexdigest()


# ------------------------------------------------------------------------------------------ key file


def init_key_file(path: Path) -> None:
    """Create a new key file readable by its owner only; never overwrite an existing one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "format": KEY_FILE_FORMAT,
        "current": 1,
        "keys": {"1": base64.b64encode(secrets.token_bytes(32)).decode("ascii")},
    }
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError(f"{path}: key file already exists; refusing to overwrite it (data sealed with it would be lost)") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.write("\n")


def load_vault(path: Path) -> Vault:
    """Read a key file, refusing one that other users could read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise KeyFileError(f"{path}: key file not found; create it with `mailroom keys init`") from None
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot access key file ({exc.strerror})") from None
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(
            f"{path}: key file is accessible to group/others (mode {stat.S_IMODE(info.st_mode):04o}); run chmod 600 {path}"
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != KEY_FILE_FORMAT:
            raise ValueError(f"format is not {KEY_FILE_FORMAT}")
        keys = {int(v): base64.b64decode(k, validate=True) for v, k in document["keys"].items()}
        if any(len(k) != 32 for k in keys.values()):
            raise ValueError("every key must be 32 bytes")
        return Vault(keys, int(document["current"]))
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read key file ({exc.strerror})") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError(f"{path}: not a usable mailroom key file ({exc})") from None
