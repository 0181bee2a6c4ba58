"""Rules of an agreement: what makes its heading and its parties valid, contributions in kind, when the
agreement comes into force, and which kinds may not be signed on paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.identifiers import validate_cup
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.money import round_cents
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    PartyRole,
    SignatoryCapacity,
    SignatureStatus,
)

# Agreements between public administrations are signed digitally (or with a qualified electronic signature)
# on pain of nullity: L. 241/1990 art. 15 c. 2-bis, added by D.L. 179/2012 art. 6 c. 2 (conv. L. 221/2012),
# in force from 30/06/2014 after D.L. 145/2013 art. 6 c. 6. Dated data: (valid_from, kinds, source).
DIGITAL_ONLY_KINDS: tuple[tuple[date, frozenset[AgreementKind], str], ...] = (
    (date(2014, 6, 30), frozenset({AgreementKind.TRA_PA}),
     "art. 15 c. 2-bis L. 241/1990 (D.L. 179/2012, D.L. 145/2013)"),
)
EXPIRY_WARNING_DAYS = 60  # the "expiring within 60 days"; the office may pass another figure


def digital_signature_rule(kind: AgreementKind, on: date) -> str | None:
    """The source of the rule that forbids paper signatures for `kind` on `on`, or None when paper is fine."""
    rule = None
    for valid_from, kinds, source in DIGITAL_ONLY_KINDS:
        if valid_from <= on:
            rule = source if kind in kinds else None
    return rule


def paper_signature_refusal(kind: AgreementKind, on: date) -> str | None:
    """Why a paper scan cannot count as this agreement's signature, or None."""
    source = digital_signature_rule(kind, on)
    if source is None:
        return None
    return CodedText("network.rules.paper_refused", source=source)


def in_kind_value(hours: Decimal, rate: Decimal) -> Decimal:
    """Value of a contribution in kind: hours × valued hourly rate, to the cent."""
    return round_cents(Decimal(hours) * Decimal(rate))


@dataclass(frozen=True)
class HeadingFacts:
    title: str
    kind: str
    start_date: date | None
    end_date: date | None
    withdrawal_notice_days: int
    cup: str
    in_force_from: date | None = None  # a stated date of entry into force, if any


def validate_heading(facts: HeadingFacts) -> str:
    """Check title, kind, duration and CUP; return the normalised CUP ("" when none)."""
    errors: list[FieldError] = []
    if not facts.title.strip():
        errors.append(FieldError.coded("title", "network.rules.title"))
    if facts.kind not in {k.value for k in AgreementKind}:
        errors.append(FieldError.coded("kind", "network.rules.kind"))
    if facts.start_date is None:
        errors.append(FieldError.coded("start_date", "network.rules.start_date"))
    if facts.start_date and facts.end_date and facts.end_date < facts.start_date:
        errors.append(FieldError.coded("end_date", "network.rules.end_date", start_date=facts.start_date))
    if facts.in_force_from and facts.end_date and facts.in_force_from > facts.end_date:
        errors.append(FieldError.coded("in_force_from", "network.rules.in_force_from", end_date=facts.end_date))
    if facts.withdrawal_notice_days < 0:
        errors.append(FieldError.coded("withdrawal_notice_days", "network.rules.withdrawal_notice_days"))
    cup = ""
    if facts.cup.strip():
        try:
            cup = validate_cup(facts.cup)
        except ValidationError as exc:
            errors += exc.errors
    if errors:
        raise ValidationError(errors)
    return cup


@dataclass(frozen=True)
class PartyFacts:
    """What the rules need to know of one party row, already looked up in the registry."""

    organisation_id: int | None
    organisation_name: str
    role: str
    signatory_person_id: int | None
    signatory_name: str
    capacity: str
    delegation_act: str
    legal_representative_id: int | None  # as the registry records it for the organisation
    cash: Decimal
    hours: Decimal
    hourly_rate: Decimal
    is_public_body: bool = False


def validate_parties(parties: Sequence[PartyFacts], kind: str = "") -> None:
    """At least two parties, each once, exactly one capofila, each with a signatory who may sign; an art. 15
    agreement is between public administrations only."""
    errors: list[FieldError] = []
    if kind == AgreementKind.TRA_PA.value:
        errors += [FieldError.coded("parties", "network.rules.not_public_body", organisation_name=p.organisation_name)
                   for p in parties if p.organisation_id is not None and not p.is_public_body]
    if len(parties) < 2:
        errors.append(FieldError.coded("parties", "network.rules.two_parties"))
    seen: set[int] = set()
    for number, party in enumerate(parties, start=1):
        where = number
        if party.organisation_id is None:
            errors.append(FieldError.coded("parties", "network.rules.party_missing", row=where))
            continue
        if party.organisation_id in seen:
            errors.append(FieldError.coded("parties", "network.rules.party_repeated", row=where,
                                           organisation_name=party.organisation_name))
        seen.add(party.organisation_id)
        if party.role not in {r.value for r in PartyRole}:
            errors.append(FieldError.coded("parties", "network.rules.role_missing", row=where))
        errors += _signatory_errors(where, party)
        if min(party.cash, party.hours, party.hourly_rate) < 0:
            errors.append(FieldError.coded("parties", "network.rules.negative_contribution", row=where))
    leads = sum(1 for p in parties if p.role == PartyRole.CAPOFILA.value)
    if parties and leads != 1:
        errors.append(FieldError.coded("parties", "network.rules.lead_many" if leads else "network.rules.lead_missing"))
    if errors:
        raise ValidationError(errors)


def _signatory_errors(where: int, party: PartyFacts) -> list[FieldError]:
    if party.signatory_person_id is None:
        return [FieldError.coded("parties", "network.rules.signatory_missing", row=where,
                                 organisation_name=party.organisation_name)]
    if party.capacity == SignatoryCapacity.LEGALE_RAPPRESENTANTE.value:
        if party.legal_representative_id != party.signatory_person_id:
            return [FieldError.coded("parties", "network.rules.not_legal_representative", row=where,
                                     signatory_name=party.signatory_name, organisation_name=party.organisation_name)]
        return []
    if party.capacity == SignatoryCapacity.DELEGATO.value:
        if not party.delegation_act.strip():
            return [FieldError.coded("parties", "network.rules.delegation_act_missing", row=where,
                                     signatory_name=party.signatory_name)]
        return []
    return [FieldError.coded("parties", "network.rules.signatory_capacity_missing", row=where)]


def status_after_signatures(statuses: Sequence[SignatureStatus], in_force_from: date | None, today: date) -> bool:
    """True when the agreement comes into force: every party signed and the stated date (if any) reached."""
    if not statuses or any(s != SignatureStatus.FIRMATO for s in statuses):
        return False
    return in_force_from is None or in_force_from <= today


SIGNATURE_MOVES: dict[SignatureStatus, frozenset[SignatureStatus]] = {
    SignatureStatus.DA_INVIARE: frozenset({SignatureStatus.INVIATO, SignatureStatus.FIRMATO}),
    SignatureStatus.INVIATO: frozenset({SignatureStatus.FIRMATO, SignatureStatus.RIFIUTATO}),
    SignatureStatus.RIFIUTATO: frozenset({SignatureStatus.INVIATO}),
    SignatureStatus.FIRMATO: frozenset(),
}


def agreement_code(kind: AgreementKind, year: int, number: int, amendment: int = 0) -> str:
    """`AP-2026-003`, and `AP-2026-003/M1` for the first amendment."""
    base = f"{kind.code_prefix}-{year}-{number:03d}"
    return f"{base}/M{amendment}" if amendment else base
