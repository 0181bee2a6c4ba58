"""The documents panel of a ranking, an application, a call, and the register screen: generate in the
background, open and print the checked file, attach the signed copy, batch with cancel."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import delete, update

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.documents import batch as document_batch
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.storage.models import GrantEligibilityCheck, GrantStatusChange
from equilibri_desktop.ui.tasks import Task
from equilibri_desktop.ui.widgets.document_files import DocumentFiles
from equilibri_desktop.ui.widgets.documents_panel import DocumentsPanel
from tests.grant_document_helpers import build_scenario
from tests.grant_helpers import act_as
from tests.ui.waiting import settle

WAIT = 20_000


@pytest.fixture
def files(monkeypatch):
    """The system viewer, print dialog and file picker, recorded instead of shown."""
    calls: dict[str, list] = {"open": [], "print": []}
    answers = {"print": True, "choose": None}

    def open_file(path):
        calls["open"].append(Path(path))
        return True

    def print_file(parent, path):
        calls["print"].append(Path(path))
        return answers["print"]

    monkeypatch.setattr(DocumentFiles, "open_file", staticmethod(open_file))
    monkeypatch.setattr(DocumentFiles, "print_file", staticmethod(print_file))
    monkeypatch.setattr(DocumentFiles, "choose_signed_copy", staticmethod(lambda parent: answers["choose"]))
    calls["answers"] = answers
    return calls


def _panel(qtbot, ctx, record_type, record_uuid) -> DocumentsPanel:
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.show()
    panel.set_record(record_type, record_uuid)
    return panel


def _click_generate(qtbot, panel, key):
    button = panel.generate_buttons[key]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ranking_panel_generates_the_decision_then_its_annexes(qtbot, ctx, files, tmp_path):
    scenario = build_scenario(ctx.db)
    panel = _panel(qtbot, ctx, "grant_ranking", scenario.ranking.uuid)
    assert panel.table.rowCount() == 0 and panel.empty_label.isVisibleTo(panel)
    assert list(panel.generate_buttons) == ["determinazione", "allegato_a", "allegato_b", "concessioni"]
    assert not panel.generate_buttons["allegato_a"].isEnabled()
    assert "determinazione" in panel.generate_buttons["allegato_a"].toolTip()
    _click_generate(qtbot, panel, "determinazione")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and not panel.busy, timeout=WAIT)
    year = office_today().year  # documents are numbered by the office's year
    assert panel.table.item(0, 0).text() == f"1/{year}"
    assert panel.table.item(0, 1).text() == "Determinazione di concessione"
    assert panel.table.item(0, 3).text() == "operatore.test" and panel.table.item(0, 4).text() == "no"
    assert panel.generate_buttons["allegato_a"].isEnabled()
    _click_generate(qtbot, panel, "allegato_a")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2 and not panel.busy, timeout=WAIT)
    qtbot.wait(200)  # let the new buttons paint before the screenshot
    Path("/tmp/shots").mkdir(exist_ok=True)
    panel.grab().save("/tmp/shots/documents_panel_ranking.png")

    # Open and print the selected document: the checked file from the data folder.
    panel.table.selectRow(1)
    decision = panel.selected()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert files["open"] == [ctx.config.data_dir / decision.file_path]
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert files["print"] == [ctx.config.data_dir / decision.file_path]


def test_a_changed_file_is_reported_and_not_opened(qtbot, ctx, files, dialogs):
    scenario = build_scenario(ctx.db)
    ref = grant_documents.generate_decision(ctx.db, scenario.ranking.uuid)
    (ctx.config.data_dir / ref.file_path).write_bytes(b"%PDF altered")
    panel = _panel(qtbot, ctx, "grant_ranking", scenario.ranking.uuid)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert files["open"] == [] and dialogs.titles("warn") == ["Documento alterato o mancante"]
    assert "SHA-256" in dialogs.texts("warn")[0]


def test_without_print_support_the_viewer_opens_instead(qtbot, ctx, files, dialogs):
    scenario = build_scenario(ctx.db)
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid)
    files["answers"]["print"] = None
    panel = _panel(qtbot, ctx, "grant_ranking", scenario.ranking.uuid)
    panel.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus, timeout=WAIT)
    qtbot.keyClick(panel.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert len(files["print"]) == 1 and files["open"] == files["print"]
    assert dialogs.titles("inform") == ["Stampa dal visualizzatore"]


def test_signed_copy_is_attached_and_opened(qtbot, ctx, files, tmp_path):
    scenario = build_scenario(ctx.db)
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid)
    panel = _panel(qtbot, ctx, "grant_ranking", scenario.ranking.uuid)
    assert not panel.open_signed_button.isEnabled()
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)  # the picker was closed: nothing
    settle(qtbot)
    assert panel.table.item(0, 4).text() == "no"
    scan = tmp_path / "determina firmata.pdf"
    scan.write_bytes(b"%PDF-1.7 signed")
    files["answers"]["choose"] = scan
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert panel.table.item(0, 4).text() == "sì" and "Copia firmata allegata" in panel.status_label.text()
    qtbot.mouseClick(panel.open_signed_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert files["open"][-1].read_bytes() == b"%PDF-1.7 signed"


def test_batch_of_communications_reports_what_was_generated(qtbot, ctx, files, dialogs):
    scenario = build_scenario(ctx.db)
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid)
    panel = _panel(qtbot, ctx, "grant_ranking", scenario.ranking.uuid)
    _click_generate(qtbot, panel, "concessioni")
    qtbot.waitUntil(lambda: bool(dialogs.titles("inform")), timeout=WAIT)
    assert "Generate 3 comunicazioni" in dialogs.texts("inform")[0]
    assert len(document_register.list_documents(ctx.db, "grant_application", scenario.rossi.uuid)) == 1


def test_cancelling_the_batch_keeps_the_documents_already_generated(qtbot, ctx, files, dialogs, monkeypatch):
    scenario = build_scenario(ctx.db)
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid)
    first_started, release = threading.Event(), threading.Event()
    real = document_batch.draw

    def slow_first(*args, **kwargs):  # the first letter takes its time to draw
        first_started.set()
        release.wait(WAIT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(document_batch, "draw", slow_first)
    panel = _panel(qtbot, ctx, "grant_ranking", scenario.ranking.uuid)
    _click_generate(qtbot, panel, "concessioni")
    assert first_started.wait(WAIT / 1000)
    (task,) = Task._running
    task.dialog.findChild(QPushButton).click()  # the clerk presses "Annulla" on the progress dialog
    release.set()
    qtbot.waitUntil(lambda: bool(dialogs.titles("inform")), timeout=WAIT)
    assert "interrotta: 1 comunicazioni su 3" in dialogs.texts("inform")[0]
    generated = [d for d in document_register.list_all(ctx.db).items if d.kind == "concessione"]
    assert len(generated) == 1 and generated[0].record_uuid == scenario.rossi.uuid


def _reply_deadline_ahead(ctx, scenario) -> None:
    """The scenario's notice runs to July 2026; the panel dates letters today."""
    with ctx.db.unit_of_work() as s:
        s.execute(update(GrantStatusChange).where(GrantStatusChange.application_id == scenario.esposito.id)
                  .values(reply_deadline=office_today() + timedelta(days=15)))


