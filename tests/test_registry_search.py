"""Lists: search-as-you-type, filters, sorting and paging in SQL; protected people; exports."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.registry import organisations, privacy
from equilibri_desktop.services.registry.export import export_organisations, export_people
from equilibri_desktop.services.registry.person_dto import HIDDEN_ADDRESS
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


@pytest.fixture
def registry(db):
    """A small registry: people in three towns, one protected, some with privacy records."""
    melegnano, san_donato = municipality_id(db, "Melegnano"), municipality_id(db, "San Donato Milanese")
    rows = [
        ("Rossi", "Maria", date(1985, 3, 12), melegnano, "maria.rossi@example.org", "333 1234567"),
        ("Rossini", "Giulia", date(1990, 7, 1), san_donato, "giulia@example.com", "+39 347 5550001"),
        ("De Luca", "Nicolò", date(1979, 11, 30), melegnano, "", "02 9820 4100"),
        ("Bianchi", "Rosa", date(2001, 1, 5), san_donato, "rosa.b@example.net", "320 0001111"),
        ("Verdi", "Anna", date(1968, 5, 20), None, "anna.verdi@example.org", "339 2223333"),
    ]
    made = {}
    for surname, first, born, town, email, phone in rows:
        made[surname] = add_person(db, surname, first, born=born, municipality_id=town, address="Via Roma 1",
                                   email=email, phone=phone, occupational_status="disoccupata" if town
                                   else "occupata", did_date=date(2023, 1, 1) if town else None)
    made["protetta"] = add_person(db, "Rossetti", "Sara", born=date(1992, 2, 2), municipality_id=melegnano,
                                  address="Via Segreta 9", phone="333 9990000", protected=True,
                                  protection_body="CAV", protection_date=date(2024, 1, 1))
    privacy.record_privacy_ack(db, made["Rossi"].uuid, "2024-01", date(2024, 1, 10), "ufficio")
    privacy.give_consent(db, made["Rossi"].uuid, "newsletter", date(2024, 1, 10))
    return made


def _names(page) -> list[str]:
    return [row.display_name for row in page.items]


@pytest.mark.parametrize("text, expected", [
    ("ross", ["Rossetti Sara", "Rossi Maria", "Rossini Giulia"]),
    ("ROSSI M", ["Rossi Maria"]),
    ("maria ro", ["Rossi Maria"]),
    ("de luca", ["De Luca Nicolò"]),
    ("deluca nicolo", ["De Luca Nicolò"]),
    ("rosa", ["Bianchi Rosa"]),
    ("giulia@", ["Rossini Giulia"]),
    ("347 555", ["Rossini Giulia"]),
    ("0298", ["De Luca Nicolò"]),
    ("san donato", ["Bianchi Rosa", "Rossini Giulia"]),
    ("donato", ["Bianchi Rosa", "Rossini Giulia"]),
    ("zzz", []),
])
def test_search_as_you_type(db, registry, text, expected):
    assert _names(search_people(db, PersonFilter(text=text))) == expected
    assert count_people(db, PersonFilter(text=text)) == len(expected)


def test_search_by_fiscal_code_prefix(db, registry):
    code = registry["Verdi"].fiscal_code
    assert _names(search_people(db, PersonFilter(text=code[:7].lower()))) == ["Verdi Anna"]


def test_filters(db, registry):
    melegnano = municipality_id(db, "Melegnano")
    assert _names(search_people(db, PersonFilter(municipality_id=melegnano))) == [
        "De Luca Nicolò", "Rossetti Sara", "Rossi Maria"]
    assert _names(search_people(db, PersonFilter(occupational_status="occupata"))) == ["Verdi Anna"]
    missing = search_people(db, PersonFilter(privacy_ack_missing=True))
    assert "Rossi Maria" not in _names(missing) and len(missing.items) == 5
    assert all(row.missing_privacy_ack for row in missing.items)
    assert _names(search_people(db, PersonFilter(text="ross", consent_missing="newsletter"))) == [
        "Rossetti Sara", "Rossini Giulia"]
    assert _names(search_people(db, PersonFilter(protected=True))) == ["Rossetti Sara"]


def test_sorting_and_paging(db, registry):
    by_birth = search_people(db, sort=Sort("birth_date", descending=True))
    assert [r.birth_date.year for r in by_birth.items] == [2001, 1992, 1990, 1985, 1979, 1968]
    pages, offset = [], 0
    while True:
        page = search_people(db, sort=Sort("name"), offset=offset, limit=2)
        pages.append(_names(page))
        offset += len(page.items)
        if not page.has_more:
            break
    assert pages == [["Bianchi Rosa", "De Luca Nicolò"], ["Rossetti Sara", "Rossi Maria"],
                     ["Rossini Giulia", "Verdi Anna"]]
    assert _names(search_people(db, PersonFilter(text="ross"), Sort("name", True), offset=1, limit=1)) == [
        "Rossi Maria"]
    by_town = _names(search_people(db, sort=Sort("municipality")))
    assert by_town[:3] == ["De Luca Nicolò", "Rossetti Sara", "Rossi Maria"]  # Melegnano, then San Donato
    assert count_people(db) == 6
    with pytest.raises(ValueError):
        search_people(db, sort=Sort("address"))


def test_protected_people_are_listed_without_their_address(db, registry):
    db.actor = OPERATOR
    row = next(r for r in search_people(db, PersonFilter(text="rossetti")).items)
    assert (row.address, row.municipality, row.cap, row.address_hidden, row.protected) == (
        HIDDEN_ADDRESS, "", "", True, None)
    # Where she lives must not show through the town filter or a search by town either.
    melegnano = municipality_id(db, "Melegnano")
    assert "Rossetti Sara" not in _names(search_people(db, PersonFilter(municipality_id=melegnano)))
    assert "Rossetti Sara" not in _names(search_people(db, PersonFilter(text="melegnano")))
    with pytest.raises(PermissionDeniedError):
        search_people(db, PersonFilter(protected=True))


def test_exports_never_contain_protected_people(db, registry, tmp_path):
    for actor in (db.actor, OPERATOR):
        db.actor = actor
        result = export_people(db, tmp_path / "persone.xlsx", PersonFilter(text="ross"), overwrite=True)
        sheet = load_workbook(tmp_path / "persone.xlsx").active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][:6] == ("Cognome", "Nome", "Sesso", "Data di nascita", "Luogo di nascita", "Codice fiscale")
        assert [r[:2] for r in rows[1:]] == [("Rossi", "Maria"), ("Rossini", "Giulia")]
        assert result.rows == 2
        assert sheet.cell(2, 4).is_date and sheet.cell(2, 4).number_format == "DD/MM/YYYY"
        assert rows[1][19].date() == date(2024, 1, 10) and rows[1][20] == "sì"
    assert result.excluded_protected is None  # the operator is not told that a protected person matched


def test_reviewer_cannot_export(db, registry, tmp_path):
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    with pytest.raises(PermissionDeniedError):
        export_people(db, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_organisation_search_filters_and_export(db, tmp_path):
    melegnano = municipality_id(db, "Melegnano")
    for name, kind, vat, staff, role in (
            ("Cooperativa sociale Il Girasole", "cooperativa", "01234560157", 30, "partner"),
            ("Logistica Lambro S.r.l.", "impresa", "01234570156", 260, ""),
            ("Comune di Melegnano", "comune", "", 120, "partner")):
        organisations.create_organisation(db, OrganisationInput(name=name, kind=kind, vat_number=vat,
                                                                employees=staff, alliance_role=role,
                                                                municipality_id=melegnano))
    names = lambda page: [r.name for r in page.items]  # noqa: E731
    assert names(search_organisations(db, OrganisationFilter(text="girasole"))) == ["Cooperativa sociale Il Girasole"]
    assert names(search_organisations(db, OrganisationFilter(text="0123457"))) == ["Logistica Lambro S.r.l."]
    assert names(search_organisations(db, OrganisationFilter(size_class="grande"))) == ["Logistica Lambro S.r.l."]
    assert names(search_organisations(db, OrganisationFilter(kind="comune"))) == ["Comune di Melegnano"]
    assert count_organisations(db, OrganisationFilter(alliance_member=True)) == 2
    assert count_organisations(db, OrganisationFilter(text="!!")) == 0  # nothing searchable: no match
    page = search_organisations(db, sort=Sort("employees", descending=True), limit=2)
    assert names(page) == ["Logistica Lambro S.r.l.", "Comune di Melegnano"] and page.has_more
    assert page.items[0].size_class_label == "Grande impresa"
    result = export_organisations(db, tmp_path / "enti.xlsx", OrganisationFilter(alliance_member=True))
    rows = list(load_workbook(tmp_path / "enti.xlsx").active.iter_rows(values_only=True))
    assert result.rows == 2 and [r[0] for r in rows[1:]] == ["Comune di Melegnano", "Cooperativa sociale Il Girasole"]
