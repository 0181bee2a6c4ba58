"""The beneficiary's expense report (rendicontazione): receipts with their files, totals, submission, and
the balance tranche recomputed from the eligible spending."""

from __future__ import annotations

import logging
import re
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.file_names import refuse_executable, safe_file_name
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import TrancheCondition, TrancheStatus
from equilibri_desktop.domain.grants.payment_expenses import validate_expense
from equilibri_desktop.domain.grants.payments import (
    balance_after_report,
)
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.documents.files import stage_copy
from equilibri_desktop.services.grants.payment_dto import (
    ExpenseInput,
    ExpenseReport,
    ExpenseRow,
)
from equilibri_desktop.services.grants.payment_queries import granted_for
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.services.grants.withholding import (
    apply_withholding,
    tranche_withholding,
)
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantExpense,
    GrantTranche,
)

log = logging.getLogger(__name__)
EDITABLE_STATUSES = frozenset({S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA})
ATTACHMENTS_FOLDER = Path("allegati") / "rendiconti"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _copy_attachment(data_dir: Path, application_uuid: uuid.UUID, source: Path) -> tuple[str, str]:
    """Copy the receipt's file into the data folder; (path relative to the data folder, SHA-256)."""
    if not source.is_file():
        raise DomainError(f"Il file {source.name} non esiste o non si può leggere.")
    refuse_executable(source.name)  # a double click in the data folder must never run a program
    folder = data_dir / ATTACHMENTS_FOLDER / str(application_uuid)
    staged = stage_copy(source, folder / safe_file_name(_UNSAFE.sub("_", source.name)[-80:]))
    # The checksum in the name keeps two receipts called "fattura.pdf" apart.
    staged.target = folder / f"{staged.sha256[:12]}_{staged.target.name}"
    staged.place()
    return (ATTACHMENTS_FOLDER / str(application_uuid) / staged.target.name).as_posix(), staged.sha256


def _expense_row(row: GrantExpense) -> ExpenseRow:
    return ExpenseRow(row.uuid, row.version, row.spent_on, row.supplier, row.amount_cents, row.category,
                      row.description, row.document_number, row.eligible, row.ineligible_reason,
                      row.attachment_path, row.attachment_sha256)


def _balance_tranche(tranches: list[GrantTranche]) -> GrantTranche | None:
    balance = [t for t in tranches if t.condition == TrancheCondition.RENDICONTO_FINALE.value
               and t.status != TrancheStatus.ANNULLATA.value]
    return balance[-1] if balance else None


def _report(session: Session, application: GrantApplication, recompute: bool = False) -> ExpenseReport:
    rows = session.scalars(select(GrantExpense).where(GrantExpense.application_id == application.id)
                           .order_by(GrantExpense.spent_on, GrantExpense.id)).all()
    eligible = sum(r.amount_cents for r in rows if r.eligible)
    total = sum(r.amount_cents for r in rows)
    granted, _ranked_on = granted_for(session, application.id)
    share = Decimal(session.get(GrantCall, application.call_id).max_cost_share_pct)
    tranches = session.scalars(select(GrantTranche).where(GrantTranche.application_id == application.id)
                               .order_by(GrantTranche.position)).all()
    target = _balance_tranche(list(tranches))
    others = sum(t.gross_cents for t in tranches if t is not target and t.status != TrancheStatus.ANNULLATA.value)
    balance = balance_after_report(granted, eligible, share, others)
    if recompute and target is not None and target.status == TrancheStatus.DA_PAGARE.value:
        apply_withholding(target, tranche_withholding(session, application, balance.balance_cents))
    submitted = S(application.status) in (S.RENDICONTATA, S.CHIUSA)
    return ExpenseReport(application.uuid, tuple(_expense_row(r) for r in rows), total, eligible, total - eligible,
                         granted, balance.due_cents, balance.other_tranches_cents, balance.balance_cents,
                         balance.excess_cents, submitted)


def expense_report(db: Database, application_uuid: uuid.UUID) -> ExpenseReport:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return _report(session, find_by_uuid(session, GrantApplication, application_uuid))


def _editable(session: Session, application: GrantApplication) -> None:
    if S(application.status) not in EDITABLE_STATUSES:
        raise DomainError(f"Il rendiconto di una domanda «{S(application.status).label}» non si può modificare.")
    target = _balance_tranche(list(session.scalars(select(GrantTranche).where(
        GrantTranche.application_id == application.id).order_by(GrantTranche.position))))
    if target is not None and target.status == TrancheStatus.PAGATA.value:
        raise DomainError("Il saldo è già stato pagato: il rendiconto non si modifica più.")


def _apply(db: Database, row: GrantExpense, application: GrantApplication, data: ExpenseInput) -> None:
    clean = validate_expense(data.spent_on, data.supplier, data.amount_cents, data.category, data.description,
                             data.document_number, data.eligible, data.ineligible_reason)
    for name in ("spent_on", "supplier", "amount_cents", "category", "description", "document_number",
                 "eligible", "ineligible_reason"):
        setattr(row, name, getattr(clean, name))
    if data.attachment is not None:
        row.attachment_path, row.attachment_sha256 = _copy_attachment(db.config.data_dir, application.uuid,
                                                                      Path(data.attachment))


def _saved(session: Session, application: GrantApplication) -> ExpenseReport:
    session.flush()
    # After the report was submitted every correction (a receipt found ineligible) moves the balance.
    return _report(session, application, recompute=application.status == S.RENDICONTATA.value)


def add_expense(db: Database, application_uuid: uuid.UUID, data: ExpenseInput) -> ExpenseReport:
    db.require(Permission.PAYMENTS_WRITE)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        _editable(session, application)
        row = GrantExpense(application_id=application.id)
        _apply(db, row, application, data)
        session.add(row)
        return _saved(session, application)


def update_expense(db: Database, expense_uuid: uuid.UUID, data: ExpenseInput, expected_version: int) -> ExpenseReport:
    db.require(Permission.PAYMENTS_WRITE)
    with db.unit_of_work() as session:
        row = find_by_uuid(session, GrantExpense, expense_uuid, lock=True)
        check_version(row, expected_version)
        application = session.get(GrantApplication, row.application_id)
        _editable(session, application)
        _apply(db, row, application, data)
        return _saved(session, application)


def remove_expense(db: Database, expense_uuid: uuid.UUID) -> ExpenseReport:
    """The receipt leaves the report; its file stays in the data folder (the audit trail points to it)."""
    db.require(Permission.PAYMENTS_WRITE)
    with db.unit_of_work() as session:
        row = find_by_uuid(session, GrantExpense, expense_uuid, lock=True)
        application = session.get(GrantApplication, row.application_id)
        _editable(session, application)
        session.delete(row)
        return _saved(session, application)


def submit_final_report(db: Database, application_uuid: uuid.UUID) -> ExpenseReport:
    """The final report is in: the application becomes «rendicontata» and the balance is recomputed."""
    db.require(Permission.PAYMENTS_WRITE)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        if not session.scalar(select(GrantExpense.id).where(GrantExpense.application_id == application.id)):
            raise DomainError("Il rendiconto non ha ancora nessuna spesa: registra le ricevute prima di chiuderlo.")
        move_application(session, application, S.RENDICONTATA)
        report = _saved(session, application)
        log.info("final report of application %s submitted", application.uuid)
        return report


def attachment_file(db: Database, expense_uuid: uuid.UUID) -> Path | None:
    """The receipt's file in the data folder, to open it; None when it has none."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        path = find_by_uuid(session, GrantExpense, expense_uuid).attachment_path
    return db.config.data_dir / path if path else None
