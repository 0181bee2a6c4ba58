"""The documents of one record, embedded in its screen: `DocumentsPanel(ctx).set_record(record_type, uuid)`.

Lists what was generated (number, kind, date, author, signed copy), opens and prints it, attaches the
signed copy, and offers the "Genera" actions that suit the record (a ranking, an application, a call);
generation runs in the background, the batch of grant communications with progress and cancel.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.documents.dto import DocumentRef, write_permission
from equilibri_desktop.services.grants import document_batch, procedure_documents
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.services.grants.document_actions import (
    BATCH_COMMUNICATIONS,
    DocumentAction,
    document_actions,
)
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.service_messages import error_text
from equilibri_desktop.ui.tasks import TaskContext, run_task
from equilibri_desktop.ui.widgets.document_files import (
    DocumentFiles,
    SelectedDocumentActions,
)
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

ACTION_LABELS = {
    "determinazione": QT_TRANSLATE_NOOP("DocumentsPanel", "Determinazione"),
    "allegato_a": QT_TRANSLATE_NOOP("DocumentsPanel", "Allegato A"),
    "allegato_b": QT_TRANSLATE_NOOP("DocumentsPanel", "Allegato B"),
    BATCH_COMMUNICATIONS: QT_TRANSLATE_NOOP("DocumentsPanel", "Comunicazioni di concessione"),
    "esclusione": QT_TRANSLATE_NOOP("DocumentsPanel", "Lettera di esclusione / preavviso"),
    "concessione": QT_TRANSLATE_NOOP("DocumentsPanel", "Comunicazione di concessione"),
    "revoca": QT_TRANSLATE_NOOP("DocumentsPanel", "Revoca"),
    "verbale": QT_TRANSLATE_NOOP("DocumentsPanel", "Verbale della commissione"),
    "verbale_riservato": QT_TRANSLATE_NOOP("DocumentsPanel", "Allegato riservato al verbale"),
    "informativa": QT_TRANSLATE_NOOP("DocumentsPanel", "Informativa privacy"),
    "nomina_commissione": QT_TRANSLATE_NOOP("DocumentsPanel", "Nomina della commissione"),
    "graduatoria_provvisoria": QT_TRANSLATE_NOOP("DocumentsPanel", "Approvazione graduatoria provvisoria"),
    "soccorso_istruttorio": QT_TRANSLATE_NOOP("DocumentsPanel", "Richiesta di integrazione"),
    "accettazione": QT_TRANSLATE_NOOP("DocumentsPanel", "Modulo di accettazione"),
    "avvio_revoca": QT_TRANSLATE_NOOP("DocumentsPanel", "Avvio della revoca"),
}
COLUMNS = (QT_TRANSLATE_NOOP("DocumentsPanel", "Numero"), QT_TRANSLATE_NOOP("DocumentsPanel", "Documento"),
           QT_TRANSLATE_NOOP("DocumentsPanel", "Data"), QT_TRANSLATE_NOOP("DocumentsPanel", "Autore"),
           QT_TRANSLATE_NOOP("DocumentsPanel", "Copia firmata"))


def _generator(key: str) -> Callable[..., Any]:
    return {
        "determinazione": grant_documents.generate_decision,
        "allegato_a": lambda db, record: grant_documents.generate_annex(db, record, "A"),
        "allegato_b": lambda db, record: grant_documents.generate_annex(db, record, "B"),
        "esclusione": grant_documents.generate_exclusion_letter,
        "concessione": grant_documents.generate_grant_communication,
        "revoca": grant_documents.generate_revocation,
        "verbale": grant_documents.generate_minutes,
        "verbale_riservato": grant_documents.generate_minutes_annex,
        "informativa": procedure_documents.generate_privacy_notice,
        "nomina_commissione": procedure_documents.generate_commission_appointment,
        "graduatoria_provvisoria": procedure_documents.generate_provisional_ranking_act,
        "soccorso_istruttorio": procedure_documents.generate_integration_request,
        "accettazione": procedure_documents.generate_acceptance_form,
        "avvio_revoca": procedure_documents.generate_revocation_notice,
    }[key]


class DocumentsPanel(SelectedDocumentActions, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = ""
        self.record_uuid: uuid.UUID | None = None
        self.documents: tuple[DocumentRef, ...] = ()
        self.actions: tuple[DocumentAction, ...] = ()
        self.generate_buttons: dict[str, QPushButton] = {}
        self.busy = False
        self.setObjectName("documents_panel")
        self.empty_label = QLabel(objectName="documents_empty", wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="documents_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("DocumentsPanel", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # A decision with its two annexes and a signed copy: four rows in view without scrolling.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * rows
                                    + 2 * self.table.frameWidth())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        # Letters clear of the menu bar (&File, &Aiuto): the panel sits inside screens of the main window.
        self.open_button = QPushButton(tr("Ap&ri"), objectName="documents_open_button")
        self.open_signed_button = QPushButton(tr("Apri copia fir&mata"), objectName="documents_open_signed_button")
        self.print_button = QPushButton(tr("Stam&pa"), objectName="documents_print_button")
        self.attach_button = QPushButton(tr("Allega copia firmata…"), objectName="documents_attach_button")
        self.open_button.clicked.connect(self.open_selected)
        self.open_signed_button.clicked.connect(self.open_signed_copy)
        self.print_button.clicked.connect(self.print_selected)
        self.attach_button.clicked.connect(self.attach_signed_copy)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        file_row = QHBoxLayout()
        for button in (self.open_button, self.open_signed_button, self.print_button, self.attach_button):
            file_row.addWidget(button)
        file_row.addStretch(1)
        self.generate_label = QLabel(tr("Genera:"), objectName="documents_generate_label")
        self.generate_row = QHBoxLayout()
        self.generate_row.addWidget(self.generate_label)
        self.generate_row.addStretch(1)
        self.status_label = QLabel(objectName="documents_status", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(file_row)
        layout.addLayout(self.generate_row)
        layout.addWidget(self.status_label)
        self.set_record("", None)

    # --- record ---------------------------------------------------------------------------
    def set_record(self, record_type: str, record_uuid: uuid.UUID | None) -> None:
        self.record_type, self.record_uuid = record_type, record_uuid
        self.status_label.clear()
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        if self.record_uuid is None:
            self.documents, self.actions = (), ()
        else:
            self.documents = document_register.list_documents(self.ctx.db, self.record_type, self.record_uuid)
            self.actions = document_actions(self.ctx.db, self.record_type, self.record_uuid)
        self._rebuild_generate_buttons()  # before the table: selecting a row updates the buttons
        self._fill_table(chosen.uuid if chosen else None)
        self._update_buttons()

    def _fill_table(self, keep: uuid.UUID | None) -> None:
        table = self.table
        table.setRowCount(len(self.documents))
        for row, doc in enumerate(self.documents):
            cells = (SortableItem(f"{doc.number}/{doc.year}", (doc.year, doc.number)), SortableItem(doc.kind_label),
                     SortableItem(f"{doc.issued_on:%d/%m/%Y}", doc.issued_on), SortableItem(doc.created_by),
                     SortableItem(tr("sì") if doc.has_signed_copy else tr("no")))
            for column, cell in enumerate(cells):
                cell.setData(Qt.ItemDataRole.UserRole, str(doc.uuid))
                table.setItem(row, column, cell)
            if doc.uuid == keep:
                table.selectRow(row)
        if self.documents and not table.selectedItems():
            table.selectRow(0)
        if self.record_uuid is None:
            self.empty_label.setText(tr("Nessun record scelto."))
        else:
            self.empty_label.setText(tr("Nessun documento generato per questo record."))
        self.empty_label.setVisible(not self.documents)

    def _rebuild_generate_buttons(self) -> None:
        for button in self.generate_buttons.values():
            self.generate_row.removeWidget(button)
            button.deleteLater()
        self.generate_buttons = {}
        for position, action in enumerate(self.actions, start=1):
            label = QCoreApplication.translate("DocumentsPanel", ACTION_LABELS.get(action.key, action.key))
            button = QPushButton(label, objectName=f"generate_{action.key}_button")
            button.setToolTip(action.reason)
            button.clicked.connect(lambda _checked=False, key=action.key: self.generate(key))
            self.generate_row.insertWidget(position, button)
            self.generate_buttons[action.key] = button
        self.generate_label.setVisible(bool(self.actions))

    def selected(self) -> DocumentRef | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        wanted = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((d for d in self.documents if str(d.uuid) == wanted), None)

    def _update_buttons(self) -> None:
        doc = self.selected()
        can_write = self.ctx.db.actor.can(write_permission(self.record_type))
        for button in (self.open_button, self.print_button):
            button.setEnabled(doc is not None)
        self.open_signed_button.setEnabled(doc is not None and doc.has_signed_copy)
        self.attach_button.setEnabled(doc is not None and can_write and not self.busy)
        self.attach_button.setVisible(can_write)
        available = {action.key: action.available for action in self.actions}
        for key, button in self.generate_buttons.items():
            button.setEnabled(available.get(key, False) and not self.busy)


    def attach_signed_copy(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        source = DocumentFiles.choose_signed_copy(self)
        if source is None:
            return
        run_operation(self, lambda: document_register.attach_signed_copy(self.ctx.db, doc.uuid, source),
                      on_success=self._signed_copy_attached, error_title=tr("Copia firmata non allegata"))

    def _signed_copy_attached(self, updated) -> None:
        self.refresh()
        self.status_label.setText(tr("Copia firmata allegata al documento n. {number} (impronta {sha}…).").format(
            number=updated.number_label, sha=updated.signed_copy_sha256[:12]))

    # --- generation -----------------------------------------------------------------------
    def generate(self, key: str) -> None:
        if self.record_uuid is None or self.busy:
            return
        record, db = self.record_uuid, self.ctx.db
        if key == BATCH_COMMUNICATIONS:
            def work(task: TaskContext):
                return grant_documents.generate_grant_communications(
                    db, record, lambda done, total: task.progress(done, total, tr(
                        "Comunicazione {done} di {total}…").format(done=done, total=total)),
                    lambda: task.cancel_requested)
            label, cancellable = tr("Generazione delle comunicazioni di concessione…"), True
        else:
            generate = _generator(key)

            def work(_task: TaskContext):
                return generate(db, record)
            label, cancellable = tr("Generazione del documento…"), False
        self.busy = True
        self._update_buttons()
        self.status_label.setText(label)
        run_task(work, parent=self, label=label, on_done=lambda result: self._generated(key, result),
                 on_error=self._failed, cancellable=cancellable)

    def _generated(self, key: str, result) -> None:
        self.busy = False
        self.refresh()
        if key != BATCH_COMMUNICATIONS:
            self.status_label.setText(tr("Generato: {kind} n. {number}.").format(
                kind=result.kind_label, number=result.number_label))
            return
        total = len(grant_documents.funded_applications(self.ctx.db, self.record_uuid))
        if len(result) < total:
            text = tr("Generazione interrotta: {done} comunicazioni su {total}; quelle generate sono nelle schede "
                      "delle domande.").format(done=len(result), total=total)
        else:
            text = tr("Generate {done} comunicazioni di concessione; sono nelle schede delle domande.").format(
                done=len(result))
        self.status_label.setText(text)
        if result:  # the letters of the batch as one PDF, to print at once
            documents = [ref.uuid for ref in result]
            run_operation(self, lambda: document_batch.combine_for_printing(self.ctx.db, documents, "comunicazioni"),
                          writes=False, on_success=DocumentFiles.open_file, label=tr("Unione delle comunicazioni…"))
        Messages.inform(self, tr("Comunicazioni di concessione"), text)

    def _failed(self, error: Exception, details: str) -> None:
        self.busy = False
        self.refresh()
        self.status_label.clear()
        if isinstance(error, DomainError):
            Messages.warn(self, tr("Documento non generato"), error_text(error))
        else:
            Messages.error_details(self, tr("Documento non generato"), tr(
                "Errore imprevisto durante la generazione del documento."), details)
