"""The newer lines' refusals reach the English interface in English: a network agreement's date check, a flexible
work regulation's bands, a field package opened with the wrong passphrase, the merge screen's details, why a
participant gets no certificate, and who still holds up an application's evaluation. The Italian interface keeps
the services' own words."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.services.field import returns
from equilibri_desktop.services.field.dto import Outcome
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.field.field_office_screen import FieldOfficeScreen
from equilibri_desktop.ui.screens.field.passphrase_dialog import PassphraseDialog
from tests.field_helpers import PASSPHRASE, field_person, make_kit, office_event, open_laptop, register_field
from tests.flexwork_helpers import employer, pathway
from tests.grant_helpers import act_as, add_member, add_woman, make_application, make_call
from tests.registry_helpers import add_person

ITALIAN = re.compile(r"\b(non|della|deve|indica|scegli|il file|nessuna|frase segreta|dichiarazione)\b", re.I)


@pytest.fixture
def clock():
    with use_clock(FixedClock(datetime(2026, 3, 5, 9, tzinfo=ZoneInfo("Europe/Rome")))) as c:
        yield c


def _idle(qtbot):
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=20000)


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366 - 260, 740)
    widget.show()
    qtbot.waitExposed(widget, timeout=5000)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    _idle(qtbot)
    return widget


def _error(form, field) -> str:
    label = form.findChild(QLabel, f"{field}_error")
    return label.text() if label.isVisibleTo(form) else ""


def _agreement_with_dates_backwards(qtbot, ctx):
    from equilibri_desktop.ui.screens.network.agreements_screen import AgreementsScreen

    screen = _shown(qtbot, AgreementsScreen(ctx))
    qtbot.keyClicks(screen.ui.title_edit, "Rete welfare Melegnano")
    screen.ui.start_date_edit.setDate(date(2026, 6, 1))
    screen.ui.end_date_edit.setDate(date(2026, 5, 1))
    save = next(s for s in screen.findChildren(QShortcut) if s.key() == QKeySequence(QKeySequence.StandardKey.Save))
    save.activated.emit()  # Ctrl+S, as the key would trigger it
    _idle(qtbot)
    return screen


def test_a_network_agreement_check_in_english(qtbot, ctx, clock, english):
    screen = _agreement_with_dates_backwards(qtbot, ctx)
    text = _error(screen.form, "end_date")
    assert text == "The expiry cannot precede the start date (01/06/2026)."


def test_the_same_check_stays_italian_in_italian(qtbot, ctx, clock):
    screen = _agreement_with_dates_backwards(qtbot, ctx)
    assert _error(screen.form, "end_date") == "La scadenza non può precedere la decorrenza (01/06/2026)."


def test_a_flexwork_regulation_refused_in_english(qtbot, ctx, clock, english):
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    pathway(ctx.db, employer(ctx.db), contact_required=True)
    screen = _shown(qtbot, PathwaysScreen(ctx))
    tab = screen.regulation
    screen.tabs.setCurrentWidget(tab)
    start, _end = tab.disconnection
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "2300")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    disconnection, contact = _error(tab.form, "disconnection"), _error(tab.form, "contact")
    assert "11 consecutive hours of daily rest" in disconnection and not ITALIAN.search(disconnection)
    assert contact == "The collective agreement requires a contact band on agile-work days."


def _return_package(db, tmp_path):
    """A laptop's package: one person known to the registry by codice fiscale, one new."""
    born = date(1979, 4, 2)
    add_person(db, "Moretti", "Giulia", born=born)
    event = office_event(db, registered=1)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    register_field(laptop, info.event_uuid, field_person("Moretti", "Giulia", born=born, with_code=True))
    register_field(laptop, info.event_uuid, field_person("Zanetti", "Ada", born=date(1990, 1, 1)))
    path = returns.prepare_return(laptop, tmp_path / "rientro.eqr", PASSPHRASE).path
    laptop.dispose()
    return path


def _open_package(qtbot, monkeypatch, ctx, path, passphrase):
    screen = _shown(qtbot, FieldOfficeScreen(ctx))
    monkeypatch.setattr(FieldOfficeScreen, "ask_package", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, parent, title, confirm=False: passphrase))
    QTest.mouseClick(screen.ui.open_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    return screen


def test_a_field_package_refused_in_english(qtbot, monkeypatch, ctx, tmp_path, dialogs, english):
    path = _return_package(ctx.db, tmp_path)
    screen = _open_package(qtbot, monkeypatch, ctx, path, "not the passphrase at all")
    assert screen.result is None
    said = [text for kind, _title, text in dialogs.calls if kind in ("warn", "error")]
    assert said and said[-1].startswith("The passphrase is not the one the file was encrypted with")
    assert not ITALIAN.search(said[-1])


def test_the_merge_details_in_english(qtbot, monkeypatch, ctx, tmp_path, dialogs, english):
    path = _return_package(ctx.db, tmp_path)
    screen = _open_package(qtbot, monkeypatch, ctx, path, PASSPHRASE)
    details = {item.outcome: screen.model.data(screen.model.index(row, 3))
               for row, item in enumerate(screen.model.rows)}
    assert details[Outcome.LINKED] == "same fiscal code as a person in the registry"
    assert str(next(i.detail for i in screen.model.rows if i.outcome == Outcome.LINKED)) == (
        "stesso codice fiscale di una persona dell'anagrafica")  # the report and the log keep the Italian


def test_why_no_certificate_in_english(qtbot, ctx, english):
    from equilibri_desktop.ui.screens.events.certificates_tab import CertificatesTab

    event = office_event(ctx.db, registered=1)
    tab = _shown(qtbot, CertificatesTab(ctx))
    tab.show_event(event.uuid)
    reasons = [tab.not_qualified.data(tab.not_qualified.index(row, 5)) for row in range(tab.not_qualified.rowCount())]
    assert reasons == ["no attendance recorded"]


def test_who_holds_up_the_evaluation_in_english(qtbot, ctx, english):
    from equilibri_desktop.services.grants.evaluation_dto import Completeness, MissingMember
    from equilibri_desktop.ui.screens.grants.evaluation_screen import EvaluationScreen
    from equilibri_desktop.ui.service_messages import said

    call = make_call(ctx.db)
    add_member(ctx.db, call, "anna.verdi", "Anna Verdi", "presidente")
    add_member(ctx.db, call, "bruno.neri", "Bruno Neri")
    make_application(ctx.db, call, add_woman(ctx.db, "Rossi", "Maria"), status=ApplicationStatus.AMMISSIBILE.value,
                     received_at=datetime(2026, 4, 10, 9, 0, tzinfo=UTC), business_name="Piccoli Passi")
    act_as(ctx.db, "anna.verdi")
    screen = _shown(qtbot, EvaluationScreen(ctx))
    tip = screen.ui.applications_table.item(0, 6).toolTip()
    assert tip == ("Anna Verdi: declaration on conflict of interest; "
                   "Bruno Neri: declaration on conflict of interest")
    # The ranking's warning words the same coded text: criteria still to score, and nobody left to score.
    partial = Completeness(None, "R-1", "1/2026", False, 0, (MissingMember("Bruno Neri", False, ("C1", "C2")),),
                           False)
    assert said(partial.missing_text) == "Bruno Neri: criteria C1, C2"
    assert str(partial.missing_text) == "Bruno Neri: criteri C1, C2"
    nobody = Completeness(None, "R-1", "1/2026", False, 0, (), True)
    assert said(nobody.missing_text) == "every member declared a conflict of interest"
