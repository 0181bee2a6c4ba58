"""«Rete e accordi» screens driven like a clerk: drafting an agreement with parties from the registry (Ctrl+S),
errors next to the fields, the art. 15 paper refusal explained, a digitally signed file attached, the network
per organisation and municipality, contacts with firms and the home page's reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.network import agreements, contacts, documents
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.network import common
from tests.network_helpers import agreement_input, make_body
from tests.signing_helpers import sign_pades, throwaway_certificate

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clock():
    with use_clock(FixedClock(NOW)):
        yield


def _error(screen, field):
    from PySide6.QtWidgets import QLabel

    return screen.form.findChild(QLabel, f"{field}_error")


def _settle(qtbot):
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=10000)


def _screen(qtbot, cls, ctx):
    widget = cls(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget, timeout=5000)
    _settle(qtbot)
    return widget


def _save(qtbot, screen):
    """Ctrl+S: the screen's shortcut, triggered as the key would (offscreen windows are not always active)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = next(s for s in screen.findChildren(QShortcut) if s.key() == QKeySequence(QKeySequence.StandardKey.Save))
    shortcut.activated.emit()
    _settle(qtbot)


def _add_party(qtbot, screen, body, role_index):
    ui = screen.ui
    ui.party_organisation_edit.set_person(body.uuid, body.name)
    _settle(qtbot)
    assert ui.party_signatory_combo.currentData() == body.rep_uuid  # the legal representative comes first
    ui.party_role_combo.setCurrentIndex(role_index)
    ui.party_obligations_edit.setPlainText("partecipare al comitato di indirizzo")
    qtbot.mouseClick(ui.add_party_button, Qt.MouseButton.LeftButton)


def test_drafting_an_agreement_with_parties_and_errors_next_to_fields(qtbot, ctx):
    from equilibri_desktop.ui.screens.network.agreements_screen import AgreementsScreen

    a, b = make_body(ctx.db, 0), make_body(ctx.db, 1)
    screen = _screen(qtbot, AgreementsScreen, ctx)
    ui = screen.ui
    qtbot.keyClicks(ui.title_edit, "Rete welfare Melegnano")
    ui.start_date_edit.setDate(date(2026, 6, 1))
    ui.end_date_edit.setDate(date(2026, 5, 1))
    _add_party(qtbot, screen, a, 0)
    _add_party(qtbot, screen, b, 1)
    assert ui.parties_table.rowCount() == 2 and screen.has_unsaved_changes()
    _save(qtbot, screen)
    assert "precedere" in _error(screen, 'end_date').text() and _error(screen, 'end_date').isVisibleTo(screen)
    assert agreements.count_agreements(ctx.db) == 0
    ui.end_date_edit.setDate(date(2027, 5, 31))
    _save(qtbot, screen)
    saved = agreements.search_agreements(ctx.db).items
    assert [(r.title, r.parties) for r in saved] == [("Rete welfare Melegnano", 2)]
    assert ui.code_label.text() == saved[0].code and ui.agreements_table.model().rowCount() == 1
    assert not _error(screen, 'end_date').isVisibleTo(screen)


