"""Official numbers of the grant acts, letters and incoming applications (DPR 445/2000 art. 53).

The program's own numbers ("1/2026", protocol "2026/0005") are internal references. When a signed act is
entered in the body's register of acts, or a letter or an application in its protocol, the clerk records the
official number and date here; documents generated afterwards cite the act by them, and a draft printed before
shows "n. ____ del ____".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    GeneratedDocument,
    GrantApplication,
    GrantOfficialNumber,
)

BLANK = "____"


def _checked(number: str, on: date | None, not_before: date | None) -> str:
    errors, number = [], " ".join((number or "").split())
    if not number:
        errors.append(FieldError("official_number", "Scrivi il numero assegnato dal registro ufficiale."))
    elif len(number) > 40:
        errors.append(FieldError("official_number", "Il numero è troppo lungo: al massimo 40 caratteri."))
    if on is None:
        errors.append(FieldError("official_date", "Scrivi la data di registrazione."))
    elif on > office_today():
        errors.append(FieldError("official_date", "La data di registrazione non può essere nel futuro."))
    elif not_before is not None and on < not_before:
        errors.append(FieldError("official_date", f"La registrazione non può precedere il documento "
                                                  f"({not_before:%d/%m/%Y})."))
    if errors:
        raise ValidationError(errors)
    return number


def register_document(db: Database, document_uuid: uuid.UUID, official_number: str,
                      official_date: date | None) -> tuple[str, date]:
    """Record (or correct) the official number and date of a generated act or letter."""
    db.require(Permission.GRANTS_DECIDE)
    with db.unit_of_work() as session:
        document = find_by_uuid(session, GeneratedDocument, document_uuid)
        number = _checked(official_number, official_date, document.issued_on)
        row = session.scalar(select(GrantOfficialNumber).where(GrantOfficialNumber.document_id == document.id))
        if row is None:
            row = GrantOfficialNumber(document_id=document.id)
            session.add(row)
        row.official_number, row.official_date = number, official_date
        session.flush()
        return number, official_date


def register_application_protocol(db: Database, application_uuid: uuid.UUID, official_number: str,
                                  official_date: date | None) -> tuple[str, date]:
    """Record the body's protocol number and date of an application received."""
    db.require(Permission.GRANTS_WRITE)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        number = _checked(official_number, official_date, None)
        application.official_protocol, application.official_protocol_date = number, official_date
        session.flush()
        return number, official_date


def official_of(session: Session, document: GeneratedDocument) -> tuple[str, date | None]:
    """The official number and date of a document, or blanks while it is not registered."""
    row = session.scalar(select(GrantOfficialNumber).where(GrantOfficialNumber.document_id == document.id))
    return (row.official_number, row.official_date) if row else (BLANK, None)


def record_rna(db: Database, application_uuid: uuid.UUID, cor_code: str, de_minimis_checked_on: date | None) -> None:
    """The COR code the Registro nazionale aiuti gave the grant (D.M. 115/2017 art. 9) and the date of the de
    minimis check made with it: both printed in the decision and in the letter."""
    db.require(Permission.GRANTS_DECIDE)
    code = "".join((cor_code or "").split())
    errors = []
    if not code or len(code) > 40:
        errors.append(FieldError("rna_cor_code", "Scrivi il codice COR (al massimo 40 caratteri)."))
    if de_minimis_checked_on is None or de_minimis_checked_on > office_today():
        errors.append(FieldError("de_minimis_checked_on", "Scrivi la data della verifica «de minimis» (non futura)."))
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        application.rna_cor_code, application.de_minimis_checked_on = code, de_minimis_checked_on
        session.flush()


@dataclass(frozen=True)
class RnaRecord:
    """What the application's «De minimis e RNA» tab shows besides the declared amount."""

    cor_code: str
    de_minimis_checked_on: date | None
    declared_cents: int | None


def rna_record(db: Database, application_uuid: uuid.UUID) -> RnaRecord:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid)
        return RnaRecord(application.rna_cor_code, application.de_minimis_checked_on,
                         application.de_minimis_received_cents)
