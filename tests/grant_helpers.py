"""Shared builders for the start-up grant tests: a call with the example grid, women applicants, applications.

They write through the ORM so every part of the grants work can be tested before (and apart from) the
services that normally create these records.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select

from equilibri_desktop.domain.grants.codes import ApplicationStatus, TrancheCondition
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCallMunicipality,
    GrantCostItem,
    GrantCriterion,
    GrantTranchePlan,
    Municipality,
    Person,
)
from tests.registry_helpers import add_person

# The example grid of DOMAIN.md §2 (100 points, admission at 60).
EXAMPLE_GRID = (
    ("C1", "Rispondenza ai bisogni di conciliazione", Decimal(25)),
    ("C2", "Innovatività", Decimal(15)),
    ("C3", "Sostenibilità economica", Decimal(20)),
    ("C4", "Competenze della compagine", Decimal(15)),
    ("C5", "Impatto sul territorio", Decimal(15)),
    ("C6", "Priorità sociali", Decimal(10)),
)


class Ref(NamedTuple):
    """A stored record: the local id (for ORM work in tests) and the uuid services identify it by."""

    id: int
    uuid: uuid.UUID


SUD_EST = ("San Donato Milanese", "San Giuliano Milanese", "Melegnano", "Peschiera Borromeo")


def make_call(db, *, title: str = "Bando start-up donne 2026", budget_cents: int = 50_000_00,
              max_grant_cents: int = 15_000_00, municipalities: tuple[str, ...] = SUD_EST, **fields) -> Ref:
    """A call open for applications in 2026 with the example grid and a 50/50 tranche plan; its id."""
    values = dict(
        title=title, act_number="123", act_date=date(2026, 3, 2), cup="E41B26000120002",
        budget_cents=budget_cents, max_grant_cents=max_grant_cents, max_cost_share_pct=Decimal(80),
        min_cofinancing_pct=Decimal(20), min_age=18, max_age=None,
        opens_at=datetime(2026, 3, 16, 9, 0, tzinfo=UTC),
        closes_at=datetime(2026, 5, 15, 12, 0, tzinfo=UTC),
        admission_threshold=Decimal(60), status="aperto", constitution_deadline=date(2026, 12, 31),
        report_deadline=date(2027, 12, 31), deciding_officer="Dott.ssa Laura Bianchi",
    )
    values.update(fields)
    with db.unit_of_work() as s:
        call = GrantCall(**values)
        s.add(call)
        s.flush()  # the collections are lazy="raise": children are added by id
        for position, (code, label, points) in enumerate(EXAMPLE_GRID):
            s.add(GrantCriterion(call_id=call.id, position=position, code=code, label=label, max_points=points))
        ids = s.scalars(select(Municipality.id).where(Municipality.name.in_(municipalities))).all()
        s.add_all(GrantCallMunicipality(call_id=call.id, municipality_id=i) for i in ids)
        s.add(GrantTranchePlan(call_id=call.id, position=0, label="Anticipo", percent=Decimal(50),
                               condition=TrancheCondition.IMPRESA_COSTITUITA.value))
        s.add(GrantTranchePlan(call_id=call.id, position=1, label="Saldo", percent=Decimal(50),
                               condition=TrancheCondition.RENDICONTO_FINALE.value))
        return Ref(call.id, call.uuid)


def add_woman(db, surname: str = "Rossi", first_name: str = "Maria", *, born: date = date(1985, 3, 12),
              municipality: str = "Melegnano", **fields):
    """A woman resident in the district, unemployed with a DID."""
    with db.unit_of_work() as s:
        place = s.scalar(select(Municipality.id).where(Municipality.name == municipality))
    values = dict(municipality_id=place, address="Via Roma 1", occupational_status="disoccupata",
                  did_date=date(2025, 11, 3))
    values.update(fields)
    detail = add_person(db, surname, first_name, sex="F", born=born, **values)
    with db.unit_of_work() as s:
        return Ref(s.scalar(select(Person.id).where(Person.uuid == detail.uuid)), detail.uuid)


def make_application(db, call: Ref | int, applicant: Ref | int, *, status: str = ApplicationStatus.PRESENTATA.value,
                     received_at: datetime | None = None, costs: tuple[tuple[str, int, bool], ...] = (
                         ("Arredi e attrezzature", 12_000_00, True), ("Software gestionale", 3_000_00, True),
                         ("Spese notarili", 1_000_00, False)),
                     own_cofinancing_cents: int = 4_000_00, **fields) -> Ref:
    """An application with a protocol number of its year (next free) and a cost plan."""
    call_id = call.id if isinstance(call, Ref) else call
    applicant_id = applicant.id if isinstance(applicant, Ref) else applicant
    received = received_at or datetime(2026, 4, 10, 10, 30, tzinfo=UTC)
    with db.unit_of_work() as s:
        number = (s.scalar(select(func.max(GrantApplication.protocol_number))
                           .where(GrantApplication.protocol_year == received.year)) or 0) + 1
        values = dict(call_id=call_id, applicant_id=applicant_id, status=status, protocol_year=received.year,
                      protocol_number=number, received_at=received, public_code=secrets.token_hex(4).upper(),
                      occupational_status="disoccupata", did_date=date(2025, 11, 3),
                      business_name="Piccoli Passi", service_kind="nido", planned_legal_form="Impresa individuale",
                      ateco_code="88.91.00", own_cofinancing_cents=own_cofinancing_cents)
        values.update(fields)
        application = GrantApplication(**values)
        s.add(application)
        s.flush()
        s.add_all(GrantCostItem(application_id=application.id, position=position, description=label,
                                amount_cents=cents, eligible=eligible)
                  for position, (label, cents, eligible) in enumerate(costs))
        return Ref(application.id, application.uuid)


# --- commission (H-ranking) -------------------------------------------------------------------------------
def add_member(db, call: Ref, username: str, display_name: str = "", role: str = "componente") -> Ref:
    """A seat on the call's commission (the call screen edits them; tests write the row directly)."""
    from equilibri_desktop.storage.models import GrantCommissionMember

    with db.unit_of_work() as s:
        member = GrantCommissionMember(call_id=call.id, username=username,
                                       display_name=display_name or username.replace(".", " ").title(), role=role)
        s.add(member)
        s.flush()
        return Ref(member.id, member.uuid)


