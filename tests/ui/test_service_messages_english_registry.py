"""The registry's and the import's refusals reach the English interface in English: a person form's field
checks (domain/person_rules.py, domain/identifiers.py) and an import stopped for a missing column. The Italian
interface keeps the services' own words."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt

from equilibri_desktop.services.registry.search import count_people
from tests.ui.registry_ui import WAIT_MS, type_text
from tests.ui.registry_ui import people as open_people
from tests.ui.waiting import settle


def _error(form, field: str) -> str:
    label = getattr(form.ui, f"{field}_error", None) or form.form.findChild(type(form.ui.form_title),
                                                                           f"{field}_error")
    return label.text() if label.isVisible() else ""


def _person_without_first_name(qtbot, ctx):
    screen = open_people(qtbot, ctx)
    screen.list_page.ui.new_button.click()
    form = screen.form_page
    type_text(qtbot, form.ui.surname_edit, "Rossi")
    type_text(qtbot, form.ui.phone_edit, "12")
    type_text(qtbot, form.ui.fiscal_code_edit, "RSSMRA85C52F205X")  # wrong check character
    type_text(qtbot, form.ui.email_edit, "maria.rossi@")
    qtbot.keyClick(form.ui.phone_edit, Qt.Key.Key_Return)  # Enter saves
    settle(qtbot)
    qtbot.waitUntil(lambda: _error(form, "first_name") != "", timeout=WAIT_MS)
    assert screen.currentWidget() is form and count_people(ctx.db) == 0
    return form


def test_a_person_forms_checks_in_english(qtbot, ctx, english):
    form = _person_without_first_name(qtbot, ctx)
    assert _error(form, "first_name") == "Write the first name."
    assert _error(form, "phone") == "The phone number has at least 6 digits and only digits, spaces and the +."
    assert _error(form, "fiscal_code") == (
        "The check character does not match: check that you copied the code correctly.")
    assert _error(form, "email") == "The e-mail address is not valid: check the part after the @."
    assert _error(form, "surname") == ""


def test_the_same_checks_stay_italian_in_italian(qtbot, ctx):
    form = _person_without_first_name(qtbot, ctx)
    assert _error(form, "first_name") == "Scrivi il nome."
    assert _error(form, "phone") == "Il telefono contiene almeno 6 cifre e solo cifre, spazi e il +."
    assert _error(form, "email") == "L'indirizzo e-mail non è valido: controlla la parte dopo la @."


def _sheet_without_first_names(path):
    book = Workbook()
    book.active.append(["Cognome", "Telefono"])
    book.active.append(["Bianchi", "333 1112223"])
    book.save(path)
    return path


def test_an_import_without_a_required_column_refused_in_english(qtbot, ctx, tmp_path, english):
    source = _sheet_without_first_names(tmp_path / "utenti.xlsx")
    screen = open_people(qtbot, ctx)
    screen.list_page.ui.import_button.click()
    wizard = screen.list_page.actions.import_wizard
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard, timeout=WAIT_MS)
    wizard.file_page.ui.file_edit.setText(str(source))
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    wizard.next()  # the simulation is asked for: the service refuses the missing column
    qtbot.waitUntil(lambda: page.ui.mapping_error.isVisible(), timeout=WAIT_MS)
    assert page.ui.mapping_error.text() == (
        "Import not completed: The file lacks the column Nome: say which column holds it or add it to the file.")
    assert wizard.currentPage() is page and count_people(ctx.db) == 0


def _reasons_of_a_dry_run(qtbot, ctx, tmp_path) -> list[str]:
    book = Workbook()
    book.active.append(["Cognome", "Nome", "Telefono"])
    book.active.append(["Bianchi", "Luca", "12"])  # a phone number too short
    book.active.append(["Verdi", "Anna", ""])  # nothing tells her apart from namesakes
    book.save(tmp_path / "utenti.xlsx")
    screen = open_people(qtbot, ctx)
    screen.list_page.ui.import_button.click()
    wizard = screen.list_page.actions.import_wizard
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard, timeout=WAIT_MS)
    wizard.file_page.ui.file_edit.setText(str(tmp_path / "utenti.xlsx"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.dry_page, timeout=WAIT_MS)
    table = wizard.dry_page.ui.rows_table
    assert table.rowCount() == 2 and count_people(ctx.db) == 0
    return [f"{table.item(row, 1).text()}: {table.item(row, 2).text()}" for row in range(table.rowCount())]


def test_an_imports_rejected_rows_explained_in_english(qtbot, ctx, tmp_path, english):
    assert _reasons_of_a_dry_run(qtbot, ctx, tmp_path) == [
        "Rejected: The phone number has at least 6 digits and only digits, spaces and the +.",
        "Rejected: Something that tells the person apart from namesakes is missing: tax code, date of birth, phone "
        "or e-mail."]


def test_the_same_rows_explained_in_italian_in_italian(qtbot, ctx, tmp_path):
    assert _reasons_of_a_dry_run(qtbot, ctx, tmp_path) == [
        "Scartata: Il telefono contiene almeno 6 cifre e solo cifre, spazi e il +.",
        "Scartata: Manca un dato che distingua la persona dagli omonimi: codice fiscale, data di nascita, telefono "
        "o e-mail."]
