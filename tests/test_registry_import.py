"""Importing spreadsheets: mapping, every row outcome, idempotence, dry run, rollback, reports, CSV, CLI."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from equilibri_desktop.cli.admin import main
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.imports.engine import ImportCancelledError
from equilibri_desktop.services.imports.outcomes import RowOutcome
from equilibri_desktop.services.imports.people import PersonRows
from equilibri_desktop.services.imports.registry import import_organisations, import_people, preview_import
from equilibri_desktop.services.registry import organisations, people
from equilibri_desktop.services.registry.search import PersonFilter, search_people
from equilibri_desktop.storage.models.registry import Organisation, Person
from tests.registry_helpers import add_person, cf

HEADERS = [" COGNOME ", "Nome", "C.F.", "Data di Nascita", "Comune di residenza", "Cellulare", "E-mail", "Varie"]
ROSSI = cf("Rossi", "Maria", "F", date(1985, 3, 12))
VERDI = cf("Verdi", "Anna", "F", date(1968, 5, 20))
BIANCHI = cf("Bianchi", "Luca", "M", date(1990, 2, 1))
NERI = cf("Neri", "Sara", "F", date(1977, 10, 4))


def _xlsx(path, rows, headers=HEADERS, title="Elenco utenti sportello 2024"):
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _rows():
    """One row per outcome (the numbers are the spreadsheet's: title 1, headers 2)."""
    return [
        ["BIANCHI", "luca", BIANCHI.lower(), "01/02/1990", "Melegnano", "333 1112223", "", ""],  # 3 new
        ["rossi", "MARIA", ROSSI, datetime(1985, 3, 12), "", 3331234567, "", "nota"],  # 4 fills the phone
        ["Verdi", "Annamaria", VERDI, "1968-05-20", "", "", "", ""],  # 5 known: only a difference
        ["Gialli", "Ugo", "GLLGUO80A01F205X", "01/01/1980", "", "", "", ""],  # 6 wrong check character
        ["", "Senza", NERI, "04/10/1977", "", "", "", ""],  # 7 no surname
        ["Neri", "Sara", "", "31/02/1977", "", "", "", ""],  # 8 a day that does not exist
        ["Bianchi", "Luca", BIANCHI, "1/2/90", "", "", "", ""],  # 9 repeats row 3
        ["Blu", "Carla", "", "", "", "", "", ""],  # 10 nothing tells her from namesakes
        ["d'angelo", "nicolò", "", "7/5/79", "SAN DONATO MILANESE", "", "n.dangelo@example.org", ""],  # 11 new
    ]


@pytest.fixture
def stored(db):
    rossi = add_person(db)
    verdi = add_person(db, "Verdi", "Anna", born=date(1968, 5, 20), phone="02 555666")
    return rossi, verdi


def _count(db) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(Person))


def _versions(db) -> dict:
    with db.unit_of_work() as s:
        return dict(s.execute(select(Person.uuid, Person.version)).all())


def test_preview_maps_messy_headers_under_a_title(db, tmp_path):
    preview = preview_import(db, _xlsx(tmp_path / "utenti.xlsx", _rows()), "persons")
    assert preview.mapping == {0: "surname", 1: "first_name", 2: "fiscal_code", 3: "birth_date",
                               4: "municipality", 5: "phone", 6: "email"}
    assert preview.unmapped == ("Varie",) and preview.sample[0][0] == "BIANCHI"
    assert ("citizenship", "Cittadinanza") in preview.target_fields


def test_every_row_outcome(db, stored, tmp_path):
    rossi, verdi = stored
    result = import_people(db, _xlsx(tmp_path / "utenti.xlsx", _rows()), report_path=tmp_path / "esito.xlsx")
    outcome = {r.row_number: (r.outcome, r.message) for r in result.rows}
    assert [outcome[n][0] for n in range(3, 12)] == [
        RowOutcome.IMPORTED, RowOutcome.MERGED, RowOutcome.UNCHANGED, RowOutcome.REJECTED, RowOutcome.REJECTED,
        RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.IMPORTED]
    assert outcome[4][1] == "Completati i campi vuoti: Telefono."  # the "Varie" column is not imported
    assert "Nome: nel file «Annamaria», registrato «Anna»" in outcome[5][1]
    assert "carattere di controllo" in outcome[6][1]
    assert "cognome" in outcome[7][1]
    assert "non esiste" in outcome[8][1]
    assert "riga 3" in outcome[9][1]
    assert "omonimi" in outcome[10][1]
    assert (result.imported, result.merged, result.unchanged, result.rejected) == (2, 1, 1, 5)
    merged = people.get_person(db, rossi.uuid)
    assert (merged.phone, merged.notes, merged.version) == ("3331234567", "", 2)
    assert people.get_person(db, verdi.uuid).first_name == "Anna"  # never overwritten
    new = search_people(db, PersonFilter(text="dangelo")).items[0]
    assert (new.surname, new.first_name, new.birth_date, new.municipality, new.email) == (
        "D'Angelo", "Nicolò", date(1979, 5, 7), "San Donato Milanese", "n.dangelo@example.org")
    luca = search_people(db, PersonFilter(text=BIANCHI)).items[0]
    assert (luca.fiscal_code, luca.display_name, luca.cap) == (BIANCHI, "Bianchi Luca", "20077")


