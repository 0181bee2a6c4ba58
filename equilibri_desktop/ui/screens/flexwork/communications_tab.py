"""The Ministry of Labour's communications of the pathway: deadlines (near or past ones in red), the export of the
chosen rows in the Ministry's layout (xlsx, or CSV), and the date sent with the receipt. The app never sends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.flexwork.codes import CommunicationType
from equilibri_desktop.domain.flexwork.ministry import is_near
from equilibri_desktop.services.flexwork import communications
from equilibri_desktop.services.flexwork.dto import CommunicationRow, ExportResult, PathwayDetail
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.flexwork.fields import Designed
from equilibri_desktop.ui.screens.welfare.common import fill_table
from equilibri_desktop.ui.widgets.date_edit import DateEdit

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
URGENT = QColor("#b00020")


def _day(value) -> tuple[str, int]:
    return (f"{value:%d/%m/%Y}", value.toordinal()) if value else ("—", 0)


class CommunicationsTab(Designed, QWidget):
    FORM = "flexwork/communications"
    WIDGETS = {"pending_only_check": QCheckBox, "export_ministry_button": QPushButton, "export_csv_button": QPushButton,
               "communications_view": QTableWidget, "summary_label": QLabel, "sent_fields": QWidget,
               "sent_on_edit": DateEdit, "receipt_edit": QLineEdit, "mark_sent_button": QPushButton,
               "cancel_communication_button": QPushButton}
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pathway: PathwayDetail | None = None
        self.rows: tuple[CommunicationRow, ...] = ()
        ui = self.load_designed()
        self.pending_only = ui.pending_only_check
        self.pending_only.toggled.connect(lambda _v: self.refresh())
        self.view, self.summary = ui.communications_view, ui.summary_label
        self.export_button = ui.export_ministry_button
        self.export_button.clicked.connect(lambda: self.export(as_csv=False))
        self.csv_button = ui.export_csv_button
        self.csv_button.clicked.connect(lambda: self.export(as_csv=True))
        self.sent_form = ui.sent_fields
        self.sent_on, self.receipt = ui.sent_on_edit, ui.receipt_edit
        self.receipt.returnPressed.connect(self.mark_sent)
        self.sent_button = ui.mark_sent_button
        self.sent_button.clicked.connect(self.mark_sent)
        self.cancel_button = ui.cancel_communication_button
        self.cancel_button.clicked.connect(self.cancel_communication)
        self.cancel_button.setEnabled(False)
        self.view.itemSelectionChanged.connect(self._selection_changed)

    def load(self, pathway: PathwayDetail | None) -> None:
        self.pathway = pathway
        self.setEnabled(pathway is not None)
        self.sent_on.setDate(office_today())
        self.refresh()

    def refresh(self) -> None:
        if self.pathway is None:
            self._show(())
            return
        pathway_uuid, pending = self.pathway.uuid, self.pending_only.isChecked()
        run_operation(self, lambda: communications.list_communications(self.ctx.db, pathway_uuid, pending),
                      on_success=self._show, writes=False)

    def _show(self, rows: tuple[CommunicationRow, ...]) -> None:
        self.rows = rows
        today = office_today()
        self.view.setSortingEnabled(False)
        fill_table(self.view, [tr("Lavoratore"), tr("Tipo"), tr("Evento"), tr("Scadenza"), tr("Esportata"),
                               tr("Inviata"), tr("Ricevuta")],
                   [(r.worker, domain_tr(r.kind.label), _day(r.event_on), _day(r.due_on), _day(r.exported_on),
                     _day(r.sent_on), r.receipt) for r in rows], stretch=0)
        for index, r in enumerate(rows):
            self.view.item(index, 0).setData(UUID_ROLE, r.uuid)
            if r.sent_on is None and is_near(r.due_on, today):
                self.view.item(index, 3).setForeground(QBrush(URGENT))
        self.view.setSortingEnabled(True)
        self._selection_changed()
        waiting = [r for r in rows if r.sent_on is None]
        late = [r for r in waiting if r.due_on < today]
        self.summary.setText(tr("{n} comunicazioni da inviare, {late} scadute.").format(n=len(waiting),
                                                                                           late=len(late)))

    def chosen(self) -> tuple:
        rows = sorted({item.row() for item in self.view.selectedItems()})
        return tuple(self.view.item(row, 0).data(UUID_ROLE) for row in rows)

    def export(self, as_csv: bool) -> None:
        chosen = self.chosen() or tuple(r.uuid for r in self.rows if r.sent_on is None)
        suffix, label = ("csv", tr("Testo separato da punto e virgola (*.csv)")) if as_csv else \
            ("xlsx", tr("Cartella di lavoro Excel (*.xlsx)"))
        name = f"lavoro-agile-ministero-{office_today():%Y%m%d}.{suffix}"
        path, _filter = QFileDialog.getSaveFileName(self, tr("Esporta per il Ministero"), str(Path.home() / name),
                                                    label)
        if path:
            self.export_to(path, chosen, as_csv)

    def export_to(self, path: str, chosen: tuple, as_csv: bool = False) -> None:
        run_operation(self, lambda: communications.export_communications(self.ctx.db, chosen, path, as_csv),
                      on_success=self._exported, error_title=tr("Esportazione non eseguita"))

    def _exported(self, result: ExportResult) -> None:
        self.refresh()
        Messages.inform(self, tr("Esportazione completata"),
                        tr("{n} comunicazioni salvate in {p}.").format(n=result.rows, p=result.path))

    def mark_sent(self) -> None:
        chosen = self.chosen()
        if len(chosen) != 1:
            Messages.inform(self, tr("Registra l'invio"), tr("Scegli una comunicazione nell'elenco."))
            return
        sent_on, receipt = self.sent_on.date(), self.receipt.text()
        run_operation(self, lambda: communications.mark_sent(self.ctx.db, chosen[0], sent_on, receipt),
                      on_success=self._sent, form=self.sent_form, error_title=tr("Invio non registrato"))

    def _cancellable(self) -> CommunicationRow | None:
        """The one chosen communication, when it was sent and is not itself an annullamento."""
        chosen = self.chosen()
        row = next((r for r in self.rows if len(chosen) == 1 and r.uuid == chosen[0]), None)
        return row if row and row.sent_on is not None and row.kind is not CommunicationType.CANCEL else None

    def _selection_changed(self) -> None:
        self.cancel_button.setEnabled(self._cancellable() is not None)

    def cancel_communication(self) -> None:
        row = self._cancellable()
        if row is None or not Messages.confirm(
                self, tr("Annullare la comunicazione?"),
                tr("La comunicazione di {kind} per {worker} (ricevuta {receipt}) è stata inviata per errore: si "
                   "prepara l'annullamento da inviare al Ministero.").format(
                    kind=domain_tr(row.kind.label).lower(), worker=row.worker, receipt=row.receipt),
                tr("Prepara l'&annullamento")):
            return
        run_operation(self, lambda: communications.cancel_communication(self.ctx.db, row.uuid),
                      on_success=self._sent, error_title=tr("Annullamento non registrato"))

    def _sent(self, _row: CommunicationRow) -> None:
        self.receipt.clear()
        self.refresh()
        self.changed.emit()
