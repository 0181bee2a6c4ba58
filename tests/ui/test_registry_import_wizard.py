"""The import wizard end to end on a small messy spreadsheet: file, column mapping corrected by hand,
simulation that writes nothing, the real import in the background, counts, report and rejected rows."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QWizard

from equilibri_desktop.services.imports.registry import ImportCancelledError
from equilibri_desktop.services.registry import people
from equilibri_desktop.services.registry.search import PersonFilter, count_people, search_people
from equilibri_desktop.ui.screens.registry import import_outcome, import_pages, import_wizard
from tests.registry_helpers import add_person, cf
from tests.ui.registry_ui import WAIT_MS, names
from tests.ui.registry_ui import people as open_people

HEADERS = ["COGNOME", "Nome", "C.F.", "Data di nascita", "Comune di residenza", "Cellulare", "Annotazioni varie"]
BIANCHI = cf("Bianchi", "Luca", "M", date(1990, 2, 1))
ROSSI = cf("Rossi", "Maria", "F", date(1985, 3, 12))


def _sheet(path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Elenco utenti sportello 2024"])  # a title above the headers, as offices do
    sheet.append(HEADERS)
    sheet.append(["bianchi", "luca", BIANCHI.lower(), "01/02/1990", "Melegnano", "333 1112223", "da richiamare"])
    sheet.append(["ROSSI", "maria", ROSSI, "12/03/1985", "", "333 1234567", ""])  # known: phone filled
    sheet.append(["Gialli", "Ugo", "GLLGUO80A01F205X", "01/01/1980", "", "", ""])  # wrong check character
    sheet.append(["", "Senza", "", "04/10/1977", "", "", ""])  # no surname
    book.save(path)
    return path


def _start(qtbot, ctx):
    screen = open_people(qtbot, ctx)
    screen.list_page.ui.import_button.click()
    wizard = screen.list_page.actions.import_wizard
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard, timeout=WAIT_MS)
    return screen, wizard


def test_import_a_spreadsheet_from_simulation_to_report(qtbot, ctx, tmp_path, monkeypatch):
    add_person(ctx.db)  # Rossi Maria, without a phone
    source = _sheet(tmp_path / "utenti.xlsx")
    screen, wizard = _start(qtbot, ctx)
    assert wizard.currentPage() is wizard.file_page
    monkeypatch.setattr(import_pages, "ask_import_path", lambda *_args: str(source))
    wizard.file_page.ui.browse_button.click()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    page = wizard.mapping_page
    assert page.mapping() == {0: "surname", 1: "first_name", 2: "fiscal_code", 3: "birth_date",
                              4: "municipality", 5: "phone"}
    assert "utenti.xlsx: 7 colonne" in page.ui.summary_label.text()
    assert page.ui.mapping_table.item(0, 1).text() == "bianchi · ROSSI · Gialli"
    page.set_field(6, "notes")  # "Annotazioni varie" is not a usual header: the clerk maps it
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.dry_page, timeout=WAIT_MS)
    dry = wizard.dry_page.ui
    counts = [dry.imported_count.text(), dry.merged_count.text(), dry.unchanged_count.text(),
              dry.rejected_count.text()]
    assert counts == ["1", "1", "0", "2"]
    assert dry.rows_table.rowCount() == 4
    assert dry.rows_table.item(2, 1).text() == "Scartata" and "controllo" in dry.rows_table.item(2, 2).text()
    assert count_people(ctx.db) == 1  # the simulation wrote nothing
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Importa"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.final_page, timeout=WAIT_MS)
    final = wizard.final_page.ui
    assert [final.imported_count.text(), final.merged_count.text(), final.rejected_count.text()] == ["1", "1", "2"]
    result = wizard.result
    assert result.report_path.exists() and result.rejected_path.exists()
    assert str(result.report_path) in final.report_label.text()
    rejected = load_workbook(result.rejected_path).active
    assert [row[0] for row in rejected.iter_rows(min_row=2, values_only=True)] == ["Gialli", None]
    opened = []
    monkeypatch.setattr(import_outcome, "open_file", lambda path: opened.append(path) or True)
    final.open_report_button.click()
    final.open_rejected_button.click()
    assert opened == [result.report_path, result.rejected_path]
    assert names(screen.list_page) == ["Bianchi Luca", "Rossi Maria"]  # the list is current
    luca = search_people(ctx.db, PersonFilter(text="bianchi")).items[0]
    assert people.get_person(ctx.db, luca.uuid).notes == "da richiamare"
    rossi = search_people(ctx.db, PersonFilter(text="rossi")).items[0]
    assert rossi.phone == "333 1234567"


def test_the_first_page_explains_a_wrong_file(qtbot, ctx, tmp_path):
    _, wizard = _start(qtbot, ctx)
    ui = wizard.file_page.ui
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert ui.file_error.text() == "Scegli il file da importare."
    (tmp_path / "note.txt").write_text("niente")
    ui.file_edit.setText(str(tmp_path / "note.txt"))
    wizard.next()
    assert "xlsx" in ui.file_error.text()
    ui.file_edit.setText(str(tmp_path / "manca.xlsx"))
    wizard.next()
    assert ui.file_error.text() == "Il file non esiste: controlla il percorso."


def test_a_field_mapped_twice_or_a_missing_column_stops_at_the_mapping(qtbot, ctx, tmp_path):
    source = _sheet(tmp_path / "utenti.xlsx")
    _, wizard = _start(qtbot, ctx)
    wizard.file_page.ui.file_edit.setText(str(source))
    wizard.next()
    page = wizard.mapping_page
    page.set_field(1, "surname")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.ui.mapping_error.text() == "Ogni dato viene da una sola colonna: Cognome è scelto più volte."
    page.set_field(0, "")
    wizard.next()
    qtbot.waitUntil(lambda: page.ui.mapping_error.isVisible(), timeout=WAIT_MS)
    assert "manca la colonna Nome" in page.ui.mapping_error.text()
    assert wizard.currentPage() is page and not wizard.busy


def test_a_cancelled_import_says_nothing_was_written(qtbot, ctx, tmp_path, monkeypatch):
    source = _sheet(tmp_path / "utenti.xlsx")
    real = import_wizard.import_people

    def cancelled_when_real(db, path, **options):
        if options.get("dry_run"):
            return real(db, path, **options)
        raise ImportCancelledError("Importazione annullata: nessun dato è stato scritto.")

    monkeypatch.setattr(import_wizard, "import_people", cancelled_when_real)
    _, wizard = _start(qtbot, ctx)
    wizard.file_page.ui.file_edit.setText(str(source))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.dry_page, timeout=WAIT_MS)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT_MS)
    assert wizard.currentPage() is wizard.dry_page
    assert wizard.dry_page.ui.summary_label.text() == "Importazione annullata: nessun dato è stato scritto."
    assert count_people(ctx.db) == 0
