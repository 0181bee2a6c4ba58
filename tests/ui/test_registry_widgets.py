"""The registry's reusable inputs: dates typed the way clerks type them, the codice fiscale checked and
decoded as typed, the municipality picker, errors and warnings next to fields, the forms' custom widgets."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.services.registry import municipalities
from equilibri_desktop.ui.forms import all_form_names, form_path, load_form, register_widget, registered_widgets
from equilibri_desktop.ui.screens.registry.pages import CUSTOM_WIDGETS
from equilibri_desktop.ui.widgets.date_edit import DateEdit, parse_date_text
from equilibri_desktop.ui.widgets.field_messages import show_messages
from equilibri_desktop.ui.widgets.fiscal_code_edit import FiscalCodeEdit
from equilibri_desktop.ui.widgets.municipality_picker import MunicipalityPicker

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize("text,expected", [
    ("07/05/1979", date(1979, 5, 7)), ("7/5/79", date(1979, 5, 7)), ("07051979", date(1979, 5, 7)),
    ("1979-05-07", date(1979, 5, 7)), ("7.5.1979", date(1979, 5, 7)), ("1/2/24", date(2024, 2, 1)),
    ("1/2/30", date(1930, 2, 1)), ("  ", None), ("", None),
])
def test_dates_as_clerks_type_them(text, expected):
    assert parse_date_text(text, TODAY) == expected


@pytest.mark.parametrize("text,message", [("31/02/1977", "non esiste"), ("ieri", "gg/mm/aaaa"), ("12/13", "gg/mm")])
def test_wrong_dates_say_why(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date_text(text, TODAY)


def test_date_edit_accepts_empty_and_tidies_what_was_typed(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.date() is None and edit.is_valid() and edit.placeholderText() == "gg/mm/aaaa"
    with qtbot.waitSignal(edit.dateChanged, timeout=1000) as changed:
        qtbot.keyClicks(edit, "7/5/79")
    assert changed.args == [date(1979, 5, 7)]
    edit.editingFinished.emit()
    assert edit.text() == "07/05/1979"
    edit.setText("30/02/2001")
    edit.editingFinished.emit()
    assert edit.date() is None and edit.property("invalid") is True and "non esiste" in edit.problem()
    edit.setDate(None)
    edit.editingFinished.emit()
    assert edit.text() == "" and edit.property("invalid") is False


def test_fiscal_code_edit_upper_cases_checks_and_decodes(qtbot):
    edit = FiscalCodeEdit()
    qtbot.addWidget(edit)
    decoded = []
    edit.decodedChanged.connect(decoded.append)
    qtbot.keyClicks(edit, "rssmra 85c52")
    assert edit.text() == "RSSMRA85C52" and edit.problem() == ""
    assert edit.incomplete_problem() == "Il codice fiscale ha 16 caratteri: ne hai scritti 11."
    qtbot.keyClicks(edit, "f205q")
    assert edit.code() == "RSSMRA85C52F205Q"
    assert decoded[-1].birth_date == date(1985, 3, 12) and decoded[-1].sex == "F"
    assert edit.fill_action.isEnabled()
    with qtbot.waitSignal(edit.fillRequested, timeout=1000) as fill:
        edit.fill_action.trigger()
    assert fill.args[0].birthplace_code == "F205"
    edit.setText("RSSMRA85C52F205X")
    assert "carattere di controllo" in edit.problem() and edit.decoded() is None
    assert not edit.fill_action.isEnabled()
    edit.setText("RSSMRA85C52F20RL")  # an omocode of the same person: accepted, same birth data
    assert edit.problem() == "" and edit.decoded().is_omocode
    assert edit.decoded().birth_date == date(1985, 3, 12)
    edit.setText("RSSMRA85C52F205Q")
    edit.setReadOnly(True)
    assert not edit.fill_action.isEnabled()


def test_fiscal_code_edit_for_organisations_takes_eleven_digits(qtbot):
    edit = FiscalCodeEdit()
    qtbot.addWidget(edit)
    edit.allow_numeric = True
    edit.setText("07654320154")
    assert edit.is_complete() and edit.problem() == "" and edit.decoded() is None
    edit.setText("07654320155")
    assert "controllo" in edit.problem()
    edit.setText("0765432")
    assert edit.incomplete_problem() == "Il codice fiscale dell'ente ha 11 cifre: ne hai scritte 7."


def test_municipality_picker_knows_the_reference_list_and_takes_any_other(qtbot, ctx):
    picker = MunicipalityPicker()
    qtbot.addWidget(picker)
    refs = municipalities.list_municipalities(ctx.db)
    assert len(refs) == 53
    picker.set_municipalities(refs)
    chosen = []
    picker.municipalityChanged.connect(chosen.append)
    picker.setEditText("san donato milanese")
    ref = picker.municipality()
    assert isinstance(ref, MunicipalityRef) and ref.name == "San Donato Milanese" and chosen[-1] == ref
    assert picker.municipality_id() == ref.id and picker.municipality_name() == ""
    completer = picker.completer()
    completer.setCompletionPrefix("donato")  # a word inside the name is enough
    assert completer.currentCompletion() == "San Donato Milanese"
    picker.setEditText("  Roma ")
    assert picker.municipality_id() is None and picker.municipality_name() == "Roma"
    picker.set_value(ref.id)
    assert picker.currentText() == "San Donato Milanese"
    picker.clear_value()
    assert picker.currentText() == "" and picker.municipality() is None


def test_errors_and_warnings_go_next_to_their_fields(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    for field in ("sex", "email"):
        layout.addWidget(QLineEdit(objectName=f"{field}_edit"))
        layout.addWidget(QLabel(objectName=f"{field}_error"))
    form.show()
    unplaced = show_messages(form, {"email": "Manca la @."}, {"sex": "Non corrisponde.", "iban": "Controlla."})
    assert [(u.field, u.message) for u in unplaced] == [("iban", "Controlla.")]
    email_error, sex_error = form.findChild(QLabel, "email_error"), form.findChild(QLabel, "sex_error")
    assert email_error.text() == "Manca la @." and form.findChild(QLineEdit, "email_edit").property("invalid")
    assert sex_error.text() == "⚠ Non corrisponde." and not form.findChild(QLineEdit, "sex_edit").property("invalid")
    show_messages(form, {}, {})
    assert not email_error.isVisible() and not form.findChild(QLineEdit, "email_edit").property("invalid")


@pytest.mark.parametrize("name", [n for n in all_form_names() if n.startswith("registry/")])
def test_registry_forms_build_our_own_inputs(qapp, name):
    """Every promoted input of a registry form comes out as our class, none as its Qt base."""
    declared = {cls.__name__ for cls in CUSTOM_WIDGETS}
    form = load_form(name)
    source = (form_path(name)).read_text(encoding="utf-8")
    for cls_name in declared:
        for widget_name in re.findall(f'class="{cls_name}" name="([a-z_]+)"', source):
            widget = form.findChild(QWidget, widget_name)
            assert type(widget).__name__ == cls_name, widget_name
    form.deleteLater()


def test_the_person_form_promotes_its_inputs(qapp):
    form = load_form("registry/person_form")
    assert isinstance(form.findChild(QLineEdit, "fiscal_code_edit"), FiscalCodeEdit)
    assert isinstance(form.findChild(QLineEdit, "birth_date_edit"), DateEdit)
    assert isinstance(form.findChild(QWidget, "municipality_id_edit"), MunicipalityPicker)
    form.deleteLater()


def test_a_widget_registered_after_the_first_load_is_built_too(qapp, tmp_path, monkeypatch):
    """`register_widget` reaches the one loader even when forms were loaded before; until then the
    promoted input falls back to the Qt class the form says it extends."""
    import equilibri_desktop.ui.forms as forms

    assert set(CUSTOM_WIDGETS) <= set(registered_widgets())
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "late.ui").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ui version="4.0"><class>Late</class>'
        '<widget class="QWidget" name="Late"><layout class="QVBoxLayout" name="layout">'
        '<item><widget class="LateLabel" name="late_label"/></item></layout></widget>'
        '<customwidgets><customwidget><class>LateLabel</class><extends>QLabel</extends>'
        '<header>late_label.h</header></customwidget></customwidgets></ui>', encoding="utf-8")
    monkeypatch.setattr(forms, "forms_dir", lambda: tmp_path)

    class LateLabel(QLabel):
        pass

    before = load_form("test/late")
    assert type(before.findChild(QLabel, "late_label")) is QLabel
    assert register_widget(LateLabel) is LateLabel  # usable as a class decorator
    register_widget(LateLabel)
    assert registered_widgets().count(LateLabel) == 1
    after = load_form("test/late")
    assert type(after.findChild(QLabel, "late_label")) is LateLabel
    before.deleteLater()
    after.deleteLater()


MENU_LETTERS = set("fvsa")  # File, Visualizza, Strumenti, Aiuto: the main window's menus
SCREEN_FORMS = ("people_list", "organisations_list", "person_form", "organisation_form", "person_detail",
                "organisation_detail")


def _mnemonics(form) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QTabWidget

    texts = [w.text() for w in form.findChildren(QLabel) + form.findChildren(QAbstractButton)]
    for tabs in form.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [m.group(1).lower() for text in texts for m in re.finditer(r"(?<!&)&([^&\s])", text)]


@pytest.mark.parametrize("name", [n for n in all_form_names() if n.startswith("registry/")])
def test_alt_letters_are_unambiguous(qapp, name):
    """An Alt+letter used twice does nothing at all: each letter once per form, none of the menus'."""
    form = load_form(name)
    letters = _mnemonics(form)
    assert len(letters) == len(set(letters)), sorted(letters)
    if name.removeprefix("registry/") in SCREEN_FORMS:
        assert not set(letters) & MENU_LETTERS
    form.deleteLater()