def test_reimporting_the_same_file_changes_nothing(db, stored, tmp_path):
    source = _xlsx(tmp_path / "utenti.xlsx", _rows())
    import_people(db, source)
    before = _versions(db)
    again = import_people(db, source)
    assert {r.outcome for r in again.rows} == {RowOutcome.UNCHANGED, RowOutcome.REJECTED}
    assert again.unchanged == 4 and again.rejected == 5
    assert _versions(db) == before


def test_dry_run_writes_nothing_and_predicts_the_outcomes(db, stored, tmp_path):
    source = _xlsx(tmp_path / "utenti.xlsx", _rows())
    before = _versions(db)
    dry = import_people(db, source, dry_run=True)
    assert dry.dry_run and _versions(db) == before
    real = import_people(db, source)
    assert [(r.row_number, r.outcome) for r in dry.rows] == [(r.row_number, r.outcome) for r in real.rows]


def test_a_failure_half_way_leaves_the_database_as_it_was(db, stored, tmp_path, monkeypatch):
    rows = [[f"Cognome{i}", "Anna", "", f"01/01/19{50 + i % 40}", "", f"333 {i:07d}", "", ""] for i in range(1200)]
    source = _xlsx(tmp_path / "grande.xlsx", rows)
    decide = PersonRows.decide

    def failing(self, row_number, candidate, dry_run):
        if row_number == 1100:  # after two batches were flushed
            raise RuntimeError("disco pieno")
        return decide(self, row_number, candidate, dry_run)

    monkeypatch.setattr(PersonRows, "decide", failing)
    before = _versions(db)
    with pytest.raises(RuntimeError):
        import_people(db, source, report_path=tmp_path / "esito.xlsx")
    assert _versions(db) == before and _count(db) == 2
    assert not (tmp_path / "esito.xlsx").exists()


def test_cancel_writes_nothing(db, tmp_path):
    rows = [[f"Cognome{i}", "Anna", "", "01/01/1980", "", f"333 {i:07d}", "", ""] for i in range(700)]
    seen = []
    with pytest.raises(ImportCancelledError):
        import_people(db, _xlsx(tmp_path / "x.xlsx", rows), progress=seen.append, cancel=lambda: bool(seen))
    assert _count(db) == 0 and seen[0].rows_done == 500


