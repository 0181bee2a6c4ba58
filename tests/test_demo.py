"""Demo data: valid and consistent identifiers, the real territory, determinism, and bulk generation."""

from __future__ import annotations

import random

import pytest
from codicefiscale import codicefiscale
from sqlalchemy import func, select
from stdnum.it import iva

from equilibri_desktop.config import resolve_config
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.registry_kinds import OrganisationKind, kind_choices
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin.office_profile import load_profile
from equilibri_desktop.services.demo import data as demo_data
from equilibri_desktop.services.demo.people import (
    BIRTH_FROM,
    BIRTH_TO,
    checked_fiscal_code,
    fast_fiscal_code,
    kinds_for,
    random_identity,
)
from equilibri_desktop.services.demo.seed import (
    RealDataError,
    generate_people,
    seed_demo_data,
)
from equilibri_desktop.storage.models import Municipality, Organisation, Person


def _people(db) -> list[Person]:
    with db.unit_of_work() as s:
        return list(s.scalars(select(Person).order_by(Person.id)))


def _organisations(db) -> list[Organisation]:
    with db.unit_of_work() as s:
        return list(s.scalars(select(Organisation).order_by(Organisation.id)))


def _municipalities(db) -> dict[int, Municipality]:
    with db.unit_of_work() as s:
        return {m.id: m for m in s.scalars(select(Municipality))}


@pytest.fixture
def seeded(db):
    result = seed_demo_data(db)
    assert (result.people, result.organisations, result.already_seeded) == (120, 40, False)
    return db


def test_fiscal_codes_are_valid_and_match_the_person(seeded):
    people = _people(seeded)
    assert len({p.fiscal_code for p in people}) == len(people) == 120
    for p in people:
        decoded = codicefiscale.decode(p.fiscal_code)
        assert decoded["gender"] == p.sex
        assert decoded["birthdate"].date() == p.birth_date
        assert decoded["birthplace"]["code"] == p.birth_place_code
        assert codicefiscale.encode(p.surname, p.first_name, p.sex, decoded["birthdate"],
                                    p.birth_place_code) == p.fiscal_code


def test_people_are_a_plausible_mix(seeded):
    people = _people(seeded)
    women = sum(p.sex == "F" for p in people)
    foreign_born = [p for p in people if p.birth_place_code.startswith("Z")]
    assert 60 < women < 110
    assert 5 <= len(foreign_born) <= 35
    assert all(p.phone and p.address for p in people)
    assert all(p.email.endswith((".com", ".org", ".net")) for p in people if p.email)


def test_residences_are_in_the_reference_municipalities(seeded):
    towns = _municipalities(seeded)
    assert len(towns) == 53
    for record in [*_people(seeded), *_organisations(seeded)]:
        assert record.municipality_id in towns
        assert record.cap == towns[record.municipality_id].cap


def test_organisations_have_valid_codes_and_every_kind(seeded):
    organisations = _organisations(seeded)
    towns = _municipalities(seeded)
    assert all(iva.is_valid(o.vat_number) for o in organisations)
    assert all(iva.is_valid(o.fiscal_code) for o in organisations)  # numeric CF: same check as P.IVA
    assert len({o.vat_number for o in organisations}) == len({o.name for o in organisations}) == 40
    kinds = {o.kind for o in organisations}
    assert kinds == {k.value for k in OrganisationKind} - {"altro"}
    for o in organisations:
        if o.kind == "comune" and o.name.startswith("Comune di "):
            assert o.name == f"Comune di {towns[o.municipality_id].name}"
        assert o.pec and o.pec != o.email


def test_demo_profile_and_flag(seeded):
    profile = load_profile(seeded)
    assert profile.body_name.startswith("A.S.S.E.MI.")
    assert "San Giuliano Milanese" in profile.address
    assert profile.project_cup == "E11H17000120002"
    assert (profile.signatory_name, profile.signatory_role) == ("Dott.ssa Paola Ferri", "Responsabile del procedimento")
    assert profile.funding_statement.startswith("Iniziativa finanziata da Regione Lombardia")
    assert maintenance.is_demo(seeded)


def test_seeding_twice_changes_nothing(seeded):
    before = [(p.id, p.fiscal_code) for p in _people(seeded)]
    assert seed_demo_data(seeded).already_seeded
    assert [(p.id, p.fiscal_code) for p in _people(seeded)] == before


def test_demo_data_is_refused_next_to_real_records(db):
    with db.unit_of_work() as s:
        s.add(Person(surname="Verdi", first_name="Anna", sex="F"))
    with pytest.raises(RealDataError, match="dati reali"):
        seed_demo_data(db)
    with pytest.raises(RealDataError):
        generate_people(db, 10)
    assert len(_people(db)) == 1 and not maintenance.is_demo(db)


