"""Registry actions through the operation runner: several deletions with one refused, a save refused
because a colleague saved first, a record gone before the merge dialog opens."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.registry import organisations, people
from equilibri_desktop.services.registry.search import count_people
from tests.registry_helpers import add_person
from tests.ui.registry_ui import names, row_of, select_rows
from tests.ui.registry_ui import people as open_people
from tests.ui.waiting import settle


def test_deleting_several_deletes_what_it_may_and_says_why_not_the_rest(qtbot, ctx, dialogs):
    legal = add_person(ctx.db, "Rossi", "Maria")
    add_person(ctx.db, "Bianchi", "Anna")
    organisations.create_organisation(ctx.db, OrganisationInput(
        name="Cooperativa Il Girasole", kind="cooperativa", legal_representative_uuid=legal.uuid))
    screen = open_people(qtbot, ctx)
    page = screen.list_page
    select_rows(page, row_of(page, "Rossi Maria"), row_of(page, "Bianchi Anna"))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle(qtbot)
    assert count_people(ctx.db) == 1 and names(page) == ["Rossi Maria"]
    assert dialogs.titles("warn") == ["Eliminazione non eseguita"]
    assert dialogs.texts("warn")[0].startswith("Rossi Maria") and "legale rappresentante" in dialogs.texts("warn")[0]
    assert "Schede eliminate: 1." in page.ui.status_label.text()


def test_a_save_after_a_colleagues_keeps_what_was_typed_and_names_the_colleague(qtbot, ctx, dialogs):
    person = add_person(ctx.db, "Verdi", "Anna")
    screen = open_people(qtbot, ctx)
    assert screen.open_record(person.uuid)
    screen.detail_page.edit()
    form = screen.form_page
    ctx.db.user = "collega"
    detail = people.get_person(ctx.db, person.uuid)
    people.update_person(ctx.db, person.uuid, replace(detail.to_input(), phone="02 1111111"), detail.version)
    ctx.db.user = "operatore.test"
    form.ui.phone_edit.setText("02 2222222")
    form.save()
    assert not form.ui.save_button.isEnabled()  # one save at a time
    settle(qtbot)
    assert screen.currentWidget() is form and form.ui.phone_edit.text() == "02 2222222"
    assert dialogs.titles("warn") == ["Salvataggio non eseguito"] and "collega" in dialogs.texts("warn")[0]
    assert form.ui.save_button.isEnabled()
    assert people.get_person(ctx.db, person.uuid).phone == "02 1111111"


def test_a_record_deleted_before_the_merge_opens_is_explained(qtbot, ctx, dialogs):
    add_person(ctx.db, "Neri", "Anna")
    gone = add_person(ctx.db, "Neri", "Annamaria")
    screen = open_people(qtbot, ctx)
    page = screen.list_page
    select_rows(page, row_of(page, "Neri Anna"), row_of(page, "Neri Annamaria"))
    people.delete_person(ctx.db, gone.uuid, gone.version)  # a colleague, meanwhile
    page.ui.merge_button.click()
    settle(qtbot)
    assert page.actions.merge_dialog is None
    assert dialogs.titles("warn") == ["Unione non possibile"]
