"""The two decision tables of the merge screen: a conflict's fields with the value at the kit, in the field and in
the office side by side (authors and times) and a choice per field; a likely match's registry candidates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.domain.field.conflicts import Choice
from equilibri_desktop.services.field.dto import Conflict, MergeItem
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.events.rows_model import day
from equilibri_desktop.ui.screens.field.merge_labels import field_label


def _value(value, field: str = "") -> str:
    if field == "status" and value in {s.value for s in ParticipantStatus}:
        return domain_tr(ParticipantStatus(value).label)  # the registration's status: its label, not its code
    if value is True:
        return tr("sì")
    if value is False:
        return tr("no")
    return tr("(vuoto)") if value in (None, "") else str(value)


def _when(at) -> str:
    return f"{at.astimezone():%d/%m/%Y %H:%M}" if at else ""


def prepare(conflicts: QTableWidget, candidates: QTableWidget) -> None:
    conflicts.setColumnCount(5)
    conflicts.setHorizontalHeaderLabels([tr("Dato"), tr("Nel kit"), tr("Sul campo"), tr("In ufficio"), tr("Scelta")])
    conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    conflicts.verticalHeader().hide()
    candidates.setColumnCount(4)
    candidates.setHorizontalHeaderLabels([tr("In anagrafica"), tr("Nata/o il"), tr("Comune"), tr("Somiglianza")])
    candidates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    candidates.horizontalHeader().setStretchLastSection(True)
    candidates.verticalHeader().hide()


def show(item: MergeItem | None, conflicts: QTableWidget, candidates: QTableWidget,
         chosen: Callable[[Conflict], Choice | None], on_choose: Callable[[Conflict, str], None]) -> None:
    conflicts.setRowCount(0)
    candidates.setRowCount(0)
    if item is None:
        return
    conflicts.setRowCount(len(item.conflicts))
    for n, c in enumerate(item.conflicts):
        conflicts.setItem(n, 0, QTableWidgetItem(field_label(c.field)))
        conflicts.setItem(n, 1, QTableWidgetItem(_value(c.base, c.field)))
        conflicts.setItem(n, 2, QTableWidgetItem(
            f"{_value(c.field_value, c.field)}\n{c.field_author} {_when(c.field_at)}"))
        conflicts.setItem(n, 3, QTableWidgetItem(
            f"{_value(c.office_value, c.field)}\n{c.office_author} {_when(c.office_at)}"))
        combo = QComboBox(objectName=f"choice_{n}")
        for value, text in (("", tr("— scegli —")), (Choice.FIELD.value, tr("Tieni il campo")),
                            (Choice.OFFICE.value, tr("Tieni l'ufficio"))):
            combo.addItem(text, value)
        current = chosen(c)
        combo.setCurrentIndex(combo.findData(current.value) if current else 0)
        combo.activated.connect(lambda _i, c=c, combo=combo: on_choose(c, combo.currentData()))
        conflicts.setCellWidget(n, 4, combo)
    conflicts.resizeRowsToContents()
    candidates.setRowCount(len(item.candidates))
    for n, m in enumerate(item.candidates):
        for col, text in enumerate((m.name, day(m.birth_date), m.municipality, f"{m.score:.0f}%")):
            candidates.setItem(n, col, QTableWidgetItem(text))
    if item.candidates:
        candidates.selectRow(0)
