"""The transparency table of the grants: the fields art. 27 asks for, and never the identity of a beneficiary
selected for vulnerability or protected (art. 26 c.4 D.Lgs. 33/2013), in .xlsx or .csv."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.grants.payment_firm import FirmInput
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.services.grants import transparency as grant_transparency
from equilibri_desktop.storage.models import (
    AuditEntry,
    GrantApplication,
    GrantCoApplicant,
    Municipality,
    OrganisationSettings,
    Person,
)
from tests.grant_helpers import add_woman, fund_application, make_call
from tests.registry_helpers import cf

IBAN = "IT60X0542811101000000123456"


@pytest.fixture
def grants(db):
    """Four grants: one plain (firm constituted), one vulnerability route, one protected applicant, one
    with a protected co-applicant. Returns their public codes and the secrets that must never leave."""
    with db.unit_of_work() as s:
        s.add(OrganisationSettings(body_name="A.S.S.E.MI. - Azienda Sociale Sud Est Milano"))
        melegnano = s.scalar(select(Municipality.id).where(Municipality.name == "Melegnano"))
    call = make_call(db)
    plain = fund_application(db, call, add_woman(db, "Rossi", "Maria", address="Via Verdi 3"), 10_000_00,
                             business_name="Piccoli Passi")
    grant_payments.record_firm_constitution(db, plain.uuid, FirmInput(
        "Piccoli Passi di Rossi Maria", "12345670124", office_today() - timedelta(5), "Via Dante 4", melegnano, "",
        IBAN))
    vulnerable = fund_application(db, call, add_woman(db, "Esposito", "Carmela", address="Via Nascosta 9"),
                                  8_000_00, vulnerability_route=True, business_name="Nido di Carmela")
    protected_woman = add_woman(db, "Ferraro", "Giulia", born=date(1990, 1, 5))
    with db.unit_of_work() as s:
        s.get(Person, protected_woman.id).protected = True
    protected = fund_application(db, call, protected_woman, 7_000_00, business_name="Tempo Giulia")
    partner = add_woman(db, "Marino", "Teresa", born=date(1979, 6, 6))
    with_partner = fund_application(db, call, add_woman(db, "Greco", "Lucia", born=date(1982, 2, 2)), 6_000_00,
                                    applicant_kind="societa", business_name="Cura Insieme")
    with db.unit_of_work() as s:
        s.get(Person, partner.id).protected = True
        s.add(GrantCoApplicant(application_id=with_partner.id, person_id=partner.id, role="socia"))
    codes = {}
    with db.unit_of_work() as s:
        for name, ref in (("plain", plain), ("vulnerable", vulnerable), ("protected", protected),
                          ("partner", with_partner)):
            codes[name] = s.get(GrantApplication, ref.id).public_code
    secrets = ["Esposito", "Carmela", cf("Esposito", "Carmela", "F", date(1985, 3, 12)), "Nido di Carmela",
               "Ferraro", "Giulia", cf("Ferraro", "Giulia", "F", date(1990, 1, 5)), "Tempo Giulia",
               "Greco", "Lucia", "Marino", "Teresa", "Cura Insieme", "Via Nascosta", "Via Verdi", "Via Dante",
               IBAN, cf("Rossi", "Maria", "F", date(1985, 3, 12))]
    return codes, secrets


def _xlsx_text(path) -> list[list[str]]:
    sheet = load_workbook(path, read_only=True).active
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def _csv_text(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for Excel"
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


@pytest.mark.parametrize("suffix,reader", [(".xlsx", _xlsx_text), (".csv", _csv_text)])
def test_no_identity_of_vulnerable_or_protected_beneficiaries(db, grants, tmp_path, suffix, reader):
    codes, secrets = grants
    result = grant_transparency.export_transparency(db, tmp_path / f"trasparenza{suffix}")
    assert (result.rows, result.anonymised) == (4, 3)
    table = reader(result.path)
    assert table[0] == list(grant_transparency.HEADERS)
    everything = "\n".join(";".join(row) for row in table)
    leaked = [secret for secret in secrets if secret.casefold() in everything.casefold()]
    assert leaked == []
    by_code = {row[1]: row for row in table[1:]}
    assert set(by_code) == set(codes.values())
    for name in ("vulnerable", "protected", "partner"):
        row = by_code[codes[name]]
        assert codes[name] in row[2] and "art. 26 c.4" in row[2] and row[3] == ""
    plain = by_code[codes["plain"]]
    assert plain[2] == "Piccoli Passi di Rossi Maria" and plain[3] == "12345670124"
    assert "Avviso «Bando start-up donne 2026» approvato con atto n. 123 del 02/03/2026" in plain[6]
    assert "graduatoria definitiva n. 1 del 01/07/2026" in plain[6]
    assert plain[7] == "E41B26000120002"
    assert plain[8] == "A.S.S.E.MI. - Azienda Sociale Sud Est Milano - Responsabile del procedimento: " \
                       "Dott.ssa Laura Bianchi"
    assert "graduatoria di merito" in plain[9] and plain[12] == "Concesso"


def test_amounts_and_dates_in_each_format(db, grants, tmp_path):
    codes, _ = grants
    sheet = load_workbook(grant_transparency.export_transparency(db, tmp_path / "t.xlsx").path).active
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    amount = rows[codes["plain"]][4]
    assert float(amount.value) == 10_000.0 and amount.number_format == "#,##0.00"
    assert rows[codes["plain"]][11].value.date() == date(2026, 7, 1)
    table = _csv_text(grant_transparency.export_transparency(db, tmp_path / "t.csv").path)
    plain = next(row for row in table if row[1] == codes["plain"])
    assert (plain[4], plain[5], plain[11]) == ("10000,00", "0,00", "01/07/2026")


def test_export_needs_grants_decide_and_is_audited(db, grants, tmp_path):
    db.actor = Actor(username="operatore.uno", roles=frozenset({Role.OPERATORE}))
    with pytest.raises(PermissionDeniedError):
        grant_transparency.export_transparency(db, tmp_path / "t.xlsx")
    db.actor = Actor(username="resp.uno", roles=frozenset({Role.RESPONSABILE}))
    grant_transparency.export_transparency(db, tmp_path / "t.csv")
    with db.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.username == "resp.uno" and "4 righe (3 con codice)" in entry.detail
    assert "Esposito" not in entry.detail
