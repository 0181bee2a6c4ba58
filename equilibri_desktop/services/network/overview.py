"""The network at a glance: each organisation's agreements and roles, each municipality's partners, and the
agreements list exported to .xlsx."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    AgreementStatus,
    PartyRole,
)
from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network.agreements import search_agreements
from equilibri_desktop.services.network.dto import AgreementFilter
from equilibri_desktop.storage.models import (
    Municipality,
    NetworkAgreement,
    NetworkParty,
    Organisation,
)

LIVE = (AgreementStatus.IN_FIRMA.value, AgreementStatus.IN_VIGORE.value, AgreementStatus.RINNOVATO.value)


@dataclass(frozen=True)
class Membership:
    agreement_uuid: uuid.UUID
    code: str
    title: str
    kind: str
    status: str
    role: str
    end_date: date | None
    organisation_uuid: uuid.UUID
    organisation_name: str
    organisation_kind: str
    municipality: str


def _memberships(db: Database, condition) -> tuple[Membership, ...]:
    db.require(Permission.NETWORK_READ)
    query = (select(NetworkAgreement, NetworkParty.role, Organisation,
                    func.coalesce(Municipality.name, Organisation.municipality_name))
             .join(NetworkParty, NetworkParty.agreement_id == NetworkAgreement.id)
             .join(Organisation, Organisation.id == NetworkParty.organisation_id)
             .outerjoin(Municipality, Municipality.id == Organisation.municipality_id)
             .where(condition, NetworkParty.withdrawn_on.is_(None))
             .order_by(Organisation.name, NetworkAgreement.code))
    with db.unit_of_work() as session:
        return tuple(Membership(a.uuid, a.code, a.title, a.kind, a.status, role, a.end_date, o.uuid, o.name, o.kind,
                                place or "") for a, role, o, place in session.execute(query))


def network_of_organisation(db: Database, organisation_uuid: uuid.UUID) -> tuple[Membership, ...]:
    """Every agreement (any status) the organisation is party to, with its role."""
    return _memberships(db, Organisation.uuid == organisation_uuid)


def network_of_municipality(db: Database, municipality_id: int, live_only: bool = True) -> tuple[Membership, ...]:
    """The partners based in a municipality, with the agreements binding them (in signature or in force)."""
    condition = Organisation.municipality_id == municipality_id
    if live_only:
        condition = condition & NetworkAgreement.status.in_(LIVE)
    return _memberships(db, condition)


HEADERS = ("Codice", "Tipo", "Titolo", "Stato", "Capofila", "Parti", "Firmate", "Decorrenza", "Scadenza")
WIDTHS = (16, 34, 50, 14, 40, 7, 8, 12, 12)


def export_agreements(db: Database, path: str | Path, criteria: AgreementFilter | None = None) -> int:
    """The agreements of the current view as .xlsx; returns the rows written."""
    db.require(Permission.NETWORK_READ)
    db.require(Permission.REGISTRY_EXPORT)
    page = search_agreements(db, criteria, limit=100_000)
    rows = ((r.code, AgreementKind(r.kind).label, r.title, AgreementStatus(r.status).label, r.lead_name, r.parties,
             r.signed, r.start_date, r.end_date) for r in page.items)
    written = write_workbook(path, [SheetSpec("Accordi", HEADERS, rows, WIDTHS)])
    with db.unit_of_work() as session:
        audit.record(session, AuditAction.EXPORT, table_name=NetworkAgreement.__tablename__,
                     detail=f"{written} accordi esportati in .xlsx")
    return written


def role_label(code: str) -> str:
    try:
        return PartyRole(code).label
    except ValueError:
        return code
