"""Agreements: draft, edit while a draft, send for signature, amend as a new linked version, withdraw, expire,
renew, take the newest template text; the detail. The list (filtered, sorted and paged in SQL) is in
agreement_queries and answers here too."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    AgreementStatus,
)
from equilibri_desktop.domain.network.lifecycle import IN_FORCE, renewed_end
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.network import agreement_records as records
from equilibri_desktop.services.network.agreement_queries import count_agreements as count_agreements
from equilibri_desktop.services.network.agreement_queries import search_agreements as search_agreements
from equilibri_desktop.services.network.dto import (
    AgreementDetail,
    AgreementInput,
)
from equilibri_desktop.services.network.template_records import use_newest_template
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    NetworkAgreement,
    NetworkParty,
)

S = AgreementStatus


def create_agreement(db: Database, data: AgreementInput) -> AgreementDetail:
    db.require(Permission.NETWORK_WRITE)
    if data.kind not in {k.value for k in AgreementKind}:
        raise ValidationError.coded("kind", "network.agreements.kind_missing")
    today = office_today()
    with db.unit_of_work() as session:
        agreement = NetworkAgreement(code=records.next_code(session, AgreementKind(data.kind), today.year),
                                     status=S.BOZZA.value)
        records.apply_input(session, agreement, data)
        return records.detail(session, agreement, today)


def _load(session: Session, agreement_uuid: uuid.UUID, expected_version: int | None = None) -> NetworkAgreement:
    agreement = find_by_uuid(session, NetworkAgreement, agreement_uuid)
    if expected_version is not None:
        check_version(agreement, expected_version)
    return agreement


def _require_status(agreement: NetworkAgreement, *allowed: AgreementStatus, doing: str) -> None:
    if AgreementStatus(agreement.status) not in allowed:
        raise DomainError(code="network.agreements.wrong_status", params={"agreement_code": agreement.code,
                          "status": AgreementStatus(agreement.status).label, "doing": doing})


def update_agreement(db: Database, agreement_uuid: uuid.UUID, expected_version: int,
                     data: AgreementInput) -> AgreementDetail:
    """Only a draft changes; once sent for signature a change is an amendment (a new version)."""
    db.require(Permission.NETWORK_WRITE)
    with db.unit_of_work() as session:
        agreement = _load(session, agreement_uuid, expected_version)
        _require_status(agreement, S.BOZZA, doing="modificarlo: crea una modifica (nuova versione)")
        if data.kind != agreement.kind:
            raise ValidationError.coded("kind", "network.agreements.kind_fixed")
        records.apply_input(session, agreement, data)
        return records.detail(session, agreement, office_today())


def use_current_template(db: Database, agreement_uuid: uuid.UUID, expected_version: int) -> AgreementDetail:
    """A draft takes the text of the newest template of its kind (drafts never change by themselves when the
    office saves a new version of a template)."""
    db.require(Permission.NETWORK_WRITE)
    with db.unit_of_work() as session:
        agreement = _load(session, agreement_uuid, expected_version)
        _require_status(agreement, S.BOZZA, doing="cambiarne il testo: crea una modifica (nuova versione)")
        use_newest_template(session, agreement)
        session.flush()
        return records.detail(session, agreement, office_today())


def get_agreement(db: Database, agreement_uuid: uuid.UUID) -> AgreementDetail:
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        return records.detail(session, _load(session, agreement_uuid), office_today())


def send_for_signature(db: Database, agreement_uuid: uuid.UUID, expected_version: int) -> AgreementDetail:
    """bozza → in firma: the text is frozen; each party's signature is still to be sent."""
    db.require(Permission.NETWORK_WRITE)
    today = office_today()
    with db.unit_of_work() as session:
        agreement = _load(session, agreement_uuid, expected_version)
        _require_status(agreement, S.BOZZA, doing="mandarlo in firma")
        agreement.status, agreement.sent_on = S.IN_FIRMA.value, today
        session.flush()
        return records.detail(session, agreement, today)


