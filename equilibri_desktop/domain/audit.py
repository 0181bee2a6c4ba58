"""Audit trail rules: actions, which fields are masked or skipped, and the hash that chains the entries."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from functools import cache
from typing import Any

MASK = "***"
GENESIS_HASH = "0" * 64
HASH_FORMAT = "v1"  # bump if the canonical form ever changes; old entries keep verifying with theirs


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MERGE = "merge"
    IMPORT = "import"
    LOGIN_OK = "login_ok"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    EXPORT = "export"
    DOCUMENT = "document"
    VIEW_PROTECTED = "view_protected"
    BACKUP = "backup"
    RESTORE = "restore"
    SETTINGS = "settings"
    PROTECTION = "protection"  # a change to a person's protection flag, body or date
    VIEW_CARD = "view_card"  # a person's full card opened by someone outside her lines of work

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    AuditAction.CREATE: "Creazione",
    AuditAction.UPDATE: "Modifica",
    AuditAction.DELETE: "Eliminazione",
    AuditAction.MERGE: "Unione di schede",
    AuditAction.IMPORT: "Importazione",
    AuditAction.LOGIN_OK: "Accesso",
    AuditAction.LOGIN_FAILED: "Accesso non riuscito",
    AuditAction.LOGOUT: "Uscita",
    AuditAction.EXPORT: "Esportazione",
    AuditAction.DOCUMENT: "Documento generato",
    AuditAction.VIEW_PROTECTED: "Consultazione di scheda protetta",
    AuditAction.BACKUP: "Copia di sicurezza",
    AuditAction.RESTORE: "Ripristino",
    AuditAction.SETTINGS: "Impostazioni",
    AuditAction.PROTECTION: "Modifica della protezione",
    AuditAction.VIEW_CARD: "Consultazione della scheda",
}
# Even that a record is protected must stay hidden from users without "dati protetti": entries about
# protection are separate entries with these actions, shown only to those users (DOMAIN.md §5).
RESTRICTED_ACTIONS = frozenset({AuditAction.VIEW_PROTECTED, AuditAction.PROTECTION})

# The audit trail cannot be erased, so it must not become a second copy of personal data: these values
# are replaced by MASK (the entry still shows that the field changed, and whether it was set or cleared).
SENSITIVE_FIELDS = frozenset({
    "fiscal_code", "vat_number", "iban", "birth_date", "birth_place_code", "birth_place_name",
    "phone", "email", "pec", "cap", "notes", "isee", "password_hash", "logo_png",
})
# Parts of a column name that make it sensitive, so a column added later is masked without a change here.
SENSITIVE_PARTS = ("address", "municipality", "protection", "phone", "email", "iban", "fiscal", "isee",
                   "health", "disab", "_cap")
# Bookkeeping the entry itself already holds (who, when), and derived search keys (they copy names/phones).
SKIPPED_FIELDS = frozenset({"id", "uuid", "version", "created_at", "created_by", "updated_at", "updated_by"})
SKIPPED_PREFIXES = ("search_",)


@cache  # asked for every column of every entry: a bulk import writes thousands
def is_sensitive(field: str) -> bool:
    return field in SENSITIVE_FIELDS or any(part in field for part in SENSITIVE_PARTS)


def is_protection_field(field: str) -> bool:
    """The protected flag (shown as is, to those allowed) and the protection details (always masked)."""
    return field == "protected" or field.startswith("protection")


def is_skipped(field: str) -> bool:
    return field in SKIPPED_FIELDS or field.startswith(SKIPPED_PREFIXES)


def plain_value(value: Any) -> Any:
    """A JSON value for the entry (dates as ISO text, money as text, no bytes)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, (date, Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} byte>"
    return str(value)


def masked_change(field: str, old: Any, new: Any) -> list[Any]:
    """[old, new] with a sensitive value replaced by MASK; an empty value stays visible as empty."""
    if is_sensitive(field):
        return [MASK if old not in (None, "") else old, MASK if new not in (None, "") else new]
    return [plain_value(old), plain_value(new)]


def changes_text(changes: dict[str, list[Any]] | None) -> str:
    """The stored (and hashed) form of a change set: canonical JSON, keys sorted."""
    if not changes:
        return ""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def timestamp_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(entry_id: int, at: datetime, username: str, action: str, table_name: str,
               record_uuid: uuid.UUID | None, changes: str, detail: str, prev_hash: str) -> str:
    """SHA-256 over a canonical serialisation that includes the previous entry's hash and this id."""
    canonical = json.dumps(
        [HASH_FORMAT, entry_id, timestamp_text(at), username, action, table_name,
         str(record_uuid) if record_uuid else "", changes, detail, prev_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
