"""The attachments tab: files copied into the data folder, opened with the system viewer after checking
that the stored copy still matches its checksum, removed to the trash folder. A tab of its own: its form is
grants/application_attachments_tab; load(values, detail) shows the stored application's files; it collects
nothing (each file is stored as soon as it is added)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.application_parts import ATTACHMENT_KINDS
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.domain.grants.protocol import received_text
from equilibri_desktop.services.grants import attachments as files
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screens.grants.application_dialogs import (
    FileChooser,
    FileOpener,
)
from equilibri_desktop.ui.screens.grants.application_form import load_tab

STATE_COLOURS = {files.INTACT: "#1e6b32", files.CHANGED: "#b00020", files.MISSING: "#b00020"}
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def state_text(state: str) -> str:
    return {files.INTACT: tr("✔ integro"), files.CHANGED: tr("⚠ modificato dopo l'acquisizione"),
            files.MISSING: tr("✖ file mancante")}.get(state, state)


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{n} byte").format(n=size)
    if size < 1024 * 1024:
        return tr("{n} kB").format(n=f"{size / 1024:.0f}")
    return tr("{n} MB").format(n=f"{size / 1024 / 1024:.1f}".replace(".", ","))


def _state_summary(count: int, changed: int) -> str:
    if changed:
        return (tr("Attenzione: 1 allegato non corrisponde più al file acquisito.") if changed == 1 else
                tr("Attenzione: {n} allegati non corrispondono più ai file acquisiti.").format(n=changed))
    return tr("1 allegato, integro.") if count == 1 else tr("{n} allegati, tutti integri.").format(n=count)


class AttachmentsPanel(QObject):
    FORM = "grants/application_attachments_tab"
    WIDGETS: dict[str, type] = {
        "attachments_table": QTableWidget, "attachment_kind_edit": QComboBox, "attachments_status": QLabel,
        **{name: QPushButton for name in ("add_attachment_button", "open_attachment_button",
                                          "verify_attachments_button", "remove_attachment_button")}}

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.widget, self.ui = load_tab(self)
        ui = self.ui
        self.ctx = ctx
        self.owner = self.widget  # what its messages and operations belong to
        self.application_uuid: uuid.UUID | None = None
        self.entries: list[files.AttachmentFile] = []
        self._writable = False
        ui.attachment_kind_edit.addItems(ATTACHMENT_KINDS)
        table = ui.attachments_table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (2, 90), (3, 220), (4, 230)):
            table.setColumnWidth(column, width)
        ui.add_attachment_button.clicked.connect(self.add)
        ui.open_attachment_button.clicked.connect(self.open_current)
        ui.verify_attachments_button.clicked.connect(self.refresh)
        ui.remove_attachment_button.clicked.connect(self.remove_current)
        table.activated.connect(lambda _index: self.open_current())

    def load(self, _values: ApplicationInput, detail: ApplicationDetail | None) -> None:
        """Files are added to a stored application; removed only while it may still change."""
        writable = self.ctx.db.actor.can(Permission.GRANTS_WRITE)
        self.show_application(detail.uuid if detail else None, writable,
                              writable and (detail is None or detail.editable))

    def collect(self) -> dict[str, object]:
        return {}

    def problems(self) -> dict[str, str]:
        return {}

    def show_application(self, application_uuid: uuid.UUID | None, writable: bool, removable: bool) -> None:
        self.application_uuid, self._writable = application_uuid, writable
        self.ui.add_attachment_button.setEnabled(writable and application_uuid is not None)
        self.ui.remove_attachment_button.setEnabled(removable and application_uuid is not None)
        self.ui.attachments_status.setText("" if application_uuid else tr("Salva la domanda per allegare i file."))
        self.refresh()

    def refresh(self) -> None:
        self.entries = []
        if self.application_uuid is not None:
            self.entries = list(files.verify_attachments(self.ctx.db, self.application_uuid))
        table = self.ui.attachments_table
        table.setRowCount(len(self.entries))
        for row, checked in enumerate(self.entries):
            entry = checked.entry
            texts = (entry.kind, entry.original_name, size_text(entry.size_bytes),
                     f"{received_text(entry.added_at)} — {entry.added_by}", state_text(checked.state))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, entry.uuid)
                if column == 1:
                    item.setToolTip(tr("SHA-256: {digest}").format(digest=entry.sha256))
                if column == 4:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[checked.state])))
                table.setItem(row, column, item)
        changed = sum(not checked.intact for checked in self.entries)
        if self.entries:
            self.ui.attachments_status.setText(_state_summary(len(self.entries), changed))
        self.ui.open_attachment_button.setEnabled(bool(self.entries))

    def _current(self) -> files.AttachmentFile | None:
        row = self.ui.attachments_table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def add(self) -> None:
        if self.application_uuid is None or not self._writable:
            return
        kind, application_uuid = self.ui.attachment_kind_edit.currentText(), self.application_uuid
        added = []
        # One operation per file, in order on the database writer: a file refused does not stop the others.
        for path in FileChooser.choose(self.owner):
            run_operation(self.owner, self._adding(application_uuid, path, kind),
                          on_success=lambda entry: self._added(added, entry), on_failure=lambda _e: self.refresh(),
                          label=tr("Copia dell'allegato…"), error_title=tr("Allegato non aggiunto"))

    def _adding(self, application_uuid, path: str, kind: str):
        return lambda: files.add_attachment(self.ctx.db, application_uuid, path, kind)

    def _added(self, added: list, entry) -> None:
        added.append(entry)
        self.refresh()
        self.ui.attachments_status.setText(tr("File allegati: {n}, copiati nella cartella dei dati.").format(
            n=len(added)))

    def open_current(self) -> None:
        current = self._current()
        if current is None:
            return
        found, checked = run_now(self.owner, lambda: files.open_attachment(self.ctx.db, current.entry.uuid),
                                 error_title=tr("Allegato non disponibile"))
        if not found:
            return
        if checked.state == files.MISSING:
            Messages.warn(self.owner, tr("File mancante"), tr("Il file non è più nella cartella dei dati: {path}")
                          .format(path=checked.path))
            return
        if checked.state == files.CHANGED and not Messages.confirm(
                self.owner, tr("File modificato"),
                tr("Il file non corrisponde più a quello acquisito (l'impronta SHA-256 è diversa): qualcuno lo ha "
                   "modificato nella cartella dei dati. Aprirlo comunque?"), ok_label=tr("Apri comunque")):
            return
        FileOpener.open(checked.path)

    def remove_current(self) -> None:
        current = self._current()
        if current is None or not Messages.confirm(
                self.owner, tr("Togli l'allegato"),
                tr("Togliere «{name}» dalla domanda? Il file viene spostato nel cestino della cartella dei dati.")
                .format(name=current.entry.original_name), ok_label=tr("Togli")):
            return
        run_operation(self.owner, lambda: files.remove_attachment(self.ctx.db, current.entry.uuid,
                                                                  current.entry.version),
                      on_success=lambda _r: self.refresh(), on_failure=lambda _e: self.refresh(),
                      error_title=tr("Allegato non tolto"))
