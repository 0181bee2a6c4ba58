"""How the tranche panel shows the checks of a tranche, its conditions (green or red) and whether it can be
paid now — display only, no actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidget

from equilibri_desktop.services.grants.payment_dto import (
    CheckRow,
    ConditionRow,
    TrancheRow,
)
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.grants.payments_common import (
    MET_COLOUR,
    MISSING_COLOUR,
    coloured,
    date_item,
    day,
    fill_row,
)
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


def fill_checks(table: QTableWidget, checks: Sequence[CheckRow]) -> None:
    """One row per kind of check; a check recorded on another tranche (RNA, publication) says so."""
    table.blockSignals(True)
    table.setRowCount(len(checks))
    for row, check in enumerate(checks):
        outcome = "" if check.passed is None else tr("Positivo") if check.passed else tr("Negativo")
        if check.from_other_tranche:
            outcome += tr(" (da altra tranche)")
        fill_row(table, row, [SortableItem(domain_tr(check.label)), date_item(check.checked_on),
                              coloured(SortableItem(outcome), check.passed), SortableItem(check.reference)],
                 check.kind)
    table.blockSignals(False)


def fill_conditions(listing: QListWidget, conditions: Sequence[ConditionRow]) -> None:
    """Met conditions in green with a tick; missing ones in red with the reason."""
    listing.clear()
    for condition in conditions:
        item = QListWidgetItem(f"✔ {domain_tr(condition.label)}" if condition.met else f"✘ {condition.message}")
        item.setForeground(QBrush(MET_COLOUR if condition.met else MISSING_COLOUR))
        item.setToolTip(condition.message or domain_tr(condition.label))
        listing.addItem(item)


def payment_state_text(tranche: TrancheRow | None, can_approve: bool) -> str:
    """The line under the payment fields: paid (and any override), blocked, or ready."""
    if tranche is None:
        return ""
    if not tranche.is_open:
        text = tr("Tranche «{status}» il {day}.").format(status=domain_tr(tranche.status_label),
                                                         day=day(tranche.paid_on))
        if tranche.override_reason:
            text += " " + tr("Pagata con deroga da {user}: {reason}").format(user=tranche.override_by,
                                                                             reason=tranche.override_reason)
        return text
    if tranche.missing:
        text = (tr("Pagamento bloccato: manca 1 condizione (in rosso).") if len(tranche.missing) == 1 else
                tr("Pagamento bloccato: mancano {n} condizioni (in rosso).").format(n=len(tranche.missing)))
        return text + ("" if can_approve else " " + tr("Solo il responsabile del procedimento può pagare."))
    text = tr("Tutte le condizioni sono soddisfatte per un pagamento del {day}.").format(
        day=day(tranche.conditions_on))
    return text + ("" if can_approve else " " + tr("Il pagamento spetta al responsabile del procedimento."))
