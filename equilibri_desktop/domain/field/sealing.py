"""The sealed file of kits and return packages: a plain header, then the JSON body encrypted with AES-256-GCM.

The header (magic, format version, kind, schema revision, office database id, scrypt salt and parameters,
nonce) is the associated data of the encryption, so changing any byte of it or of the body fails the
authentication. It is read before decrypting only to give a precise reason: another office, another schema.
The key comes from the passphrase through scrypt (RFC 7914); the passphrase itself is never written anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from equilibri_desktop.domain.field.errors import (
    DamagedPackageError,
    OtherOfficeError,
    SchemaMismatchError,
    WrongPassphraseError,
)

MAGIC = b"EQCAMPO\x00"
FORMAT_VERSION = 1
KIT, RETURN = "kit", "rientro"
# scrypt cost: 2**15 × 8 takes ~0.1 s and 32 MiB on a laptop (the interactive-login figure of RFC 7914 §2).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_FIXED = struct.Struct(">8sH")  # magic, format version
_DIGEST = 32
_KIND_NAMES = {KIT: "un kit da campo", RETURN: "un pacchetto di rientro"}


@dataclass(frozen=True)
class Header:
    kind: str
    schema: str
    office_id: str
    salt: bytes
    nonce: bytes
    check: str = ""  # proves the passphrase before decrypting (costs a guesser nothing: scrypt is the cost)
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def encode(self) -> bytes:
        fields = {"kind": self.kind, "schema": self.schema, "office": self.office_id, "salt": self.salt.hex(),
                  "nonce": self.nonce.hex(), "check": self.check, "n": self.n, "r": self.r, "p": self.p}
        body = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
        return _FIXED.pack(MAGIC, FORMAT_VERSION) + struct.pack(">I", len(body)) + body


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    if not passphrase:
        raise WrongPassphraseError()
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _key_check(key: bytes | bytearray) -> str:
    return hmac.new(key, b"equilibri-campo-chiave", hashlib.sha256).hexdigest()[:32]


class SealKey:
    """A sealing key derived once (scrypt, with its salt and parameters): what a program that seals more than
    once keeps instead of the passphrase. `wipe` zeroes it; a wiped key seals nothing."""

    __slots__ = ("_key", "n", "p", "r", "salt")

    def __init__(self, key: bytes, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P):
        self._key, self.salt, self.n, self.r, self.p = bytearray(key), salt, n, r, p

    @classmethod
    def derive(cls, passphrase: str) -> SealKey:
        salt = os.urandom(16)
        return cls(derive_key(passphrase, salt), salt)

    @property
    def wiped(self) -> bool:
        return not any(self._key)

    def key(self) -> bytearray:
        if self.wiped:
            raise WrongPassphraseError()
        return self._key

    def wipe(self) -> None:
        self._key[:] = bytes(len(self._key))

    def __repr__(self) -> str:
        return "SealKey(…)"


def seal(kind: str, body: dict, secret: str | SealKey, *, schema: str, office_id: str) -> bytes:
    """Seal with a passphrase (a fresh salt) or with a key derived earlier (its salt goes in the header; the nonce
    is new every time, so one key may seal many packages)."""
    sealing_key = secret if isinstance(secret, SealKey) else SealKey.derive(secret)
    key = sealing_key.key()
    header = Header(kind, schema, office_id, sealing_key.salt, os.urandom(12), _key_check(key), sealing_key.n,
                    sealing_key.r, sealing_key.p)
    head = header.encode()
    plain = zlib.compress(json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8"), 6)
    sealed = head + AESGCM(key).encrypt(header.nonce, plain, head)
    # A plain digest at the end: a truncated or damaged copy is told apart from a wrong passphrase.
    return sealed + hashlib.sha256(sealed).digest()


def read_header(data: bytes, expected_kind: str) -> tuple[Header, bytes, bytes]:
    """(header, its bytes, the ciphertext) or DamagedPackageError: for a file that is not ours, or damaged."""
    what = _KIND_NAMES[expected_kind]
    if len(data) < _FIXED.size + 4 + _DIGEST or not data.startswith(MAGIC):
        raise DamagedPackageError(code="field.sealing.not_this_kind", params={"what": what})
    _magic, version = _FIXED.unpack_from(data)
    if version != FORMAT_VERSION:
        raise DamagedPackageError(code="field.sealing.other_format", params={"version": version,
                                  "ours": FORMAT_VERSION})
    sealed, digest = data[:-_DIGEST], data[-_DIGEST:]
    if not hmac.compare_digest(hashlib.sha256(sealed).digest(), digest):
        raise DamagedPackageError(code="field.sealing.truncated")
    (length,) = struct.unpack_from(">I", sealed, _FIXED.size)
    start = _FIXED.size + 4
    try:
        fields = json.loads(sealed[start:start + length])
        header = Header(fields["kind"], fields["schema"], fields["office"], bytes.fromhex(fields["salt"]),
                        bytes.fromhex(fields["nonce"]), fields["check"], int(fields["n"]), int(fields["r"]),
                        int(fields["p"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise DamagedPackageError(code="field.sealing.header_damaged") from exc
    if header.kind != expected_kind:
        raise DamagedPackageError(code="field.sealing.wrong_kind",
                                  params={"kind_name": _KIND_NAMES.get(header.kind, 'di un altro tipo'), "what": what})
    if not (2**10 <= header.n <= 2**20 and 1 <= header.r <= 16 and 1 <= header.p <= 4):
        raise DamagedPackageError(code="field.sealing.header_altered")
    return header, sealed[:start + length], sealed[start + length:]


def unseal(data: bytes, passphrase: str, *, expected_kind: str, schema: str, office_id: str | None) -> dict:
    """The body, after every check; `office_id` None accepts any office (a laptop opening its kit).

    The header is read before it is authenticated only to refuse (another office, another schema), never to
    accept: anything accepted has passed AES-GCM, whose associated data is the header."""
    header, head, cipher = read_header(data, expected_kind)
    if office_id is not None and header.office_id != office_id:
        raise OtherOfficeError()
    if header.schema != schema:
        raise SchemaMismatchError(header.schema, schema)
    key = derive_key(passphrase, header.salt, header.n, header.r, header.p)
    if not hmac.compare_digest(_key_check(key), header.check):
        raise WrongPassphraseError()
    try:
        plain = AESGCM(key).decrypt(header.nonce, cipher, head)
    except InvalidTag as exc:
        raise DamagedPackageError(code="field.sealing.not_authentic") from exc
    try:
        return json.loads(zlib.decompress(plain))
    except (zlib.error, ValueError) as exc:
        raise DamagedPackageError(code="field.sealing.content_unreadable") from exc


def office_of(data: bytes, expected_kind: str) -> str:
    """The office database a sealed file names (before decrypting: for the laptop's own bookkeeping)."""
    return read_header(data, expected_kind)[0].office_id
