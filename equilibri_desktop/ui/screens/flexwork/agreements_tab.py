"""Individual agile-work agreements of the pathway's organisation: the list (printed or not) and the form, with
the law's checks shown next to the fields while typing (notice, bands) and again on saving; print as PDF/A."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QSplitter, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.flexwork import agreements, documents, settings
from equilibri_desktop.services.flexwork.agreements import RECORD_TYPE
from equilibri_desktop.services.flexwork.dto import AgreementDetail, AgreementRow, PathwayDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.forms import child
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.flexwork.agreement_form import AgreementForm
from equilibri_desktop.ui.screens.flexwork.fields import Designed, fill_keyed, focus_chain, set_tab_chain
from equilibri_desktop.ui.screens.flexwork.withdrawal_dialog import WithdrawalDialog
from equilibri_desktop.ui.widgets.documents_panel import DocumentsPanel

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgreementsTab(Designed, QWidget):
    FORM = "flexwork/agreements"
    WIDGETS = {"agreements_view": QTableWidget, "count_label": QLabel, "retention_box": QWidget,
               "retention_years_edit": QSpinBox, "retention_button": QPushButton, "new_agreement_button": QPushButton,
               "save_agreement_button": QPushButton, "print_agreement_button": QPushButton,
               "withdraw_agreement_button": QPushButton, "pages": QTabWidget, "splitter": QSplitter}
    changed = Signal()
    printed = Signal(object)  # DocumentRef

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pathway: PathwayDetail | None = None
        self.current: AgreementDetail | None = None
        ui = self.load_designed()
        self.view, self.count_label = ui.agreements_view, ui.count_label
        self.view.itemSelectionChanged.connect(self._row_chosen)
        self.form = AgreementForm(ctx)
        child(self.designed, QVBoxLayout, "agreement_form_slot").addWidget(self.form)
        self.new_button = ui.new_agreement_button
        self.new_button.clicked.connect(lambda: self.load_agreement(None))
        self.save_button = ui.save_agreement_button
        self.save_button.clicked.connect(self.save)
        self.print_button = ui.print_agreement_button
        self.print_button.clicked.connect(self.print_agreement)
        self.withdraw_button = ui.withdraw_agreement_button
        self.withdraw_button.clicked.connect(self.open_withdrawal)
        # How long the office keeps agreements (5 years from signature by law, DM 149/2022): an office setting.
        self.retention, self.retention_box = ui.retention_years_edit, ui.retention_box
        self.retention_button = ui.retention_button
        self.retention_button.clicked.connect(self.save_retention)
        manager = ctx.db.actor.can(Permission.SETTINGS_MANAGE)
        self.retention.setEnabled(manager)
        self.retention_button.setVisible(manager)
        # The chosen agreement's printed copies (and signed scans) carry the worker's data: they live with the
        # agreement, readable only by who handles agreements, one tab away from its form.
        self.documents = DocumentsPanel(ctx)
        child(self.designed, QVBoxLayout, "copies_slot").addWidget(self.documents)
        self.pages = ui.pages
        ui.splitter.setStretchFactor(1, 3)
        # the form takes the keyboard after the list (Designer's tab order stops at its own widgets)
        set_tab_chain(self.retention_button, *focus_chain(self.form), self.new_button)

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
        fill_keyed(self.view, [tr("Lavoratore"), tr("Inizio"), tr("Fine"), tr("Giorni agili"), tr("Priorità"),
                               tr("Stampato")],
                   [(r.worker, (f"{r.start_on:%d/%m/%Y}", r.start_on.toordinal()),
                     (f"{r.end_on:%d/%m/%Y}", r.end_on.toordinal()) if r.end_on else ("—", 0),
                     (str(r.remote_days), r.remote_days), domain_tr(r.priority), tr("sì") if r.printed else tr("no"))
                    for r in rows], [r.uuid for r in rows], UUID_ROLE, stretch=0, right=(3,))
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
