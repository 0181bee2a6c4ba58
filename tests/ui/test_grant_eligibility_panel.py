"""The eligibility panel of an application: compute, confirm everything, change one outcome with a reason."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.services.grants import eligibility as grant_eligibility
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.grants.eligibility_dialog import OutcomeDialog
from equilibri_desktop.ui.screens.grants.eligibility_panel import EligibilityPanel
from tests.grant_helpers import add_woman, make_application, make_call
from tests.ui.registry_ui import WAIT_MS


def settle(qtbot) -> None:
    """The panel runs the services through the operation runner: wait for them."""
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)


def panel_for(qtbot, ctx, **fields) -> tuple[EligibilityPanel, object]:
    application = make_application(ctx.db, make_call(ctx.db), add_woman(ctx.db), **fields)
    panel = EligibilityPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    qtbot.waitExposed(panel, timeout=WAIT_MS)
    panel.set_application(application.uuid)
    settle(qtbot)
    return panel, application


def column(panel: EligibilityPanel, number: int) -> list[str]:
    return [panel.table.item(row, number).text() for row in range(panel.table.rowCount())]


def test_nothing_chosen_nothing_to_do(qtbot, ctx):
    panel = EligibilityPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.summary_label.text().startswith("Una domanda nuova: compila le schede, poi «Protocolla».")
    assert not any(b.isEnabled() for b in (panel.recompute_button, panel.confirm_all_button, panel.change_button))


def test_compute_then_confirm_everything(qtbot, ctx):
    panel, application = panel_for(qtbot, ctx, own_cofinancing_cents=1_000_00)
    assert ("si calcolano con «Avvia istruttoria»" in panel.summary_label.text()
            and not panel.confirm_all_button.isEnabled())
    # Nothing to recompute before the formal check has run: disabled, and the button says where it starts.
    assert not panel.recompute_button.isEnabled() and "Avvia istruttoria" in panel.recompute_button.toolTip()
    grant_eligibility.compute_eligibility(ctx.db, application.uuid)  # what «Avvia istruttoria» does
    panel.set_application(application.uuid)
    settle(qtbot)
    assert panel.recompute_button.isEnabled() and "ricalcola" in panel.recompute_button.toolTip()
    seen = []
    panel.changed.connect(seen.append)
    qtbot.mouseClick(panel.recompute_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert panel.table.rowCount() == 8
    assert column(panel, 0)[:2] == ["Richiedente donna", "Età alla scadenza del bando"]
    computed = dict(zip(column(panel, 0), column(panel, 1), strict=True))
    # € 1.000 of € 16.000 is 6,25%, under the 20% the call asks; no declarations on file.
    assert computed["Cofinanziamento minimo"] == "✖ Non soddisfatto"
    assert computed["Dichiarazioni sostitutive rese"] == "? Da verificare"
    assert computed["Richiedente donna"] == "✔ Soddisfatto"
    ko_row = column(panel, 0).index("Cofinanziamento minimo")
    assert panel.table.item(ko_row, 1).foreground().color().name() == "#b00020"
    assert "6,25%" in panel.table.item(ko_row, 2).text()
    qtbot.mouseClick(panel.confirm_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert column(panel, 3).count("da confermare") == 1  # only the line to verify stays open
    assert "Non ammissibile" in panel.summary_label.text()
    assert len(seen) == 2 and seen[-1].eligible is False
    assert grant_eligibility.get_checklist(ctx.db, application.uuid) == seen[-1]


def test_changing_an_outcome_asks_the_reason(qtbot, ctx, monkeypatch):
    panel, _ = panel_for(qtbot, ctx)
    panel.recompute()
    settle(qtbot)
    asked = []

    def answer(parent, row):
        asked.append(row.rule)
        return "ko", "Residenza trasferita a Lodi prima della domanda"

    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(lambda cls, parent, row: answer(parent, row)))
    panel.table.selectRow(column(panel, 0).index("Residenza in un comune ammesso"))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter on a row opens the question, like the button
    settle(qtbot)
    assert asked == ["residenza"]
    row = column(panel, 0).index("Residenza in un comune ammesso")
    assert panel.table.item(row, 3).text() == "✖ Non soddisfatto" and panel.table.item(row, 3).font().bold()
    assert panel.table.item(row, 4).text().startswith("Residenza trasferita a Lodi prima della domanda — ")
    assert panel.table.selectionModel().selectedRows()[0].row() == row  # the line stays selected


def test_an_operator_cannot_reverse_a_computed_outcome(qtbot, ctx, dialogs, monkeypatch):
    panel, _ = panel_for(qtbot, ctx)
    panel.recompute()
    settle(qtbot)
    ctx.db.actor = Actor("operatore.test", roles=frozenset({Role.OPERATORE}))
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(lambda cls, parent, row: ("ko", "Motivo scritto bene")))
    panel.table.selectRow(0)
    panel.change_outcome()
    settle(qtbot)
    assert dialogs.titles("warn") == ["Operazione non riuscita"] and "grants.decide" in dialogs.texts("warn")[0]
    assert panel.table.item(0, 3).text() == "da confermare"


def test_a_reader_sees_the_checklist_but_cannot_change_it(qtbot, ctx):
    panel, application = panel_for(qtbot, ctx)
    grant_eligibility.compute_eligibility(ctx.db, application.uuid)
    ctx.db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    panel.set_application(application.uuid)
    settle(qtbot)
    panel.table.selectRow(0)
    assert panel.table.rowCount() == 8
    assert not any(b.isEnabled() for b in (panel.recompute_button, panel.confirm_all_button, panel.change_button))


def test_the_dialog_wants_a_reason_only_when_the_outcome_differs(qtbot, ctx):
    panel, _ = panel_for(qtbot, ctx)
    panel.recompute()
    settle(qtbot)
    row = panel.checklist.rows[0]  # computed ok
    dialog = OutcomeDialog(row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ko_choice.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error_label.isVisible()
    dialog.reason_edit.setPlainText("Codice fiscale di un'altra persona")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.outcome() == "ko"
    same = OutcomeDialog(row)
    qtbot.addWidget(same)
    same.accept()
    assert same.result() == QDialog.DialogCode.Accepted and (same.outcome(), same.reason()) == ("ok", "")


def test_the_details_follow_the_interface_language(qtbot, ctx, english):
    """The rules store what they found as codes: the English interface words them in English (the Italian text
    stays for the documents), including an occupational status named inside a detail."""
    panel, application = panel_for(qtbot, ctx, own_cofinancing_cents=1_000_00)
    grant_eligibility.compute_eligibility(ctx.db, application.uuid)
    panel.set_application(application.uuid)
    settle(qtbot)
    details = column(panel, 2)
    stored = [row.detail for row in grant_eligibility.get_checklist(ctx.db, application.uuid).rows]
    assert len(details) == 8 and all(details) and not set(details) & set(stored)
    assert not [text for text in details if re.search(r"[àèéìòù]|\b(anni|Ricevuta|Residente|dichiarazion)", text)]
    assert any("6,25%" in text and "minimum 20,00%" in text for text in details)
    pending = panel.summary_label.text()
    assert "Declarations" in pending or "declarations" in pending, pending  # the open line named in English
