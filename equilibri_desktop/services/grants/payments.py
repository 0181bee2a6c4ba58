"""Paying a start-up grant: the firm's constitution, the checks before each tranche, and the payment itself
(refused while a condition is missing, unless a responsabile overrides it with a reason)."""

from __future__ import annotations

import logging
import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, FieldError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import (
    PaymentCheckKind,
    TrancheCondition,
    TrancheStatus,
)
from equilibri_desktop.domain.grants.payment_firm import FirmInput, validate_firm
from equilibri_desktop.domain.grants.payments import (
    PlannedTranche,
    split_grant,
)
from equilibri_desktop.domain.grants.procedure import acceptance_gate
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.grants import procedure
from equilibri_desktop.services.grants.payment_dto import (
    CallChoice,
    FirmDetail,
    FundedRow,
    PaymentFile,
    TrancheRow,
)
from equilibri_desktop.services.grants.payment_queries import (
    funded_row,
    funded_rows,
    granted_for,
    tranche_rows,
)
from equilibri_desktop.services.grants.revocation import revocation_row
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.services.grants.withholding import (
    apply_withholding,
    tranche_withholding,
)
from equilibri_desktop.services.registry.records import find_by_uuid, municipality_refs
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantFirm,
    GrantPaymentCheck,
    GrantTranche,
    GrantTranchePlan,
    Organisation,
)

log = logging.getLogger(__name__)
PAYABLE_STATUSES = frozenset({S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA})


def list_funded(db: Database, call_uuid: uuid.UUID | None = None, status: str | None = None) -> tuple[FundedRow, ...]:
    """Funded applications with granted, paid and remaining amounts (a call has tens of them, not thousands)."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return tuple(funded_rows(session, call_uuid, status))


def funded_calls(db: Database) -> tuple[CallChoice, ...]:
    """The calls that have at least one funded application, for the list's filter."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return tuple(dict.fromkeys(CallChoice(row.call_uuid, row.call_title) for row in funded_rows(session)))


def _file(session: Session, application: GrantApplication, on: date | None) -> PaymentFile:
    firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
    call = session.get(GrantCall, application.call_id)
    return PaymentFile(funded_row(session, application), f"{call.max_cost_share_pct.normalize():f}",
                       _firm_detail(session, firm) if firm else None,
                       tranche_rows(session, application, on or office_today()), revocation_row(session, application),
                       application.accepted_on,
                       acceptance_gate(procedure.decision_registered(session, application.id)).why_not,
                       procedure.payment(session, application).why_not)


payment_file_of = _file  # for the sibling services that return the whole file


