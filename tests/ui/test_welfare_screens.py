"""Welfare screens driven like a consultant: a new engagement from the keyboard, questionnaires typed with
Enter, an import refused then accepted, results with withheld groups, a plan showing the treatment of its
year, indicators exported."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt

from equilibri_desktop.domain.welfare.engagement import MeetingInput
from equilibri_desktop.services.welfare import engagements
from equilibri_desktop.ui.operations import operations_running
from tests.welfare_helpers import engagement, organisation, survey_row, write_xlsx


def _idle(qtbot):
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=10000)


def _show_active(qtbot, widget):
    """Shortcuts reach only the active window: on a real X server a shown window is not active by itself."""
    widget.show()
    qtbot.waitExposed(widget, timeout=5000)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    _idle(qtbot)


@pytest.fixture
def screen(qtbot, ctx):
    from equilibri_desktop.ui.screens.welfare.engagements_screen import (
        EngagementsScreen,
    )

    widget = EngagementsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    _show_active(qtbot, widget)
    return widget


def test_new_engagement_from_the_keyboard(qtbot, ctx):
    organisation(ctx.db, "Officine Riunite srl")
    from equilibri_desktop.ui.screens.welfare.engagements_screen import (
        EngagementsScreen,
    )

    screen = EngagementsScreen(ctx)
    qtbot.addWidget(screen)
    _show_active(qtbot, screen)
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = screen.card
    assert card.ui.title_edit.hasFocus() or screen.ui.tabs.currentWidget() is card
    qtbot.keyClicks(card.ui.title_edit, "Welfare Officine")
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot)
    assert card.form.findChild(type(card.ui.status_label), "organisations_error").isVisibleTo(card)
    card.ui.firm_combo.setCurrentIndex(card.ui.firm_combo.findText("Officine Riunite srl"))
    qtbot.mouseClick(card.ui.add_firm_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot)
    assert screen.detail is not None and screen.detail.firms[0].name == "Officine Riunite srl"
    assert [r.title for r in engagements.search_engagements(ctx.db)] == ["Welfare Officine"]
    assert screen.model.rowCount() == 1


def _pick(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def test_questionnaires_typed_with_enter_and_refused_when_incomplete(qtbot, ctx, screen):
    e = engagement(ctx.db, organisation(ctx.db, "Officine Riunite srl"))
    screen.refresh()
    _idle(qtbot)
    assert screen.detail.uuid == e.uuid
    tab = screen.survey
    screen.ui.tabs.setCurrentWidget(tab)
    qtbot.keyClick(tab.ui.sesso_edit, Qt.Key.Key_Return)  # nothing chosen yet
    _idle(qtbot)
    assert tab.form.findChild(type(tab.ui.count_label), "sesso_error").isVisibleTo(tab)
    for _ in range(6):
        _pick(tab.ui.sesso_edit, "F")
        _pick(tab.ui.eta_edit, "30-39")
        _pick(tab.ui.contratto_edit, "indeterminato")
        _pick(tab.ui.nucleo_edit, "coppia_figli")
        tab.ui.interesse_childcare_edit.setValue(5)
        qtbot.keyClick(tab.ui.interesse_childcare_edit, Qt.Key.Key_Return)
        _idle(qtbot)
    assert engagements.get_engagement(ctx.db, e.uuid).responses == 6
    assert "6" in tab.ui.count_label.text() and tab.ui.sesso_edit.currentIndex() == -1
    screen.ui.tabs.setCurrentWidget(screen.results)
    _idle(qtbot)
    table = screen.results.ui.results_view
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert any("Donna (6)" in h for h in headers)
    assert table.item(0, 1).text().startswith("5,0")
    assert screen.results.ui.interest_chart_box.findChild(QChartView) is not None


def test_import_wizard_refuses_a_bad_file_then_imports_a_good_one(qtbot, ctx, screen, tmp_path):
    e = engagement(ctx.db, organisation(ctx.db, "Officine Riunite srl"))
    screen.refresh()
    _idle(qtbot)
    screen.open_import()
    dialog = screen.import_dialog
    bad = [survey_row(i) for i in range(5)]
    bad[1] = bad[1][:3] + ("0",) + bad[1][4:]
    dialog.file_edit.setText(str(write_xlsx(tmp_path / "bad.xlsx", bad)))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert dialog.report_view.rowCount() == 1 and dialog.report_view.item(0, 0).text() == "3"
    assert dialog.report_view.item(0, 1).text() == "eta" and not dialog.import_button.isEnabled()
    dialog.file_edit.setText(str(write_xlsx(tmp_path / "ok.xlsx", [survey_row(i) for i in range(9)])))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert engagements.get_engagement(ctx.db, e.uuid).responses == 9
    assert "9" in screen.survey.ui.count_label.text()
    screen.ui.tabs.setCurrentWidget(screen.results)
    _idle(qtbot)
    # 5 women and 4 men: the men's column is withheld
    table = screen.results.ui.results_view
    assert table.horizontalHeaderItem(3).text().startswith("Uomo") and table.item(0, 3).text() == "n.d."
    assert "Uomo" in screen.results.ui.suppressed_label.text() and table.item(0, 2).text() != "n.d."


def test_plan_shows_the_treatment_of_its_year(qtbot, ctx, screen):
    engagement(ctx.db, organisation(ctx.db, "Officine Riunite srl"))
    screen.refresh()
    _idle(qtbot)
    plan = screen.plan
    screen.ui.tabs.setCurrentWidget(plan)
    plan.ui.year_edit.setValue(2026)
    plan.ui.labour_costs_edit.setText("900.000,00")
    plan.ui.catalogue_combo.setCurrentIndex(plan.ui.catalogue_combo.findData("buoni_acquisto"))
    qtbot.mouseClick(plan.ui.add_measure_button, Qt.MouseButton.LeftButton)
    plan.ui.measures_view.item(0, 2).setText("1.500,00")
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot)
    table = plan.ui.measures_view
    assert table.item(0, 6).text() == "Tassato" and "2026" in table.horizontalHeaderItem(6).text()
    assert "L. 207/2024" in table.item(0, 8).text() and "supera la soglia" in plan.ui.warnings_label.text()
    table.item(0, 5).setCheckState(Qt.CheckState.Checked)  # workers with dependent children: € 2.000
    qtbot.mouseClick(plan.ui.save_plan_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert plan.ui.measures_view.item(0, 6).text() == "Esente" and not plan.ui.warnings_label.text()
    assert "STIMA" in plan.ui.estimate_label.text() and "Premi di risultato 2026" in plan.ui.deductibility_label.text()


def test_indicators_export(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from equilibri_desktop.ui.screens.welfare.indicators_screen import IndicatorsScreen

    e = engagement(ctx.db, organisation(ctx.db, "Officine Riunite srl"))
    engagements.add_meeting(ctx.db, e.uuid, MeetingInput(e.started_on, Decimal(3), "Avvio"))
    screen = IndicatorsScreen(ctx)
    qtbot.addWidget(screen)
    _idle(qtbot)
    assert screen.ui.indicators_view.item(0, 1).text() == "1"
    target = tmp_path / "indicatori.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(screen.ui.export_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert target.is_file()


def test_the_area_lists_the_welfare_screens_for_an_operator():
    from equilibri_desktop.domain.access import Actor, Role
    from equilibri_desktop.ui.navigation import SCREENS

    operator = Actor("op", roles=frozenset({Role.OPERATORE}))
    keys = {s.key for s in SCREENS if s.area == "Consulenza PMI" and s.allowed(operator)}
    assert keys == {"welfare_engagements", "welfare_indicators"}
    assert not any(s.allowed(Actor("c", roles=frozenset({Role.COMMISSARIO}))) for s in SCREENS
                   if s.area == "Consulenza PMI")


def test_meetings_add_up_their_hours(qtbot, ctx, screen):
    e = engagement(ctx.db, organisation(ctx.db, "Officine Riunite srl"))
    screen.refresh()
    _idle(qtbot)
    tab = screen.meetings
    tab.ui.hours_edit.setValue(2.5)
    qtbot.keyClicks(tab.ui.topic_edit, "Avvio")
    qtbot.keyClick(tab.ui.topic_edit, Qt.Key.Key_Return)
    _idle(qtbot)
    assert tab.ui.meetings_view.rowCount() == 1 and "2,5" in tab.ui.total_hours_label.text()
    assert tab.form.findChild(type(tab.ui.total_hours_label), "hours_label").text() != tab.ui.total_hours_label.text()
    assert engagements.get_engagement(ctx.db, e.uuid).hours == Decimal("2.5")


def test_printed_documents_appear_in_the_engagements_documents_tab(qtbot, ctx, screen):
    engagement(ctx.db, organisation(ctx.db, "Officine Riunite srl"))
    screen.refresh()
    _idle(qtbot)
    qtbot.mouseClick(screen.card.ui.print_activity_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert "1/" in screen.card.ui.status_label.text()
    assert [d.kind for d in screen.documents.documents] == ["welfare_attivita"]
