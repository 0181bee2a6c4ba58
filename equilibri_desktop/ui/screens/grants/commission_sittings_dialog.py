"""Bandi › Commissione › «Verbale: segretario e sedute…»: who takes the minutes, where the commission meets and
each sitting's day with its start and end times, as the minutes print them."""

from __future__ import annotations

import re
import uuid
from datetime import time

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.services.grants import commission_sittings as sittings_service
from equilibri_desktop.services.grants.commission_sittings import CommissionDetails, Sitting
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.widgets.date_edit import format_date, parse_date_text

_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")


def _time_text(value: time | None) -> str:
    return f"{value:%H:%M}" if value else ""


def _parse_time(text: str) -> time | None:
    """"9:30" or "09.30"; empty is None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.fullmatch(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(text)
    return time(int(match.group(1)), int(match.group(2)))


def _error_label(parent: QWidget, field: str) -> QLabel:
    label = QLabel(parent, wordWrap=True)
    label.setObjectName(f"{field}_error")
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class CommissionDetailsDialog(QDialog):
    def __init__(self, ctx: AppContext, call_uuid: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commission_details_dialog")
        self.setWindowTitle(tr("Verbale della commissione"))
        self.setMinimumWidth(640)
        self.ctx, self.call_uuid = ctx, call_uuid
        self.commission_secretary_edit = QLineEdit(self)
        self.commission_secretary_edit.setObjectName("commission_secretary_edit")
        self.commission_place_edit = QLineEdit(self)
        self.commission_place_edit.setObjectName("commission_place_edit")
        self.sittings_table = QTableWidget(0, 4, self)
        self.sittings_table.setObjectName("sittings_table")
        self.sittings_table.setHorizontalHeaderLabels([tr("Giorno"), tr("Inizio"), tr("Fine"),
                                                       tr("Luogo (se diverso)")])
        self.sittings_table.verticalHeader().hide()
        self.sittings_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.sittings_table.setTabKeyNavigation(False)
        add, remove = QPushButton(tr("Aggiungi &seduta"), self), QPushButton(tr("&Togli seduta"), self)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(lambda: self.sittings_table.removeRow(self.sittings_table.currentRow()))
        form = QFormLayout()
        for field, caption, edit in (("commission_secretary", tr("Segretario &verbalizzante"),
                                      self.commission_secretary_edit),
                                     ("commission_place", tr("&Luogo delle sedute"), self.commission_place_edit)):
            label = QLabel(caption, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", _error_label(self, field))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(QLabel(tr("Sedute (giorno gg/mm/aaaa, orari hh:mm): il verbale le riporta."), self))
        column.addWidget(self.sittings_table)
        column.addWidget(_error_label(self, "sittings"))
        column.addLayout(buttons_row)
        column.addWidget(buttons)
        details = run_now(self, lambda: sittings_service.load_commission_details(ctx.db, call_uuid))[1]
        if details is not None:
            self.commission_secretary_edit.setText(details.secretary)
            self.commission_place_edit.setText(details.place)
            for sitting in details.sittings:
                self.add_row(sitting)

    def add_row(self, sitting: Sitting | None = None) -> None:
        row = self.sittings_table.rowCount()
        self.sittings_table.insertRow(row)
        values = (format_date(sitting.held_on), _time_text(sitting.starts_at), _time_text(sitting.ends_at),
                  sitting.place) if isinstance(sitting, Sitting) else ("", "", "", "")
        for column, text in enumerate(values):
            self.sittings_table.setItem(row, column, QTableWidgetItem(text))
        if not isinstance(sitting, Sitting):
            self.sittings_table.setCurrentCell(row, 0)
            self.sittings_table.setFocus()

    def _cell(self, row: int, column: int) -> str:
        item = self.sittings_table.item(row, column)
        return item.text().strip() if item else ""

    def details(self) -> CommissionDetails:
        """What was typed; a wrong day or time raises ValueError naming the row."""
        sittings = []
        for row in range(self.sittings_table.rowCount()):
            texts = [self._cell(row, column) for column in range(4)]
            if not any(texts):
                continue
            try:
                day = parse_date_text(texts[0])
                if day is None:
                    raise ValueError(texts[0])
                sittings.append(Sitting(day, _parse_time(texts[1]), _parse_time(texts[2]), texts[3]))
            except ValueError:
                raise ValueError(tr("Riga {row}: scrivi il giorno come gg/mm/aaaa e gli orari come hh:mm.").format(
                    row=row + 1)) from None
        return CommissionDetails(self.commission_secretary_edit.text(), self.commission_place_edit.text(),
                                 tuple(sittings))

    def accept(self) -> None:
        clear_field_errors(self)
        try:
            details = self.details()
        except ValueError as error:
            label = self.findChild(QLabel, "sittings_error")
            label.setText(str(error))
            label.show()
            return
        run_operation(self, lambda: sittings_service.save_commission_details(self.ctx.db, self.call_uuid, details),
                      on_success=lambda _saved: QDialog.accept(self), form=self,
                      label=tr("Salvataggio del verbale"), error_title=tr("Dati del verbale non salvati"))
