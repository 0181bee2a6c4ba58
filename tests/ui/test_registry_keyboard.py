"""The registry by keyboard: no Alt+letter twice in any window the clerk meets (Italian and English), Tab
through the fields in the order they are read, and names with "&" shown as written."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.registry import organisations, privacy
from equilibri_desktop.ui.dialogs.first_run import FirstRunWizard
from equilibri_desktop.ui.screens.registry.import_wizard import ImportWizard
from equilibri_desktop.ui.screens.registry.merge_dialog import MergeDialog
from equilibri_desktop.ui.screens.registry.person_detail import PersonDetailScreen
from equilibri_desktop.ui.screens.registry.privacy_dialogs import (
    ConsentDialog,
    PrivacyAckDialog,
    WithdrawConsentDialog,
)
from equilibri_desktop.ui.screens.registry.screens import LinkedRecordWindow
from equilibri_desktop.ui.translations import install_translators
from equilibri_desktop.ui.widgets.mnemonics import (
    literal,
    mnemonic,
    mnemonic_clashes,
    visible_mnemonics,
    with_free_mnemonic,
)
from tests.registry_helpers import add_person
from tests.ui.registry_ui import WAIT_MS, activate, save_form, type_text
from tests.ui.registry_ui import organisations as open_organisations
from tests.ui.registry_ui import people as open_people
from tests.ui.waiting import settle


# --- the helper itself ---------------------------------------------------------------------------
def test_the_letter_of_a_text():
    assert mnemonic("&File") == "f"
    assert mnemonic("Partita &IVA") == "i"
    assert mnemonic("Rossi && Figli") is None  # "&&" is an ampersand, no letter
    assert mnemonic("Rossi && &Figli") == "f"
    assert mnemonic("Salva") is None
    assert literal("Rossi & Figli") == "Rossi && Figli" and mnemonic(literal("Rossi & Figli")) is None


def test_a_taken_letter_moves_to_the_first_free_one():
    assert with_free_mnemonic("< &Precedente", {"x"}) == "< &Precedente"  # free: kept
    assert with_free_mnemonic("< &Precedente", {"p"}) == "< P&recedente"
    assert with_free_mnemonic("&Avanti", {"a", "v"}) == "Ava&nti"
    assert with_free_mnemonic("&Fine", set("fine")) == "Fine"  # none left: better none than a clash
    assert with_free_mnemonic("&Tom && Jerry", {"t", "o", "m"}) == "Tom && &Jerry"


def test_only_what_is_shown_and_reachable_counts(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit = QLineEdit()
    with_buddy, without_buddy = QLabel("&Nome"), QLabel("&Note")
    with_buddy.setBuddy(edit)
    hidden = QPushButton("&Nascondi")
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "&Scheda")
    inner = QCheckBox("&Solo protette")
    tabs.addTab(inner, "S&toria")
    for widget in (with_buddy, edit, without_buddy, hidden, tabs):
        layout.addWidget(widget)
    window.show()
    hidden.hide()
    assert sorted(visible_mnemonics(window)) == ["n", "s", "t"]  # the label without buddy makes no Alt key
    assert mnemonic_clashes(window) == {}  # the check box is on the tab not shown
    tabs.setCurrentIndex(1)
    assert list(mnemonic_clashes(window)) == ["s"]


# --- every registry window, in both languages -----------------------------------------------------
def _sheet(path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Cognome", "Nome", "Data di nascita"])
    sheet.append(["Bianchi", "Luca", "01/02/1990"])
    sheet.append(["", "Senza", "04/10/1977"])
    book.save(path)
    return path


def _registry_windows(qtbot, ctx, tmp_path):
    """(where, window) for every window and page of the registry, each as the clerk sees it."""
    from equilibri_desktop.ui.main_window import MainWindow

    rossi = add_person(ctx.db, "Rossi", "Maria")
    verdi = add_person(ctx.db, "Verdi", "Anna", born=date(1970, 1, 1))
    consent = privacy.give_consent(ctx.db, rossi.uuid, "newsletter", date(2024, 1, 10))
    for name in ("Cooperativa Il Girasole", "Associazione Aurora"):
        organisations.create_organisation(ctx.db, OrganisationInput(name=name, kind="associazione"))
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    for key in ("people", "organisations"):
        screen = window.open_screen(key)
        yield f"{key}: list", window
        rows = [screen.list_page.model.row_object(r) for r in (0, 1)]
        screen.open_record(rows[0].uuid)
        tabs = screen.detail_page.ui.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{key}: detail, tab {tabs.tabText(index)}", window
        screen.edit_record(screen.detail_page.detail)
        yield f"{key}: form", window
        screen.form_page._loaded = None
        screen.new_record()
        screen.form_page.ui.existing_record_button.show()
        yield f"{key}: new form", window
        screen.form_page._loaded = None
        screen.show_list(refresh=False)
        merge = MergeDialog(ctx, screen.list_page.KIND, rows[0].uuid, rows[1].uuid, window)
        qtbot.addWidget(merge)
        merge.show()
        yield f"{key}: merge", merge
        merge.reject()
    wizard = ImportWizard(ctx, "persons", window)
    qtbot.addWidget(wizard)
    wizard.show()
    yield "import: file", wizard
    wizard.file_page.ui.file_edit.setText(str(_sheet(tmp_path / "persone.xlsx")))
    wizard.next()
    yield "import: columns", wizard
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.dry_page, timeout=WAIT_MS)
    yield "import: simulation", wizard
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.final_page, timeout=WAIT_MS)
    yield "import: done", wizard
    for dialog in (PrivacyAckDialog(ctx, rossi.uuid, window), ConsentDialog(ctx, rossi.uuid, window),
                   WithdrawConsentDialog(ctx, consent, window),
                   LinkedRecordWindow(ctx, PersonDetailScreen, verdi.uuid, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        yield type(dialog).__name__, dialog
        dialog.reject()


@pytest.mark.parametrize("language", ["it", "en"])
def test_no_window_of_the_registry_gives_one_alt_letter_twice(qtbot, ctx, tmp_path, language):
    install_translators(QApplication.instance(), language)
    try:
        clashes = {where: found for where, window in _registry_windows(qtbot, ctx, tmp_path)
                   if (found := mnemonic_clashes(window))}
    finally:
        install_translators(QApplication.instance(), "it")
    assert clashes == {}


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_first_run_wizard_buttons_keep_off_the_letters_of_each_page(qtbot, ctx, language):
    """Qt's Italian "< &Precedente" took Alt+P from "&Partita IVA" on the organisation page."""
    install_translators(QApplication.instance(), language)
    try:
        wizard = FirstRunWizard(ctx, administrator=True, organisation=True)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard, timeout=WAIT_MS)
        pages = {"intro": mnemonic_clashes(wizard)}
        wizard.next()
        page = wizard.administrator_page
        pages["administrator"] = mnemonic_clashes(wizard)
        page.ui.display_name_edit.setText("Maria Bianchi")
        page.ui.username_edit.setText("maria.bianchi")
        page.ui.password_edit.setText("cavallo batteria graffetta")
        page.ui.confirm_edit.setText("cavallo batteria graffetta")
        wizard.next()
        settle(qtbot)
        assert wizard.currentPage() is wizard.organisation_page
        pages["organisation"] = mnemonic_clashes(wizard)
        letters = visible_mnemonics(wizard.organisation_page)
        back = wizard.button(QWizard.WizardButton.BackButton).text()
        wizard.back()
        back_on_administrator = wizard.button(QWizard.WizardButton.BackButton).text()
    finally:
        install_translators(QApplication.instance(), "it")
    assert pages == {"intro": {}, "administrator": {}, "organisation": {}}
    if language == "it":
        assert "p" in letters  # "&Partita IVA" keeps its letter, the wizard's button gives way
        assert mnemonic(back) != "p"
        assert mnemonic(back_on_administrator) == "i"  # where "I" is free, "< &Indietro" as everywhere


