"""The list's actions on several records: delete (with confirmation), merge two, import a file and
export the current view to .xlsx in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.registry.deletion import Deletion, delete_several
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.registry.list_screen import ListScreen
from equilibri_desktop.ui.service_messages import error_text
from equilibri_desktop.ui.tasks import run_task


def ask_export_path(parent, title: str, suggested: Path) -> Path | None:
    """The save dialog (tests replace this function)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), tr("Cartella di lavoro Excel (*.xlsx)"))
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")


class ListActions:
    def __init__(self, screen: ListScreen):
        self.screen = screen
        self.merge_dialog = None
        self.import_wizard = None
        self.last_export = None

    @property
    def ctx(self):
        return self.screen.ctx

    # --- delete ---------------------------------------------------------------------------
    def delete_selected(self) -> None:
        screen = self.screen
        rows = screen.selected_rows()
        if not rows or not screen.ui.delete_button.isEnabled():
            return
        names = "\n".join(f"• {screen.row_label(row)}" for row in rows[:10])
        more = tr("\n… e altre {n}").format(n=len(rows) - 10) if len(rows) > 10 else ""
        question = (tr("Eliminare questa scheda?") if len(rows) == 1
                    else tr("Eliminare queste {n} schede?").format(n=len(rows)))
        if not Messages.confirm(screen, tr("Elimina"), f"{question}\n\n{names}{more}\n\n" + tr(
                "L'eliminazione resta nel registro delle attività. Se sono doppioni, usa «Unisci» per non perdere "
                "i collegamenti."), ok_label=tr("Elimina")):
            return
        records = [(row.uuid, row.version, screen.row_label(row)) for row in rows]
        run_operation(screen, lambda: delete_several(self.ctx.db, screen.DELETE, records), on_success=self._deleted,
                      on_failure=lambda _error: screen.refresh())

    def _deleted(self, outcome: Deletion) -> None:
        screen = self.screen
        screen.refresh()
        screen.show_status(tr("Schede eliminate: {n}.").format(n=outcome.deleted) if outcome.deleted else "")
        if outcome.refused:
            Messages.warn(screen, tr("Eliminazione non eseguita"),
                          "\n\n".join(f"{label}: {why}" for label, why in outcome.refused))

    # --- merge ----------------------------------------------------------------------------
    def merge_selected(self) -> None:
        from equilibri_desktop.ui.screens.registry.merge_dialog import MergeDialog, merge_kind

        rows = self.screen.selected_rows()
        if len(rows) != 2 or not self.screen.ui.merge_button.isEnabled():
            return
        kind, db, first, second = self.screen.KIND, self.ctx.db, rows[0].uuid, rows[1].uuid
        fetch = merge_kind(kind).fetch

        def opened(records) -> None:
            dialog = MergeDialog(self.ctx, kind, first, second, self.screen, records=records)
            dialog.merged.connect(self._merged)
            self.merge_dialog = dialog
            dialog.open()  # window-modal, without a nested event loop

        # Both records are read first: one deleted or merged by a colleague meanwhile is explained.
        run_operation(self.screen, lambda: (fetch(db, first), fetch(db, second)), on_success=opened, writes=False,
                      error_title=tr("Unione non possibile"))

    def _merged(self, kept_uuid) -> None:
        self.screen.refresh()
        self.screen.select_uuid(kept_uuid)
        self.screen.show_status(tr("Schede unite: i collegamenti sono stati spostati sulla scheda conservata."))

    # --- import ---------------------------------------------------------------------------
    def start_import(self) -> None:
        from equilibri_desktop.ui.screens.registry.import_wizard import ImportWizard

        if not self.screen.ui.import_button.isEnabled():
            return
        wizard = ImportWizard(self.ctx, self.screen.KIND, self.screen)
        wizard.imported.connect(lambda _result: self.screen.refresh())
        self.import_wizard = wizard
        wizard.open()

    # --- export ---------------------------------------------------------------------------
    def export_view(self) -> None:
        screen = self.screen
        if not screen.ui.export_button.isEnabled():
            return
        stem = tr("persone") if screen.KIND == "persons" else tr("enti")
        suggested = self.ctx.config.documents_dir / f"{stem}-{office_today():%Y%m%d}.xlsx"
        path = ask_export_path(screen, tr("Esporta l'elenco in Excel"), suggested)
        if path is None:
            return
        criteria = screen.criteria()  # the view as shown, with its order
        sort_key, descending = screen.model.sort_column()
        screen.ui.export_button.setEnabled(False)
        run_task(lambda _task: screen.export(path, criteria, sort_key or "name", descending), parent=screen,
                 label=tr("Esportazione dell'elenco…"), on_done=self._exported, on_error=self._export_failed,
                 cancellable=False)

    def _exported(self, result) -> None:
        self.screen.ui.export_button.setEnabled(True)
        self.last_export = result
        Messages.inform(self.screen, tr("Esportazione completata"), self.screen.export_message(result))

    def _export_failed(self, error: Exception, _details: str) -> None:
        self.screen.ui.export_button.setEnabled(True)
        if not isinstance(error, (DomainError, OSError)):
            raise error
        Messages.warn(self.screen, tr("Esportazione non eseguita"), error_text(error))