def _snapshot(db) -> list[tuple]:
    people = [(p.surname, p.first_name, p.sex, p.birth_date, p.fiscal_code, p.address, p.phone, p.email)
              for p in _people(db)]
    organisations = [(o.name, o.kind, o.vat_number, o.fiscal_code, o.pec) for o in _organisations(db)]
    return people + organisations


def test_same_seed_same_data(tmp_path):
    snapshots = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = maintenance.prepare_database(resolve_config(tmp_path / name))
        seed_demo_data(db, people=30, organisations=12, seed=seed)
        snapshots.append(_snapshot(db))
        db.dispose()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0] != snapshots[2]


def test_every_birthplace_is_valid_across_the_birth_range():
    codes = [code for code, _ in demo_data.ITALIAN_BIRTHPLACES] + [o.country_code for o in demo_data.FOREIGN_ORIGINS]
    for code in codes:
        for day in (BIRTH_FROM, BIRTH_TO):
            assert codicefiscale.encode_birthplace(code, day.isoformat()) == code


def test_fast_fiscal_codes_equal_the_library_encoder():
    rng = random.Random(99)
    for _ in range(300):
        who = random_identity(rng)
        assert fast_fiscal_code(who) == checked_fiscal_code(who)


def test_generate_people_bulk_inserts_stamped_unique_rows(db):
    assert generate_people(db, 2000, seed=5) == 2000
    people = _people(db)
    assert len(people) == 2000
    assert len({p.uuid for p in people}) == 2000
    assert all(p.version == 1 and p.created_by == "operatore.test" and p.created_at.tzinfo for p in people)
    codes = [p.fiscal_code for p in people if p.fiscal_code]
    assert len(codes) == len(set(codes))
    assert 0.02 < 1 - len(codes) / 2000 < 0.09  # about 5% without a fiscal code, on purpose
    for p in random.Random(1).sample([p for p in people if p.fiscal_code], 100):
        assert codicefiscale.is_valid(p.fiscal_code)
    assert maintenance.is_demo(db)
    generate_people(db, 500, seed=5)  # same seed again: codes must still be unique
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2500


def test_kind_plan_keeps_proportions():
    assert kinds_for(0) == []
    assert len(set(kinds_for(10))) == 6
    assert kinds_for(40).count(OrganisationKind.COMUNE) == 10


def test_registry_kinds_have_italian_labels():
    assert OrganisationKind.from_code("cooperativa") is OrganisationKind.COOPERATIVA
    assert OrganisationKind.from_code("sconosciuto") is OrganisationKind.ALTRO
    assert ("impresa_sociale", "Impresa sociale") in kind_choices()


def test_demo_has_an_open_call_with_commission_and_women_to_register(seeded):

    from sqlalchemy import select

    from equilibri_desktop.domain.grants.application_parts import DECLARATIONS
    from equilibri_desktop.storage.models import (
        GrantApplication,
        GrantCall,
        GrantCommissionMember,
        GrantCriterion,
        GrantDeclaration,
        Municipality,
        Person,
    )

    with seeded.unit_of_work() as s:
        call = s.scalars(select(GrantCall)).one()
        points = sum(s.scalars(select(GrantCriterion.max_points).where(GrantCriterion.call_id == call.id)))
        members = s.scalars(select(GrantCommissionMember.username)).all()
        applications = s.scalars(select(GrantApplication)).all()
        district = set(s.scalars(select(Municipality.id).where(Municipality.sud_est_milano.is_(True))))
        candidates = s.scalars(select(Person).where(Person.sex == "F", Person.occupational_status == "disoccupata",
                                                    Person.municipality_id.in_(district),
                                                    Person.did_date.is_not(None))).all()
    assert call.status == "aperto" and call.opens_at.date() < office_today() < call.closes_at.date()
    assert points == 100 and call.admission_threshold == 60
    assert sorted(members) == ["demo.commissaria", "demo.commissario"]
    assert [a.protocol_number for a in applications] == [1, 2, 3]
    assert len({a.public_code for a in applications}) == 3
    with seeded.unit_of_work() as s:
        given = s.scalars(select(GrantDeclaration.application_id).where(GrantDeclaration.given.is_(True))).all()
    assert len(given) == 3 * len(DECLARATIONS)  # complete, so they can be admitted like new ones
    assert len(candidates) >= 12  # enough women for a clerk to register ten more applications
