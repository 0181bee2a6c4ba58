"""Field mode, last tab: «Chiudi e prepara il rientro» writes the sealed return package; the office's receipt
code, once it matches the last package and nothing was confirmed after it, lets the laptop delete its copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QWidget

from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.domain.field.sealing import SealKey
from equilibri_desktop.services.field import returns
from equilibri_desktop.services.field.dto import FieldStatus, ReturnSummary
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors


class FieldReturnTab(FormScreen):
    FORM = "field/field_return"
    WIDGETS = {"status_label": QLabel, "return_button": QPushButton, "package_label": QLabel,
               "receipt_edit": QLineEdit, "receipt_button": QPushButton, "receipt_error": QLabel}
    data_deleted = Signal()

    def __init__(self, ctx, seal_key: SealKey, parent=None):
        super().__init__(parent)
        # The key derived from the passphrase when the kit was opened: the passphrase itself is not kept.
        self.ctx, self._seal_key = ctx, seal_key
        self.ui.return_button.clicked.connect(self.prepare_return)
        self.ui.receipt_edit.returnPressed.connect(self.confirm_receipt)
        self.ui.receipt_button.clicked.connect(self.confirm_receipt)
        self.refresh()

    @classmethod
    def ask_target(cls, parent: QWidget, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, tr("Dove salvare il pacchetto di rientro"), str(suggested),
                                                tr("Pacchetti di rientro (*.eqr)"))
        return Path(chosen) if chosen else None

    def refresh(self) -> None:
        ok, status = run_now(self, lambda: returns.field_status(self.ctx.db))
        if ok:
            self._show(status)

    def _show(self, status: FieldStatus) -> None:
        self.ui.status_label.setText(tr("Sul portatile: {p} iscrizioni, {a} presenze, {n} note.").format(
            p=status.registrations, a=status.attendance, n=status.notes))
        if status.last_package_at is None:
            text = tr("Nessun pacchetto di rientro ancora preparato.")
        elif status.changed_since_package:
            text = tr("Ultimo pacchetto: {path} ({at}). Dopo di allora ci sono altre registrazioni: prepara un nuovo "
                      "pacchetto prima di chiedere la ricevuta.").format(
                path=status.last_package_path, at=f"{status.last_package_at.astimezone():%d/%m/%Y %H:%M}")
        else:
            text = tr("Ultimo pacchetto: {path} ({at}), completo: portalo in ufficio.").format(
                path=status.last_package_path, at=f"{status.last_package_at.astimezone():%d/%m/%Y %H:%M}")
        self.ui.package_label.setText(text)

    def prepare_return(self) -> None:
        suggested = Path.home() / f"rientro-{office_now():%Y%m%d-%H%M}.eqr"
        target = self.ask_target(self, suggested)
        if target is None:
            return
        db, seal_key = self.ctx.db, self._seal_key
        run_operation(self, lambda: returns.prepare_return(db, target, seal_key, overwrite=True),
                      on_success=self._prepared, label=tr("Preparazione del pacchetto di rientro…"),
                      error_title=tr("Pacchetto non preparato"))

    def forget_key(self) -> None:
        """The window closes: the sealing key is zeroed (a return package needs the kit opened again)."""
        self._seal_key.wipe()

    def _prepared(self, summary: ReturnSummary) -> None:
        self.refresh()
        Messages.inform(self, tr("Pacchetto di rientro pronto"), tr(
            "{path}\n{p} iscrizioni, {a} presenze, {n} note. I dati restano sul portatile fino al codice di "
            "ricevuta dell'ufficio.").format(path=summary.path, p=summary.registrations, a=summary.attendance,
                                             n=summary.notes))

    def confirm_receipt(self) -> None:
        code, db = self.ui.receipt_edit.text(), self.ctx.db
        clear_field_errors(self.form)
        if not code.strip():
            return
        if not Messages.confirm(self, tr("Cancellare i dati del portatile?"), tr(
                "Con la ricevuta dell'ufficio i dati di questo evento vengono cancellati dal portatile. "
                "Il programma si chiude."), ok_label=tr("Cancella i dati")):
            return
        run_operation(self, lambda: returns.forget_field_data(db, code), on_success=lambda _r: self.data_deleted.emit(),
                      label=tr("Verifica della ricevuta…"), error_title=tr("Ricevuta non accettata"))
