"""Anagrafiche › Persone, the form: errors and warnings next to the fields, the codice fiscale read as
typed, duplicates (possible and certain), editing, stale saves, and the keyboard (Enter, Esc, Ctrl+S)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.services.registry import people
from equilibri_desktop.services.registry.search import count_people
from tests.registry_helpers import add_person, cf, municipality_id
from tests.ui.registry_ui import WAIT_MS, choose, save_form, type_text
from tests.ui.registry_ui import people as open_people
from tests.ui.waiting import settle

ROSSI = cf("Rossi", "Maria", "F", date(1985, 3, 12))  # RSSMRA85C52F205Q


def _new_form(qtbot, ctx):
    screen = open_people(qtbot, ctx)
    screen.list_page.ui.new_button.click()
    assert screen.currentWidget() is screen.form_page
    return screen, screen.form_page


def _error(form, field: str) -> str:
    label = getattr(form.ui, f"{field}_error", None) or form.form.findChild(type(form.ui.form_title),
                                                                           f"{field}_error")
    return label.text() if label.isVisible() else ""


def test_a_wrong_code_is_shown_next_to_its_field_and_nothing_is_saved(qtbot, ctx):
    screen, form = _new_form(qtbot, ctx)
    type_text(qtbot, form.ui.surname_edit, "Rossi")
    type_text(qtbot, form.ui.fiscal_code_edit, "rssmra85c52f205x")  # lower case, wrong check character
    assert form.ui.fiscal_code_edit.text() == "RSSMRA85C52F205X"
    qtbot.waitUntil(lambda: "carattere di controllo" in _error(form, "fiscal_code"), timeout=WAIT_MS)
    assert not form.ui.fill_from_code_button.isEnabled()
    type_text(qtbot, form.ui.email_edit, "maria.rossi@")
    qtbot.keyClick(form.ui.email_edit, Qt.Key.Key_Return)  # Enter saves
    settle(qtbot)
    assert screen.currentWidget() is form
    assert _error(form, "first_name") == "Scrivi il nome."
    assert "carattere di controllo" in _error(form, "fiscal_code")
    assert "e-mail" in _error(form, "email")
    assert _error(form, "surname") == ""
    assert form.ui.first_name_edit.property("invalid") is True
    assert form.ui.first_name_edit.hasFocus()  # the first field to fix
    assert form.ui.status_label.text() == "Correggi i campi segnalati in rosso."
    assert count_people(ctx.db) == 0


def test_a_half_typed_code_is_reported_when_leaving_the_field(qtbot, ctx):
    _, form = _new_form(qtbot, ctx)
    type_text(qtbot, form.ui.fiscal_code_edit, "RSSMRA85")
    form.refresh_messages()
    assert _error(form, "fiscal_code") == ""  # still typing
    form.ui.surname_edit.setFocus()
    form.refresh_messages()
    assert _error(form, "fiscal_code") == "Il codice fiscale ha 16 caratteri: ne hai scritti 8."


def test_the_code_fills_the_form_and_disagreements_are_warnings_that_do_not_block(qtbot, ctx):
    screen, form = _new_form(qtbot, ctx)
    type_text(qtbot, form.ui.surname_edit, "Rossi")
    type_text(qtbot, form.ui.first_name_edit, "Maria")
    type_text(qtbot, form.ui.fiscal_code_edit, ROSSI)
    assert form.ui.fiscal_code_hint.text() == "Dal codice: Femmina, nata il 12/03/1985 a Milano (MI)"
    assert form.ui.fill_from_code_button.isEnabled()
    form.ui.fill_from_code_button.click()
    assert form.ui.sex_edit.currentData() == "F"
    assert form.ui.birth_date_edit.text() == "12/03/1985"
    assert form.ui.birth_place_code_edit.text() == "Milano (MI)"
    choose(form.ui.sex_edit, "M")
    type_text(qtbot, form.ui.birth_date_edit, "21/03/1985")
    form.ui.surname_edit.setFocus()
    qtbot.waitUntil(lambda: _error(form, "sex") != "", timeout=WAIT_MS)
    assert _error(form, "sex") == "⚠ Il sesso non corrisponde al codice fiscale (dal codice: femminile)."
    assert "dal codice: 12/03/1985" in _error(form, "birth_date")
    assert form.ui.sex_edit.property("invalid") is not True  # a warning, not an error
    assert save_form(qtbot, form) is True
    assert screen.currentWidget() is screen.detail_page
    notice = screen.detail_page.ui.notice_label
    assert notice.isVisible() and "Il sesso non corrisponde" in notice.text()
    saved = people.get_person(ctx.db, screen.detail_page.detail.uuid)
    assert (saved.sex, saved.birth_date, saved.birth_place_code) == ("M", date(1985, 3, 21), "F205")


def test_possible_duplicates_appear_while_typing_and_open_the_existing_record(qtbot, ctx, dialogs):
    existing = add_person(ctx.db, "Bianchi", "Anna", born=date(1970, 6, 10), with_code=False,
                          email="anna.bianchi@example.org")
    screen, form = _new_form(qtbot, ctx)
    type_text(qtbot, form.ui.surname_edit, "bianchi")
    type_text(qtbot, form.ui.first_name_edit, "anna")
    type_text(qtbot, form.ui.birth_date_edit, "10/06/1970")
    group = form.duplicates.group
    qtbot.waitUntil(group.isVisible, timeout=WAIT_MS)
    assert "Bianchi Anna" in form.duplicates.list.item(0).text()
    assert "Stesso nome e stessa data di nascita" in form.duplicates.list.item(0).text()
    dialogs.confirm_answer = False
    form.duplicates.button.click()  # something was typed: ask before leaving it
    assert dialogs.titles("confirm") == ["Apri la scheda esistente"]
    assert screen.currentWidget() is form
    dialogs.confirm_answer = True
    form.duplicates.button.click()
    assert screen.currentWidget() is screen.detail_page
    assert screen.detail_page.detail.uuid == existing.uuid


def test_a_registered_code_is_refused_with_a_button_to_the_existing_record(qtbot, ctx):
    existing = add_person(ctx.db)  # Rossi Maria with ROSSI
    screen, form = _new_form(qtbot, ctx)
    type_text(qtbot, form.ui.surname_edit, "Rossi")
    type_text(qtbot, form.ui.first_name_edit, "Mariella")
    type_text(qtbot, form.ui.fiscal_code_edit, ROSSI)
    form.duplicates.check_now()
    settle(qtbot)
    assert form.duplicates.candidates[0].hard_stop
    assert save_form(qtbot, form) is False
    assert "già registrato per Rossi Maria" in _error(form, "fiscal_code")
    button = form.ui.existing_record_button
    assert button.isVisible() and button.text() == "Apri la scheda di Rossi Maria"
    assert count_people(ctx.db) == 1
    form._loaded = form.collect()  # nothing else typed: leave without questions
    button.click()
    assert screen.currentWidget() is screen.detail_page
    assert screen.detail_page.detail.uuid == existing.uuid


def test_edit_and_save_with_ctrl_s(qtbot, ctx):
    existing = add_person(ctx.db, municipality_id=municipality_id(ctx.db, "Melegnano"))
    screen = open_people(qtbot, ctx)
    assert screen.open_record(existing.uuid)
    screen.detail_page.ui.edit_button.click()
    form = screen.form_page
    assert form.ui.form_title.text() == "Modifica: Rossi Maria"
    assert form.ui.municipality_id_edit.currentText() == "Melegnano"
    assert form.ui.cap_edit.text() == "20077"
    assert not form.has_unsaved_changes()
    type_text(qtbot, form.ui.phone_edit, "02 9876543")
    choose(form.ui.occupational_status_edit, "disoccupata")
    assert form.ui.did_date_edit.isEnabled()
    type_text(qtbot, form.ui.did_date_edit, "3/2/24")
    assert form.ui.status_label.text() == "Modifiche non salvate"
    qtbot.keyClick(form.ui.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert screen.currentWidget() is screen.detail_page
    assert screen.detail_page.ui.phone_value.text() == "02 9876543"
    saved = people.get_person(ctx.db, existing.uuid)
    assert (saved.phone, saved.did_date, saved.version) == ("02 9876543", date(2024, 2, 3), existing.version + 1)


def test_a_stale_save_says_who_changed_the_record(qtbot, ctx, dialogs):
    existing = add_person(ctx.db)
    screen = open_people(qtbot, ctx)
    screen.open_record(existing.uuid)
    screen.detail_page.edit()
    form = screen.form_page
    type_text(qtbot, form.ui.phone_edit, "02 1111111")
    ctx.db.user = "collega"
    people.update_person(ctx.db, existing.uuid, replace(existing.to_input(), phone="02 2222222"), existing.version)
    assert save_form(qtbot, form) is False
    assert dialogs.titles("warn") == ["Salvataggio non eseguito"]
    assert "modificato da collega" in dialogs.texts("warn")[0]
    assert screen.currentWidget() is form and form.ui.phone_edit.text() == "02 1111111"


def test_escape_asks_before_throwing_changes_away(qtbot, ctx, dialogs):
    existing = add_person(ctx.db)
    screen = open_people(qtbot, ctx)
    screen.open_record(existing.uuid)
    screen.detail_page.edit()
    form = screen.form_page
    qtbot.keyClick(form.ui.surname_edit, Qt.Key.Key_Escape)  # nothing changed: no question
    assert screen.currentWidget() is screen.detail_page and dialogs.calls == []
    screen.detail_page.edit()
    type_text(qtbot, form.ui.phone_edit, "02 3333333")
    dialogs.confirm_answer = False
    qtbot.keyClick(form.ui.phone_edit, Qt.Key.Key_Escape)
    assert dialogs.titles("confirm") == ["Annulla modifiche"]
    assert screen.currentWidget() is form
    dialogs.confirm_answer = True
    qtbot.keyClick(form.ui.phone_edit, Qt.Key.Key_Escape)
    assert screen.currentWidget() is screen.detail_page
    assert people.get_person(ctx.db, existing.uuid).phone == ""


def test_a_date_that_does_not_exist_blocks_the_save(qtbot, ctx):
    screen, form = _new_form(qtbot, ctx)
    type_text(qtbot, form.ui.surname_edit, "Neri")
    type_text(qtbot, form.ui.first_name_edit, "Sara")
    type_text(qtbot, form.ui.birth_date_edit, "31/02/1977")
    qtbot.keyClick(form.ui.birth_date_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert _error(form, "birth_date") == "Questa data non esiste: controlla giorno e mese."
    assert form.ui.birth_date_edit.hasFocus()
    assert count_people(ctx.db) == 0


def test_non_ascii_names_and_the_municipality_picker(qtbot, ctx):
    screen, form = _new_form(qtbot, ctx)
    type_text(qtbot, form.ui.surname_edit, "d'angelo")
    type_text(qtbot, form.ui.first_name_edit, "nicolò")
    form.ui.municipality_id_edit.setEditText("san donato milanese")
    type_text(qtbot, form.ui.address_edit, "Via Emilia 1")
    form.ui.municipality_id_edit.setEditText("Roma")  # outside the territory: written out
    type_text(qtbot, form.ui.cap_edit, "00184")
    assert save_form(qtbot, form) is True
    saved = screen.detail_page.detail
    assert saved.display_name == "D'Angelo Nicolò"
    assert (saved.municipality_id, saved.municipality_name, saved.cap) == (None, "Roma", "00184")


def test_editing_a_protected_person_without_the_permission_keeps_the_hidden_address(qtbot, ctx):
    protected = add_person(ctx.db, "Rossetti", "Giulia", born=date(1979, 1, 5), address="Via Segreta 1",
                           municipality_id=municipality_id(ctx.db, "Melegnano"), protected=True,
                           protection_body="Centro antiviolenza", protection_date=date(2024, 1, 10))
    unrestricted = ctx.db.actor
    ctx.db.actor = Actor("op", roles=frozenset({Role.OPERATORE}))
    screen = open_people(qtbot, ctx)
    screen.open_record(protected.uuid)
    screen.detail_page.edit()
    form = screen.form_page
    assert not form.ui.protection_group.isVisible()
    assert not form.ui.address_edit.isEnabled() and form.ui.address_edit.text() == ""
    assert form.ui.address_edit.placeholderText() == "indirizzo riservato"
    type_text(qtbot, form.ui.phone_edit, "02 4444444")
    assert save_form(qtbot, form) is True
    ctx.db.actor = unrestricted
    saved = people.get_person(ctx.db, protected.uuid)
    assert (saved.phone, saved.address, saved.protected) == ("02 4444444", "Via Segreta 1", True)