def test_art_15_refuses_paper_and_accepts_a_checked_digital_file(qtbot, ctx, tmp_path, monkeypatch):
    from equilibri_desktop.ui.screens.network.agreements_screen import AgreementsScreen

    bodies = [make_body(ctx.db, 0, "comune"), make_body(ctx.db, 1, "comune", "Carpiano")]
    draft = agreements.create_agreement(ctx.db, agreement_input(bodies, kind="tra_pa"))
    pdf = register.document_path(ctx.db, documents.generate_agreement_document(ctx.db, draft.uuid).uuid)
    agreements.send_for_signature(ctx.db, draft.uuid, draft.version)
    signed = sign_pades(pdf, tmp_path / "a.pdf", *throwaway_certificate(bodies[0].rep_name, bodies[0].rep_fiscal_code))
    signed = sign_pades(signed, tmp_path / "firmato.pdf", *throwaway_certificate(bodies[1].rep_name), field="F2")
    screen = _screen(qtbot, AgreementsScreen, ctx)
    ui = screen.ui
    ui.agreements_table.selectRow(0)
    _settle(qtbot)
    ui.detail_tabs.setCurrentIndex(2)
    assert not ui.paper_button.isEnabled() and "2-bis" in ui.paper_button.toolTip()
    assert "pena di nullità" in ui.digital_only_label.text()
    monkeypatch.setattr(common.FileChooser, "open_file", staticmethod(lambda *a: str(signed)))
    qtbot.mouseClick(ui.digital_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert ui.status_label.text() == "In vigore"
    assert "NON sono state controllate" in ui.check_report_edit.toPlainText()
    assert ui.documents_table.item(0, 3).text() == "sì"  # the signed copy matched back to the register


def test_network_per_organisation_and_municipality(qtbot, ctx):
    from equilibri_desktop.ui.screens.network.overview_screen import (
        NetworkOverviewScreen,
    )

    town, firm = make_body(ctx.db, 0, "comune", "Carpiano"), make_body(ctx.db, 1)
    draft = agreements.create_agreement(ctx.db, agreement_input([town, firm]))
    agreements.send_for_signature(ctx.db, draft.uuid, draft.version)
    screen = _screen(qtbot, NetworkOverviewScreen, ctx)
    screen.ui.organisation_edit.set_person(firm.uuid, firm.name)
    _settle(qtbot)
    assert screen.ui.organisation_table.rowCount() == 1 and screen.ui.organisation_table.item(0, 3).text() == "Partner"
    combo = screen.ui.municipality_combo
    combo.setCurrentIndex(combo.findText("Carpiano"))
    screen.show_municipality()
    _settle(qtbot)
    assert screen.ui.municipality_table.item(0, 0).text() == town.name


def test_recording_a_contact_and_its_follow_up_on_the_home_page(qtbot, ctx):
    from equilibri_desktop.ui.screens.home.home_page import HomePage
    from equilibri_desktop.ui.screens.network.contacts_screen import ContactsScreen

    firm = make_body(ctx.db, 0)
    screen = _screen(qtbot, ContactsScreen, ctx)
    ui = screen.ui
    ui.organisation_edit.set_person(firm.uuid, firm.name)
    ui.topic_welfare_check.setChecked(True)
    ui.next_step_due_edit.setDate(date(2026, 3, 4))
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert _error(screen, 'next_step').isVisibleTo(screen)  # a due date needs the step it is for
    qtbot.keyClicks(ui.next_step_edit, "Richiamare per il piano welfare")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert ui.contacts_table.rowCount() == 1 and contacts.list_contacts(ctx.db)[0].topics == ("welfare",)
    home = _screen(qtbot, HomePage, ctx)
    _settle(qtbot)
    items = home.network_reminders.items
    assert home.network_reminders.isVisible() and items.count() == 1
    assert "Richiamare per il piano welfare" in items.item(0).text()


def test_template_screen_previews_saves_versions_and_refuses_unknown_fields(qtbot, ctx):
    from equilibri_desktop.services.network import templates
    from equilibri_desktop.ui.screens.network.templates_screen import TemplatesScreen

    bodies = [make_body(ctx.db, 0), make_body(ctx.db, 1)]
    before = agreements.create_agreement(ctx.db, agreement_input(bodies))
    screen = _screen(qtbot, TemplatesScreen, ctx)
    ui = screen.ui
    assert "Art. 3 – Impegni delle parti" in ui.preview_browser.toPlainText()
    ui.articles_text_edit.moveCursor(ui.articles_text_edit.textCursor().MoveOperation.End)
    for line in ("## Riservatezza", "Le parti di {progetto} tacciono."):
        qtbot.keyClick(ui.articles_text_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(ui.articles_text_edit, line)
    _save(qtbot, screen)
    assert "{progetto}" in _error(screen, "articles_text").text() and screen.has_unsaved_changes()
    screen.refresh()  # coming back to the screen keeps what is being typed
    _settle(qtbot)
    assert "{progetto} tacciono." in ui.articles_text_edit.toPlainText()
    assert templates.list_template_versions(ctx.db, templates.AgreementKind(before.kind))[0].number == 0
    for _ in range(len("{progetto} tacciono.")):
        qtbot.keyClick(ui.articles_text_edit, Qt.Key.Key_Backspace)
    ui.field_combo.setCurrentIndex(ui.field_combo.findData("titolo"))
    qtbot.mouseClick(ui.insert_field_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.articles_text_edit, " resta riservato.")
    qtbot.mouseClick(ui.preview_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert "Le parti di Alleanza locale di conciliazione Sud Est Milano resta riservato." in \
        ui.preview_browser.toPlainText()
    qtbot.keyClicks(ui.note_edit, "Clausola di riservatezza")
    _save(qtbot, screen)
    assert ui.versions_table.rowCount() == 2 and ui.versions_table.item(0, 4).text() == "Clausola di riservatezza"
    assert not screen.has_unsaved_changes() and "versione 1" in ui.current_label.text()
    after = agreements.create_agreement(ctx.db, agreement_input(bodies))
    assert "## Riservatezza" in after.articles_text and "## Riservatezza" not in \
        agreements.get_agreement(ctx.db, before.uuid).articles_text


def test_reminder_days_are_set_on_the_template_screen(qtbot, ctx):
    from equilibri_desktop.services.network import settings
    from equilibri_desktop.ui.screens.network.templates_screen import TemplatesScreen

    screen = _screen(qtbot, TemplatesScreen, ctx)
    ui = screen.ui
    ui.side_tabs.setCurrentIndex(2)
    assert ui.pending_signature_days_spin.value() == 15
    ui.pending_signature_days_spin.selectAll()
    qtbot.keyClicks(ui.pending_signature_days_spin, "0")
    qtbot.mouseClick(ui.save_settings_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert _error(screen, "pending_signature_days").isVisibleTo(screen)
    ui.pending_signature_days_spin.selectAll()
    qtbot.keyClicks(ui.pending_signature_days_spin, "7")
    qtbot.mouseClick(ui.save_settings_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert settings.get_settings(ctx.db).pending_signature_days == 7 and "7 giorni" in ui.message_label.text()


def test_the_list_shows_an_agreement_in_force_once_the_office_date_reaches_its_stated_date(qtbot, ctx, tmp_path):
    from equilibri_desktop.services.network import signatures
    from equilibri_desktop.ui.screens.network.agreements_screen import AgreementsScreen

    bodies = [make_body(ctx.db, 0), make_body(ctx.db, 1)]
    draft = agreements.create_agreement(ctx.db, agreement_input(bodies, in_force_from=date(2026, 4, 1)))
    sent = agreements.send_for_signature(ctx.db, draft.uuid, draft.version)
    scan = tmp_path / "firmato.pdf"
    scan.write_bytes(b"%PDF-1.4 scansione")
    signatures.record_paper_signatures(ctx.db, sent.uuid, [p.uuid for p in sent.parties], scan)
    agreements.create_agreement(ctx.db, agreement_input(bodies, title="Accordo bis"))
    screen = _screen(qtbot, AgreementsScreen, ctx)
    ui = screen.ui
    ui.agreements_table.selectRow(0)
    _settle(qtbot)
    assert ui.status_label.text() == "In firma" and "01/04/2026" in ui.message_label.text()
    with use_clock(FixedClock(datetime(2026, 4, 1, 7, 0, tzinfo=UTC))):
        screen.refresh()
        _settle(qtbot)
        screen.open_record(sent.uuid)
        _settle(qtbot)
    assert ui.status_label.text() == "In vigore"
    model = ui.agreements_table.model()
    assert model.data(model.index(0, 3)) == "In vigore"
    # A click on the «Titolo» header sorts in SQL: «Accordo bis» comes first.
    header = ui.agreements_table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    _settle(qtbot)
    assert model.data(model.index(0, 2)) == "Accordo bis"


def test_an_annex_is_attached_and_opened_from_the_documents_tab(qtbot, ctx, tmp_path, monkeypatch):
    from equilibri_desktop.ui.screens.network.agreements_screen import AgreementsScreen
    from equilibri_desktop.ui.widgets.document_files import DocumentFiles

    agreements.create_agreement(ctx.db, agreement_input([make_body(ctx.db, 0), make_body(ctx.db, 1)]))
    sheet = tmp_path / "scheda.pdf"
    sheet.write_bytes(b"%PDF-1.4 scheda")
    screen = _screen(qtbot, AgreementsScreen, ctx)
    ui = screen.ui
    ui.agreements_table.selectRow(0)
    _settle(qtbot)
    ui.detail_tabs.setCurrentIndex(3)
    monkeypatch.setattr(common.FileChooser, "open_file", staticmethod(lambda *a: str(sheet)))
    qtbot.mouseClick(ui.add_attachment_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert _error(screen, "attachment_description").isVisibleTo(screen) and ui.attachments_table.rowCount() == 0
    qtbot.keyClicks(ui.attachment_description_edit, "Scheda del progetto")
    qtbot.mouseClick(ui.add_attachment_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert ui.attachments_table.rowCount() == 1 and ui.attachments_table.item(0, 1).text() == "Scheda del progetto"
    opened = []
    monkeypatch.setattr(DocumentFiles, "open_file", staticmethod(lambda path: opened.append(path) or True))
    ui.attachments_table.selectRow(0)
    qtbot.mouseClick(ui.open_attachment_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert opened and opened[0].read_bytes() == b"%PDF-1.4 scheda"


def test_a_draft_takes_the_newest_template_text_on_request(qtbot, ctx, monkeypatch):
    from equilibri_desktop.domain.network.codes import AgreementKind
    from equilibri_desktop.domain.network.templates import default_articles, default_premises
    from equilibri_desktop.services.network import templates
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.screens.network.agreements_screen import AgreementsScreen

    kind = AgreementKind.PARTENARIATO
    draft = agreements.create_agreement(ctx.db, agreement_input([make_body(ctx.db, 0), make_body(ctx.db, 1)]))
    templates.save_template(ctx.db, kind, default_premises(kind), default_articles(kind) + "\n## Foro\nMilano.")
    screen = _screen(qtbot, AgreementsScreen, ctx)
    ui = screen.ui
    ui.agreements_table.selectRow(0)
    _settle(qtbot)
    ui.detail_tabs.setCurrentIndex(3)
    assert "testo predefinito" in ui.template_label.text() and "più recente" in ui.template_label.text()
    assert ui.use_template_button.isEnabled()
    monkeypatch.setattr(Messages, "confirm", staticmethod(lambda *a, **k: True))
    qtbot.mouseClick(ui.use_template_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert "modello versione 1" in ui.template_label.text() and not ui.use_template_button.isEnabled()
    assert "## Foro" in agreements.get_agreement(ctx.db, draft.uuid).articles_text
