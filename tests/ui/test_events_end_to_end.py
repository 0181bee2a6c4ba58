"""Issue 15, "Done when": a clerk creates a course with sessions, registers participants (some from the
registry, some new, one typed twice and merged), prints the sign-in sheets, records attendance by keyboard
and issues the certificates in one batch, printed at once — all through the events screen."""

from __future__ import annotations

from datetime import date

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from equilibri_desktop.services.documents import register
from equilibri_desktop.services.events import certificates, participants
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.events.events_screen import EventsScreen
from equilibri_desktop.ui.widgets.document_files import DocumentFiles
from tests.registry_helpers import add_person

WAIT_MS = 20_000
SESSIONS = (("05/10/2026", "09:00", "13:00"), ("12/10/2026", "09:00", "13:00"), ("19/10/2026", "14:00", "18:00"),
            ("26/10/2026", "14:00", "18:00"))
NEW_PEOPLE = ("Bassi", "Conti", "Ferrari", "Gatti", "Lodi", "Moretti")


def _done(qtbot) -> None:
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)
    QApplication.processEvents()


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def opened(monkeypatch):
    files = []
    monkeypatch.setattr(DocumentFiles, "open_file", staticmethod(lambda path: files.append(path) or True))
    return files


def test_course_from_creation_to_certificates(qtbot, ctx, dialogs, opened):
    registry = [add_person(ctx.db, surname, "Paola", born=date(1975 + i, 2, 3)) for i, surname in
                enumerate(("Riva", "Sartori"))]
    screen = EventsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitActive(screen)

    # 1. the course and its four sessions, typed in the form
    qtbot.mouseClick(screen.ui.new_button, Qt.MouseButton.LeftButton)
    form = screen.form_tab
    _type(qtbot, form.ui.title_edit, "Reti di conciliazione per operatori")
    _type(qtbot, form.ui.place_edit, "Sala civica")
    _type(qtbot, form.ui.capacity_edit, "20")
    form.ui.topics_edit.setPlainText("Lavoro agile\nWelfare aziendale")
    table = form.ui.sessions_table
    for day, start, end in SESSIONS:
        qtbot.mouseClick(form.ui.add_session_button, Qt.MouseButton.LeftButton)
        row = table.rowCount() - 1
        for col, text in enumerate((day, start, end, "Laura Bianchi")):
            table.item(row, col).setText(text)
    assert form.ui.hours_label.text().endswith("16 h")
    qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    _done(qtbot)
    assert screen.detail is not None and screen.detail.total_minutes == 16 * 60
    assert screen.model.rows[0].title == "Reti di conciliazione per operatori"

    # 2. participants: two from the registry, six new, one of them typed a second time
    screen.ui.tabs.setCurrentWidget(screen.participants_tab)
    tab = screen.participants_tab
    for person in registry:
        tab.ui.person_edit.set_person(person.uuid, person.display_name)
        qtbot.mouseClick(tab.ui.register_button, Qt.MouseButton.LeftButton)
        _done(qtbot)
    for surname in (*NEW_PEOPLE, "Conti"):
        _type(qtbot, tab.ui.surname_edit, surname)
        _type(qtbot, tab.ui.first_name_edit, "Anna")
        _type(qtbot, tab.ui.birth_date_edit, "01/02/1980")
        _type(qtbot, tab.ui.municipality_id_edit.lineEdit(), "Dresano")
        _type(qtbot, tab.ui.organisation_name_edit, "Comune di Dresano")
        _enter(qtbot, tab.ui.organisation_name_edit)
        _done(qtbot)
    assert "era gi" in tab.ui.register_status.text()  # the second «Conti» joined the first
    assert len(tab.model.rows) == 8
    assert sum(1 for p in tab.model.rows if p.in_registry) == 2

    # 3. the sign-in sheets of every session
    screen.ui.tabs.setCurrentWidget(screen.attendance_tab)
    att = screen.attendance_tab
    qtbot.mouseClick(att.ui.all_sheets_button, Qt.MouseButton.LeftButton)
    _done(qtbot)
    assert register.count_all(ctx.db) == 4 and opened

    # 4. attendance by keyboard: a few letters, Enter, next; everyone at three sessions, Riva and Bassi at all
    for index in range(4):
        att.ui.session_combo.setCurrentIndex(index)
        att.refresh()
        names = ("riv", "sar", "bas", "con", "fer", "gat", "lod", "mor") if index < 3 else ("riv", "bas")
        for letters in names:
            qtbot.keyClicks(att.ui.find_edit, letters)
            _enter(qtbot, att.ui.find_edit)
            _done(qtbot)
            assert att.ui.find_edit.text() == "" and screen.focusWidget() is att.ui.find_edit
        assert sum(r.present for r in att.model.rows) == len(names)

    # 5. one batch of certificates, one PDF to print
    screen.ui.tabs.setCurrentWidget(screen.certificates_tab)
    cert = screen.certificates_tab
    assert len(cert.qualified.rows) == 8
    qtbot.mouseClick(cert.ui.issue_button, Qt.MouseButton.LeftButton)
    _done(qtbot)
    assert "Emessi 8 attestati" in cert.ui.batch_status.text()
    qtbot.mouseClick(cert.ui.print_button, Qt.MouseButton.LeftButton)
    with pikepdf.open(opened[-1]) as pdf:
        assert len(pdf.pages) == 8
    overview = certificates.certificate_overview(ctx.db, screen.detail.uuid)
    assert all(r.certificate_uuid for r in overview.qualified)
    assert not [d for d in dialogs.calls if d[0] in ("warn", "error")]
    rows = participants.list_participants(ctx.db, screen.detail.uuid, text="conti")
    assert len(rows) == 1 and rows[0].status == "presente"
    screen.grab().save("/tmp/events-e2e.png")
