"""Individual agile-work agreements of the pathway's organisation: the list (printed or not) and the form, with
the law's checks shown next to the fields while typing (notice, bands) and again on saving; print as PDF/A."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.flexwork import agreements, documents, settings
from equilibri_desktop.services.flexwork.agreements import RECORD_TYPE
from equilibri_desktop.services.flexwork.dto import AgreementDetail, AgreementRow, PathwayDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.flexwork.agreement_form import AgreementForm
from equilibri_desktop.ui.screens.flexwork.fields import (
    ERROR_STYLE,
    scrolling,
)
from equilibri_desktop.ui.screens.flexwork.withdrawal_dialog import WithdrawalDialog
from equilibri_desktop.ui.screens.welfare.common import fill_table
from equilibri_desktop.ui.widgets.documents_panel import DocumentsPanel

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgreementsTab(QWidget):
    changed = Signal()
    printed = Signal(object)  # DocumentRef

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pathway: PathwayDetail | None = None
        self.current: AgreementDetail | None = None
        self.view = QTableWidget()
        self.view.setObjectName("agreements_view")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.itemSelectionChanged.connect(self._row_chosen)
        self.count_label = QLabel()
        self.form = AgreementForm(ctx)
        self.new_button = QPushButton(tr("&Nuovo accordo"))
        self.new_button.setObjectName("new_agreement_button")
        self.new_button.clicked.connect(lambda: self.load_agreement(None))
        self.save_button = QPushButton(tr("&Salva l'accordo"))
        self.save_button.setObjectName("save_agreement_button")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(tr("Stam&pa (PDF/A)"))
        self.print_button.setObjectName("print_agreement_button")
        self.print_button.clicked.connect(self.print_agreement)
        self.withdraw_button = QPushButton(tr("&Recesso…"))
        self.withdraw_button.setObjectName("withdraw_agreement_button")
        self.withdraw_button.clicked.connect(self.open_withdrawal)
        # How long the office keeps agreements (5 years from signature by law, DM 149/2022): an office setting.
        self.retention = QSpinBox()
        self.retention.setObjectName("retention_years_edit")
        self.retention.setRange(1, 50)
        self.retention.setSuffix(tr(" anni"))
        self.retention_button = QPushButton(tr("Imposta la c&onservazione"))
        self.retention_button.setObjectName("retention_button")
        self.retention_button.clicked.connect(self.save_retention)
        self.retention_error = QLabel()
        self.retention_error.setObjectName("retention_years_error")
        self.retention_error.setStyleSheet(ERROR_STYLE)
        self.retention_error.hide()
        self.retention_box = QWidget()
        retention_row = QHBoxLayout(self.retention_box)
        retention_row.setContentsMargins(0, 0, 0, 0)
        retention_row.addWidget(QLabel(tr("Conservazione degli accordi dalla firma:")))
        retention_row.addWidget(self.retention)
        retention_row.addWidget(self.retention_button)
        retention_row.addWidget(self.retention_error, 1)
        manager = ctx.db.actor.can(Permission.SETTINGS_MANAGE)
        self.retention.setEnabled(manager)
        self.retention_button.setVisible(manager)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.count_label)
        top_layout.addWidget(self.retention_box)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.print_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        # The chosen agreement's printed copies (and signed scans) carry the worker's data: they live with the
        # agreement, readable only by who handles agreements, one tab away from its form.
        self.documents = DocumentsPanel(ctx)
        self.pages = QTabWidget()
        self.pages.addTab(scrolling(bottom), tr("Accordo"))
        self.pages.addTab(self.documents, tr("Copie stampate"))
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- list --------------------------------------------------------------------------------------
    def load(self, pathway: PathwayDetail | None) -> None:
        self.pathway = pathway
        self.setEnabled(pathway is not None)
        self.load_agreement(None)
        self.refresh()

    def refresh(self) -> None:
        run_operation(self, lambda: settings.retention_years(self.ctx.db), on_success=self.retention.setValue,
                      writes=False)
        if self.pathway is None:
            self._show_rows(())
            return
        pathway_uuid = self.pathway.uuid
        run_operation(self, lambda: agreements.list_agreements(self.ctx.db, pathway_uuid), on_success=self._show_rows,
                      writes=False)

    def _show_rows(self, rows: tuple[AgreementRow, ...]) -> None:
        fill_table(self.view, [tr("Lavoratore"), tr("Inizio"), tr("Fine"), tr("Giorni agili"), tr("Priorità"),
                               tr("Stampato")],
                   [(r.worker, (f"{r.start_on:%d/%m/%Y}", r.start_on.toordinal()),
                     (f"{r.end_on:%d/%m/%Y}", r.end_on.toordinal()) if r.end_on else ("—", 0),
                     (str(r.remote_days), r.remote_days), domain_tr(r.priority), tr("sì") if r.printed else tr("no"))
                    for r in rows], stretch=0, right=(3,))
        for row, r in enumerate(rows):
            self.view.item(row, 0).setData(UUID_ROLE, r.uuid)
        printed = sum(1 for r in rows if r.printed)
        self.count_label.setText(tr("{n} accordi, {p} stampati").format(n=len(rows), p=printed))

    def _row_chosen(self) -> None:
        items = self.view.selectedItems()
        if not items:
            return
        agreement_uuid = self.view.item(items[0].row(), 0).data(UUID_ROLE)
        if self.current and self.current.uuid == agreement_uuid:
            return
        run_operation(self, lambda: agreements.get_agreement(self.ctx.db, agreement_uuid),
                      on_success=self.load_agreement, writes=False)

    # --- form --------------------------------------------------------------------------------------
    def load_agreement(self, detail: AgreementDetail | None) -> None:
        self.current = detail
        regulation = self.pathway.regulation if self.pathway else None
        self.form.contact_band_required = bool(self.pathway and self.pathway.contact_band_required)
        self.form.load(detail, regulation.tools if regulation else "")
        self.print_button.setEnabled(detail is not None)
        self.save_button.setEnabled(detail is None or detail.withdrawn_on is None)
        self.withdraw_button.setEnabled(detail is not None and detail.withdrawn_on is None)
        self.documents.set_record(RECORD_TYPE, detail.uuid if detail else None)

    def save(self) -> None:
        if self.pathway is None:
            return
        data, pathway_uuid, current = self.form.collect(), self.pathway.uuid, self.current
        run_operation(self, lambda: agreements.save_agreement(
            self.ctx.db, pathway_uuid, data, current.uuid if current else None, current.version if current else None),
            on_success=self._saved, form=self.form, error_title=tr("Accordo non salvato"))

    def _saved(self, detail: AgreementDetail) -> None:
        self.load_agreement(detail)
        self.refresh()
        self.changed.emit()

    def print_agreement(self) -> None:
        if self.current is None:
            return
        agreement_uuid = self.current.uuid
        run_operation(self, lambda: documents.print_agreement(self.ctx.db, agreement_uuid),
                      on_success=self._printed, error_title=tr("Stampa non eseguita"))

    def _printed(self, ref) -> None:
        self.documents.refresh()
        self.refresh()
        self.printed.emit(ref)

    def open_withdrawal(self) -> None:
        if self.current is None:
            return
        self.withdrawal = WithdrawalDialog(self.ctx, self.current, self)
        self.withdrawal.withdrawn.connect(self._saved)
        self.withdrawal.open()

    def save_retention(self) -> None:
        years = self.retention.value()
        run_operation(self, lambda: settings.set_retention_years(self.ctx.db, years),
                      on_success=self.retention.setValue, form=self.retention_box,
                      error_title=tr("Impostazione non salvata"))