def amend_agreement(db: Database, agreement_uuid: uuid.UUID, reason: str) -> AgreementDetail:
    """A new draft version copying the one in force; the original stays in force until the amendment does."""
    db.require(Permission.NETWORK_WRITE)
    if not reason.strip():
        raise ValidationError.coded("amendment_reason", "network.agreements.amendment_reason")
    today = office_today()
    with db.unit_of_work() as session:
        original = _load(session, agreement_uuid)
        _require_status(original, *IN_FORCE, doing="modificarlo (solo un accordo in vigore si modifica)")
        chain = records.version_chain(session, original)
        if chain[-1].id != original.id:
            raise DomainError(code="network.agreements.amendment_exists", params={"original_code": original.code,
                              "amendment_code": chain[-1].code})
        number = max(v.amendment_number for v in chain) + 1
        base = chain[0].code
        copy = NetworkAgreement(code=f"{base}/M{number}", status=S.BOZZA.value, amends_id=original.id,
                                amendment_number=number, amendment_reason=reason.strip())
        for name in ("kind", "title", "subject", "lead_organisation_id", "start_date", "end_date", "tacit_renewal",
                     "renewal_months", "withdrawal_notice_days", "privacy_role", "privacy_arrangement",
                     "processor_organisation_id", "cup", "premises_text", "articles_text", "notes",
                     "template_version_id"):
            setattr(copy, name, getattr(original, name))
        session.add(copy)
        session.flush()
        for party, *_rest in records.parties_of(session, original.id):
            session.add(NetworkParty(**{c: getattr(party, c) for c in (
                "organisation_id", "position", "role", "signatory_person_id", "signatory_capacity",
                "delegation_act", "obligations", "cash_cents", "in_kind_hours", "in_kind_rate_cents",
                "in_kind_description")}, agreement_id=copy.id))
        session.flush()
        return records.detail(session, copy, today)


def close_agreement(db: Database, agreement_uuid: uuid.UUID, expected_version: int, outcome: AgreementStatus,
                    on: date | None = None, party_uuid: uuid.UUID | None = None) -> AgreementDetail:
    """in vigore → scaduto, rinnovato (a new term from the old end) or receduto (one party withdraws with the
    agreed notice; with two parties left the agreement ends for all)."""
    db.require(Permission.NETWORK_WRITE)
    on = on or office_today()
    with db.unit_of_work() as session:
        agreement = _load(session, agreement_uuid, expected_version)
        _require_status(agreement, *IN_FORCE, doing="chiuderlo o rinnovarlo")
        if outcome == S.RINNOVATO:
            _renew(agreement)
        elif outcome == S.RECEDUTO:
            _withdraw(session, agreement, party_uuid, on)
        elif outcome == S.SCADUTO:
            agreement.status, agreement.closed_on = S.SCADUTO.value, on
        else:
            raise DomainError(code="network.agreements.unexpected_outcome")
        session.flush()
        return records.detail(session, agreement, office_today())


def _renew(agreement: NetworkAgreement) -> None:
    if agreement.end_date is None:
        raise DomainError(code="network.agreements.no_expiry_no_renewal")
    agreement.end_date = renewed_end(agreement.end_date, agreement.renewal_months, agreement.end_date)
    agreement.status, agreement.closed_on = S.RINNOVATO.value, None


def _withdraw(session: Session, agreement: NetworkAgreement, party_uuid: uuid.UUID | None, on: date) -> None:
    parties = [row[0] for row in records.parties_of(session, agreement.id)]
    party = next((p for p in parties if p.uuid == party_uuid), None)
    if party is None:
        raise ValidationError.coded("party", "network.agreements.withdrawing_party")
    # The withdrawal takes effect once the agreed notice has run from the day it was given; until then the
    # agreement stays in force and the office date ends it on that day (lifecycle.apply_dates).
    effective = withdrawal_effective_on(on, agreement.withdrawal_notice_days)
    party.withdrawn_on = effective
    remaining = [p for p in parties if p.withdrawn_on is None]
    if len(remaining) < 2 or party.role == "capofila":
        agreement.closed_on = effective
        if effective <= office_today():
            agreement.status = S.RECEDUTO.value


def withdrawal_effective_on(notice_given_on: date, notice_days: int) -> date:
    return date.fromordinal(notice_given_on.toordinal() + notice_days)
