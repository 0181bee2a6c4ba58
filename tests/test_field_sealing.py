"""Kits and return packages are sealed: each kind of bad file is refused for its own reason, with its exit code."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.field import sealing
from equilibri_desktop.domain.field.errors import (
    DamagedPackageError,
    OtherOfficeError,
    SchemaMismatchError,
    WrongPassphraseError,
)
from equilibri_desktop.domain.field.matching import normalise_receipt, receipt_code

BODY = {"records": {"participants": [{"surname": "Rossi"}]}, "package_uuid": "p"}
PASS = "frase segreta di prova"


def _sealed(**kwargs) -> bytes:
    return sealing.seal(sealing.RETURN, BODY, PASS, schema=kwargs.get("schema", "0014"),
                        office_id=kwargs.get("office", "ufficio-1"))


def _open(data: bytes, passphrase: str = PASS, schema: str = "0014", office: str | None = "ufficio-1"):
    return sealing.unseal(data, passphrase, expected_kind=sealing.RETURN, schema=schema, office_id=office)


def test_a_sealed_file_opens_with_its_passphrase_and_hides_its_content():
    data = _sealed()
    assert b"Rossi" not in data
    assert _open(data) == BODY


def test_each_bad_file_is_refused_for_its_own_reason():
    data = _sealed()
    with pytest.raises(WrongPassphraseError, match="frase segreta"):
        _open(data, "frase sbagliata")
    with pytest.raises(DamagedPackageError, match="troncato o alterato"):
        _open(data[:-40])
    with pytest.raises(OtherOfficeError, match="altro database"):
        _open(data, office="ufficio-2")
    with pytest.raises(SchemaMismatchError, match="più recente"):
        _open(data, schema="0013")
    with pytest.raises(SchemaMismatchError, match="precedente"):
        _open(data, schema="0015")
    with pytest.raises(DamagedPackageError, match="kit da campo"):
        sealing.unseal(data, PASS, expected_kind=sealing.KIT, schema="0014", office_id=None)
    with pytest.raises(DamagedPackageError, match="non è un pacchetto"):
        _open(b"PK\x03\x04 un foglio di calcolo")
    codes = {WrongPassphraseError.exit_code, DamagedPackageError.exit_code, OtherOfficeError.exit_code,
             SchemaMismatchError.exit_code}
    assert len(codes) == 4 and 0 not in codes


@pytest.mark.parametrize("where", [10, 40, 120, -60, -1])
def test_one_altered_byte_anywhere_is_detected(where):
    data = bytearray(_sealed())
    data[where] ^= 0x20
    with pytest.raises(DamagedPackageError):
        _open(bytes(data))


def test_an_alteration_that_also_fixes_the_plain_digest_fails_authentication():
    import hashlib

    data = bytearray(_sealed())
    data[-50] ^= 0x01  # inside the ciphertext
    sealed = bytes(data[:-32])
    with pytest.raises(DamagedPackageError, match="autenticità"):
        _open(sealed + hashlib.sha256(sealed).digest())


def test_the_receipt_code_is_short_and_forgiving_to_type():
    code = receipt_code("pacchetto", "hash", "ufficio")
    assert len(code) == 11 and code[5] == "-"
    assert normalise_receipt(code.lower().replace("-", " ")) == code
    assert receipt_code("pacchetto", "hash", "altro ufficio") != code


def test_a_key_derived_once_seals_packages_the_passphrase_opens_and_a_wiped_key_seals_nothing():
    key = sealing.SealKey.derive(PASS)
    first = sealing.seal(sealing.RETURN, BODY, key, schema="0014", office_id="ufficio-1")
    second = sealing.seal(sealing.RETURN, BODY, key, schema="0014", office_id="ufficio-1")
    assert first != second  # a new nonce every time, the same salt
    assert _open(first) == BODY and _open(second) == BODY
    with pytest.raises(WrongPassphraseError):
        _open(first, "frase sbagliata")
    assert PASS not in repr(key) and not key.wiped
    key.wipe()
    assert key.wiped
    with pytest.raises(WrongPassphraseError):
        sealing.seal(sealing.RETURN, BODY, key, schema="0014", office_id="ufficio-1")
