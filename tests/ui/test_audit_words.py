"""The activity log in a clerk's words: record kind and name, field labels, statuses as the domain labels them,
values in form order, a filter for every area; the raw form stays in the entry's detail."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHeaderView

from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.person_kinds import OccupationalStatus
from equilibri_desktop.storage.models import GrantApplication, Person
from equilibri_desktop.ui.audit_catalogue import KINDS, filter_choices
from equilibri_desktop.ui.screens.admin.audit import AuditScreen
from equilibri_desktop.ui.widgets.record_history import RecordHistoryPanel
from tests.grant_helpers import add_woman, make_application, make_call


def _screen(qtbot, ctx) -> AuditScreen:
    screen = AuditScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def _cells(screen, row: int) -> list[str]:
    model = screen.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_a_status_change_reads_as_the_clerk_says_it(qtbot, ctx):
    call = make_call(ctx.db)
    application = make_application(ctx.db, call, add_woman(ctx.db))
    with ctx.db.unit_of_work() as session:
        stored = session.get(GrantApplication, application.id)
        stored.status = "in_istruttoria"
        stored.own_cofinancing_cents = 5_000_00
    screen = _screen(qtbot, ctx)
    first = _cells(screen, 0)
    assert "Domanda di contributo: 2026/0001 – Piccoli Passi" in first
    assert "Stato, Cofinanziamento proprio" in first  # labels, in the form's order
    table = screen.ui.changes_table
    shown = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert shown == [["Stato", ApplicationStatus.PRESENTATA.label, ApplicationStatus.IN_ISTRUTTORIA.label],
                     ["Cofinanziamento proprio", "€ 4.000,00", "€ 5.000,00"]]
    details = screen.ui.details_label.text()
    assert "Su: Domanda di contributo: 2026/0001 – Piccoli Passi" in details
    # The raw form is still there, for whoever needs the database's own names.
    assert f"grant_application {application.uuid}; status, own_cofinancing_cents" in details


def test_every_area_has_its_filter(qtbot, ctx):
    screen = _screen(qtbot, ctx)
    combo = screen.ui.table_combo
    offered = {combo.itemData(i) for i in range(1, combo.count())}
    assert offered == set(KINDS)
    assert {"grant_application", "grant_status_change", "grant_tranche", "person", "user_account"} <= offered
    assert ("Start-up e contributi › Domanda di contributo", "grant_application") in filter_choices()
    combo.setCurrentIndex(combo.findData("grant_application"))
    combo.activated.emit(combo.currentIndex())
    assert screen.criteria.table_name == "grant_application"


def test_a_persons_history_in_form_order_and_unclipped(qtbot, ctx):
    rossi = add_woman(ctx.db, "Rossi", "Laura")
    with ctx.db.unit_of_work() as session:
        person = session.get(Person, rossi.id)
        # Set in the reverse of the form's order: the history still reads top to bottom as the form.
        person.notes = "Segnalata dal consultorio"
        person.occupational_status = "inoccupata"
        person.first_name = "Laura Maria"
        person.did_date = date(2026, 1, 5)
    panel = RecordHistoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1366, 500)
    # What the person screen does to every table it hosts, the panel's too, after building it.
    panel.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    panel.show()
    panel.show_record(rossi.uuid)
    table = panel.table
    changes = table.item(table.rowCount() - 1, 3).text().splitlines()
    assert [line.split(":")[0] for line in changes] == ["Nome", "Condizione lavorativa", "Data della DID", "Note"]
    assert changes[1] == (f"Condizione lavorativa: {OccupationalStatus.DISOCCUPATA.label} → "
                          f"{OccupationalStatus.INOCCUPATA.label}")
    assert changes[2] == "Data della DID: 03/11/2025 → 05/01/2026"
    assert table.wordWrap()
    header = table.horizontalHeader()
    for column in range(3):  # date, user, action: as wide as their contents
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    assert header.length() == table.viewport().width()  # the changes take the width left, not a sliver