def test_report_and_rejected_rows_ready_to_fix(db, stored, tmp_path):
    result = import_people(db, _xlsx(tmp_path / "utenti.xlsx", _rows()), report_path=tmp_path / "esito.xlsx")
    report = load_workbook(result.report_path)
    rows = list(report["Esito per riga"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Riga", "Esito", "Dettagli", "COGNOME") and len(rows) == 10
    assert rows[1][:5] == (3, "Importata", None, "BIANCHI", "luca")
    assert rows[3][1] == "Già presente, nessuna modifica"
    summary = dict(report["Riepilogo"].iter_rows(min_row=2, values_only=True))
    assert (summary["Righe lette"], summary["Scartata"], summary["Prova senza scrivere (dry run)"]) == (9, 5, "no")
    assert result.rejected_path.name == "esito - righe scartate.xlsx"
    rejected = list(load_workbook(result.rejected_path).active.iter_rows(values_only=True))
    assert rejected[0] == (*(h.strip() for h in HEADERS), "Motivo dello scarto")
    assert [r[0] for r in rejected[1:]] == ["Gialli", None, "Neri", "Bianchi", "Blu"]
    # The clerk fixes Neri's birth date and imports the file of rejected rows again.
    workbook = load_workbook(result.rejected_path)
    workbook.active.cell(4, 4).value = "28/02/1977"
    workbook.save(result.rejected_path)
    again = import_people(db, result.rejected_path)
    assert [r.outcome for r in again.rows] == [RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.IMPORTED,
                                               RowOutcome.UNCHANGED, RowOutcome.REJECTED]


def test_csv_windows_1252_with_semicolons(db, tmp_path):
    text = "Cognome;Nome;Codice fiscale;Città;Telefono\r\nD'Angelo;Nicolò;;Melegnano;333 4445556\r\n"
    (tmp_path / "utenti.csv").write_bytes(text.encode("cp1252"))
    result = import_people(db, tmp_path / "utenti.csv")
    assert result.imported == 1
    row = search_people(db, PersonFilter(text="d'angelo")).items[0]
    assert (row.first_name, row.municipality, row.phone) == ("Nicolò", "Melegnano", "333 4445556")


def test_missing_name_column_is_an_error_not_a_report(db, tmp_path):
    with pytest.raises(DomainError, match="Cognome"):
        import_people(db, _xlsx(tmp_path / "x.xlsx", [["Anna"]], headers=["Nome", "Telefono"]))


def test_protected_addresses_are_neither_filled_nor_reported(db, tmp_path):
    add_person(db, protected=True, protection_body="CAV", protection_date=date(2024, 1, 1), address="Via Segreta 1",
               municipality_name="Melegnano")
    result = import_people(db, _xlsx(tmp_path / "x.xlsx", [["Rossi", "Maria", ROSSI, "", "Paullo", "", "", ""]]))
    assert result.rows[0].outcome is RowOutcome.UNCHANGED and "Segreta" not in result.rows[0].message
    assert "Residenza" not in result.rows[0].message


def test_organisations_import(db, tmp_path):
    organisations.create_organisation(db, OrganisationInput(name="Cooperativa Il Girasole", kind="cooperativa",
                                                            vat_number="01234560157"))
    headers = ["Ragione sociale", "P.IVA", "Forma giuridica", "Comune sede", "PEC", "N. dipendenti"]
    rows = [["Cooperativa Il Girasole", 1234560157, "Società cooperativa sociale", "Melegnano",
             "girasole@pec.example.org", 12],  # known P.IVA (typed as a number): fills the empty fields
            ["Logistica Lambro S.r.l.", "01234570156", "S.r.l.", "Paullo", "", "1.250"],
            ["Logistica Lambro Srl", "01234570156", "", "", "", ""],  # same P.IVA again in the file
            ["Banca del Tempo Melegnano", "", "APS", "Melegnano", "", "dieci"]]
    source = _xlsx(tmp_path / "enti.xlsx", rows, headers=headers, title=None)
    result = import_organisations(db, source)
    assert [r.outcome for r in result.rows] == [RowOutcome.MERGED, RowOutcome.IMPORTED, RowOutcome.REJECTED,
                                                RowOutcome.REJECTED]
    assert "riga 3" in result.rows[2].message and "Dipendenti" in result.rows[3].message
    with db.unit_of_work() as s:
        bodies = {o.name: o for o in s.scalars(select(Organisation))}
    assert (bodies["Cooperativa Il Girasole"].pec, bodies["Cooperativa Il Girasole"].employees) == (
        "girasole@pec.example.org", 12)
    assert (bodies["Logistica Lambro S.r.l."].kind, bodies["Logistica Lambro S.r.l."].employees) == ("impresa", 1250)
    assert {r.outcome for r in import_organisations(db, source).rows} == {RowOutcome.UNCHANGED, RowOutcome.REJECTED}


@pytest.fixture
def run(capsys):
    def call(*argv: str) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err
    return call


def test_cli_import(run, config, tmp_path):
    where = ["--data-dir", str(config.data_dir), "--database-url", config.database_url]
    source = _xlsx(tmp_path / "utenti.xlsx", _rows())
    code, out, _ = run(*where, "import", "persons", source, "--dry-run")
    assert code == 0 and "importate: 4" in out and "scartate: 5" in out and "non è stato modificato" in out
    code, out, _ = run(*where, "import", "persons", source, "--report", tmp_path / "esito.xlsx")
    assert code == 0 and "scartate: 5" in out and str(tmp_path / "esito.xlsx") in out
    assert (tmp_path / "esito - righe scartate.xlsx").exists()
    code, out, _ = run(*where, "import", "persons", source)
    assert code == 0 and "già presenti, nessuna modifica: 4" in out
    assert list(tmp_path.glob("utenti - esito importazione *.xlsx"))
    code, _, err = run(*where, "import", "persons", tmp_path / "manca.xlsx")
    assert code == 1 and err.startswith("Errore:")
    (tmp_path / "rotto.xlsx").write_bytes(b"non sono un foglio excel")
    code, _, err = run(*where, "import", "organisations", tmp_path / "rotto.xlsx")
    assert code == 1 and "Excel" in err
