"""What every grant document takes from the database: heading, call, signatory, addressee, the ranking
that funded an application and the acts it cites.

Functions here run inside the caller's session; headings carry number 0 until the register gives the
document its number, just before drawing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.documents.grants.data import (
    ActReference,
    CallReference,
    DocumentHeader,
    RankingReference,
    Recipient,
    Signatory,
    TrancheLine,
)
from equilibri_desktop.domain.errors import DomainError, NotFoundError
from equilibri_desktop.domain.grants.codes import (
    DocumentKind,
    RankingKind,
    RankingOutcome,
    TrancheCondition,
)
from equilibri_desktop.domain.grants.payments import PlannedTranche, split_grant
from equilibri_desktop.domain.grants.protocol import protocol_label, received_text
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.documents.dto import DocumentNumber
from equilibri_desktop.services.grants.registration import official_of
from equilibri_desktop.storage.models import (
    GeneratedDocument,
    GrantApplication,
    GrantCall,
    GrantFirm,
    GrantRanking,
    GrantRankingEntry,
    GrantTranchePlan,
    Municipality,
    Person,
)

FUNDED = (RankingOutcome.FINANZIATA.value, RankingOutcome.FINANZIATA_PARZIALMENTE.value)
FINAL_KINDS = (RankingKind.DEFINITIVA.value, RankingKind.SCORRIMENTO.value)
_CAP_AND_CITY = re.compile(r"\b\d{5}\s+([^,(\n]+)")
# Acts are adopted by the officer with the power to decide, not by the procedure officer (L. 241/1990 art. 6).
DEFAULT_SIGNATORY_ROLE = "Il Responsabile del Servizio"


@dataclass(frozen=True)
class Office:
    """The office's own data, read once per document or batch."""

    profile: OrganisationProfile

    @property
    def place(self) -> str:
        """The town of the letterhead's address ("…, 20097 San Donato Milanese (MI)"), printed before dates."""
        match = _CAP_AND_CITY.search(self.profile.address)
        return match.group(1).strip() if match else ""

    @property
    def contact(self) -> str:
        parts = [f"PEC {self.profile.pec}" if self.profile.pec else "",
                 f"e-mail {self.profile.email}" if self.profile.email else "",
                 f"tel. {self.profile.phone}" if self.profile.phone else ""]
        return ", ".join(p for p in parts if p)

    def header(self, call: GrantCall, issued_on: date) -> DocumentHeader:
        return DocumentHeader(number=0, year=issued_on.year, issued_on=issued_on,
                              cup=call.cup or self.profile.project_cup, project_title=self.profile.project_title,
                              place=self.place)

    def signatory(self, call: GrantCall) -> Signatory:
        """The call's deciding officer signs, with the title the call gives her; the letterhead's signatory
        when the call names nobody."""
        name = call.deciding_officer.strip() or self.profile.signatory_name
        same = name == self.profile.signatory_name
        role = call.deciding_officer_role.strip() or (
            self.profile.signatory_role if same and self.profile.signatory_role else DEFAULT_SIGNATORY_ROLE)
        return Signatory(role=role, name=name)


def numbered(header: DocumentHeader, number: DocumentNumber) -> DocumentHeader:
    return replace(header, number=number.number, year=number.year, issued_on=number.issued_on)


def act_text(act_number: str) -> str:
    """"123" becomes "determinazione n. 123"; a text that already names the act stays as written."""
    act = act_number.strip()
    if act and not any(ch.isalpha() for ch in act):
        return f"determinazione n. {act}"
    return act


def call_reference(call: GrantCall) -> CallReference:
    return CallReference(title=call.title, act_number=act_text(call.act_number), act_date=call.act_date,
                         cup=call.cup, rna_code=call.rna_code, budget_cents=call.budget_cents)


def ranking_reference(ranking: GrantRanking) -> RankingReference:
    return RankingReference(number=ranking.number, kind_label=RankingKind(ranking.kind).label,
                            ranked_on=ranking.ranked_on)


def protocol_text(application: GrantApplication) -> str:
    """The application as letters cite it: the body's protocol number and date once recorded; before that
    blanks to fill in, with the program's internal reference and the time of receipt."""
    if application.official_protocol:
        return f"{application.official_protocol} del {application.official_protocol_date:%d/%m/%Y}"
    label = protocol_label(application.protocol_year, application.protocol_number)
    when = received_text(application.received_at)
    if not label:
        return label
    return f"____ del ____ (rif. interno {label}" + (f", ricevuta il {when})" if when else ")")


def person_name(person: Person) -> str:
    return f"{person.first_name} {person.surname}".strip()


def recipient(session: Session, person: Person) -> Recipient:
    """A protected person's home address is never printed: her domicile (the address she chose for
    mail) is used, or nothing, and the letter goes by PEC, e-mail or by hand."""
    if person.protected:
        street, cap, place = person.domicile_address, person.domicile_cap, town_name(
            session, person.domicile_municipality_id, person.domicile_municipality_name)
    else:
        street, cap, place = person.address, person.cap, town_name(session, person.municipality_id,
                                                              person.municipality_name)
    second = " ".join(p for p in (cap, place) if p)
    address = "\n".join(p for p in (street.strip(), second) if p) if street.strip() else ""
    return Recipient(name=person_name(person), address=address, pec=person.pec, email=person.email)


