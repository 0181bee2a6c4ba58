"""Anagrafiche › Enti e imprese: search and filters, a new organisation with its legal representative and
contact people picked from the registry, duplicate P.IVA, editing, linked people, read-only users."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.domain.organisation_rules import ContactInput, OrganisationInput
from equilibri_desktop.services.registry import organisations
from equilibri_desktop.services.registry.search import count_organisations
from equilibri_desktop.ui.screens.registry import organisations_screen
from equilibri_desktop.ui.screens.registry.screens import LinkedRecordWindow, OrganisationsScreen
from tests.registry_helpers import add_person, municipality_id
from tests.ui.registry_ui import WAIT_MS, choose, names, save_form, select_rows, type_text
from tests.ui.registry_ui import organisations as open_organisations
from tests.ui.waiting import settle

VAT = "12345670157"


def _bodies(ctx):
    melegnano = municipality_id(ctx.db, "Melegnano")
    girasole = organisations.create_organisation(ctx.db, OrganisationInput(
        name="Cooperativa sociale Il Girasole", kind="cooperativa", vat_number=VAT, employees=12,
        municipality_id=melegnano, alliance_role="partner")).organisation
    organisations.create_organisation(ctx.db, OrganisationInput(name="Comune di Dresano", kind="comune"))
    organisations.create_organisation(ctx.db, OrganisationInput(name="Associazione Aurora", kind="associazione",
                                                                email="info@aurora.example.org"))
    return girasole


def _error(form, field: str) -> str:
    label = form.form.findChild(type(form.ui.form_title), f"{field}_error")
    return label.text() if label.isVisible() else ""


def test_factory_search_and_filters(qtbot, ctx):
    _bodies(ctx)
    screen = organisations_screen(ctx)
    qtbot.addWidget(screen)
    assert isinstance(screen, OrganisationsScreen)
    screen = open_organisations(qtbot, ctx)
    page = screen.list_page
    assert page.ui.count_label.text() == "3 enti"
    type_text(qtbot, page.ui.search_edit, "girasole")  # a word anywhere in the name
    qtbot.waitUntil(lambda: names(page) == ["Cooperativa sociale Il Girasole"], timeout=WAIT_MS)
    type_text(qtbot, page.ui.search_edit, VAT[:6])
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=WAIT_MS)
    page.ui.search_edit.clear()
    choose(page.ui.kind_filter, "comune")
    assert names(page) == ["Comune di Dresano"]
    page.ui.clear_filters_button.click()
    choose(page.ui.alliance_filter, True)
    assert names(page) == ["Cooperativa sociale Il Girasole"]
    choose(page.ui.size_filter, "piccola")
    assert page.ui.count_label.text() == "1 ente"


def test_new_organisation_with_legal_representative_and_contacts(qtbot, ctx):
    luca = add_person(ctx.db, "Bianchi", "Luca", sex="M", born=date(1990, 2, 1))
    anna = add_person(ctx.db, "Verdi", "Anna", born=date(1968, 5, 20))
    screen = open_organisations(qtbot, ctx)
    screen.list_page.ui.new_button.click()
    form = screen.form_page
    assert form.ui.form_title.text() == "Nuovo ente"
    type_text(qtbot, form.ui.name_edit, "Bottega Solidale S.r.l.")
    choose(form.ui.kind_edit, "impresa")
    type_text(qtbot, form.ui.vat_number_edit, "IT 07654320154")
    type_text(qtbot, form.ui.employees_women_edit, "6")
    type_text(qtbot, form.ui.employees_men_edit, "4")
    assert form.ui.size_class_hint.text() == "Dimensione: Piccola impresa"
    picker = form.ui.legal_representative_uuid_edit
    type_text(qtbot, picker, "bianchi")
    picker.search_now()
    assert picker.results.rowCount() == 1
    picker.choose_row(0)
    assert picker.text() == "Bianchi Luca" and picker.person_uuid() == luca.uuid
    contacts = form.contacts
    type_text(qtbot, contacts.picker, "verdi")
    contacts.picker.search_now()
    contacts.picker.choose_row(0)
    type_text(qtbot, contacts.role, "referente conciliazione")
    qtbot.keyClick(contacts.role, "\r")  # Enter adds the contact, it does not save the form
    assert screen.currentWidget() is form
    assert contacts.table.rowCount() == 1 and contacts.table.item(0, 0).text() == "Verdi Anna"
    assert save_form(qtbot, form) is True
    detail = screen.detail_page
    assert screen.currentWidget() is detail
    assert "Bianchi Luca" in detail.ui.legal_representative_value.text()
    assert detail.ui.employees_value.text() == "10 (6 donne, 4 uomini)"
    assert detail.ui.contacts_table.item(0, 2).text() == "referente conciliazione"
    saved = organisations.get_organisation(ctx.db, detail.detail.uuid)
    assert (saved.vat_number, saved.size_class, saved.legal_representative.uuid) == ("07654320154", "piccola",
                                                                                      luca.uuid)
    assert [c.person.uuid for c in saved.contacts] == [anna.uuid]


def test_a_picker_text_that_is_not_a_choice_is_an_error(qtbot, ctx):
    screen = open_organisations(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    type_text(qtbot, form.ui.name_edit, "Ditta Uno")
    type_text(qtbot, form.ui.legal_representative_uuid_edit, "Qualcuno")
    assert save_form(qtbot, form) is False
    assert "Scegli la persona dall'elenco" in _error(form, "legal_representative_uuid")
    assert count_organisations(ctx.db) == 0


def test_a_registered_vat_number_is_refused_with_a_button_to_the_existing_record(qtbot, ctx):
    girasole = _bodies(ctx)
    screen = open_organisations(qtbot, ctx)
    screen.new_record()
    form = screen.form_page
    type_text(qtbot, form.ui.name_edit, "Il Girasole coop")
    choose(form.ui.kind_edit, "cooperativa")
    type_text(qtbot, form.ui.vat_number_edit, VAT)
    form.duplicates.check_now()
    settle(qtbot)
    assert form.duplicates.group.isVisible() and form.duplicates.candidates[0].hard_stop
    assert save_form(qtbot, form) is False
    assert "già registrata per «Cooperativa sociale Il Girasole»" in _error(form, "vat_number")
    form._loaded = form.collect()
    form.ui.existing_record_button.click()
    assert screen.detail_page.detail.uuid == girasole.uuid
    assert count_organisations(ctx.db) == 3


def test_edit_keeps_contacts_and_a_contact_opens_read_only(qtbot, ctx):
    anna = add_person(ctx.db, "Verdi", "Anna", born=date(1968, 5, 20))
    body = organisations.create_organisation(ctx.db, OrganisationInput(
        name="Associazione Aurora", kind="associazione")).organisation
    organisations.update_organisation(ctx.db, body.uuid, replace(body.to_input(), contacts=(
        ContactInput(anna.uuid, "segreteria"),)), body.version)
    screen = open_organisations(qtbot, ctx)
    screen.open_record(body.uuid)
    screen.detail_page.edit()
    form = screen.form_page
    assert not form.has_unsaved_changes()
    assert form.contacts.table.item(0, 0).text() == "Verdi Anna"
    type_text(qtbot, form.ui.phone_edit, "02 9876543")
    assert save_form(qtbot, form) is True
    saved = organisations.get_organisation(ctx.db, body.uuid)
    assert saved.phone == "02 9876543" and [c.role for c in saved.contacts] == ["segreteria"]
    table = screen.detail_page.ui.contacts_table
    table.setCurrentCell(0, 0)
    table.activated.emit(table.currentIndex())
    window = screen.linked_window
    assert isinstance(window, LinkedRecordWindow) and window.page.ui.name_label.text() == "Verdi Anna"
    assert not window.page.ui.edit_button.isVisible()
    window.reject()


def test_a_reviewer_sees_organisations_but_cannot_change_them(qtbot, ctx):
    body = _bodies(ctx)
    ctx.db.actor = Actor("rev", roles=frozenset({Role.REVISORE}))
    screen = open_organisations(qtbot, ctx)
    page = screen.list_page
    assert page.model.total == 3
    select_rows(page, 0, 1)
    assert not any(b.isEnabled() for b in (page.ui.new_button, page.ui.delete_button, page.ui.merge_button,
                                           page.ui.import_button, page.ui.export_button))
    screen.open_record(body.uuid)
    assert not screen.detail_page.ui.edit_button.isEnabled()
    assert not screen.detail_page.ui.delete_button.isEnabled()


def test_organisations_model_passes_qt_model_tester(qtbot, ctx, qtmodeltester):
    _bodies(ctx)
    screen = open_organisations(qtbot, ctx)
    qtmodeltester.check(screen.list_page.model, force_py=True)