def get_payment_file(db: Database, application_uuid: uuid.UUID, on: date | None = None) -> PaymentFile:
    """Firm, tranches (conditions evaluated for a payment made on `on`, today by default) and revocation."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return _file(session, find_by_uuid(session, GrantApplication, application_uuid), on)


def _firm_detail(session: Session, firm: GrantFirm) -> FirmDetail:
    ref = municipality_refs(session).get(firm.municipality_id) if firm.municipality_id else None
    organisation_uuid = session.scalar(select(Organisation.uuid).where(Organisation.id == firm.organisation_id)) \
        if firm.organisation_id else None
    return FirmDetail(firm.uuid, firm.version, firm.name, firm.vat_number, firm.constituted_on, firm.address,
                      firm.municipality_id, ref.name if ref else "", firm.cap, firm.iban, organisation_uuid)


def _link_organisation(session: Session, application: GrantApplication, firm: GrantFirm) -> None:
    """The firm joins the registry too: the organisation with the same P.IVA, or a new one."""
    found = session.scalar(select(Organisation).where(or_(Organisation.vat_number == firm.vat_number,
                                                          Organisation.fiscal_code == firm.vat_number)))
    if found is None:
        found = Organisation(name=firm.name, kind=OrganisationKind.IMPRESA.value, vat_number=firm.vat_number,
                             legal_form=application.planned_legal_form[:60], address=firm.address,
                             municipality_id=firm.municipality_id, cap=firm.cap, iban=firm.iban,
                             ateco=application.ateco_code[:8], legal_representative_id=application.applicant_id)
        session.add(found)
        session.flush()
    firm.organisation_id = found.id


def _create_tranches(session: Session, application: GrantApplication) -> None:
    granted, _ranked_on = granted_for(session, application.id)
    if granted <= 0:
        raise DomainError("Per questa domanda non risulta un importo concesso in una graduatoria definitiva: "
                          "le tranche non si possono calcolare.")
    plan = session.scalars(select(GrantTranchePlan).where(GrantTranchePlan.call_id == application.call_id)).all()
    amounts = split_grant(granted, [PlannedTranche(p.position, p.label, Decimal(p.percent),
                                                   TrancheCondition(p.condition)) for p in plan])
    for number, amount in enumerate(amounts, start=1):
        tranche = GrantTranche(application_id=application.id, position=number, label=amount.label,
                               condition=amount.condition.value, gross_cents=amount.gross_cents)
        apply_withholding(tranche, tranche_withholding(session, application, amount.gross_cents))
        session.add(tranche)


def record_firm_constitution(db: Database, application_uuid: uuid.UUID, data: FirmInput,
                             expected_version: int | None = None, link_organisation: bool = True) -> PaymentFile:
    """Record (or correct) the firm. The first time, the application becomes «impresa costituita» and its
    tranches are created from the call's plan; a correction (a new IBAN) needs the version it was loaded at."""
    db.require(Permission.PAYMENTS_WRITE)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        clean = validate_firm(data, municipality_refs(session))
        firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
        if firm is None:
            if application.status != S.FINANZIATA.value:
                raise DomainError(f"Una domanda «{S(application.status).label}» non può registrare la "
                                  "costituzione dell'impresa: deve essere finanziata.")
            firm = GrantFirm(application_id=application.id)
            session.add(firm)
            move_application(session, application, S.IMPRESA_COSTITUITA)
            if not session.scalar(select(GrantTranche.id).where(GrantTranche.application_id == application.id)):
                _create_tranches(session, application)
        elif expected_version is not None:
            check_version(firm, expected_version)
        for name in ("name", "vat_number", "constituted_on", "address", "municipality_id", "cap", "iban"):
            setattr(firm, name, getattr(clean, name))
        if link_organisation and firm.organisation_id is None and db.actor.can(Permission.REGISTRY_WRITE):
            _link_organisation(session, application, firm)
        session.flush()
        log.info("firm of application %s recorded", application.uuid)
        return _file(session, application, None)


def _tranche_and_application(session: Session, tranche_uuid: uuid.UUID) -> tuple[GrantTranche, GrantApplication]:
    tranche = find_by_uuid(session, GrantTranche, tranche_uuid, lock=True)
    return tranche, session.get(GrantApplication, tranche.application_id)


def _row(session: Session, application: GrantApplication, tranche_id: uuid.UUID, on: date | None) -> TrancheRow:
    return next(r for r in tranche_rows(session, application, on or office_today()) if r.uuid == tranche_id)


def record_check(db: Database, tranche_uuid: uuid.UUID, kind: PaymentCheckKind | str, checked_on: date | None,
                 passed: bool, reference: str = "", note: str = "") -> TrancheRow:
    """Record (or correct) one check of a tranche with its date and outcome."""
    db.require(Permission.PAYMENTS_WRITE)
    kind = PaymentCheckKind(kind)
    if checked_on is None:
        raise ValidationError.single("checked_on", f"Scrivi la data della verifica «{kind.label}».")
    if checked_on > office_today():
        raise ValidationError.single("checked_on", "La data della verifica non può essere nel futuro.")
    with db.unit_of_work() as session:
        tranche, application = _tranche_and_application(session, tranche_uuid)
        if tranche.status == TrancheStatus.PAGATA.value:
            raise DomainError("La tranche è già pagata: le verifiche fatte prima del pagamento non si cambiano.")
        check = session.scalar(select(GrantPaymentCheck).where(GrantPaymentCheck.tranche_id == tranche.id,
                                                               GrantPaymentCheck.kind == kind.value))
        if check is None:
            check = GrantPaymentCheck(tranche_id=tranche.id, kind=kind.value)
            session.add(check)
        check.checked_on, check.passed = checked_on, bool(passed)
        check.reference, check.note = reference.strip()[:120], note.strip()
        session.flush()
        return _row(session, application, tranche.uuid, None)


