"""The transparency table of the grants (D.Lgs. 33/2013 artt. 26-27), as .xlsx or .csv for publication.

Art. 26 c.4: a beneficiary selected through a vulnerability route, or a protected person, appears only by
the application's random public code — never by name, fiscal code or project name. Nobody's address, IBAN,
personal codice fiscale or ISEE is ever written. Exporting needs GRANTS_DECIDE: publication is an act of the
procedure officer (the same right that approves rankings), not a registry export.
"""

from __future__ import annotations

import csv
import logging
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import RankingKind, ServiceKind
from equilibri_desktop.domain.money import from_cents
from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.payment_queries import FINAL_RANKINGS, funded_rows
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCoApplicant,
    GrantFirm,
    GrantRanking,
    GrantRankingEntry,
    OrganisationSettings,
    Person,
)

log = logging.getLogger(__name__)
PUBLISHED_STATUSES = frozenset({S.FINANZIATA, S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA, S.CHIUSA,
                                S.REVOCATA})
HEADERS = ("Anno", "Codice domanda", "Beneficiario", "Partita IVA", "Importo concesso (€)", "Importo liquidato (€)",
           "Norma o titolo a base dell'attribuzione", "CUP", "Ufficio e responsabile del procedimento",
           "Modalità di individuazione del beneficiario", "Progetto", "Data di concessione", "Stato")
WIDTHS = (6, 14, 40, 13, 14, 14, 50, 17, 40, 40, 40, 12, 10)
WITHHELD = "Dati non pubblicati (art. 26 c.4 D.Lgs. 33/2013)"


@dataclass(frozen=True)
class TransparencyRow:
    year: int
    public_code: str
    beneficiary: str
    vat_number: str
    granted_cents: int
    paid_cents: int
    legal_basis: str
    cup: str
    office: str
    selection_method: str
    project: str
    granted_on: date | None
    status: str
    anonymised: bool

    def values(self, amounts_as_text: bool) -> tuple:
        amounts = [from_cents(self.granted_cents), from_cents(self.paid_cents)]
        if amounts_as_text:  # Italian spreadsheets read "1234,56" from a ";" CSV
            amounts = [f"{a:.2f}".replace(".", ",") for a in amounts]
        when = self.granted_on.strftime("%d/%m/%Y") if amounts_as_text and self.granted_on else self.granted_on
        return (self.year, self.public_code, self.beneficiary, self.vat_number, *amounts, self.legal_basis,
                self.cup, self.office, self.selection_method, self.project, when, self.status)


@dataclass(frozen=True)
class TransparencyExport:
    path: Path
    rows: int
    anonymised: int


def _ranking_of(session: Session, application_id: int) -> GrantRanking | None:
    return session.scalar(select(GrantRanking).join(GrantRankingEntry, GrantRankingEntry.ranking_id == GrantRanking.id)
                          .where(GrantRankingEntry.application_id == application_id,
                                 GrantRanking.kind.in_(FINAL_RANKINGS))
                          .order_by(GrantRanking.number.desc()).limit(1))


def _is_hidden(session: Session, application: GrantApplication) -> bool:
    """Vulnerability route, or any person of the application under protection."""
    if application.vulnerability_route:
        return True
    people = [application.applicant_id, *session.scalars(select(GrantCoApplicant.person_id).where(
        GrantCoApplicant.application_id == application.id))]
    return bool(session.scalar(select(Person.id).where(Person.id.in_(people), Person.protected.is_(True)).limit(1)))


