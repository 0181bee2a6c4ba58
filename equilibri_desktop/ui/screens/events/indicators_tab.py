"""Indicators of the event or of a period (participants by sex, age band, municipality, kind; hours;
certificates) and their xlsx export."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QTableView,
)

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.events import indicators
from equilibri_desktop.services.events.indicators import Indicators
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.events.rows_model import Col, RowsModel
from equilibri_desktop.ui.widgets.date_edit import DateEdit


def indicator_rows(data: Indicators) -> list[tuple[str, str, str]]:
    rows = [(tr("Totali"), tr("Eventi"), str(data.events)), (tr("Totali"), tr("Partecipanti presenti"),
                                                              str(data.participants)),
            (tr("Totali"), tr("Iscrizioni"), str(data.registrations)),
            (tr("Totali"), tr("Ore erogate"), str(data.hours_delivered).replace(".", ",")),
            (tr("Totali"), tr("Attestati"), str(data.certificates))]
    for group, pairs in ((tr("Sesso"), data.by_sex), (tr("Fascia d'età"), data.by_age),
                         (tr("Comune"), data.by_municipality), (tr("Tipo di partecipante"), data.by_kind),
                         (tr("Tipo di evento"), data.by_event_kind)):
        rows += [(group, _shown(label), str(n)) for label, n in pairs]
    return rows


def _shown(label: str) -> str:
    """The service's words in the interface language (its xlsx keeps them in Italian); kinds through the domain's
    catalogue; municipalities as they are."""
    words = {"Donne": tr("Donne"), "Uomini": tr("Uomini"), "Non indicato": tr("Non indicato"),
             "fino a 17": tr("fino a 17"), "65 e oltre": tr("65 e oltre"), "non indicata": tr("non indicata")}
    return words.get(label) or domain_tr(label)


class IndicatorsTab(FormScreen):
    FORM = "events/event_indicators"
    WIDGETS = {"event_radio": QRadioButton, "period_radio": QRadioButton, "start_edit": DateEdit,
               "end_edit": DateEdit, "compute_button": QPushButton, "export_button": QPushButton,
               "indicators_view": QTableView}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_uuid = None
        self.data: Indicators | None = None
        today = office_today()
        self.ui.start_edit.setDate(date(today.year, 1, 1))
        self.ui.end_edit.setDate(date(today.year, 12, 31))
        self.model = RowsModel([Col(tr("Gruppo"), lambda r: r[0]), Col(tr("Voce"), lambda r: r[1]),
                                Col(tr("Valore"), lambda r: r[2], right=True)], self)
        self.ui.indicators_view.setModel(self.model)
        self.ui.indicators_view.verticalHeader().hide()
        self.ui.indicators_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.compute_button.clicked.connect(self.refresh)
        self.ui.event_radio.toggled.connect(lambda _on: self.refresh())
        self.ui.export_button.clicked.connect(self.export)

    def show_event(self, event_uuid) -> None:
        self.event_uuid = event_uuid
        self.refresh()

    def refresh(self) -> None:
        if self.ui.event_radio.isChecked():
            if self.event_uuid is None:
                return
            self.data = indicators.event_indicators(self.ctx.db, self.event_uuid, office_today())
        else:
            start, end = self.ui.start_edit.date(), self.ui.end_edit.date()
            if not (start and end):
                return
            self.data = indicators.period_indicators(self.ctx.db, start, end)
        self.model.set_rows(indicator_rows(self.data))

    @staticmethod
    def ask_path(parent) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, tr("Esporta gli indicatori"), "indicatori-eventi.xlsx",
                                              tr("Cartella di lavoro Excel (*.xlsx)"))
        return path

    def export(self) -> None:
        if self.data is None:
            return
        path = self.ask_path(self)
        if not path:
            return
        from pathlib import Path

        data = self.data
        run_operation(self, lambda: indicators.export_indicators(self.ctx.db, data, Path(path)),
                      label=tr("Esportazione…"), on_success=lambda written: Messages.inform(
                          self, tr("Esportazione"), tr("Indicatori esportati in {path}").format(path=written)))