def get_tranche(db: Database, tranche_uuid: uuid.UUID, on: date | None = None) -> TrancheRow:
    """One tranche with its checks and whether it could be paid on `on` (today by default)."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        tranche, application = _tranche_and_application(session, tranche_uuid)
        return _row(session, application, tranche.uuid, on)


def _unpaid(session: Session, application_id: int) -> int:
    return session.scalar(select(func.count()).select_from(GrantTranche).where(
        GrantTranche.application_id == application_id,
        GrantTranche.status.in_((TrancheStatus.DA_PAGARE.value, TrancheStatus.LIQUIDATA.value)))) or 0


def pay_tranche(db: Database, tranche_uuid: uuid.UUID, liquidation_act: str, liquidation_date: date | None,
                paid_on: date | None, override_reason: str = "") -> TrancheRow:
    """Record the liquidation act and the payment. A missing condition refuses the payment unless a reason
    to override it is given (recorded with who gave it). The first payment moves the application to
    «in erogazione»."""
    db.require(Permission.PAYMENTS_APPROVE)
    errors = []
    if not liquidation_act.strip():
        errors.append(("liquidation_act", "Scrivi il numero dell'atto di liquidazione."))
    if liquidation_date is None:
        errors.append(("liquidation_date", "Scrivi la data dell'atto di liquidazione."))
    if paid_on is None:
        errors.append(("paid_on", "Scrivi la data del pagamento."))
    elif liquidation_date is not None and paid_on < liquidation_date:
        errors.append(("paid_on", "Il pagamento non può precedere l'atto di liquidazione."))
    if errors:
        raise ValidationError([FieldError(field, message) for field, message in errors])
    with db.unit_of_work() as session:
        tranche, application = _tranche_and_application(session, tranche_uuid)
        if S(application.status) not in PAYABLE_STATUSES:
            raise DomainError(f"Una domanda «{S(application.status).label}» non può ricevere pagamenti.")
        if tranche.status not in (TrancheStatus.DA_PAGARE.value, TrancheStatus.LIQUIDATA.value):
            raise DomainError(f"La tranche «{tranche.label}» è «{TrancheStatus(tranche.status).label}»: "
                              "non si può pagare.")
        procedure.payment(session, application).enforce()  # the order of the procedure: no override
        missing = _row(session, application, tranche.uuid, paid_on).missing
        if missing and not override_reason.strip():
            raise DomainError("La tranche non si può pagare:\n" + "\n".join(f"• {c.message}" for c in missing)
                              + "\nSolo il responsabile può procedere comunque, scrivendo il motivo.")
        tranche.liquidation_act, tranche.liquidation_date = liquidation_act.strip()[:60], liquidation_date
        tranche.paid_on, tranche.status = paid_on, TrancheStatus.PAGATA.value
        if missing:
            tranche.override_reason, tranche.override_by = override_reason.strip(), db.user
        if application.status == S.IMPRESA_COSTITUITA.value:
            move_application(session, application, S.IN_EROGAZIONE)
        elif application.status == S.RENDICONTATA.value and not _unpaid(session, application.id):
            # The balance after the final report was the last payment: the file is complete.
            move_application(session, application, S.CHIUSA, "Saldo pagato dopo il rendiconto finale")
        session.flush()
        log.info("tranche %s paid%s", tranche.uuid, " with an override" if missing else "")
        return _row(session, application, tranche.uuid, paid_on)