def test_alt_letters_of_the_built_screens(qtbot, ctx):
    """The same on the screens as built, with the texts set by code (actions, buttons)."""
    from equilibri_desktop.ui.screens.registry.screens import OrganisationsScreen, PeopleScreen

    for cls in (PeopleScreen, OrganisationsScreen):
        stack = cls(ctx)
        qtbot.addWidget(stack)
        for page in (stack.list_page, stack.detail_page, stack.form_page):
            letters = _mnemonics(page)
            assert len(letters) == len(set(letters)), (type(page).__name__, sorted(letters))
            assert not set(letters) & MENU_LETTERS, type(page).__name__


def test_every_page_fits_a_1366_pixel_screen(qtbot, ctx):
    """Navigation (about 230 px) plus any registry page must not widen the window past 1366 px."""
    from equilibri_desktop.ui.screens.registry.screens import OrganisationsScreen, PeopleScreen

    for cls in (PeopleScreen, OrganisationsScreen):
        stack = cls(ctx)  # the unrestricted user: every filter and field is shown
        qtbot.addWidget(stack)
        for page in (stack.list_page, stack.detail_page, stack.form_page):
            assert page.minimumSizeHint().width() <= 1366 - 240, (type(page).__name__, page.minimumSizeHint())
        view = stack.list_page.view  # every column in sight, without scrolling sideways
        assert sum(view.columnWidth(c) for c in range(stack.list_page.model.columnCount())) <= 1366 - 300


def test_alt_letters_in_english_too(qtbot, ctx):
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.ui.screens.registry.screens import OrganisationsScreen, PeopleScreen
    from equilibri_desktop.ui.translations import install_translators

    install_translators(QApplication.instance(), "en")
    try:
        for cls in (PeopleScreen, OrganisationsScreen):
            stack = cls(ctx)
            qtbot.addWidget(stack)
            for page in (stack.list_page, stack.detail_page, stack.form_page):
                letters = _mnemonics(page)
                assert len(letters) == len(set(letters)), (type(page).__name__, sorted(letters))
                assert not set(letters) & set("fvth"), type(page).__name__  # File, View, Tools, Help
    finally:
        install_translators(QApplication.instance(), "it")
