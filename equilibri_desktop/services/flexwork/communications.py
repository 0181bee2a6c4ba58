"""The Ministry of Labour's communications: the list with their deadlines, the export in the Ministry's
layout (xlsx, one sheet per communication type, or CSV with the same fields), and the date sent with the
receipt. The app never sends: the employer or its consultant uploads the file."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.flexwork.codes import (
    AgreementDuration,
    CommunicationType,
    EmploymentType,
    Sector,
)
from equilibri_desktop.domain.flexwork.ministry import (
    COLUMNS,
    TEMPLATES,
    MinistryRow,
    cell,
    due_date,
    missing_fields,
)
from equilibri_desktop.domain.messages import CodedList, CodedText
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.flexwork.dto import CommunicationRow, ExportResult
from equilibri_desktop.services.flexwork.records import find_pathway, person_name
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkCommunication,
    FlexworkPathway,
    Organisation,
    Person,
)


def communications_query():
    return (select(FlexworkCommunication, FlexworkAgreement, FlexworkPathway, Organisation, Person)
            .join(FlexworkAgreement, FlexworkAgreement.id == FlexworkCommunication.agreement_id)
            .join(FlexworkPathway, FlexworkPathway.id == FlexworkAgreement.pathway_id)
            .join(Organisation, Organisation.id == FlexworkPathway.organisation_id)
            .join(Person, Person.id == FlexworkAgreement.person_id))


def _row(c: FlexworkCommunication, a: FlexworkAgreement, p: FlexworkPathway, org: Organisation,
         person: Person) -> CommunicationRow:
    return CommunicationRow(c.uuid, p.uuid, a.uuid, org.name, person_name(person), CommunicationType(c.kind),
                            c.event_on, c.due_on, c.exported_on, c.sent_on, c.receipt)


def list_communications(db: Database, pathway_uuid: uuid.UUID | None = None,
                        pending_only: bool = False) -> tuple[CommunicationRow, ...]:
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        query = communications_query()
        if pathway_uuid is not None:
            query = query.where(FlexworkPathway.id == find_pathway(session, pathway_uuid).id)
        if pending_only:
            query = query.where(FlexworkCommunication.sent_on.is_(None))
        rows = session.execute(query.order_by(FlexworkCommunication.due_on, Person.surname)).all()
        return tuple(_row(*r) for r in rows)


def ministry_row(c: FlexworkCommunication, a: FlexworkAgreement, p: FlexworkPathway, org: Organisation,
                 person: Person) -> MinistryRow:
    return MinistryRow(
        communication_type=CommunicationType(c.kind), employer_fiscal_code=org.fiscal_code or org.vat_number or "",
        worker_fiscal_code=person.fiscal_code or "", worker_surname=person.surname, worker_name=person.first_name,
        worker_birth_date=person.birth_date, worker_birth_place=person.birth_place_code,
        employment_start=a.employment_start, employment_type=EmploymentType(a.employment_type).label,
        inail_pat=p.inail_pat, inail_tariff=p.inail_tariff, agreement_type=AgreementDuration(a.duration).label,
        signed_on=a.signed_on, period_start=a.start_on, period_end=a.end_on,
        record=f"{person_name(person)} ({org.name})", fixed_term=a.duration == AgreementDuration.FIXED.value)


def export_communications(db: Database, communication_uuids: tuple[uuid.UUID, ...], path: str | Path,
                          as_csv: bool = False) -> ExportResult:
    """Write the chosen communications; refuse the whole file, naming every record to complete, when any field
    the Ministry requires is missing (nothing half-exported)."""
    db.require(Permission.FLEXWORK_AGREEMENTS)
    if not db.actor.sees_personal_data:
        raise DomainError(code="flexwork.communications.personal_data")
    if not communication_uuids:
        raise ValidationError.coded("communications", "flexwork.communications.none_chosen")
    with db.unit_of_work() as session:
        found = session.execute(communications_query()
                                .where(FlexworkCommunication.uuid.in_(communication_uuids))
                                .order_by(FlexworkCommunication.kind, Person.surname)).all()
        rows = [ministry_row(*r) for r in found]
    problems = [CodedText("flexwork.communications.row_incomplete", record=row.record, fields=", ".join(missing))
                for row in rows if (missing := missing_fields(row))]
    if problems:
        raise DomainError(code="flexwork.communications.export_incomplete",
                          params={"problems": CodedList(problems, "\n")})
    path = Path(path)
    if as_csv:
        _write_csv(path, rows)
    else:
        _write_xlsx(path, rows)
    today = office_today()
    with db.unit_of_work() as session:
        for c in session.scalars(select(FlexworkCommunication)
                                 .where(FlexworkCommunication.uuid.in_(communication_uuids))):
            c.exported_on = today
        audit.record(session, AuditAction.EXPORT, table_name=FlexworkCommunication.__tablename__,
                     detail=f"comunicazioni lavoro agile: {len(rows)} righe, {path.name}")
    return ExportResult(str(path), len(rows))


def _write_xlsx(path: Path, rows: list[MinistryRow]) -> None:
    from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook

    headers = [header for header, _name in COLUMNS]
    sheets = [SheetSpec(title=TEMPLATES[kind], headers=headers, widths=[max(12, len(h) + 2) for h in headers],
                        rows=[[cell(r, name) for _h, name in COLUMNS] for r in rows if r.communication_type is kind])
              for kind in CommunicationType if any(r.communication_type is kind for r in rows)]
    write_workbook(path, sheets)


def _write_csv(path: Path, rows: list[MinistryRow]) -> None:
    from equilibri_desktop.io.safe_write import write_file

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")  # Italian spreadsheets open ';'-separated files directly
    writer.writerow([header for header, _name in COLUMNS])
    writer.writerows([cell(r, name) for _h, name in COLUMNS] for r in rows)
    write_file(path, lambda temp: temp.write_text(buffer.getvalue(), encoding="utf-8-sig"))


def mark_sent(db: Database, communication_uuid: uuid.UUID, sent_on: date | None, receipt: str) -> CommunicationRow:
    """Record the day the employer uploaded the communication and the Ministry's receipt."""
    db.require(Permission.FLEXWORK_AGREEMENTS)
    if sent_on is None:
        raise ValidationError.coded("sent_on", "flexwork.communications.sent_on")
    if sent_on > office_today():
        raise ValidationError.coded("sent_on", "flexwork.communications.sent_in_future")
    if not receipt.strip():
        raise ValidationError.coded("receipt", "flexwork.communications.receipt")
    with db.unit_of_work() as session:
        found = session.execute(communications_query()
                                .where(FlexworkCommunication.uuid == communication_uuid)).one_or_none()
        if found is None:
            raise DomainError(code="flexwork.communications.gone")
        c = found[0]
        if sent_on < c.event_on and c.kind not in (CommunicationType.START.value, CommunicationType.CANCEL.value):
            raise ValidationError.coded("sent_on", "flexwork.communications.sent_before_event")
        c.sent_on, c.receipt = sent_on, receipt.strip()[:120]
        session.flush()
        return _row(*found)


