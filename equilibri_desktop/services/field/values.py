"""Column values to and from the JSON of kits and packages, and the content hash that makes a merge idempotent."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, Numeric, Time

from equilibri_desktop.storage.base import UtcDateTime


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value


def from_json(column_type: Any, value: Any) -> Any:
    """The Python value of `value` for a column of `column_type` (the model's own column type)."""
    if value is None:
        return None
    if isinstance(column_type, UtcDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Time):
        return time.fromisoformat(value)
    if isinstance(column_type, Numeric):
        return Decimal(value)
    if isinstance(column_type, Boolean):
        return bool(value)
    return value


def column_value(model, name: str, value: Any) -> Any:
    return from_json(model.__table__.c[name].type, value)


def content_hash(record: dict) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()
