"""Issue 13 point 5: a malformed file gets a message that says what is wrong; a bad row is rejected by
name and the import goes on with the others."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.imports.registry import import_people

HEADER = "Cognome;Nome;Email\n"
GOOD = "Verdi;Carla;carla.verdi@example.it\n"


def _text(name: str, text: str, encoding: str = "utf-8"):
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode(encoding))
        return path
    return build


def _bytes(name: str, data: bytes):
    def build(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name
    return build


def _xlsx(name: str, fill):
    def build(folder: Path) -> Path:
        workbook = Workbook()
        fill(workbook)
        workbook.save(folder / name)
        return folder / name
    return build


def _formula(workbook):
    sheet = workbook.active
    sheet.append(["Cognome", "Nome", "Email"])
    sheet.append(["Verdi", "Carla", "carla.verdi@example.it"])
    sheet.append(['=UPPER("bianchi")', "Anna", "anna@example.it"])  # openpyxl computes nothing: no cached value


def _chart_only(workbook):
    workbook.active.append(["Cognome", "Nome"])
    workbook.create_chartsheet("Grafico", 0)
    workbook.active = 0


def _broken_sheet_xml(folder: Path) -> Path:
    good = _xlsx("base.xlsx", lambda wb: [wb.active.append([f"Cognome{i}", "Nome"]) for i in range(3)])(folder)
    path = folder / "rotto.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    return path


def _zip_without_workbook(folder: Path) -> Path:
    with zipfile.ZipFile(folder / "archivio.xlsx", "w") as target:
        target.writestr("leggimi.txt", "niente")
    return folder / "archivio.xlsx"


# (file, what the whole-file message says) — the file is refused with a message naming its problem
FILE_ERRORS = [
    (_bytes("vuoto.csv", b""), "vuoto"),
    (_bytes("vuoto.xlsx", b""), "vuoto"),
    (_bytes("caso.xlsx", os.urandom(2048)), "non è un foglio Excel"),
    (_bytes("protetto.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512), "protetto da password"),
    (_bytes("vecchio.xls", b"\xd0\xcf\x11\xe0"), "formato .xls"),
    (_bytes("calc.ods", b"PK"), "formato .ods"),
    (_bytes("documento.pdf", b"%PDF-1.7"), "solo file .xlsx o .csv"),
    (_zip_without_workbook, "non è un foglio Excel"),
    (_broken_sheet_xml, "danneggiato"),
    (_xlsx("grafico.xlsx", _chart_only), "foglio grafico"),
    (_text("doppia.csv", "Cognome;Nome;cognome\nVerdi;Carla;Rossi\n"), "compare due volte"),
    (_text("colonne.csv", "Foo;Bar\n1;2\n"), "manca la colonna"),
    (_text("titolo.csv", "Elenco utenti 2024\n"), "manca la colonna"),
]
# (file, row rejected, what its reason says) — the other rows are imported
ROW_ERRORS = [
    (_text("nul.csv", HEADER + "Bianchi\x00;Anna;anna@example.it\n" + GOOD), 2, "carattere nullo"),
    (_text("pagina.csv", HEADER + "Bianchi\x0c;Anna;anna@example.it\n" + GOOD), 2, "salto pagina"),
    (_text("esc.csv", HEADER + "Bianchi\x1b;Anna;anna@example.it\n" + GOOD), 2, "ESC"),
    (_text("lungo.csv", HEADER + "x" * 140_000 + ";Anna;anna@example.it\n" + GOOD), 2, "dimensione massima"),
    (_xlsx("formula.xlsx", _formula), 3, "formula senza valore calcolato"),
    (_text("utf16.csv", HEADER + "Bianchi\x00;Anna;anna@example.it\n" + GOOD, "utf-16-le"), 2, "carattere nullo"),
]


@pytest.mark.parametrize("build,expected", FILE_ERRORS)
def test_an_unusable_file_is_refused_with_its_reason(db, tmp_path, build, expected):
    path = build(tmp_path)
    with pytest.raises(DomainError) as refused:
        import_people(db, path, dry_run=True)
    assert expected in str(refused.value)
    assert "imprevisto" not in str(refused.value)


@pytest.mark.parametrize("build,row,expected", ROW_ERRORS)
def test_a_bad_row_is_rejected_by_name_and_the_import_goes_on(db, tmp_path, build, row, expected):
    result = import_people(db, build(tmp_path), report_path=tmp_path / "esito.xlsx")
    rejected = {r.row_number: r.message for r in result.rows if r.outcome.name == "REJECTED"}
    assert list(rejected) == [row] and expected in rejected[row]
    assert result.imported == 1  # Verdi Carla, the good row after it
    assert result.report_path.exists()


def test_utf16_without_bom_reads_like_any_csv(db, tmp_path):
    path = _text("utf16.csv", HEADER + "Bianchi;Anna;anna@example.it\n" + GOOD, "utf-16-le")(tmp_path)
    result = import_people(db, path, dry_run=True)
    assert result.rejected == 0 and len(result.rows) == 2
