"""Export the current view of the registry to .xlsx; protected people are never exported, whoever asks."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, exists, false, func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.organisation_rules import AllianceRole, size_class
from equilibri_desktop.domain.person_kinds import ConsentKind, OccupationalStatus, PreferredContact
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.dto import Sort
from equilibri_desktop.services.registry.organisation_queries import (
    OrganisationFilter,
    organisation_conditions,
    organisation_order,
    organisations_select,
)
from equilibri_desktop.services.registry.organisation_queries import place_column as organisation_place
from equilibri_desktop.services.registry.person_queries import (
    PersonFilter,
    people_select,
    person_conditions,
    person_order,
)
from equilibri_desktop.services.registry.person_queries import place_column as person_place
from equilibri_desktop.storage.models import Municipality
from equilibri_desktop.storage.models.registry import Consent, Organisation, Person, PrivacyAcknowledgement

log = logging.getLogger(__name__)
STREAM_ROWS = 1_000
# Headers an import recognises, so an export can be corrected and imported back.
PERSON_HEADERS = ("Cognome", "Nome", "Sesso", "Data di nascita", "Luogo di nascita", "Codice fiscale",
                  "Cittadinanza", "Indirizzo", "Comune", "CAP", "Domicilio", "Comune di domicilio",
                  "CAP di domicilio", "Telefono", "Email", "PEC", "Contatto preferito", "Condizione occupazionale",
                  "Data DID", "Informativa privacy (ultima)", "Consenso newsletter", "Consenso foto")
PERSON_WIDTHS = (18, 16, 6, 14, 22, 19, 12, 30, 22, 7, 30, 22, 7, 16, 28, 28, 14, 22, 12, 14, 10, 10)
ORGANISATION_HEADERS = ("Denominazione", "Tipo", "Forma giuridica", "Codice fiscale", "Partita IVA", "Indirizzo",
                        "Comune", "CAP", "PEC", "Email", "Telefono", "ATECO", "Dipendenti", "di cui donne",
                        "di cui uomini", "Dimensione", "Legale rappresentante", "Ruolo nell'alleanza",
                        "Partner dal")
ORGANISATION_WIDTHS = (40, 22, 20, 17, 13, 30, 22, 7, 30, 30, 16, 8, 10, 10, 10, 16, 26, 12, 12)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    excluded_protected: int | None  # protected people matching the view; None when the user may not know


def _yes(flag: object) -> str:
    return "sì" if flag else "no"


def _label(enum, code: str) -> str:
    item = enum.from_code(code)
    return item.label if item else ""


def _active(kind: ConsentKind):
    return exists().where(Consent.person_id == Person.id, Consent.kind == kind.value, Consent.withdrawn_on.is_(None))


def _person_rows(session, conditions, order) -> Iterator[tuple]:
    domicile = Municipality.__table__.alias("domicile")
    last_ack = (select(func.max(PrivacyAcknowledgement.acknowledged_on))
                .where(PrivacyAcknowledgement.person_id == Person.id).scalar_subquery())
    columns = [Person.surname, Person.first_name, Person.sex, Person.birth_date, Person.birth_place_name,
               Person.fiscal_code, Person.citizenship, Person.address, person_place(True).label("place"), Person.cap,
               Person.domicile_address, func.coalesce(domicile.c.name, Person.domicile_municipality_name),
               Person.domicile_cap, Person.phone, Person.email, Person.pec, Person.preferred_contact,
               Person.occupational_status, Person.did_date, last_ack, _active(ConsentKind.NEWSLETTER),
               _active(ConsentKind.FOTO)]
    query = (people_select(columns, conditions).outerjoin(domicile, domicile.c.id == Person.domicile_municipality_id)
             .order_by(*order).execution_options(yield_per=STREAM_ROWS))
    for r in session.execute(query):
        yield (*r[:16], _label(PreferredContact, r[16]), _label(OccupationalStatus, r[17]), r[18], r[19],
               _yes(r[20]), _yes(r[21]))


def export_people(db: Database, path: str | Path, criteria: PersonFilter = PersonFilter(),
                  sort: Sort = Sort()) -> ExportResult:
    """The people of the current view (same filter and order as the list), one row each."""
    db.require(Permission.REGISTRY_EXPORT)
    can_see = db.actor.can(Permission.PROTECTED_DATA)
    with db.unit_of_work() as session:
        conditions = person_conditions(session, criteria, can_see)
        excluded = session.scalar(select(func.count()).select_from(Person)
                                  .where(*conditions, Person.protected.is_(True))) if can_see else None
        # Whatever the filter and whoever asks: people at risk never leave the program in a file.
        rows = _person_rows(session, [*conditions, Person.protected == false()], person_order(sort, True))
        written = write_workbook(path, [SheetSpec("Persone", PERSON_HEADERS, rows, PERSON_WIDTHS)])
        audit.record(session, AuditAction.EXPORT, table_name=Person.__tablename__,
                     detail=f"{written} persone esportate in .xlsx")
    log.info("people exported: %d rows", written)
    return ExportResult(Path(path), written, excluded)


def _organisation_rows(session, conditions, order) -> Iterator[tuple]:
    columns = [Organisation.name, Organisation.kind, Organisation.legal_form, Organisation.fiscal_code,
               Organisation.vat_number, Organisation.address, organisation_place().label("place"), Organisation.cap,
               Organisation.pec, Organisation.email, Organisation.phone, Organisation.ateco, Organisation.employees,
               Organisation.employees_women, Organisation.employees_men, Person.surname, Person.first_name,
               Organisation.alliance_role, Organisation.partner_since]
    query = (organisations_select(columns, conditions)
             .outerjoin(Person, and_(Person.id == Organisation.legal_representative_id))
             .order_by(*order).execution_options(yield_per=STREAM_ROWS))
    for r in session.execute(query):
        size = size_class(r.kind, r.employees)
        role = AllianceRole(r.alliance_role) if r.alliance_role in set(AllianceRole) else None
        representative = f"{r.surname} {r.first_name}" if r.surname else ""
        yield (r.name, OrganisationKind.from_code(r.kind).label, r.legal_form, r.fiscal_code, r.vat_number,
               r.address, r.place, r.cap, r.pec, r.email, r.phone, r.ateco, r.employees, r.employees_women,
               r.employees_men, size.label if size else "", representative, role.label if role else "",
               r.partner_since)


def export_organisations(db: Database, path: str | Path, criteria: OrganisationFilter = OrganisationFilter(),
                         sort: Sort = Sort()) -> ExportResult:
    """The organisations of the current view; IBAN and notes stay out (not needed outside the program)."""
    db.require(Permission.REGISTRY_EXPORT)
    with db.unit_of_work() as session:
        rows = _organisation_rows(session, organisation_conditions(session, criteria), organisation_order(sort))
        written = write_workbook(path, [SheetSpec("Enti", ORGANISATION_HEADERS, rows, ORGANISATION_WIDTHS)])
        audit.record(session, AuditAction.EXPORT, table_name=Organisation.__tablename__,
                     detail=f"{written} enti esportati in .xlsx")
    log.info("organisations exported: %d rows", written)
    return ExportResult(Path(path), written, None)
