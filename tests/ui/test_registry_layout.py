"""The registry at 1366×768: list columns that share the width by what they hold (headers always readable,
in English too), cut-off cells readable by hovering, every field to correct shown after one save, wizard
pages that look alike, and a merge dialog no taller than its rows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel

from equilibri_desktop.services.registry.search import count_organisations, count_people
from equilibri_desktop.ui.screens.registry.merge_dialog import MergeDialog
from equilibri_desktop.ui.translations import install_translators
from equilibri_desktop.ui.widgets.table_columns import share_width
from tests.registry_helpers import add_person
from tests.ui.registry_ui import WAIT_MS, choose, save_form, type_text
from tests.ui.registry_ui import organisations as open_organisations
from tests.ui.registry_ui import people as open_people
from tests.ui.waiting import settle

LONG_EMAIL = "alessandra.benedetti-fontanarossa1970@comune.san-giuliano-milanese.example.org"


def _error(form, field: str) -> str:
    label = form.form.findChild(QLabel, f"{field}_error")
    return label.text() if label.isVisible() else ""


# --- sharing the width ----------------------------------------------------------------------------
def test_columns_that_fit_get_what_they_want():
    assert share_width([100, 50, 80], [60, 40, 40], 400) == [100, 50, 80]


def test_when_they_do_not_fit_the_widest_give_way_to_one_common_cap():
    widths = share_width([300, 60, 250, 90], [80, 60, 60, 90], 500)
    assert widths == [175, 60, 175, 90]  # the narrow ones untouched, the wide ones equal
    assert sum(widths) <= 500


def test_no_column_goes_below_its_floor_even_when_that_overflows():
    assert share_width([300, 300], [200, 250], 400) == [200, 250]  # a scroll bar beats unreadable headers


def _people_in_window(qtbot, ctx, language: str):
    from equilibri_desktop.ui.main_window import MainWindow

    for number in range(25):
        add_person(ctx.db, "Benedetti", f"Valentina{chr(65 + number)}", born=date(1970 + number, 1, 1),
                   email=LONG_EMAIL if number == 0 else f"v{number}@example.org", occupational_status="inoccupata")
    install_translators(QApplication.instance(), language)
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    page = window.open_screen("people").list_page
    QApplication.processEvents()
    return window, page


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_people_list_shows_every_header_and_every_tax_code_at_1366(qtbot, ctx, language):
    try:
        _window, page = _people_in_window(qtbot, ctx, language)
        view, fitter = page.view, page.column_fitter
        qtbot.waitUntil(lambda: fitter._fitted_rows, timeout=WAIT_MS)
        headers = fitter.header_widths()
        widths = [view.columnWidth(c) for c in range(page.model.columnCount())]
        cf_column = [c.key for c in page.model.columns].index("fiscal_code")
        status_column = [c.key for c in page.model.columns].index("occupational_status_label")
        assert all(w >= h for w, h in zip(widths, headers, strict=True)), (widths, headers)
        assert sum(widths[:-1]) + headers[-1] <= view.viewport().width()  # no sideways scrolling
        assert view.horizontalScrollBar().maximum() == 0
        assert widths[cf_column] >= view.sizeHintForColumn(cf_column)  # codes are never cut
        if language == "it":  # room enough for "Inoccupata/o o inattiva/o" (English headers are longer)
            assert widths[status_column] >= view.sizeHintForColumn(status_column)
    finally:
        install_translators(QApplication.instance(), "it")


def test_a_cut_cell_shows_its_text_on_hover_and_a_column_dragged_by_hand_stays(qtbot, ctx):
    window, page = _people_in_window(qtbot, ctx, "it")
    view, fitter = page.view, page.column_fitter
    qtbot.waitUntil(lambda: fitter._fitted_rows, timeout=WAIT_MS)
    email = [c.key for c in page.model.columns].index("email")
    long_row = next(r for r in range(page.model.rowCount()) if page.model.row_object(r).email == LONG_EMAIL)
    short_row = next(r for r in range(page.model.rowCount()) if page.model.row_object(r).email == "v1@example.org")

    def centre(row: int) -> QPoint:
        return view.visualRect(page.model.index(row, email)).center()

    assert view.columnWidth(email) < view.fontMetrics().horizontalAdvance(LONG_EMAIL)  # it is cut here
    assert page.elided_tooltips.text_for(centre(long_row)) == LONG_EMAIL
    assert page.elided_tooltips.text_for(centre(short_row)) == ""  # shown whole: no tooltip
    name_column_tooltip = page.model.index(long_row, [c.key for c in page.model.columns].index("municipality"))
    assert page.elided_tooltips.text_for(view.visualRect(name_column_tooltip).center()) == ""  # the model's own
    view.horizontalHeader().resizeSection(email, 400)  # the clerk drags the column wider
    assert fitter.user_sized
    window.resize(1300, 740)
    QApplication.processEvents()
    qtbot.wait(50)
    assert view.columnWidth(email) == 400


# --- one save, every message ----------------------------------------------------------------------
def test_one_save_lists_every_field_to_correct_in_the_organisation_form(qtbot, ctx):
    screen = open_organisations(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    type_text(qtbot, form.ui.name_edit, "Bottega del Borgo")
    type_text(qtbot, form.ui.vat_number_edit, "1234567890")
    type_text(qtbot, form.ui.email_edit, "bottega@")
    type_text(qtbot, form.ui.legal_representative_uuid_edit, "Nessuno Sconosciuto")  # typed, never chosen
    assert save_form(qtbot, form) is False
    assert "Scegli la persona dall'elenco" in _error(form, "legal_representative_uuid")
    assert "11 cifre" in _error(form, "vat_number")  # the rules' messages too, in the same round
    assert "e-mail" in _error(form, "email")
    assert form.ui.vat_number_edit.hasFocus()  # the first field to correct, in tab order
    assert count_organisations(ctx.db) == 0
    form._loaded = None


def test_one_save_lists_a_wrong_date_with_the_other_mistakes(qtbot, ctx):
    screen = open_people(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    type_text(qtbot, form.ui.surname_edit, "Neri")
    type_text(qtbot, form.ui.birth_date_edit, "31/02/1977")
    type_text(qtbot, form.ui.cap_edit, "2007")
    assert save_form(qtbot, form) is False
    assert _error(form, "birth_date") == "Questa data non esiste: controlla giorno e mese."  # the input's own
    assert _error(form, "first_name") == "Scrivi il nome."
    assert _error(form, "cap") != ""
    assert count_people(ctx.db) == 0
    form._loaded = None


def test_the_size_line_shows_only_when_there_is_a_size(qtbot, ctx):
    screen = open_organisations(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    assert not form.ui.size_class_hint.isVisible()  # no empty row under the employees
    choose(form.ui.kind_edit, "impresa")
    type_text(qtbot, form.ui.employees_edit, "12")
    assert form.ui.size_class_hint.isVisible() and form.ui.size_class_hint.text().startswith("Dimensione:")
    form._loaded = None


# --- dialogs --------------------------------------------------------------------------------------
def test_every_page_of_the_import_wizard_has_the_same_kind_of_header(qtbot, ctx, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "persone.xlsx"
    book = Workbook()
    book.active.append(["Cognome", "Nome"])
    book.active.append(["Bianchi", "Luca"])
    book.save(path)
    screen = open_people(qtbot, ctx)
    screen.list_page.ui.import_button.click()
    wizard = screen.list_page.actions.import_wizard
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard, timeout=WAIT_MS)
    assert wizard.file_page.subTitle().startswith("Scegli il foglio da importare.")
    assert not wizard.file_page.ui.intro_label.isVisible()  # said once, in the header
    wizard.file_page.ui.file_edit.setText(str(path))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.dry_page, timeout=WAIT_MS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.final_page, timeout=WAIT_MS)
    pages = (wizard.file_page, wizard.mapping_page, wizard.dry_page, wizard.final_page)
    assert all(page.title() and page.subTitle() for page in pages)
    assert wizard.final_page.subTitle().startswith("Righe lette: 1.")
    assert not wizard.final_page.ui.summary_label.isVisible()


def test_the_merge_dialog_is_as_tall_as_its_rows_when_the_screen_has_room(qtbot, ctx):
    from equilibri_desktop.ui.screens.registry.merge_dialog import MAX_HEIGHT, MIN_HEIGHT

    first = add_person(ctx.db, "Rossi", "Maria")
    second = add_person(ctx.db, "Rossi", "Marie", with_code=False)
    dialog = MergeDialog(ctx, "persons", first.uuid, second.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    room = dialog.screen().availableGeometry().height() - 60
    area = dialog.ui.choices_area
    assert dialog.height() <= room  # never past the screen's bottom
    if area.verticalScrollBar().maximum() > 0:  # it scrolls only when it could not grow any more
        assert dialog.height() >= min(room, MAX_HEIGHT) - 1
    else:  # and it is no taller than its rows
        assert area.viewport().height() <= dialog.ui.choices_widget.sizeHint().height() + 4 \
            or dialog.height() == MIN_HEIGHT


def test_the_list_of_possible_duplicates_is_as_tall_as_its_rows(qtbot, ctx):
    add_person(ctx.db, "Rossi", "Maria", email="maria.rossi@example.org")
    screen = open_people(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    type_text(qtbot, form.ui.surname_edit, "Rossini")
    type_text(qtbot, form.ui.email_edit, "maria.rossi@example.org")
    form.duplicates.check_now()
    settle(qtbot)
    duplicates = form.duplicates.list
    assert duplicates.count() == 1 and duplicates.isVisible()
    assert duplicates.height() == duplicates.sizeHintForRow(0) + 2 * duplicates.frameWidth()  # no empty rows
    form._loaded = None


def test_column_fitter_on_a_table_widget_survives_its_destruction(qtbot):
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from equilibri_desktop.ui.widgets.table_columns import ColumnFitter

    table = QTableWidget(0, 2)
    fitter = ColumnFitter(table)
    table.insertRow(0)
    table.setItem(0, 0, QTableWidgetItem("Rossi Maria"))
    table.show()
    qtbot.waitUntil(lambda: table.isVisible(), timeout=2000)
    import shiboken6

    shiboken6.delete(table)  # its own model reports the rows going while the view is half gone
    fitter._fitted_rows = False  # as before the first fit, when a late signal would refit
    fitter._rows_changed()  # a late signal after the view is gone is ignored, not an error
    fitter.fit()
