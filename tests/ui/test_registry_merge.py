"""Merging two records from the list: the dialog shows both side by side, a radio per field chooses the
value, confirmation, links moved to the record kept, the merge in its history."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.registry import organisations, people, privacy
from equilibri_desktop.services.registry.search import count_organisations, count_people
from tests.registry_helpers import add_person
from tests.ui.registry_ui import WAIT_MS, names, row_of, select_rows
from tests.ui.registry_ui import organisations as open_organisations
from tests.ui.registry_ui import people as open_people
from tests.ui.waiting import settle


def test_merge_two_people_choosing_field_by_field(qtbot, ctx, dialogs):
    keep = add_person(ctx.db, "Rossi", "Maria", phone="02 5550001")
    twin = add_person(ctx.db, "Rossi", "Marie", with_code=False, email="maria.rossi@example.org",
                      phone="333 0000001")
    privacy.record_privacy_ack(ctx.db, twin.uuid, "2024.1", date(2024, 5, 2), "ufficio")
    body = organisations.create_organisation(ctx.db, OrganisationInput(
        name="Cooperativa Il Girasole", kind="cooperativa", legal_representative_uuid=twin.uuid)).organisation
    screen = open_people(qtbot, ctx)
    page = screen.list_page
    select_rows(page, row_of(page, "Rossi Maria"))
    assert not page.ui.merge_button.isEnabled()  # two records, not one
    select_rows(page, row_of(page, "Rossi Maria"), row_of(page, "Rossi Marie"))
    assert page.ui.merge_button.isEnabled()
    page.ui.merge_button.click()
    settle(qtbot)  # both records are read off the UI thread before the dialog opens
    dialog = page.actions.merge_dialog
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    assert dialog.ui.keep_a_radio.text() == f"&A: Rossi Maria ({keep.fiscal_code})"  # Alt+A
    assert dialog.findChild(type(dialog.ui.keep_a_radio), "email_b_radio").isChecked()  # A has none
    assert dialog.findChild(type(dialog.ui.keep_a_radio), "phone_a_radio").isChecked()
    assert not dialog.findChild(type(dialog.ui.keep_a_radio), "surname_a_radio").isEnabled()  # the same
    dialog.findChild(type(dialog.ui.keep_a_radio), "phone_b_radio").click()  # the mobile is current
    dialogs.confirm_answer = False
    dialog.ui.ok_button.click()
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Unisci due schede"]
    assert "«Rossi Marie» verrà eliminata" in dialogs.texts("confirm")[0]
    assert count_people(ctx.db) == 2
    dialogs.confirm_answer = True
    dialog.ui.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert names(page) == ["Rossi Maria"]
    merged = people.get_person(ctx.db, keep.uuid)
    assert (merged.first_name, merged.phone, merged.email) == ("Maria", "333 0000001", "maria.rossi@example.org")
    assert len(merged.privacy_acks) == 1  # the link came along
    assert organisations.get_organisation(ctx.db, body.uuid).legal_representative.uuid == keep.uuid
    assert [m.dropped_uuid for m in merged.merges] == [twin.uuid]
    screen.open_record(keep.uuid)
    assert screen.detail_page.ui.merges_table.rowCount() == 1
    assert "Rossi Marie" in screen.detail_page.ui.merges_table.item(0, 2).text()


def test_keeping_the_second_record_and_both_notes(qtbot, ctx, dialogs):
    first = add_person(ctx.db, "Verdi", "Anna", notes="Prima nota")
    second = add_person(ctx.db, "Verdi", "Annamaria", born=date(1970, 1, 1), notes="Seconda nota")
    screen = open_people(qtbot, ctx)
    page = screen.list_page
    select_rows(page, row_of(page, "Verdi Anna"), row_of(page, "Verdi Annamaria"))
    page.ui.merge_button.click()
    settle(qtbot)  # both records are read off the UI thread before the dialog opens
    dialog = page.actions.merge_dialog
    assert dialog.findChild(type(dialog.ui.keep_a_radio), "notes_both_radio").isChecked()
    dialog.ui.keep_b_radio.click()
    dialog.choose("fiscal_code", "b")
    assert dialog.choices()["first_name"] == "drop" and dialog.choices()["fiscal_code"] == "keep"
    dialog.ui.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    merged = people.get_person(ctx.db, second.uuid)
    assert (merged.first_name, merged.fiscal_code) == ("Anna", second.fiscal_code)
    assert merged.notes == "Seconda nota\n\nPrima nota"
    assert count_people(ctx.db) == 1 and first.uuid != merged.uuid


def test_merge_two_organisations(qtbot, ctx, dialogs):
    for name, vat in (("Cooperativa Il Girasole", "12345670157"), ("Coop. Il Girasole", "")):
        organisations.create_organisation(ctx.db, OrganisationInput(name=name, kind="cooperativa", vat_number=vat))
    screen = open_organisations(qtbot, ctx)
    page = screen.list_page
    select_rows(page, 0, 1)
    page.ui.merge_button.click()
    settle(qtbot)  # both records are read off the UI thread before the dialog opens
    dialog = page.actions.merge_dialog
    dialog.ui.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert count_organisations(ctx.db) == 1
    assert page.ui.count_label.text() == "1 ente"
