"""Password hashing (argon2id), the minimum length, and temporary passwords an administrator hands out."""

from __future__ import annotations

import secrets
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from equilibri_desktop.domain.errors import ValidationError

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200  # argon2 accepts more; a cap keeps a pasted novel from costing seconds
# No 0/O, 1/l/I: a temporary password is read aloud or copied from paper.
_TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
TEMPORARY_GROUPS = 3
TEMPORARY_GROUP_LENGTH = 4

# argon2-cffi's defaults follow RFC 9106 (argon2id, 64 MiB, 3 passes): about 0.1 s on an office PC.
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True if `password` matches; a damaged stored hash counts as a mismatch, never as an error."""
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("equilibri-dummy-password")  # made on first use: hashing costs start-up time


def burn_verification_time(password: str) -> None:
    """Verify against a dummy hash, so an unknown username takes as long as a wrong password."""
    verify_password(_dummy_hash(), password)


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's: rehash at the next login."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def validate_new_password(password: str, username: str = "", old_password: str | None = None) -> str:
    """Return the password if acceptable, else a ValidationError on field `password`."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError.coded("password", "password.too_short", minimum=MIN_PASSWORD_LENGTH,
                                    length=len(password))
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError.coded("password", "password.too_long", maximum=MAX_PASSWORD_LENGTH)
    if password.strip() != password:
        raise ValidationError.coded("password", "password.spaces")
    if username and username.casefold() in password.casefold():
        raise ValidationError.coded("password", "password.contains_username")
    if old_password is not None and password == old_password:
        raise ValidationError.coded("password", "password.unchanged")
    return password


def generate_temporary_password() -> str:
    """Like `k7Qm-4xTa-pR9w`: 12 random characters (~69 bits), valid only until the first login."""
    groups = ("".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(TEMPORARY_GROUP_LENGTH))
              for _ in range(TEMPORARY_GROUPS))
    return "-".join(groups)