def act_as(db, username: str, *roles, protected_data: bool = False) -> None:
    """From now on the services see `username` with these roles (commissario when none is given)."""
    from equilibri_desktop.domain.access import Actor, Permission, Role

    extra = frozenset({Permission.PROTECTED_DATA}) if protected_data else frozenset()
    db.actor = Actor(username=username, display_name=username, roles=frozenset(roles or {Role.COMMISSARIO}),
                     extra=extra)


# --- payments (H-payments) --------------------------------------------------------------------------------
def fund_application(db, call: Ref, applicant: Ref, granted_cents: int = 10_000_00, *,
                     ranked_on: date = date(2026, 7, 1), kind: str = "definitiva", accepted: bool = True,
                     **fields) -> Ref:
    """A funded application: status «finanziata» and an entry with `granted_cents` in the call's latest
    ranking of `kind` (created on first use, with its grant decision registered), as the ranking service
    would leave it; `accepted`: the beneficiary accepted the grant on the ranking's day."""
    from equilibri_desktop.storage.models import GeneratedDocument, GrantRanking, GrantRankingEntry

    application = make_application(db, call, applicant, status=ApplicationStatus.FINANZIATA.value, **fields)
    with db.unit_of_work() as s:
        ranking = s.scalar(select(GrantRanking).where(GrantRanking.call_id == call.id, GrantRanking.kind == kind)
                           .order_by(GrantRanking.number.desc()).limit(1))
        if ranking is None:
            number = (s.scalar(select(func.max(GrantRanking.number)).where(GrantRanking.call_id == call.id)) or 0) + 1
            ranking = GrantRanking(call_id=call.id, number=number, kind=kind, ranked_on=ranked_on, published=True,
                                   budget_cents=50_000_00)
            s.add(ranking)
            s.flush()
            number = (s.scalar(select(func.max(GeneratedDocument.number))) or 0) + 1
            s.add(GeneratedDocument(kind="determinazione", year=ranked_on.year, number=number, issued_on=ranked_on,
                                    title="Determinazione di concessione", record_type="grant_ranking",
                                    record_uuid=ranking.uuid, file_path="x.pdf", sha256="0" * 64, size_bytes=1))
        if accepted:
            s.get(GrantApplication, application.id).accepted_on = ranked_on
        code = s.get(GrantApplication, application.id).public_code
        position = (s.scalar(select(func.count()).select_from(GrantRankingEntry)
                             .where(GrantRankingEntry.ranking_id == ranking.id)) or 0) + 1
        s.add(GrantRankingEntry(ranking_id=ranking.id, application_id=application.id, position=position,
                                public_code=code, score=Decimal(80), outcome="finanziata",
                                eligible_cost_cents=15_000_00, granted_cents=granted_cents))
    return application