def firm_recipient(session: Session, firm: GrantFirm | None, person: Person) -> tuple[Recipient, str]:
    """The firm that received the money, to the attention of its legal representative (the applicant): the
    recipient and the representative's name ("" when the firm is not recorded and the letter goes to her)."""
    mine = recipient(session, person)
    if firm is None or not firm.name:
        return mine, ""
    town = town_name(session, firm.municipality_id, "")
    address = "\n".join(p for p in (firm.address, " ".join(x for x in (firm.cap, town) if x)) if p)
    return Recipient(firm.name, address, pec=mine.pec, email=mine.email), mine.name


def town_name(session: Session, municipality_id: int | None, free_text: str) -> str:
    if municipality_id is None:
        return free_text
    row = session.get(Municipality, municipality_id)
    return f"{row.name} ({row.province})" if row else free_text


def load_call(session: Session, call_id: int) -> GrantCall:
    return session.get(GrantCall, call_id)


def load_ranking(session: Session, ranking_uuid: uuid.UUID) -> GrantRanking:
    ranking = session.scalar(select(GrantRanking).where(GrantRanking.uuid == ranking_uuid))
    if ranking is None:
        raise NotFoundError("Graduatoria non trovata.")
    return ranking


def _ranking_order(entry: GrantRankingEntry):
    return (entry.position is None, entry.position or 0, -entry.score, entry.public_code)


def ranking_entries(session: Session, ranking: GrantRanking) -> list[GrantRankingEntry]:
    """The entries in ranking order, the not admitted last."""
    entries = session.scalars(select(GrantRankingEntry).where(GrantRankingEntry.ranking_id == ranking.id)).all()
    return sorted(entries, key=_ranking_order)


def ranking_rows(session: Session, ranking: GrantRanking) -> list[tuple[GrantRankingEntry, GrantApplication, Person]]:
    """The entries in ranking order, with their application and applicant."""
    query = (select(GrantRankingEntry, GrantApplication, Person)
             .join(GrantApplication, GrantApplication.id == GrantRankingEntry.application_id)
             .join(Person, Person.id == GrantApplication.applicant_id)
             .where(GrantRankingEntry.ranking_id == ranking.id))
    rows = [tuple(r) for r in session.execute(query)]
    rows.sort(key=lambda r: _ranking_order(r[0]))
    return rows


def latest_document(session: Session, kind: DocumentKind, record_type: str,
                    record_uuid: uuid.UUID) -> GeneratedDocument | None:
    return session.scalar(select(GeneratedDocument).where(
        GeneratedDocument.kind == kind.value, GeneratedDocument.record_type == record_type,
        GeneratedDocument.record_uuid == record_uuid).order_by(GeneratedDocument.id.desc()).limit(1))


def act_reference(session: Session, document: GeneratedDocument,
                  kind_label: str = "determinazione") -> ActReference:
    """The act as cited by another: its official number and date, blanks while it is not registered."""
    number, when = official_of(session, document)
    return ActReference(kind_label=kind_label, number_label=number, issued_on=when)


def with_official(session: Session, header: DocumentHeader, document: GeneratedDocument) -> DocumentHeader:
    """The heading of an act already generated (`document`), with its official number when registered."""
    number, when = official_of(session, document)
    if when is None:
        return replace(header, number=document.number, year=document.year)
    return replace(header, number=document.number, year=document.year, official_number=number, official_date=when)


def decision_document(session: Session, ranking: GrantRanking) -> GeneratedDocument:
    decision = latest_document(session, DocumentKind.DETERMINAZIONE, "grant_ranking", ranking.uuid)
    if decision is None:
        raise DomainError(f"Genera prima la determinazione di concessione della graduatoria n. {ranking.number}: "
                          "allegati e comunicazioni ne citano numero e data.")
    return decision


def require_final(ranking: GrantRanking) -> None:
    if ranking.kind not in FINAL_KINDS:
        raise DomainError("La concessione si adotta sulla graduatoria definitiva (o su uno scorrimento), "
                          "non su quella provvisoria.")


def is_pseudonymised(application: GrantApplication, person: Person) -> bool:
    """Selected for vulnerability or protected: published only by the random code (D.Lgs. 33/2013 art. 26 c.4)."""
    return application.vulnerability_route or person.protected


def tranche_plan(session: Session, call: GrantCall) -> list[PlannedTranche]:
    plan = session.scalars(select(GrantTranchePlan).where(GrantTranchePlan.call_id == call.id)
                           .order_by(GrantTranchePlan.position))
    return [PlannedTranche(p.position, p.label, p.percent, TrancheCondition(p.condition)) for p in plan]


def tranche_lines(session: Session, call: GrantCall, granted_cents: int,
                  plan: list[PlannedTranche] | None = None) -> tuple[TrancheLine, ...]:
    """The call's plan (read here unless given) applied to one grant; the tranches add up to the grant exactly."""
    plan = tranche_plan(session, call) if plan is None else plan
    if not plan:
        return ()
    percents = {item.position: item.percent for item in plan}
    return tuple(TrancheLine(label=t.label, percent=percents[t.position], amount_cents=t.gross_cents,
                             condition_label=t.condition.label) for t in split_grant(granted_cents, plan))
