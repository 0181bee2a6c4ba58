"""Amministrazione › Copie di sicurezza: list, make, and restore copies of the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
)

from equilibri_desktop.services import maintenance
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.formatting import local_datetime
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.tasks import run_task
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

REASONS = {
    "avvio": QT_TRANSLATE_NOOP("Backups", "all'avvio"),
    "chiusura": QT_TRANSLATE_NOOP("Backups", "alla chiusura"),
    "manuale": QT_TRANSLATE_NOOP("Backups", "manuale"),
    "prima-aggiornamento": QT_TRANSLATE_NOOP("Backups", "prima di un aggiornamento"),
    "prima-ripristino": QT_TRANSLATE_NOOP("Backups", "prima di un ripristino"),
}



class BackupsScreen(FormScreen):
    FORM = "admin/backups"
    WIDGETS = {
        "folder_label": QLabel,
        "backups_table": QTableWidget,
        "status_label": QLabel,
        "open_folder_button": QPushButton,
        "restore_button": QPushButton,
        "backup_button": QPushButton,
    }
    database_replaced = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        header = self.ui.backups_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.backups_table.verticalHeader().hide()
        self.ui.backup_button.clicked.connect(self.backup_now)
        self.ui.restore_button.clicked.connect(self.restore)
        self.ui.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.config.backup_dir))))
        self.ui.backups_table.doubleClicked.connect(self.restore)
        if not ctx.config.is_sqlite:
            self.ui.folder_label.setText(maintenance.POSTGRES_BACKUP_HINT)
            for button in (self.ui.backup_button, self.ui.restore_button, self.ui.open_folder_button):
                button.setEnabled(False)
        else:
            self.ui.folder_label.setText(tr("Cartella delle copie: {folder}").format(folder=ctx.config.backup_dir))
        self.refresh()

    def refresh(self) -> None:
        items = maintenance.list_backups(self.ctx.config) if self.ctx.config.is_sqlite else []
        table = self.ui.backups_table
        table.setSortingEnabled(False)
        table.setRowCount(len(items))
        for row, info in enumerate(items):
            when = SortableItem(local_datetime(info.created_at), info.created_at.timestamp())
            when.setData(Qt.ItemDataRole.UserRole, str(info.path))
            size = SortableItem(f"{info.size_bytes / 1_048_576:.1f} MB".replace(".", ","), info.size_bytes)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = QCoreApplication.translate("Backups", REASONS.get(info.reason, info.reason))
            for column, item in enumerate((when, SortableItem(reason), size, SortableItem(info.path.name))):
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        table.sortItems(0, Qt.SortOrder.DescendingOrder)

    def selected_backup(self) -> Path | None:
        rows = self.ui.backups_table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.ui.backups_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def backup_now(self) -> None:
        run_task(lambda _ctx: maintenance.backup_database(self.ctx.config, "manuale"),
                 parent=self, label=tr("Copia di sicurezza in corso…"), on_done=self._backup_done, cancellable=False)

    def _backup_done(self, path) -> None:
        self.ui.status_label.setText(tr("Copia creata: {name}").format(name=Path(path).name) if path else "")
        self.refresh()

    def restore(self) -> None:
        source = self.selected_backup()
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(self, tr("Scegli la copia da ripristinare"),
                                                    str(self.ctx.config.backup_dir), tr("Copie (*.sqlite3)"))
            if not chosen:
                return
            source = Path(chosen)
        if not Messages.confirm(
                self, tr("Ripristina copia"),
                tr("Il database attuale sarà sostituito dalla copia\n{name}\n\nPrima verrà salvata una copia "
                   "del database attuale. Le modifiche fatte dopo la data della copia non saranno visibili.")
                .format(name=source.name), ok_label=tr("Ripristina")):
            return
        self.ctx.db.dispose()  # no pooled connection may survive the file swap
        run_task(lambda _ctx: maintenance.restore_database(self.ctx.config, source),
                 parent=self, label=tr("Ripristino in corso…"), on_done=self._restore_done,
                 on_error=self._restore_failed, cancellable=False)

    def _restore_done(self, safety) -> None:
        self.refresh()
        self.ui.status_label.setText(tr("Ripristino completato."))
        self.database_replaced.emit()
        Messages.inform(self, tr("Ripristino completato"),
                        tr("La copia è stata ripristinata. Il database sostituito è stato salvato come\n{name}")
                        .format(name=Path(safety).name if safety else "-"))

    def _restore_failed(self, error: Exception, _details: str) -> None:
        self.ui.status_label.setText(tr("Ripristino non eseguito."))
        Messages.warn(self, tr("Ripristino non eseguito"), str(error))
