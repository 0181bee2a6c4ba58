"""What the call form asks of the services: saving (with the reason for a new edition asked first when scoring
has begun and the change alters the result) and moving the call between its states from the «Cambia stato»
menu. It is given the call and what was typed, never the form: the results leave by signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from equilibri_desktop.domain.errors import ValidationError, field_problems
from equilibri_desktop.domain.grants.call_changes import allowed_statuses, result_changes
from equilibri_desktop.domain.grants.call_rules import CallInput, validate_call
from equilibri_desktop.domain.grants.codes import CallStatus
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.services.grants.call_dto import CallDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation


def move_label(current: CallStatus, target: CallStatus) -> str:
    if target is CallStatus.APERTO:
        return tr("Apri il bando alle domande") if current is CallStatus.BOZZA else tr("Riapri il bando alle domande")
    if target is CallStatus.IN_VALUTAZIONE:
        return (tr("Chiudi le domande e avvia la valutazione") if current is CallStatus.APERTO
                else tr("Riporta in valutazione"))
    if target is CallStatus.CONCLUSO:
        return tr("Concludi il bando (graduatoria definitiva approvata)")
    return tr("Riporta in preparazione")


class CallActions(QObject):
    stored = Signal(object)  # CallDetail, after a save
    moved = Signal(object)  # CallDetail, after a change of state
    refused = Signal(object)  # list[FieldError]: what the rules found wrong in what was typed
    note = Signal(str)  # a line for the form's status label
    status_requested = Signal(object)  # CallStatus chosen in the menu

    def __init__(self, ctx: AppContext, status_button: QPushButton, owner: QWidget, form: QWidget):
        super().__init__(owner)
        self.ctx, self.owner, self.form, self.button = ctx, owner, form, status_button
        self.menu = QMenu(status_button)
        status_button.setMenu(self.menu)

    # --- saving -----------------------------------------------------------------------------
    def store(self, detail: CallDetail | None, values: CallInput) -> bool:
        """Start saving `values` over `detail` (a new call when None): False when nothing was started."""
        db = self.ctx.db
        clean, problems = field_problems(validate_call, values)
        if problems:
            self.refused.emit(problems)
            return False
        if detail is None:
            def call():
                return grant_calls.create_call(db, values)
        else:
            reason = ""
            changes = result_changes(detail.to_input(), clean) if detail.scored else ()
            if changes:
                reason = Messages.ask_reason(self.owner, tr("Nuova edizione del bando"), tr(
                    "Le valutazioni della commissione sono già iniziate e hai cambiato: {changes}.\n"
                    "Salvando si crea l'edizione {edition} del bando; quella attuale resta registrata.\n\n"
                    "Scrivi il motivo della modifica (per esempio l'atto che la dispone):").format(
                        changes=", ".join(changes), edition=detail.edition + 1))
                if not reason:
                    self.note.emit(tr("Non salvato: serve il motivo della nuova edizione."))
                    return False
            key, version = detail.uuid, detail.version

            def call():
                return grant_calls.update_call(db, key, version, values, reason=reason)
        # Saved by a colleague meanwhile, a scored criterion removed, a permission refused: the typing stays.
        run_operation(self.owner, call, on_success=self.stored.emit, on_failure=self._refused, form=self.form,
                      error_title=tr("Salvataggio non eseguito"))
        return True

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.refused.emit(list(error.errors))

    def confirm_discard(self) -> bool:
        return Messages.confirm(self.owner, tr("Annulla modifiche"),
                                tr("Le modifiche non salvate andranno perse. Continuare?"),
                                ok_label=tr("Esci senza salvare"))

    # --- states -----------------------------------------------------------------------------
    def refresh(self, detail: CallDetail | None, can_write: bool) -> None:
        self.menu.clear()
        if detail is None or not can_write:
            self.button.hide()
            return
        current = CallStatus(detail.status)
        for target in sorted(allowed_statuses(current), key=list(CallStatus).index):
            action = QAction(move_label(current, target), self.menu)
            action.setData(target.value)
            action.triggered.connect(lambda _checked=False, t=target: self.status_requested.emit(t))
            self.menu.addAction(action)
        self.button.show()

    def move(self, detail: CallDetail, target: CallStatus) -> None:
        """After the clerk confirmed: change the state of the call loaded at `detail`'s version."""
        if not Messages.confirm(self.owner, tr("Cambia stato"), tr("{action}: «{title}». Confermi?").format(
                action=move_label(CallStatus(detail.status), target), title=detail.title), ok_label=tr("Conferma")):
            return
        key, version = detail.uuid, detail.version
        run_operation(self.owner, lambda: grant_calls.set_call_status(self.ctx.db, key, version, target),
                      on_success=self.moved.emit, on_failure=self._refused, form=self.form,
                      error_title=tr("Stato non cambiato"))
