"""Certificates of an event: who reached the minimum attendance and who did not (with the reason), the batch
with progress and cancel, and the one combined PDF for printing."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView

from equilibri_desktop.domain.events.attendance import format_hours
from equilibri_desktop.services.events import certificates, documents
from equilibri_desktop.services.events.documents import CertificateBatch
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.events.rows_model import Col, RowsModel
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.document_files import DocumentFiles


def _columns(with_reason: bool) -> list[Col]:
    cols = [Col(tr("Cognome e nome"), lambda r: r.name), Col(tr("Ente"), lambda r: r.organisation),
            Col(tr("Stato"), lambda r: domain_tr(r.status_label)),
            Col(tr("Ore"), lambda r: format_hours(r.qualification.attended_minutes), right=True),
            Col(tr("Frequenza"), lambda r: f"{r.percent}%".replace(".", ","), right=True)]
    if with_reason:
        cols.append(Col(tr("Motivo"), lambda r: said(r.qualification.reason)))
    else:
        cols.append(Col(tr("Attestato"), lambda r: tr("emesso") if r.certificate_uuid else tr("da emettere")))
    return cols


class CertificatesTab(FormScreen):
    FORM = "events/event_certificates"
    WIDGETS = {"rule_label": QLabel, "qualified_view": QTableView, "not_qualified_view": QTableView,
               "batch_status": QLabel, "issue_button": QPushButton, "print_button": QPushButton}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_uuid = None
        self.combined_path = None
        self.qualified = RowsModel(_columns(False), self)
        self.not_qualified = RowsModel(_columns(True), self)
        for view, model in ((self.ui.qualified_view, self.qualified), (self.ui.not_qualified_view, self.not_qualified)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.issue_button.clicked.connect(self.issue)
        self.ui.print_button.clicked.connect(self.open_combined)
        self.ui.print_button.setEnabled(False)
        can = ctx.db.actor.can
        from equilibri_desktop.domain.access import Permission

        self.ui.issue_button.setVisible(can(Permission.EVENTS_CERTIFY))

    def show_event(self, event_uuid) -> None:
        self.event_uuid = event_uuid
        self.refresh()

    def refresh(self) -> None:
        if self.event_uuid is None:
            return
        overview = certificates.certificate_overview(self.ctx.db, self.event_uuid)
        self.ui.rule_label.setText(tr("Attestato a chi ha frequentato almeno il {pct}% di {hours}.").format(
            pct=f"{overview.min_attendance_pct.normalize():f}".replace(".", ","),
            hours=format_hours(overview.total_minutes)))
        self.qualified.set_rows(overview.qualified)
        self.not_qualified.set_rows(overview.not_qualified)
        todo = sum(1 for r in overview.qualified if r.certificate_uuid is None)
        self.ui.issue_button.setEnabled(todo > 0)
        self.ui.issue_button.setText(tr("&Emetti gli attestati ({n})").format(n=todo))

    def issue(self) -> None:
        event_uuid = self.event_uuid
        run_operation(self, lambda task: documents.issue_certificates(
            self.ctx.db, event_uuid, task.progress, lambda: task.cancel_requested),
            on_success=self._issued, on_cancel=self.refresh, cancellable=True, label=tr("Emissione degli attestati…"))

    def _issued(self, batch: CertificateBatch) -> None:
        self.combined_path = batch.combined_path
        self.ui.print_button.setEnabled(batch.combined_path is not None)
        text = tr("Emessi {n} attestati; {skip} non raggiungono il minimo.").format(
            n=len(batch.issued), skip=len(batch.not_qualified))
        if batch.cancelled:
            text = tr("Interrotto: emessi {n} attestati, gli altri alla prossima emissione.").format(
                n=len(batch.issued))
        self.ui.batch_status.setText(text)
        self.refresh()

    def open_combined(self) -> None:
        if self.combined_path and not DocumentFiles.open_file(self.combined_path):
            Messages.warn(self, tr("Nessun programma per i PDF"), tr("Il file è in {path}.").format(
                path=self.combined_path))