def test_application_panel_offers_the_letters_that_apply(qtbot, ctx, files):
    scenario = build_scenario(ctx.db)
    _reply_deadline_ahead(ctx, scenario)
    panel = _panel(qtbot, ctx, "grant_application", scenario.esposito.uuid)
    assert list(panel.generate_buttons) == ["soccorso_istruttorio", "esclusione", "concessione", "accettazione",
                                            "avvio_revoca", "revoca"]
    # Each letter only in the state it belongs to: here, a notice of reasons (soccorso istruttorio needs a request
    # for documents, the others a funded application).
    assert [b.isEnabled() for b in panel.generate_buttons.values()] == [False, True, False, False, False, False]
    assert "Integrazione richiesta" in panel.generate_buttons["soccorso_istruttorio"].toolTip()
    _click_generate(qtbot, panel, "esclusione")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and not panel.busy, timeout=WAIT)
    assert panel.table.item(0, 1).text().startswith("Comunicazione dei motivi ostativi")
    panel.set_record("grant_call", scenario.call.uuid)
    assert list(panel.generate_buttons) == ["informativa", "nomina_commissione", "verbale", "verbale_riservato"]
    assert panel.table.rowCount() == 0


def test_a_domain_refusal_is_shown_as_a_plain_message(qtbot, ctx, files, dialogs):
    scenario = build_scenario(ctx.db)
    panel = _panel(qtbot, ctx, "grant_application", scenario.esposito.uuid)
    with ctx.db.unit_of_work() as s:  # the reasons are gone: the service refuses to write an empty letter
        for model in (GrantStatusChange, GrantEligibilityCheck):
            s.execute(delete(model).where(model.application_id == scenario.esposito.id))
    _click_generate(qtbot, panel, "esclusione")
    qtbot.waitUntil(lambda: bool(dialogs.titles("warn")), timeout=WAIT)
    assert dialogs.titles("warn") == ["Documento non generato"] and "motivi" in dialogs.texts("warn")[0]
    assert not panel.busy and panel.generate_buttons["esclusione"].isEnabled()


