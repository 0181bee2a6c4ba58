"""A person's privacy tab: record an acknowledgement of the notice (and the list stops marking the
person), errors inside the dialog, give and withdraw a consent, remove an ack recorded by mistake."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.registry import people, privacy
from tests.registry_helpers import add_person
from tests.ui.registry_ui import WAIT_MS, choose, names, type_text
from tests.ui.registry_ui import people as open_people
from tests.ui.waiting import settle


def _detail(qtbot, ctx, person):
    screen = open_people(qtbot, ctx)
    assert screen.open_record(person.uuid)
    screen.detail_page.ui.tabs.setCurrentWidget(screen.detail_page.ui.privacy_tab)
    return screen, screen.detail_page


def test_record_the_privacy_notice_from_the_detail(qtbot, ctx):
    person = add_person(ctx.db)
    screen, detail = _detail(qtbot, ctx, person)
    assert "Informativa privacy non ancora ricevuta" in detail.ui.badges_label.text()
    detail.ui.add_ack_button.click()
    dialog = detail.privacy.dialog
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.ui.acknowledged_on_edit.date() == office_today()  # Rome's date, not the machine's
    type_text(qtbot, dialog.ui.notice_version_edit, "2024.1")
    type_text(qtbot, dialog.ui.acknowledged_on_edit, "02/05/2024")
    choose(dialog.ui.channel_edit, "evento")
    qtbot.keyClick(dialog.ui.notice_version_edit, Qt.Key.Key_Return)  # OK is the default button
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    table = detail.ui.acks_table
    assert [table.item(0, c).text() for c in range(3)] == ["2024.1", "02/05/2024", "A un evento"]
    assert detail.ui.badges_label.text() == ""
    saved = people.get_person(ctx.db, person.uuid)
    assert [(a.notice_version, a.acknowledged_on, a.channel) for a in saved.privacy_acks] == [
        ("2024.1", date(2024, 5, 2), "evento")]
    detail.ui.back_button.click()
    screen.list_page.ui.privacy_missing_check.click()
    assert names(screen.list_page) == []


def test_errors_stay_in_the_dialog_next_to_their_fields(qtbot, ctx):
    person = add_person(ctx.db)
    _, detail = _detail(qtbot, ctx, person)
    detail.ui.add_ack_button.click()
    dialog = detail.privacy.dialog
    type_text(qtbot, dialog.ui.acknowledged_on_edit, "2/5/2999")
    dialog.ui.ok_button.click()
    settle(qtbot)
    assert dialog.isVisible()
    assert dialog.form.findChild(type(dialog.ui.general_error), "notice_version_error").text() == \
        "Indica la versione dell'informativa consegnata."
    assert "nel futuro" in dialog.form.findChild(type(dialog.ui.general_error), "acknowledged_on_error").text()
    assert people.get_person(ctx.db, person.uuid).privacy_acks == ()
    dialog.reject()


def test_give_and_withdraw_a_consent(qtbot, ctx):
    person = add_person(ctx.db)
    _, detail = _detail(qtbot, ctx, person)
    assert not detail.ui.withdraw_consent_button.isEnabled()
    detail.ui.give_consent_button.click()
    dialog = detail.privacy.dialog
    choose(dialog.ui.kind_edit, "foto")
    type_text(qtbot, dialog.ui.given_on_edit, "01/03/2024")
    dialog.ui.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: detail.ui.consents_table.rowCount() == 1, timeout=WAIT_MS)
    table = detail.ui.consents_table
    assert [table.item(0, c).text() for c in range(4)] == ["Foto e riprese", "01/03/2024", "", "in vigore"]
    table.setCurrentCell(0, 0)
    assert detail.ui.withdraw_consent_button.isEnabled()
    detail.ui.withdraw_consent_button.click()
    withdraw = detail.privacy.dialog
    type_text(qtbot, withdraw.ui.withdrawn_on_edit, "15/04/2024")
    withdraw.ui.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: detail.ui.consents_table.item(0, 3).text() == "revocato", timeout=WAIT_MS)
    assert detail.ui.consents_table.item(0, 2).text() == "15/04/2024"
    consent = people.get_person(ctx.db, person.uuid).consents[0]
    assert (consent.given_on, consent.withdrawn_on) == (date(2024, 3, 1), date(2024, 4, 15))


def test_remove_an_acknowledgement_recorded_by_mistake(qtbot, ctx, dialogs):
    person = add_person(ctx.db)
    privacy.record_privacy_ack(ctx.db, person.uuid, "2023", date(2024, 1, 8), "ufficio")
    _, detail = _detail(qtbot, ctx, person)
    detail.ui.acks_table.setCurrentCell(0, 0)
    detail.ui.remove_ack_button.click()
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Togli la registrazione"]
    assert detail.ui.acks_table.rowCount() == 0
    assert "non ancora ricevuta" in detail.ui.badges_label.text()
