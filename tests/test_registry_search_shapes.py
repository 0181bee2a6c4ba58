"""Search statements are built once per shape of filter and reused: each call must still bind its own values."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass
from datetime import date

import pytest
from openpyxl import load_workbook

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.registry import organisations
from equilibri_desktop.services.registry.dto import row_builder
from equilibri_desktop.services.registry.export import export_people
from equilibri_desktop.services.registry.person_dto import HIDDEN_ADDRESS, PersonRow
from equilibri_desktop.services.registry.person_queries import PersonShape, person_search
from equilibri_desktop.services.registry.search import (
    OrganisationFilter,
    PersonFilter,
    Sort,
    count_organisations,
    count_people,
    search_organisations,
    search_people,
)
from tests.registry_helpers import add_person, municipality_id

OPERATOR = Actor("operatore.semplice", roles=frozenset({Role.OPERATORE}))


def _names(page) -> list[str]:
    return [row.display_name for row in page.items]


def _shape(db, criteria: PersonFilter, can_see: bool = True) -> PersonShape:
    with db.unit_of_work() as session:
        return person_search(session, criteria, can_see)[0]


def test_one_shape_serves_every_value(db):
    melegnano = municipality_id(db, "Melegnano")
    for surname, first, born in (("Rossi", "Maria", date(1985, 3, 12)), ("Rossini", "Giulia", date(1990, 7, 1)),
                                 ("Bianchi", "Rosa", date(2001, 1, 5)), ("Verdi", "Anna", date(1968, 5, 20))):
        add_person(db, surname, first, born=born, municipality_id=melegnano, address="Via Roma 1")
    # Same number of words, same kinds of prefix: one statement, reused with other values.
    assert _shape(db, PersonFilter(text="rossi")) == _shape(db, PersonFilter(text="verdi"))
    assert _names(search_people(db, PersonFilter(text="rossi"))) == ["Rossi Maria", "Rossini Giulia"]
    assert _names(search_people(db, PersonFilter(text="verdi"))) == ["Verdi Anna"]
    assert (count_people(db, PersonFilter(text="rossi")), count_people(db, PersonFilter(text="verdi"))) == (2, 1)
    assert _names(search_people(db, PersonFilter(text="bianchi"))) == ["Bianchi Rosa"]
    # Paging values are bound per call too.
    page = search_people(db, PersonFilter(text="rossi"), Sort("name"), offset=1, limit=1)
    assert _names(page) == ["Rossini Giulia"] and not page.has_more
    page = search_people(db, PersonFilter(text="rossi"), Sort("name"), offset=0, limit=1)
    assert _names(page) == ["Rossi Maria"] and page.has_more
    by_birth = search_people(db, PersonFilter(text="rossi"), Sort("birth_date", descending=True), offset=0, limit=5)
    assert _names(by_birth) == ["Rossini Giulia", "Rossi Maria"]


def test_list_rows_hold_each_value_in_its_field(db):
    melegnano = municipality_id(db, "Melegnano")
    maria = add_person(db, "Rossi", "Maria", municipality_id=melegnano, address="Via Roma 1", cap="20077",
                       phone="333 1234567", email="maria@example.org", occupational_status="disoccupata",
                       did_date=date(2023, 1, 1))
    sara = add_person(db, "Rossetti", "Sara", born=date(1992, 2, 2), municipality_id=melegnano, cap="20077",
                      address="Via Segreta 9", protected=True, protection_body="CAV", protection_date=date(2024, 1, 1))
    shown = PersonRow(uuid=maria.uuid, version=maria.version, surname="Rossi", first_name="Maria", sex="F",
                      birth_date=date(1985, 3, 12), fiscal_code=maria.fiscal_code, address="Via Roma 1",
                      municipality="Melegnano", cap="20077", phone="333 1234567", email="maria@example.org",
                      occupational_status="disoccupata", occupational_status_label="Disoccupata/o (con DID)",
                      missing_privacy_ack=True, protected=False, address_hidden=False)
    masked = PersonRow(uuid=sara.uuid, version=sara.version, surname="Rossetti", first_name="Sara", sex="F",
                       birth_date=date(1992, 2, 2), fiscal_code=sara.fiscal_code, address=HIDDEN_ADDRESS,
                       municipality="", cap="", phone="", email="", occupational_status="",
                       occupational_status_label="", missing_privacy_ack=True, protected=None, address_hidden=True)
    assert search_people(db, PersonFilter(text="ross")).items == (
        PersonRow(**{**vars(masked), "address": "Via Segreta 9", "municipality": "Melegnano", "cap": "20077",
                     "protected": True, "address_hidden": False}), shown)
    db.actor = OPERATOR
    unknown = PersonRow(**{**vars(shown), "protected": None})  # the operator is not told who is not protected either
    assert search_people(db, PersonFilter(text="ross")).items == (masked, unknown)


def test_row_builder_makes_the_same_frozen_rows():
    build = row_builder(Sort, ("descending", "column"))
    row = build((True, "email"))
    assert (row, hash(row), repr(row)) == (Sort("email", True), hash(Sort("email", True)), repr(Sort("email", True)))
    with pytest.raises(FrozenInstanceError):
        row.column = "name"
    with pytest.raises(ValueError):
        build(("email",))
    with pytest.raises(TypeError):
        row_builder(Sort, ("column",))

    @dataclass(frozen=True)
    class Checked:
        amount: int

        def __post_init__(self) -> None:
            if self.amount < 0:
                raise ValueError("negative")

    with pytest.raises(TypeError):
        row_builder(Checked, ("amount",))


def test_protected_rules_follow_the_user_not_the_cached_statement(db):
    melegnano = municipality_id(db, "Melegnano")
    add_person(db, "Rossi", "Maria", municipality_id=melegnano, address="Via Roma 1")
    add_person(db, "Rossetti", "Sara", born=date(1992, 2, 2), municipality_id=melegnano, address="Via Segreta 9",
               protected=True, protection_body="CAV", protection_date=date(2024, 1, 1))
    everyone = db.actor
    for actor, expected in ((everyone, ["Rossetti Sara", "Rossi Maria"]), (OPERATOR, ["Rossi Maria"]),
                            (everyone, ["Rossetti Sara", "Rossi Maria"])):
        db.actor = actor
        assert _names(search_people(db, PersonFilter(text="melegnano"))) == expected
        assert count_people(db, PersonFilter(text="melegnano")) == len(expected)
        assert _names(search_people(db, PersonFilter(municipality_id=melegnano))) == expected
    db.actor = OPERATOR
    hidden = next(r for r in search_people(db, PersonFilter(text="rossetti")).items)
    assert (hidden.address_hidden, hidden.municipality, hidden.protected) == (True, "", None)


def test_exports_bind_their_own_values(db, tmp_path):
    add_person(db, "Rossi", "Maria")
    add_person(db, "Verdi", "Anna", born=date(1968, 5, 20))
    for text, expected in (("rossi", ("Rossi", "Maria")), ("verdi", ("Verdi", "Anna"))):
        search_people(db, PersonFilter(text=text))
        export_people(db, tmp_path / "persone.xlsx", PersonFilter(text=text), overwrite=True)
        rows = list(load_workbook(tmp_path / "persone.xlsx").active.iter_rows(values_only=True))
        assert [r[:2] for r in rows[1:]] == [expected]


def test_organisation_searches_bind_their_own_values(db):
    for name, kind, vat, staff in (("Cooperativa sociale Il Girasole", "cooperativa", "01234560157", 30),
                                   ("Logistica Lambro S.r.l.", "impresa", "01234570156", 260),
                                   ("Lambro_Servizi 100% S.r.l.", "impresa", "01234580155", 5)):
        organisations.create_organisation(db, OrganisationInput(name=name, kind=kind, vat_number=vat,
                                                                employees=staff))
    names = lambda criteria, **page: [r.name for r in search_organisations(db, criteria, **page).items]  # noqa: E731
    assert names(OrganisationFilter(text="girasole")) == ["Cooperativa sociale Il Girasole"]
    assert names(OrganisationFilter(text="logistica")) == ["Logistica Lambro S.r.l."]
    assert names(OrganisationFilter(text="lambro")) == ["Lambro_Servizi 100% S.r.l.", "Logistica Lambro S.r.l."]
    assert count_organisations(db, OrganisationFilter(text="0123458")) == 1
    assert count_organisations(db, OrganisationFilter(text="0123456")) == 1
    assert names(OrganisationFilter(size_class="micro")) == ["Lambro_Servizi 100% S.r.l."]
    assert names(OrganisationFilter(size_class="piccola")) == ["Cooperativa sociale Il Girasole"]
    assert names(OrganisationFilter(size_class="grande")) == ["Logistica Lambro S.r.l."]
    assert names(OrganisationFilter(), sort=Sort("employees", descending=True), offset=1, limit=1) == [
        "Cooperativa sociale Il Girasole"]
