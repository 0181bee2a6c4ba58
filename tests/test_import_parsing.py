"""Reading .xlsx/.csv files with the row numbers users see, mapping Italian headers, parsing cells."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from equilibri_desktop.io.cell_parsing import (
    parse_date_cell,
    parse_int_cell,
    parse_phone_cell,
    parse_text_cell,
)
from equilibri_desktop.io.column_mapping import (
    ORGANISATION_HEADERS,
    PERSON_HEADERS,
    header_key,
    map_columns,
    target_fields,
)
from equilibri_desktop.io.spreadsheet_reader import Row, SpreadsheetError, open_sheet, sheet_names


def read_all(path, **kwargs) -> tuple[list[str], list[Row]]:
    with open_sheet(path, **kwargs) as sheet:
        return sheet.headers, list(sheet.rows)


# --- .xlsx ---------------------------------------------------------------------------------------


def test_xlsx_rows_keep_the_numbers_excel_shows(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Cognome", "Nome", "Data di nascita", "Cellulare"])
    sheet.append(["Rossi", "Maria", datetime(1985, 3, 12), 3331234567])
    sheet.append([])  # blank row 3 is skipped, numbering is not
    sheet.append(["Bianchi", None, "1/3/85"])
    sheet["A8"] = "Verdi"
    sheet["B8"] = "Luca"
    path = tmp_path / "utenti.xlsx"
    workbook.save(path)

    headers, rows = read_all(path)

    assert headers == ["Cognome", "Nome", "Data di nascita", "Cellulare"]
    assert [row.number for row in rows] == [2, 4, 8]
    assert rows[0].cells == ("Rossi", "Maria", datetime(1985, 3, 12), 3331234567)
    assert rows[1].cells == ("Bianchi", None, "1/3/85", None)  # padded to the header width
    assert rows[2].get(1) == "Luca" and rows[2].get(9) is None


def test_xlsx_title_above_the_headers_and_chosen_sheet(tmp_path):
    workbook = Workbook()
    workbook.active.append(["Da non importare", "x"])
    sheet = workbook.create_sheet("Enti")
    sheet.append(["Elenco enti 2024"])
    sheet.append([])
    sheet.append(["Ragione sociale", "P. IVA", "Totale"])
    sheet.append(["Coop Alfa", "00743110157", "=1+1"])
    path = tmp_path / "enti.xlsx"
    workbook.save(path)

    assert sheet_names(path) == ["Sheet", "Enti"]
    with open_sheet(path, sheet_name="Enti") as read:
        assert read.header_row == 3
        assert read.headers == ["Ragione sociale", "P. IVA", "Totale"]
        (row,) = list(read.rows)
    assert row.number == 4
    assert row.cells[:2] == ("Coop Alfa", "00743110157")


def test_xlsx_declaring_a_wrong_size_still_gives_every_row(tmp_path):
    workbook = Workbook()
    for row in (["Cognome", "Nome"], ["Rossi", "Maria"], ["Bianchi", "Anna"], ["Verdi", "Luca"]):
        workbook.active.append(row)
    honest, lying = tmp_path / "giusto.xlsx", tmp_path / "dimensione_sbagliata.xlsx"
    workbook.save(honest)
    # Some programs write a <dimension> smaller than the data; read-only openpyxl would stop there.
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(lying, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:B2"/>', data)
            target.writestr(item, data)
    headers, rows = read_all(lying)
    assert headers == ["Cognome", "Nome"]
    assert [row.cells for row in rows] == [("Rossi", "Maria"), ("Bianchi", "Anna"), ("Verdi", "Luca")]


def test_unreadable_and_unsupported_files_explain_what_to_do(tmp_path):
    broken = tmp_path / "rotto.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(SpreadsheetError, match="salvalo come .xlsx"):
        read_all(broken)
    with pytest.raises(SpreadsheetError, match=r"Il formato \.xls"):
        read_all(tmp_path / "vecchio.xls")
    empty = tmp_path / "vuoto.csv"
    empty.write_bytes(b"\r\n\r\n")
    with pytest.raises(SpreadsheetError, match="vuoto"):
        read_all(empty)


# --- .csv ----------------------------------------------------------------------------------------


def test_csv_utf8_with_bom_and_comma(tmp_path):
    path = tmp_path / "persone.csv"
    path.write_bytes("\ufeffCognome,Nome,Comune\nD'Angelo,Niccolò,Cantù\n".encode("utf-8"))
    with open_sheet(path) as sheet:
        assert (sheet.encoding, sheet.delimiter) == ("utf-8-sig", ",")
        assert sheet.headers == ["Cognome", "Nome", "Comune"]  # no BOM glued to the first header
        assert list(sheet.rows) == [Row(2, ("D'Angelo", "Niccolò", "Cantù"))]


def test_csv_utf8_without_bom_and_semicolon(tmp_path):
    path = tmp_path / "persone.csv"
    path.write_bytes("Cognome;Nome\nFerrè;José\n".encode())
    with open_sheet(path) as sheet:
        assert (sheet.encoding, sheet.delimiter) == ("utf-8", ";")
        assert [row.cells for row in sheet.rows] == [("Ferrè", "José")]


def test_csv_windows_1252_as_saved_by_italian_excel(tmp_path):
    text = (
        "Cognome;Nome;Città;Contributo\r\n"
        "Rossi;Maria;Forlì;1.250,50 €\r\n"
        '"Bianchi; De";"Anna\r\nMaria";Cantù;3,00 €\r\n'
        "\r\n"
        "Verdi;Luca;Milano;1,00 €\r\n"
    )
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    with open_sheet(path) as sheet:
        assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
        assert sheet.headers == ["Cognome", "Nome", "Città", "Contributo"]
        rows = list(sheet.rows)
    assert rows[0] == Row(2, ("Rossi", "Maria", "Forlì", "1.250,50 €"))
    assert rows[1] == Row(3, ("Bianchi; De", "Anna\r\nMaria", "Cantù", "3,00 €"))  # one record, one row
    assert rows[2].number == 5


def test_csv_delimiter_is_not_fooled_by_commas_inside_cells(tmp_path):
    # csv.Sniffer alone answers ',' for this file: quoted words separated by commas in the last cell.
    lines = ["Cognome;Nome;Titoli"] + [f'Persona{i};Nome{i};"laurea", "master"' for i in range(30)]
    path = tmp_path / "titoli.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with open_sheet(path) as sheet:
        assert sheet.delimiter == ";"
        assert sheet.headers == ["Cognome", "Nome", "Titoli"]
        rows = list(sheet.rows)
    assert rows[3].number == 5
    assert rows[3].cells[:2] == ("Persona3", "Nome3")


# --- header mapping ------------------------------------------------------------------------------


def test_messy_person_headers_are_mapped():
    headers = ["  C.F. ", "COGNOME", "nome", "e-mail", "Data di Nascita", "Sesso (M/F)", "Comune di nascita",
               "Tel.", "Cellulare", "Indirizzo email", "CAP", "Colonna mia", ""]
    mapping = map_columns(headers, "persons")
    assert mapping.columns == {
        0: "fiscal_code", 1: "surname", 2: "first_name", 3: "email", 4: "birth_date", 5: "sex",
        6: "birth_place", 7: "phone", 10: "cap",
    }
    # a field already claimed leaves the later column for the user to decide
    assert mapping.unmapped == ["Cellulare", "Indirizzo email", "Colonna mia"]
    mapping.columns[8] = "notes"  # the wizard edits the plain dict
    assert mapping.column_of("notes") == 8


def test_organisation_headers_are_mapped():
    headers = ["Ragione Sociale", "P.IVA", "Codice Fiscale", "Forma giuridica", "Sede legale", "Città",
               "PEC", "Codice ATECO", "N. dipendenti"]
    mapping = map_columns(headers, "organisations")
    assert list(mapping.columns.values()) == [
        "name", "vat_number", "fiscal_code", "legal_form", "address", "municipality", "pec", "ateco",
        "employees",
    ]
    assert mapping.unmapped == []
    assert "employees" in target_fields("organisations") and "employees" not in target_fields("persons")


@pytest.mark.parametrize(
    "a, b", [("P. IVA", "PIVA"), ("  C.F. ", "cf"), ("Città", "CITTA"), ("E-Mail", "email")]
)
def test_header_key_ignores_case_accents_punctuation_and_spaces(a, b):
    assert header_key(a) == header_key(b)


@pytest.mark.parametrize("table", [PERSON_HEADERS, ORGANISATION_HEADERS])
def test_no_header_means_two_fields(table):
    owners: dict[str, set[str]] = {}
    for name, headers in table.items():
        for header in headers:
            owners.setdefault(header_key(header), set()).add(name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


# --- cells ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        (datetime(1985, 3, 12, 0, 0), date(1985, 3, 12)),
        (date(1985, 3, 12), date(1985, 3, 12)),
        (31118, date(1985, 3, 12)),  # Excel serial number
        (31118.75, date(1985, 3, 12)),  # serial with a time of day
        (61, date(1900, 3, 1)),  # just after Excel's fictitious 29/02/1900
        ("12/03/1985", date(1985, 3, 12)),
        ("1/3/1985", date(1985, 3, 1)),
        ("12-03-1985", date(1985, 3, 12)),
        ("12.03.1985", date(1985, 3, 12)),
        ("1985-03-12", date(1985, 3, 12)),
        (" 12/03/1985 00:00:00 ", date(1985, 3, 12)),
        ("1985-03-12T00:00:00", date(1985, 3, 12)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date_cell(value, expected):
    assert parse_date_cell(value) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("1/3/85", date(1985, 3, 1)), ("01/03/07", date(2007, 3, 1)), ("12/3/26", date(2026, 3, 12)),
     ("13/3/26", date(1926, 3, 13))],
)
def test_two_digit_years_never_put_a_date_in_the_future(text, expected):
    assert parse_date_cell(text, not_after=date(2026, 3, 12)) == expected


@pytest.mark.parametrize(
    "value, words",
    [
        ("31/02/1985", "non esiste"),
        ("12 marzo", "non è una data"),
        ("12/03-1985", "non è una data"),
        (1985, "solo l'anno"),
        (60, "non è una data di Excel"),  # 29/02/1900 never existed
        (True, "non contiene una data"),
    ],
)
def test_parse_date_cell_explains_in_italian(value, words):
    with pytest.raises(ValueError, match=words):
        parse_date_cell(value)


def test_parse_text_cell():
    assert parse_text_cell(None) == ""
    assert parse_text_cell("  Via   Roma,\n 12 ") == "Via Roma, 12"
    assert parse_text_cell(12.0) == "12"
    assert parse_text_cell(datetime(2024, 1, 2)) == "02/01/2024"


@pytest.mark.parametrize(
    "value, expected",
    [(3331234567.0, "3331234567"), (3331234567, "3331234567"), (" +39 333  1234567 ", "+39 333 1234567"),
     ("3331234567.0", "3331234567"), (None, "")],
)
def test_parse_phone_cell(value, expected):
    assert parse_phone_cell(value) == expected


def test_parse_int_cell():
    values = (12, 12.0, " 7 ", "1.250", "12,0", "", None)
    assert [parse_int_cell(v) for v in values] == [12, 12, 7, 1250, 12, None, None]
    for bad in (12.5, "dodici", "1_000", True):
        with pytest.raises(ValueError, match="non|vero"):
            parse_int_cell(bad)
