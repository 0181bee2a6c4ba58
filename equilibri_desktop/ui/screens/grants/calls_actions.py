"""What the call form asks of the services: saving (with the reason for a new edition when scoring has begun)
and moving the call between its states from the "Cambia stato" menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.call_changes import (
    NewEditionRequired,
    allowed_statuses,
)
from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.domain.grants.codes import CallStatus
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.services.grants.call_dto import CallDetail
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from equilibri_desktop.ui.screens.grants.calls_form import CallFormPage


def move_label(current: CallStatus, target: CallStatus) -> str:
    if target is CallStatus.APERTO:
        return tr("Apri il bando alle domande") if current is CallStatus.BOZZA else tr("Riapri il bando alle domande")
    if target is CallStatus.IN_VALUTAZIONE:
        return (tr("Chiudi le domande e avvia la valutazione") if current is CallStatus.APERTO
                else tr("Riporta in valutazione"))
    if target is CallStatus.CONCLUSO:
        return tr("Concludi il bando (graduatoria definitiva approvata)")
    return tr("Riporta in preparazione")


class CallActions:
    def __init__(self, page: CallFormPage):
        self.page = page
        self.menu = QMenu(page.ui.status_button)
        page.ui.status_button.setMenu(self.menu)

    # --- saving -----------------------------------------------------------------------------
    def store(self, values: CallInput) -> CallDetail | None:
        """Create or update; None when the save did not happen (the page already shows why)."""
        page, db = self.page, self.page.ctx.db
        try:
            if page.detail is None:
                return grant_calls.create_call(db, values)
            try:
                return grant_calls.update_call(db, page.detail.uuid, page.detail.version, values)
            except NewEditionRequired as needed:
                reason = Messages.ask_reason(page, tr("Nuova edizione del bando"), tr(
                    "Le valutazioni della commissione sono già iniziate e hai cambiato: {changes}.\n"
                    "Salvando si crea l'edizione {edition} del bando; quella attuale resta registrata.\n\n"
                    "Scrivi il motivo della modifica (per esempio l'atto che la dispone):").format(
                        changes=", ".join(needed.changes), edition=page.detail.edition + 1))
                if not reason:
                    page.ui.status_label.setText(tr("Non salvato: serve il motivo della nuova edizione."))
                    return None
                return grant_calls.update_call(db, page.detail.uuid, page.detail.version, values, reason=reason)
        except ValidationError as error:
            page.show_errors(error.errors)
        except DomainError as error:
            # Saved by a colleague meanwhile, a scored criterion removed, a permission refused: the typing stays.
            Messages.warn(page, tr("Salvataggio non eseguito"), str(error))
        return None

    def confirm_discard(self) -> bool:
        return Messages.confirm(self.page, tr("Annulla modifiche"),
                                tr("Le modifiche non salvate andranno perse. Continuare?"),
                                ok_label=tr("Esci senza salvare"))

    # --- states -----------------------------------------------------------------------------
    def refresh(self) -> None:
        detail, button = self.page.detail, self.page.ui.status_button
        self.menu.clear()
        if detail is None or not self.page.can_write:
            button.hide()
            return
        current = CallStatus(detail.status)
        for target in sorted(allowed_statuses(current), key=list(CallStatus).index):
            action = QAction(move_label(current, target), self.menu)
            action.setData(target.value)
            action.triggered.connect(lambda _checked=False, t=target: self.change_status(t))
            self.menu.addAction(action)
        button.show()

    def change_status(self, target: CallStatus) -> bool:
        page = self.page
        if page.detail is None:
            return False
        if page.has_unsaved_changes() and not (
                Messages.confirm(page, tr("Cambia stato"), tr("Prima salvo le modifiche al bando. Continuare?"),
                                 ok_label=tr("Salva e continua")) and page.save()):
            return False
        current = CallStatus(page.detail.status)
        if not Messages.confirm(page, tr("Cambia stato"), tr("{action}: «{title}». Confermi?").format(
                action=move_label(current, target), title=page.detail.title), ok_label=tr("Conferma")):
            return False
        try:
            detail = grant_calls.set_call_status(page.ctx.db, page.detail.uuid, page.detail.version, target)
        except ValidationError as error:
            page.show_errors(error.errors)
            Messages.warn(page, tr("Stato non cambiato"), str(error))
            return False
        except DomainError as error:
            Messages.warn(page, tr("Stato non cambiato"), str(error))
            return False
        page.start_edit(detail, keep_tab=True)
        page.ui.status_label.setText(tr("Stato: {status}.").format(status=detail.status_label))
        page.saved.emit(detail)
        return True
