"""The workflow buttons of the application page: shown for the steps the workflow allows from the current
status, enabled by the user's permissions, asking the reason (and the days to reply) where the step needs
them. Operators run the formal check; the responsabile notifies reasons, admits and excludes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import applications
from equilibri_desktop.services.grants import workflow as flow
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.grants.application_dialogs import (
    ReasonDialog,
    ReasonSpec,
)
from equilibri_desktop.ui.widgets.field_messages import merge_messages

if TYPE_CHECKING:
    from equilibri_desktop.ui.screens.grants.application_page import ApplicationPage

BUTTONS = {S.PRESENTATA: "register_button", S.IN_ISTRUTTORIA: "start_review_button",
           S.INTEGRAZIONE_RICHIESTA: "request_integration_button", S.PREAVVISO_RIGETTO: "notify_reasons_button",
           S.AMMISSIBILE: "admit_button", S.NON_AMMISSIBILE: "exclude_button", S.RINUNCIATA: "renounce_button"}
DECIDING = {S.PREAVVISO_RIGETTO, S.AMMISSIBILE, S.NON_AMMISSIBILE}


class WorkflowActions(QObject):
    def __init__(self, page: ApplicationPage):
        super().__init__(page)
        self.page = page
        ui = page.ui
        ui.register_button.clicked.connect(self.register)
        ui.start_review_button.clicked.connect(self.start_review)
        ui.request_integration_button.clicked.connect(self.request_integration)
        ui.notify_reasons_button.clicked.connect(self.notify_reasons)
        ui.admit_button.clicked.connect(self.admit)
        ui.exclude_button.clicked.connect(self.exclude)
        ui.renounce_button.clicked.connect(self.renounce)
        self.tips = {name: getattr(ui, name).toolTip() for name in BUTTONS.values()}

    def _can(self, permission: Permission) -> bool:
        return self.page.ctx.db.actor.can(permission)

    def update(self, detail: ApplicationDetail | None) -> None:
        allowed = {S.PRESENTATA} if detail is None else {S(code) for code in detail.allowed_next}
        for target, name in BUTTONS.items():
            button = getattr(self.page.ui, name)
            button.setVisible(target in allowed)
            needed = Permission.GRANTS_DECIDE if target in DECIDING else Permission.GRANTS_WRITE
            if target is S.IN_ISTRUTTORIA and detail is not None and detail.status == S.PREAVVISO_RIGETTO.value:
                needed = Permission.GRANTS_DECIDE  # taking the check up again after a notice is a decision
            # The procedure's order comes from the DTO: a step it blocks is disabled and says why.
            blocked = detail.why_blocked(target.value) if detail is not None else ""
            button.setEnabled(self._can(needed) and not blocked)
            if not self._can(needed):
                button.setToolTip(tr("Riservato al responsabile del procedimento"))
            else:
                button.setToolTip(blocked or self.tips[name])
        first = detail is None or detail.status == S.PRESENTATA.value
        self.page.ui.start_review_button.setText(tr("Avvia &istruttoria") if first else tr("Riprendi l'&istruttoria"))

    # --- the steps ------------------------------------------------------------------------
    def register(self) -> None:
        """Protocol the application now: a new one is stored and protocolled in one step, a draft with
        unsaved changes is saved first."""
        page = self.page
        if not Messages.confirm(page, tr("Protocolla la domanda"), tr(
                "Assegnare adesso numero di protocollo, data e ora di ricevimento? Non si potranno più cambiare."),
                ok_label=tr("Protocolla")):
            return
        if page.detail is not None and page.has_unsaved_changes() and not page.save():
            return
        if page.detail is None and (local := page.local_errors()):
            page.refused(local)
            return
        try:
            if page.detail is None:
                result = applications.register_new_application(page.ctx.db, page.collect())
            else:
                result = applications.register_application(page.ctx.db, page.detail.uuid, page.detail.version)
        except ValidationError as error:
            page.refused(merge_messages(error.errors))
            return
        except DomainError as error:
            Messages.warn(page, tr("Protocollazione non eseguita"), str(error))
            return
        page.show_detail(result.application, result.warnings)
        page.ui.status_label.setText(tr("Protocollata: n. {protocol}.").format(protocol=result.application.protocol))
        page.saved.emit(result.application)

    def _ready(self) -> ApplicationDetail | None:
        if self.page.has_unsaved_changes():
            Messages.warn(self.page, tr("Modifiche non salvate"),
                          tr("Salva prima le modifiche della domanda (Ctrl+S), poi ripeti il passaggio."))
            return None
        return self.page.detail

    def _run(self, spec: ReasonSpec, act) -> None:
        detail = self._ready()
        if detail is None:
            return
        result = ReasonDialog.ask(self.page, spec, lambda answer: act(detail, answer))
        if result is not None:
            self.page.show_detail(result)

    def start_review(self) -> None:
        detail = self._ready()
        if detail is None:
            return
        if detail.status == S.PRESENTATA.value:
            try:
                self.page.show_detail(flow.start_review(self.page.ctx.db, detail.uuid, detail.version))
            except DomainError as error:
                Messages.warn(self.page, tr("Passaggio non eseguito"), str(error))
            return
        self._run(ReasonSpec(tr("Riprendi l'istruttoria"), tr("Annota che cosa è arrivato (integrazione o "
                                                               "osservazioni) e la data."), tr("Riprendi"),
                             reason_required=False),
                  lambda d, a: flow.start_review(self.page.ctx.db, d.uuid, d.version, a.reason))

    def request_integration(self) -> None:
        self._run(ReasonSpec(tr("Richiesta di integrazione"), tr("Scrivi che cosa manca: documenti o dati da "
                                                                 "integrare. La richiedente ha il termine indicato."),
                             tr("Richiedi"), asks_days=True, default_days=flow.DEFAULT_REPLY_DAYS),
                  lambda d, a: flow.request_integration(self.page.ctx.db, d.uuid, d.version, a.reason, a.reply_days))

    def notify_reasons(self) -> None:
        self._run(ReasonSpec(tr("Preavviso di rigetto"), tr("I motivi che impediscono l'accoglimento della domanda "
                                                            "(art. 10-bis L. 241/1990). La richiedente può presentare "
                                                            "osservazioni entro il termine."),
                             tr("Comunica i motivi"), asks_days=True, default_days=flow.DEFAULT_REPLY_DAYS),
                  lambda d, a: flow.notify_reasons(self.page.ctx.db, d.uuid, d.version, a.reason, a.reply_days))

    def admit(self) -> None:
        self._run(ReasonSpec(tr("Ammissione alla valutazione"), tr("La domanda ha superato la verifica dei requisiti "
                                                                   "e passa alla valutazione di merito."),
                             tr("Ammetti"), reason_required=False),
                  lambda d, a: flow.admit(self.page.ctx.db, d.uuid, d.version, a.reason))

    def exclude(self) -> None:
        deadline = self.page.detail.reply_deadline if self.page.detail else None
        intro = tr("Esclusione definitiva dopo il preavviso di rigetto.")
        if deadline:
            intro += " " + tr("Termine per le osservazioni: {day}.").format(day=deadline.strftime("%d/%m/%Y"))
        self._run(ReasonSpec(tr("Esclusione"), intro, tr("Escludi"), asks_reply_received=True),
                  lambda d, a: flow.exclude(self.page.ctx.db, d.uuid, d.version, a.reason, a.reply_received))

    def renounce(self) -> None:
        self._run(ReasonSpec(tr("Rinuncia"), tr("Registra la rinuncia della richiedente: indica la sua comunicazione "
                                                "(data, protocollo)."), tr("Registra la rinuncia")),
                  lambda d, a: flow.renounce(self.page.ctx.db, d.uuid, d.version, a.reason))