# --- Tab order ------------------------------------------------------------------------------------
def _tab_through(qtbot, start: QWidget, stop: QWidget, limit: int = 60) -> list[str]:
    """Object names of the inputs Tab visits from `start` to `stop` (an input's inner editor counts as it)."""
    start.setFocus()
    visited = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        while widget is not None and not widget.objectName().endswith(("_edit", "_button", "_radio")):
            widget = widget.parentWidget()
        name = widget.objectName() if widget is not None else "?"
        if not visited or visited[-1] != name:
            visited.append(name)
        if widget is stop:
            return visited
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {stop.objectName()}: {visited}")


def test_tab_goes_through_the_person_form_as_it_reads(qtbot, ctx):
    screen = open_people(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    ui = form.ui
    assert ui.surname_edit.hasFocus()
    order = _tab_through(qtbot, ui.surname_edit, ui.save_button)
    assert order == ["surname_edit", "first_name_edit", "fiscal_code_edit", "sex_edit", "birth_date_edit",
                     "birth_place_code_edit", "citizenship_edit", "address_edit", "municipality_id_edit",
                     "cap_edit", "domicile_address_edit", "domicile_municipality_id_edit", "domicile_cap_edit",
                     "phone_edit", "email_edit", "pec_edit", "preferred_contact_edit",
                     "occupational_status_edit", "protected_edit", "notes_edit", "save_button"]
    # Backwards from the first field: the buttons, never the invisible scroll area around the fields.
    ui.surname_edit.setFocus()
    qtbot.keyClick(ui.surname_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ui.cancel_button
    form._loaded = None


def test_tab_goes_down_each_column_of_the_organisation_form(qtbot, ctx):
    screen = open_organisations(qtbot, ctx)
    screen.new_record()
    ui = screen.form_page.ui
    order = _tab_through(qtbot, ui.name_edit, ui.save_button)
    left = ["name_edit", "kind_edit", "legal_form_edit", "fiscal_code_edit", "vat_number_edit", "ateco_edit",
            "address_edit", "municipality_id_edit", "cap_edit", "employees_edit", "employees_women_edit",
            "employees_men_edit", "alliance_role_edit", "partner_since_edit", "iban_edit"]
    right = ["pec_edit", "email_edit", "phone_edit", "legal_representative_uuid_edit", "contacts_edit",
             "contact_person_edit", "contact_role_edit", "notes_edit", "save_button"]
    assert order == left + right
    screen.form_page._loaded = None


def test_tab_in_the_merge_dialog_goes_through_the_choices_before_the_buttons(qtbot, ctx):
    first = add_person(ctx.db, "Rossi", "Maria", phone="02 5550001")
    second = add_person(ctx.db, "Rossi", "Marie", with_code=False, phone="333 0000001")
    screen = open_people(qtbot, ctx)
    dialog = MergeDialog(ctx, "persons", first.uuid, second.uuid, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    activate(qtbot, dialog)
    order = _tab_through(qtbot, dialog.ui.keep_a_radio, dialog.ui.cancel_button)
    # One stop per field, on the value chosen (arrows move within), row after row, then the buttons;
    # the surname is the same in both records: nothing to choose, no stop.
    assert order == ["keep_a_radio", "first_name_a_radio", "birth_place_a_radio", "fiscal_code_a_radio",
                     "phone_a_radio", "ok_button", "cancel_button"]
    assert dialog.ui.choices_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    phone_a = dialog.findChild(QRadioButton, "phone_a_radio")
    phone_a.setFocus()
    qtbot.keyClick(phone_a, Qt.Key.Key_Right)
    assert dialog.findChild(QRadioButton, "phone_b_radio").isChecked()


# --- names as written -----------------------------------------------------------------------------
def test_a_name_with_an_ampersand_is_shown_and_alt_b_keeps_record_b(qtbot, ctx):
    first = organisations.create_organisation(ctx.db, OrganisationInput(
        name="Rossi & Figli", kind="impresa", email="info@rossi.example.org")).organisation
    second = organisations.create_organisation(ctx.db, OrganisationInput(
        name="Rossi e Figli", kind="impresa")).organisation
    screen = open_organisations(qtbot, ctx)
    dialog = MergeDialog(ctx, "organisations", first.uuid, second.uuid, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    activate(qtbot, dialog)
    assert dialog.ui.keep_a_radio.text() == "&A: Rossi && Figli"  # shown "A: Rossi & Figli", Alt+A
    name_a = dialog.findChild(QRadioButton, "name_a_radio")
    assert name_a.text() == "Rossi && Figli" and mnemonic(name_a.text()) is None
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.keep_b_radio.isChecked, timeout=WAIT_MS)  # a mnemonic clicks after a blink
    assert dialog.keep_side() == "b"


def test_the_button_to_a_registered_record_shows_its_ampersand(qtbot, ctx):
    organisations.create_organisation(ctx.db, OrganisationInput(
        name="Bianchi & C. S.n.c.", kind="impresa", vat_number="12345670157"))
    screen = open_organisations(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    type_text(qtbot, form.ui.name_edit, "Bianchi snc")
    type_text(qtbot, form.ui.vat_number_edit, "12345670157")
    assert save_form(qtbot, form) is False
    button = form.ui.existing_record_button
    assert button.isVisible() and "Bianchi && C. S.n.c." in button.text() and mnemonic(button.text()) is None
    form._loaded = None


# --- shortcuts from a record ----------------------------------------------------------------------
def test_from_a_record_ctrl_f_searches_and_ctrl_n_starts_a_new_one(qtbot, ctx):
    rossi = add_person(ctx.db, "Rossi", "Maria")
    screen = open_people(qtbot, ctx)
    screen.open_record(rossi.uuid)
    tabs = screen.detail_page.ui.tabs
    qtbot.keyClick(tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.currentWidget() is screen.list_page
    assert screen.list_page.ui.search_edit.hasFocus()
    assert [r.display_name for r in screen.list_page.selected_rows()] == ["Rossi Maria"]  # where it was
    screen.open_record(rossi.uuid)
    qtbot.keyClick(tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.currentWidget() is screen.form_page and screen.form_page.is_new
    assert screen.form_page.ui.surname_edit.hasFocus()


def test_ctrl_n_from_a_record_needs_the_right_to_write(qtbot, ctx):
    rossi = add_person(ctx.db, "Rossi", "Maria")
    ctx.db.actor = Actor("rev", roles=frozenset({Role.REVISORE}))
    screen = open_people(qtbot, ctx)
    screen.open_record(rossi.uuid)
    qtbot.keyClick(screen.detail_page.ui.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.currentWidget() is screen.detail_page