def test_readers_open_but_do_not_generate_or_attach(qtbot, ctx, files):
    scenario = build_scenario(ctx.db)
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid)
    act_as(ctx.db, "revisore.test", Role.REVISORE)
    panel = _panel(qtbot, ctx, "grant_ranking", scenario.ranking.uuid)
    assert panel.generate_buttons == {} and not panel.generate_label.isVisibleTo(panel)
    assert not panel.attach_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert len(files["open"]) == 1


def test_register_screen_filters_by_kind_year_and_number(qtbot, ctx, files):
    from equilibri_desktop.ui.screens.grants.documents_screen import DocumentsScreen

    scenario = build_scenario(ctx.db)
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid, issued_on=date(2026, 7, 10))
    grant_documents.generate_annex(ctx.db, scenario.ranking.uuid, "A", issued_on=date(2026, 7, 10))
    grant_documents.generate_exclusion_letter(ctx.db, scenario.esposito.uuid, issued_on=date(2026, 7, 10))
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid, issued_on=date(2027, 1, 12))
    screen = DocumentsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    assert screen.model.total == 4 and screen.ui.count_label.text() == "4 documenti"
    assert [screen.ui.year_combo.itemText(i) for i in range(screen.ui.year_combo.count())] == ["Tutti", "2027", "2026"]
    screen.ui.kind_combo.setCurrentIndex(screen.ui.kind_combo.findData("determinazione"))
    screen.ui.kind_combo.activated.emit(screen.ui.kind_combo.currentIndex())
    assert screen.model.total == 2
    screen.ui.year_combo.setCurrentIndex(screen.ui.year_combo.findData(2027))
    screen.ui.year_combo.activated.emit(screen.ui.year_combo.currentIndex())
    assert screen.model.total == 1 and screen.selected().number_label == "1/2027"
    screen.clear_filters()
    qtbot.keyClicks(screen.ui.search_edit, "2026/0006")  # the protocol in the letter's title
    qtbot.waitUntil(lambda: screen.model.total == 1, timeout=WAIT)
    assert screen.selected().kind == "esclusione"
    screen.clear_filters()
    screen.grab().save("/tmp/shots/documents_register.png")
    qtbot.mouseClick(screen.ui.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert files["open"] == [ctx.config.data_dir / screen.selected().file_path]
    assert not screen.ui.open_signed_button.isEnabled()


def test_printing_draws_every_page_of_the_registered_pdf(qtbot, ctx, tmp_path):
    """The print path without its dialog: the pages go to a PDF printer, one printed page per page."""
    import pdfplumber
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from equilibri_desktop.ui.widgets.document_files import _paint

    scenario = build_scenario(ctx.db)
    ref = grant_documents.generate_decision(ctx.db, scenario.ranking.uuid)
    source = document_register.document_path(ctx.db, ref.uuid)
    document = QPdfDocument()
    assert document.load(str(source)) == QPdfDocument.Error.None_
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stampa.pdf"))
    _paint(document, printer)
    with pdfplumber.open(source) as original, pdfplumber.open(tmp_path / "stampa.pdf") as printed:
        assert len(printed.pages) == len(original.pages) >= 2
        assert printed.pages[0].images  # the page was drawn, not left blank