def _row(session: Session, funded, office_name: str) -> TransparencyRow:
    application = session.scalar(select(GrantApplication).where(GrantApplication.uuid == funded.uuid))
    call = session.get(GrantCall, application.call_id)
    firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
    ranking = _ranking_of(session, application.id)
    hidden = _is_hidden(session, application)
    service = ServiceKind(application.service_kind).label if application.service_kind in set(ServiceKind) else ""
    if hidden:
        beneficiary, vat, project = f"Beneficiario cod. {application.public_code} - {WITHHELD}", "", service
    else:
        if firm is not None:
            beneficiary, vat = firm.name, firm.vat_number
        else:  # not constituted yet: the woman who will run it (her codice fiscale is never published)
            beneficiary, vat = funded.applicant_name + (
                f" (impresa costituenda «{application.business_name}»)" if application.business_name else ""), ""
        project = " - ".join(part for part in (application.business_name, service) if part)
    act = f"approvato con atto n. {call.act_number}" + (
        f" del {call.act_date:%d/%m/%Y}" if call.act_date else "") if call.act_number else ""
    basis = " ".join(part for part in (f"Avviso «{call.title}»", act) if part)
    method = "Avviso pubblico: valutazione comparativa e graduatoria di merito"
    if ranking is not None:
        basis += f"; {RankingKind(ranking.kind).label.lower()} n. {ranking.number} del {ranking.ranked_on:%d/%m/%Y}"
        if ranking.kind == RankingKind.SCORRIMENTO.value:
            method += " (scorrimento della graduatoria)"
    officer = f"Responsabile del procedimento: {call.deciding_officer}" if call.deciding_officer else ""
    office = " - ".join(part for part in (office_name, officer) if part)
    granted_on = ranking.ranked_on if ranking else None
    status = "Revocato" if application.status == S.REVOCATA.value else "Concesso"
    return TransparencyRow((granted_on or office_today()).year, application.public_code, beneficiary, vat,
                           funded.granted_cents, funded.paid_cents, basis, call.cup, office, method,
                           f"{project} (domanda {application.public_code})" if project else
                           f"Domanda {application.public_code}", granted_on, status, hidden)


def transparency_rows(db: Database, call_uuid: uuid.UUID | None = None) -> tuple[TransparencyRow, ...]:
    """The rows of the table: every grant (granted amount above zero) of the call, or of all calls."""
    db.require(Permission.GRANTS_DECIDE)
    with db.unit_of_work() as session:
        return _rows(session, call_uuid)


def _rows(session: Session, call_uuid: uuid.UUID | None) -> tuple[TransparencyRow, ...]:
    office = session.scalar(select(OrganisationSettings.body_name).limit(1)) or ""
    return tuple(_row(session, funded, office) for funded in funded_rows(session, call_uuid)
                 if funded.granted_cents > 0 and S(funded.status) in PUBLISHED_STATUSES)


def _write_csv(path: Path, rows: tuple[TransparencyRow, ...]) -> None:
    """UTF-8 with BOM and ";" so Excel in Italian opens it right; replaced only once complete."""
    handle, temporary = tempfile.mkstemp(suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(HEADERS)
            writer.writerows(row.values(amounts_as_text=True) for row in rows)
        os.replace(temporary, path)
    except PermissionError:
        raise DomainError(f"Il file {path.name} non si può scrivere: forse è aperto in Excel. Chiudilo e "
                          "riprova.") from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def export_transparency(db: Database, path: str | Path, call_uuid: uuid.UUID | None = None) -> TransparencyExport:
    """Write the table to `path`: .csv for a .csv name, .xlsx otherwise. The export is audited."""
    db.require(Permission.GRANTS_DECIDE)
    path = Path(path)
    with db.unit_of_work() as session:
        rows = _rows(session, call_uuid)
        if path.suffix.lower() == ".csv":
            _write_csv(path, rows)
            kind = "csv"
        else:
            write_workbook(path, [SheetSpec("Trasparenza", HEADERS, (r.values(False) for r in rows), WIDTHS)])
            kind = "xlsx"
        hidden = sum(r.anonymised for r in rows)
        audit.record(session, AuditAction.EXPORT, table_name=GrantApplication.__tablename__,
                     detail=f"tabella trasparenza contributi: {len(rows)} righe ({hidden} con codice) in .{kind}")
    log.info("transparency table exported: %d rows, %d anonymised", len(rows), hidden)
    return TransparencyExport(path, len(rows), hidden)
