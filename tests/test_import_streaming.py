"""Issue 19 point 2: an import streams its file (read once when it holds no formula), keeps only what a screen
shows of its rows (the report has them all), and reports progress with an estimate of the time left."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from equilibri_desktop.io import spreadsheet_reader
from equilibri_desktop.services.imports import engine
from equilibri_desktop.services.imports.outcomes import ImportProgress, RowOutcome
from equilibri_desktop.services.imports.registry import import_people
from equilibri_desktop.ui.screens.registry.import_pages import progress_text

HEADERS = ["Cognome", "Nome", "Email"]


def _xlsx(path, rows, formula: bool = False):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    if formula:
        sheet.append(["Somma", "Formula", "=A1&B1"])  # written by a program that does not calculate
    workbook.save(path)
    return path


def _people(count: int, bad_every: int = 0):
    return [["Verdi", f"Persona{i}", "" if bad_every and i % bad_every == 0 else f"p{i}@example.it"]
            for i in range(count)]


def test_a_file_without_formulas_is_read_once(tmp_path, monkeypatch):
    opened = []
    real = spreadsheet_reader._load_workbook
    monkeypatch.setattr(spreadsheet_reader, "_load_workbook",
                        lambda path, data_only=True: (opened.append(data_only), real(path, data_only))[1])
    with spreadsheet_reader.open_sheet(_xlsx(tmp_path / "semplice.xlsx", _people(3))) as sheet:
        assert [r.cells[1] for r in sheet.rows] == ["Persona0", "Persona1", "Persona2"]
    assert opened == [True]
    opened.clear()
    with spreadsheet_reader.open_sheet(_xlsx(tmp_path / "formule.xlsx", _people(2), formula=True)) as sheet:
        rows = list(sheet.rows)
    assert opened == [True, False]  # the formula check still reads the formulas when there are some
    assert "formula senza valore calcolato" in rows[-1].problem


def test_a_large_import_keeps_a_bounded_sample_and_writes_every_row_to_the_report(db, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BATCH_ROWS", 7)
    monkeypatch.setattr(engine, "KEPT_ROWS", 5)
    source = _xlsx(tmp_path / "elenco.xlsx", _people(40, bad_every=10))
    result = import_people(db, source, report_path=tmp_path / "esito.xlsx")
    assert len(result.rows) == 5 and [r.row_number for r in result.rows] == [2, 3, 4, 5, 6]
    assert result.total_rows == 40 and result.imported == 36 and result.rejected == 4
    report = load_workbook(result.report_path, read_only=True)
    lines = list(report["Esito per riga"].iter_rows(min_row=2, values_only=True))
    assert [line[0] for line in lines] == list(range(2, 42))  # every row, in order, across the batches
    assert sum(1 for line in lines if line[1] == RowOutcome.REJECTED.label) == 4
    summary = dict(report["Riepilogo"].iter_rows(min_row=2, values_only=True))
    assert summary["Righe lette"] == 40 and summary[RowOutcome.IMPORTED.label] == 36
    report.close()
    rejected = load_workbook(result.rejected_path, read_only=True)
    assert [row[1] for row in rejected.active.iter_rows(min_row=2, values_only=True)] == [
        "Persona0", "Persona10", "Persona20", "Persona30"]
    rejected.close()


def test_progress_tells_the_rows_done_and_the_time_left(db, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BATCH_ROWS", 10)
    seen: list[ImportProgress] = []
    import_people(db, _xlsx(tmp_path / "elenco.xlsx", _people(35)), progress=seen.append)
    assert [p.rows_done for p in seen] == [10, 20, 30, 35]
    assert all(p.rows_expected == 36 for p in seen)  # the last row the file declares (the header is row 1)
    for p in seen:  # the rows left at the pace of the rows done so far
        assert p.seconds_left == pytest.approx((36 - p.rows_done) * p.seconds / p.rows_done)


def test_the_progress_line_says_how_long_is_left():
    text = progress_text(ImportProgress(1_500, 20_000, seconds=6.0, seconds_left=74.0))
    assert text == "Righe elaborate: 1.500 di circa 20.000 – tempo rimanente: circa 1 min 14 s"
    assert progress_text(ImportProgress(600, None, seconds=2.0)) == "Righe elaborate: 600"
    # Too early to tell: the pace of the first batch says little.
    assert "tempo" not in progress_text(ImportProgress(500, 20_000, seconds=2.0, seconds_left=78.0))


def test_the_rows_audit_entries_wait_on_disk_and_are_chained_in_order_at_the_end(db, tmp_path, monkeypatch):
    from sqlalchemy import select

    from equilibri_desktop.services.access.audit_reports import verify_chain
    from equilibri_desktop.storage.models.audit import AuditEntry

    monkeypatch.setattr(engine, "BATCH_ROWS", 6)
    monkeypatch.setattr(engine._AuditSpool, "CHUNK", 4)
    queued_after_batches = []
    real_keep = engine._AuditSpool.keep

    def keep(spool, session):
        real_keep(spool, session)
        queued_after_batches.append(len(session.info.get("audit_queue", [])))

    monkeypatch.setattr(engine._AuditSpool, "keep", keep)
    import_people(db, _xlsx(tmp_path / "elenco.xlsx", _people(20)))
    assert queued_after_batches and set(queued_after_batches) == {0}  # nothing piles up in memory
    with db.unit_of_work() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.table_name).order_by(AuditEntry.id)).all()
    assert [e.table_name for e in entries[-21:-1]] == ["person"] * 20 and entries[-1].action == "import"
    assert verify_chain(db).ok


def test_the_same_person_twice_is_caught_across_batches(db, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BATCH_ROWS", 2)
    rows = _people(5) + [["Verdi", "Persona1", "p1@example.it"]]  # row 7 repeats row 3, three batches later
    result = import_people(db, _xlsx(tmp_path / "doppio.xlsx", rows))
    assert result.imported == 5 and result.rejected == 1
    assert "compare già alla riga 3" in result.rows[-1].message and result.rows[-1].row_number == 7
