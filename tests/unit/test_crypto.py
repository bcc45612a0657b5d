from __future__ import annotations

import json
import os
import stat

import pytest

from storage.crypto import DecryptError, KeyFileError, Vault, init_key_file, load_vault


def test_round_trip_and_binding_to_row(tmp_path):
    path = tmp_path / "k.key"
    init_key_file(path)
    vault = load_vault(path)
    token = vault.encrypt("Nguyễn Văn An".encode(), b"contact.name:1")
    assert "Nguyễn".encode() not in token
    assert vault.decrypt(token, b"contact.name:1").decode() == "Nguyễn Văn An"
    with pytest.raises(DecryptError):
        vault.decrypt(token, b"contact.name:2")  # moved to another row
    tampered = token[:-1] + bytes([token[-1] ^ 1])
    with pytest.raises(DecryptError):
        vault.decrypt(tampered, b"contact.name:1")


def test_same_value_encrypts_differently_but_indexes_alike(tmp_path):
    vault = Vault.generate()
    a, b = vault.encrypt(b"x", b"ad"), vault.encrypt(b"x", b"ad")
    assert a != b
    assert vault.blind_index("email", "a@b.vn") == vault.blind_index("email", "a@b.vn")
    assert vault.blind_index("email", "a@b.vn") != vault.blind_index("phone", "a@b.vn")
    assert vault.blind_index("email", None) is None
    assert Vault.generate().blind_index("email", "a@b.vn") != vault.blind_index("email", "a@b.vn")


def test_key_file_is_private_and_never_overwritten(tmp_path):
    path = tmp_path / "k.key"
    init_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = path.read_bytes()
    with pytest.raises(KeyFileError, match="already exists"):
        init_key_file(path)
    assert path.read_bytes() == before


def test_refuses_missing_open_or_broken_key_files(tmp_path):
    with pytest.raises(KeyFileError, match="mailroom keys init"):
        load_vault(tmp_path / "none.key")
    path = tmp_path / "k.key"
    init_key_file(path)
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        load_vault(path)
    os.chmod(path, 0o600)
    document = json.loads(path.read_text())
    document["keys"]["1"] = "c2hvcnQ="
    path.write_text(json.dumps(document))
    with pytest.raises(KeyFileError, match="32 bytes"):
        load_vault(path)
