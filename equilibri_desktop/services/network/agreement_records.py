"""Reading and writing an agreement's rows inside a session: the detail DTO, the parties checked against the
registry, the next code. Used by the agreement, signature and document services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.money import from_cents, to_cents
from equilibri_desktop.domain.network.codes import AgreementKind, AgreementStatus, SignatureStatus
from equilibri_desktop.domain.network.rules import (
    HeadingFacts,
    PartyFacts,
    agreement_code,
    digital_signature_rule,
    in_kind_value,
    status_after_signatures,
    validate_heading,
    validate_parties,
)
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.network.dto import (
    AgreementDetail,
    AgreementInput,
    AttachmentRow,
    CommitteeMemberInput,
    PartyRow,
)
from equilibri_desktop.services.network.template_records import template_facts, use_newest_template
from equilibri_desktop.storage.models import (
    Municipality,
    NetworkAgreement,
    NetworkAttachment,
    NetworkCommitteeMember,
    NetworkParty,
    Organisation,
    Person,
)

ACTIONS = {
    AgreementStatus.BOZZA: frozenset({"edit", "send", "print"}),
    AgreementStatus.IN_FIRMA: frozenset({"sign", "print"}),
    AgreementStatus.IN_VIGORE: frozenset({"amend", "withdraw", "expire", "renew", "print"}),
    AgreementStatus.RINNOVATO: frozenset({"amend", "withdraw", "expire", "renew", "print"}),
}


def person_name(person: Person) -> str:
    return f"{person.first_name} {person.surname}".strip()


def next_code(session: Session, kind: AgreementKind, year: int) -> str:
    prefix = f"{kind.code_prefix}-{year}-"
    taken = session.scalars(select(NetworkAgreement.code).where(NetworkAgreement.code.like(f"{prefix}%"),
                                                                NetworkAgreement.amendment_number == 0)).all()
    numbers = [int(code[len(prefix):len(prefix) + 3]) for code in taken if code[len(prefix):][:3].isdigit()]
    return agreement_code(kind, year, max(numbers, default=0) + 1)


def _by_uuid(session: Session, model, value, field: str, missing: str):  # missing: a message code
    if value is None:
        return None
    row = session.scalar(select(model).where(model.uuid == value))
    if row is None:
        raise ValidationError.coded(field, missing)
    return row


def apply_input(session: Session, agreement: NetworkAgreement, data: AgreementInput) -> None:
    """Check `data` against the rules and the registry and write it onto `agreement` (parties replaced)."""
    cup = validate_heading(HeadingFacts(data.title, data.kind, data.start_date, data.end_date,
                                        data.withdrawal_notice_days, data.cup, data.in_force_from))
    facts, rows = [], []
    for party in data.parties:
        org = _by_uuid(session, Organisation, party.organisation_uuid, "parties", "network.records.organisation_gone")
        person = _by_uuid(session, Person, party.signatory_uuid, "parties", "network.records.signatory_gone")
        facts.append(PartyFacts(
            org.id if org else None, org.name if org else "", party.role, person.id if person else None,
            person_name(person) if person else "", party.capacity, party.delegation_act,
            org.legal_representative_id if org else None, party.cash, party.in_kind_hours, party.in_kind_rate,
            is_public_body=bool(org) and org.kind == OrganisationKind.COMUNE.value))
        rows.append((party, org, person))
    validate_parties(facts, data.kind)
    processor = _by_uuid(session, Organisation, data.processor_uuid, "processor", "network.records.processor_gone")
    for name in ("kind", "title", "subject", "start_date", "end_date", "in_force_from", "tacit_renewal",
                 "renewal_months", "withdrawal_notice_days", "privacy_role", "privacy_arrangement", "notes"):
        setattr(agreement, name, getattr(data, name))
    agreement.title = data.title.strip()
    agreement.cup = cup
    agreement.processor_organisation_id = processor.id if processor else None
    if data.premises_text.strip() and data.articles_text.strip():
        agreement.premises_text, agreement.articles_text = data.premises_text.strip(), data.articles_text.strip()
    else:  # a new draft starts from the template; its version is kept so the print can be reproduced
        use_newest_template(session, agreement)
    if agreement.id is None:
        session.add(agreement)
        session.flush()
    session.execute(delete(NetworkParty).where(NetworkParty.agreement_id == agreement.id))
    session.execute(delete(NetworkCommitteeMember).where(NetworkCommitteeMember.agreement_id == agreement.id))
    for position, (party, org, person) in enumerate(rows, start=1):
        session.add(NetworkParty(
            agreement_id=agreement.id, organisation_id=org.id, position=position, role=party.role,
            signatory_person_id=person.id, signatory_capacity=party.capacity,
            delegation_act=party.delegation_act.strip(), obligations=party.obligations.strip(),
            cash_cents=to_cents(party.cash), in_kind_hours=party.in_kind_hours,
            in_kind_rate_cents=to_cents(party.in_kind_rate),
            in_kind_description=party.in_kind_description.strip()[:300]))
        if party.role == "capofila":
            agreement.lead_organisation_id = org.id
    for member in data.committee:
        if member.name.strip():
            org = _by_uuid(session, Organisation, member.organisation_uuid, "committee",
                           "network.records.committee_gone")
            session.add(NetworkCommitteeMember(agreement_id=agreement.id, name=member.name.strip(),
                                               role=member.role.strip(), organisation_id=org.id if org else None))
    session.flush()


def _party_row(party: NetworkParty, org: Organisation, person: Person, place: str) -> PartyRow:
    hours, rate = Decimal(party.in_kind_hours), from_cents(party.in_kind_rate_cents)
    return PartyRow(
        party.uuid, party.position, org.uuid, org.name, org.kind, org.legal_form, org.address, place,
        org.fiscal_code or "", org.vat_number or "", org.pec, party.role, person.uuid, person_name(person),
        person.fiscal_code or "", party.signatory_capacity, party.delegation_act, party.obligations,
        from_cents(party.cash_cents), hours, rate, in_kind_value(hours, rate), party.in_kind_description,
        party.signature_status, party.signature_method, party.sent_on, party.signed_on, party.refused_on,
        party.refusal_reason, party.withdrawn_on, org.kind == OrganisationKind.COMUNE.value)


def parties_of(session: Session, agreement_id: int) -> list[tuple[NetworkParty, Organisation, Person, str]]:
    rows = session.execute(
        select(NetworkParty, Organisation, Person, func.coalesce(Municipality.name, Organisation.municipality_name))
        .join(Organisation, Organisation.id == NetworkParty.organisation_id)
        .join(Person, Person.id == NetworkParty.signatory_person_id)
        .outerjoin(Municipality, Municipality.id == Organisation.municipality_id)
        .where(NetworkParty.agreement_id == agreement_id).order_by(NetworkParty.position)).all()
    return [tuple(r) for r in rows]


def version_chain(session: Session, agreement: NetworkAgreement) -> list[NetworkAgreement]:
    root = agreement
    while root.amends_id is not None:
        root = session.get(NetworkAgreement, root.amends_id)
    chain = [root]
    while True:
        following = session.scalar(select(NetworkAgreement).where(NetworkAgreement.amends_id == chain[-1].id))
        if following is None:
            return chain
        chain.append(following)


def bring_into_force(session: Session, agreement: NetworkAgreement, today: date) -> bool:
    """Every party signed and the stated date (if any) reached: in force, and the version it amends retired."""
    parties = [row[0] for row in parties_of(session, agreement.id)]
    if not status_after_signatures([SignatureStatus(p.signature_status) for p in parties], agreement.in_force_from,
                                   today):
        return False
    agreement.status = AgreementStatus.IN_VIGORE.value
    agreement.in_force_on = max([agreement.in_force_from or today] + [p.signed_on for p in parties if p.signed_on])
    if agreement.amends_id:
        original = session.get(NetworkAgreement, agreement.amends_id)
        original.status, original.closed_on = AgreementStatus.SOSTITUITO.value, agreement.in_force_on
    return True


def detail(session: Session, agreement: NetworkAgreement, today: date) -> AgreementDetail:
    parties = tuple(_party_row(*row) for row in parties_of(session, agreement.id))
    committee = tuple(
        CommitteeMemberInput(m.name, m.role, org_uuid) for m, org_uuid in session.execute(
            select(NetworkCommitteeMember, Organisation.uuid)
            .outerjoin(Organisation, Organisation.id == NetworkCommitteeMember.organisation_id)
            .where(NetworkCommitteeMember.agreement_id == agreement.id).order_by(NetworkCommitteeMember.id)))
    party_uuids = {p.id: p.uuid for p in session.scalars(
        select(NetworkParty).where(NetworkParty.agreement_id == agreement.id))}
    attachments = tuple(
        AttachmentRow(a.uuid, a.kind, a.description, a.file_path, a.sha256, party_uuids.get(a.party_id),
                      a.check_report)
        for a in session.scalars(select(NetworkAttachment).where(NetworkAttachment.agreement_id == agreement.id)
                                 .order_by(NetworkAttachment.id)))
    processor = session.get(Organisation, agreement.processor_organisation_id) \
        if agreement.processor_organisation_id else None
    amends = session.get(NetworkAgreement, agreement.amends_id) if agreement.amends_id else None
    kind = AgreementKind(agreement.kind)
    rule = digital_signature_rule(kind, today)
    template_label, template_outdated = template_facts(session, agreement)
    return AgreementDetail(
        agreement.uuid, agreement.version, agreement.code, agreement.kind, agreement.title, agreement.subject,
        agreement.status, agreement.start_date, agreement.end_date, agreement.in_force_from, agreement.in_force_on,
        agreement.tacit_renewal, agreement.renewal_months, agreement.withdrawal_notice_days,
        agreement.privacy_role, agreement.privacy_arrangement, processor.uuid if processor else None,
        processor.name if processor else "", agreement.cup, agreement.premises_text, agreement.articles_text,
        agreement.notes, agreement.amendment_number, amends.uuid if amends else None, agreement.amendment_reason,
        parties, committee, attachments,
        tuple((v.uuid, v.code, v.status) for v in version_chain(session, agreement)),
        CodedText("network.records.digital_only", rule=rule) if rule else "",
        ACTIONS.get(AgreementStatus(agreement.status), frozenset({"print"})), template_label, template_outdated,
        agreement.closed_on)
