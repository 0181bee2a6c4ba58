"""Giving an application its protocol number, safely when several clerks register at the same moment.

Numbers are given under a lock on the yearly register (a PostgreSQL advisory lock, SQLite's single write
lock) and the (year, number) unique constraint backs it up: should two transactions still clash, the
loser's whole unit of work is run again and takes the next number.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.grants.protocol import (
    next_protocol_number,
    protocol_label,
    protocol_year,
)
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.storage.models import GrantApplication

log = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 6
_PG_PROTOCOL_LOCK = int.from_bytes(b"EQPROTO1", "big") & 0x7FFF_FFFF_FFFF_FFFF
_CLASHING = ("protocol_year", "protocol_number", "public_code")  # what a retry can cure


def retry_on_clash(work: Callable[[], T]) -> T:
    """Run a whole unit of work again when it lost a race for a protocol number or a public code."""
    for attempt in range(ATTEMPTS):
        try:
            return work()
        except IntegrityError as error:
            if not any(name in str(error.orig) for name in _CLASHING):
                raise
            log.info("protocol or public code taken meanwhile: attempt %d again", attempt + 1)
            time.sleep(0.01 * (attempt + 1))
    raise DomainError("Non è stato possibile assegnare il numero di protocollo: troppe registrazioni nello "
                      "stesso istante. Riprova.")


def lock_register(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_PROTOCOL_LOCK})
    else:  # SQLite: a no-op write takes the single write lock before the last number is read
        connection.execute(text("UPDATE app_meta SET value = value WHERE 1 = 0"))


def assign_protocol(session: Session, application: GrantApplication, received_at: datetime | None) -> None:
    """Next number of the year of receipt (Rome time), the date-time of receipt, status «presentata»."""
    received = received_at or utc_now()
    if received > utc_now():
        raise DomainError("La data e l'ora di ricevimento non possono essere nel futuro.")
    lock_register(session)
    year = protocol_year(received)
    last = session.scalar(select(func.max(GrantApplication.protocol_number))
                          .where(GrantApplication.protocol_year == year))
    application.protocol_year, application.protocol_number = year, next_protocol_number(last)
    application.received_at = received
    move_application(session, application, ApplicationStatus.PRESENTATA,
                     reason=f"Protocollo n. {protocol_label(year, application.protocol_number)}")
    session.flush()
    log.info("application %s protocolled as %s", application.uuid, protocol_label(year, application.protocol_number))