def cancel_communication(db: Database, communication_uuid: uuid.UUID) -> CommunicationRow:
    """A communication sent by mistake is withdrawn by an 'annullamento' (the Ministry's LA-AnnullamentoPeriodo):
    it repeats the cancelled period's data and its event day, which is how the office finds what it cancels. One
    still to send needs none: correct the agreement and its file goes out right. The law sets no term for it;
    the usual five days from today keep it among the deadlines."""
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        found = session.execute(communications_query()
                                .where(FlexworkCommunication.uuid == communication_uuid)).one_or_none()
        if found is None:
            raise DomainError(code="flexwork.communications.gone_2")
        c, a, p = found[0], found[1], found[2]
        if c.kind == CommunicationType.CANCEL.value:
            raise DomainError(code="flexwork.communications.cancel_cancellation")
        if c.sent_on is None:
            raise DomainError(code="flexwork.communications.not_sent")
        if session.scalar(select(FlexworkCommunication.id).where(
                FlexworkCommunication.agreement_id == a.id, FlexworkCommunication.id > c.id,
                FlexworkCommunication.kind == CommunicationType.CANCEL.value,
                FlexworkCommunication.event_on == c.event_on).limit(1)) is not None:
            raise DomainError(code="flexwork.communications.already_cancelled")
        cancel = FlexworkCommunication(agreement_id=a.id, kind=CommunicationType.CANCEL.value, event_on=c.event_on,
                                       due_on=due_date(office_today(), Sector(p.sector)))
        session.add(cancel)
        session.flush()
        return _row(cancel, *found[1:])
