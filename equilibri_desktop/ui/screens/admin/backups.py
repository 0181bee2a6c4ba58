"""Amministrazione › Copie di sicurezza: list, make and restore copies; how many to keep and where."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from equilibri_desktop.domain.backup_policy import BackupSettings
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.services.admin import backups, maintenance
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.formatting import local_datetime
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import (
    FormScreen,
    clear_field_errors,
)
from equilibri_desktop.ui.service_messages import error_text
from equilibri_desktop.ui.tasks import run_task
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

REASONS = {
    "avvio": QT_TRANSLATE_NOOP("Backups", "all'avvio"),
    "chiusura": QT_TRANSLATE_NOOP("Backups", "alla chiusura"),
    "manuale": QT_TRANSLATE_NOOP("Backups", "manuale"),
    "prima-aggiornamento": QT_TRANSLATE_NOOP("Backups", "prima di un aggiornamento"),
    "prima-ripristino": QT_TRANSLATE_NOOP("Backups", "prima di un ripristino"),
}
COUNT_FIELDS = ("keep_newest", "keep_daily_days", "keep_weekly_weeks", "warn_after_days")
SETTING_FIELDS = (*COUNT_FIELDS, "second_folder")


class BackupsScreen(FormScreen):
    FORM = "admin/backups"
    WIDGETS = {
        "folder_label": QLabel,
        "backups_table": QTableWidget,
        "status_label": QLabel,
        "open_folder_button": QPushButton,
        "restore_button": QPushButton,
        "backup_button": QPushButton,
        "settings_group": QGroupBox,
        **{f"{name}_edit": QSpinBox for name in COUNT_FIELDS},
        **{f"{name}_error": QLabel for name in SETTING_FIELDS},
        "second_folder_edit": QLineEdit,
        "second_folder_button": QPushButton,
        "save_settings_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._settings = BackupSettings()
        header = self.ui.backups_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.backups_table.verticalHeader().hide()
        self.ui.backup_button.clicked.connect(self.backup_now)
        self.ui.restore_button.clicked.connect(self.restore)
        self.ui.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.config.backup_dir))))
        self.ui.backups_table.doubleClicked.connect(self.restore)
        self.ui.second_folder_button.clicked.connect(self.choose_second_folder)
        self.ui.save_settings_button.clicked.connect(self.save_settings)
        self.ui.second_folder_edit.returnPressed.connect(self.save_settings)
        if not ctx.config.is_sqlite:
            self.ui.folder_label.setText(maintenance.POSTGRES_BACKUP_HINT)
            for widget in (self.ui.backup_button, self.ui.restore_button, self.ui.open_folder_button,
                           self.ui.settings_group):
                widget.setEnabled(False)
        else:
            self.ui.folder_label.setText(tr("Cartella delle copie: {folder}").format(folder=ctx.config.backup_dir))
        self.load()

    # --- list -----------------------------------------------------------------------------
    def load(self) -> None:
        """Everything again (after a restore the settings come from the restored database)."""
        self._settings = backups.get_backup_settings(self.ctx.db)
        self._show_settings(self._settings)
        self.refresh()

    def database_replaced(self) -> None:
        self.load()

    def refresh(self) -> None:
        items = backups.list_backups(self.ctx.db)
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

    # --- copy and restore -----------------------------------------------------------------
    def backup_now(self) -> None:
        run_task(lambda _ctx: backups.make_backup(self.ctx.db, "manuale"),
                 parent=self, label=tr("Copia di sicurezza in corso…"), on_done=self._backup_done,
                 on_error=self._backup_failed, cancellable=False)

    def _backup_done(self, outcome: maintenance.BackupOutcome) -> None:
        self.ui.status_label.setText(
            tr("Copia creata: {name}").format(name=outcome.path.name) if outcome.path else "")
        self.refresh()
        if outcome.warning:
            Messages.warn(self, tr("Seconda cartella non raggiungibile"), outcome.warning)

    def _backup_failed(self, error: Exception, _details: str) -> None:
        self.ui.status_label.setText(tr("Copia non eseguita."))
        Messages.warn(self, tr("Copia non eseguita"), error_text(error))

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
        run_task(lambda _ctx: backups.restore_backup(self.ctx.db, source),
                 parent=self, label=tr("Ripristino in corso…"), on_done=self._restore_done,
                 on_error=self._restore_failed, cancellable=False)

    def _restore_done(self, safety) -> None:
        if self.ctx.navigator is not None:  # the shell reloads every screen (this one too), asks for a new login
            self.ctx.navigator.database_replaced.emit()
        else:
            self.load()
        self.ui.status_label.setText(tr("Ripristino completato."))
        Messages.inform(self, tr("Ripristino completato"),
                        tr("La copia è stata ripristinata. Il database sostituito è stato salvato come\n{name}")
                        .format(name=Path(safety).name if safety else "-"))

    def _restore_failed(self, error: Exception, _details: str) -> None:
        self.ui.status_label.setText(tr("Ripristino non eseguito."))
        Messages.warn(self, tr("Ripristino non eseguito"), error_text(error))

    # --- settings -------------------------------------------------------------------------
    def _show_settings(self, settings: BackupSettings) -> None:
        for name in COUNT_FIELDS:
            getattr(self.ui, f"{name}_edit").setValue(getattr(settings, name))
        self.ui.second_folder_edit.setText(settings.second_folder)
        clear_field_errors(self.ui.settings_group)

    def collect_settings(self) -> BackupSettings:
        values = {name: getattr(self.ui, f"{name}_edit").value() for name in COUNT_FIELDS}
        return BackupSettings(**values, second_folder=self.ui.second_folder_edit.text().strip())

    def has_unsaved_changes(self) -> bool:
        current, saved = self.collect_settings(), self._settings
        return any(getattr(current, f.name) != getattr(saved, f.name) for f in fields(BackupSettings))

    def choose_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Scegli la seconda cartella delle copie"),
                                                  self.ui.second_folder_edit.text() or str(Path.home()))
        if folder:
            self.ui.second_folder_edit.setText(folder)

    def save_settings(self) -> None:
        """Through the operation runner: a wrong setting is marked next to its field."""
        settings = self.collect_settings()
        run_operation(self, lambda: backups.save_backup_settings(self.ctx.db, settings),
                      on_success=self._settings_saved, on_failure=self._settings_refused, form=self.ui.settings_group)

    def _settings_saved(self, settings: BackupSettings) -> None:
        self._settings = settings
        self._show_settings(settings)
        self.ui.status_label.setText(tr("Impostazioni delle copie salvate."))

    def _settings_refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.ui.status_label.setText(tr("Correggi i campi segnalati in rosso."))
