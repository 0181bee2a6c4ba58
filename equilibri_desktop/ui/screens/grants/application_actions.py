"""The workflow buttons of the application page: shown for the steps the workflow allows from the current
status, enabled by the user's permissions, asking the reason (and the days to reply) where the step needs
them. Operators run the formal check; the responsabile notifies reasons, admits and excludes."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import workflow as flow
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.grants.application_dialogs import (
    ReasonDialog,
    ReasonSpec,
)
from equilibri_desktop.ui.service_messages import said

BUTTONS = {S.PRESENTATA: "register_button", S.IN_ISTRUTTORIA: "start_review_button",
           S.INTEGRAZIONE_RICHIESTA: "request_integration_button", S.PREAVVISO_RIGETTO: "notify_reasons_button",
           S.AMMISSIBILE: "admit_button", S.NON_AMMISSIBILE: "exclude_button", S.RINUNCIATA: "renounce_button"}
DECIDING = {S.PREAVVISO_RIGETTO, S.AMMISSIBILE, S.NON_AMMISSIBILE}


class WorkflowActions(QObject):
    """Drives the workflow buttons (`ui`) for the application it was last given (`update`); never the page:
    a step's result leaves by `moved`, «Protocolla» by `register_requested` (the page saves what is typed and
    protocols it), and `unsaved()` says whether the page holds changes a step must not skip."""

    moved = Signal(object)  # ApplicationDetail after a step
    register_requested = Signal()

    def __init__(self, ctx: AppContext, ui: SimpleNamespace, owner: QWidget, unsaved: Callable[[], bool]):
        super().__init__(owner)
        self.ctx, self.ui, self.owner, self.unsaved = ctx, ui, owner, unsaved
        self.detail: ApplicationDetail | None = None
        ui.register_button.clicked.connect(self.register_requested.emit)
        ui.start_review_button.clicked.connect(self.start_review)
        ui.request_integration_button.clicked.connect(self.request_integration)
        ui.notify_reasons_button.clicked.connect(self.notify_reasons)
        ui.admit_button.clicked.connect(self.admit)
        ui.exclude_button.clicked.connect(self.exclude)
        ui.renounce_button.clicked.connect(self.renounce)
        self.tips = {name: getattr(ui, name).toolTip() for name in BUTTONS.values()}

    def _can(self, permission: Permission) -> bool:
        return self.ctx.db.actor.can(permission)

    def update(self, detail: ApplicationDetail | None) -> None:
        self.detail = detail
        allowed = {S.PRESENTATA} if detail is None else {S(code) for code in detail.allowed_next}
        for target, name in BUTTONS.items():
            button = getattr(self.ui, name)
            button.setVisible(target in allowed)
            needed = Permission.GRANTS_DECIDE if target in DECIDING else Permission.GRANTS_WRITE
            if target is S.IN_ISTRUTTORIA and detail is not None and detail.status == S.PREAVVISO_RIGETTO.value:
                needed = Permission.GRANTS_DECIDE  # taking the check up again after a notice is a decision
            # The procedure's order comes from the DTO: a step it blocks is disabled and says why.
            blocked = said(detail.why_blocked(target.value)) if detail is not None else ""
            button.setEnabled(self._can(needed) and not blocked)
            if not self._can(needed):
                button.setToolTip(tr("Riservato al responsabile del procedimento"))
            else:
                button.setToolTip(blocked or self.tips[name])
        first = detail is None or detail.status == S.PRESENTATA.value
        self.ui.start_review_button.setText(tr("Avvia &istruttoria") if first else tr("Riprendi l'&istruttoria"))

    # --- the steps ------------------------------------------------------------------------
    def _ready(self) -> ApplicationDetail | None:
        if self.unsaved():
            Messages.warn(self.owner, tr("Modifiche non salvate"),
                          tr("Salva prima le modifiche della domanda (Ctrl+S), poi ripeti il passaggio."))
            return None
        return self.detail

    def _run(self, spec: ReasonSpec, act) -> None:
        detail = self._ready()
        if detail is None:
            return
        result = ReasonDialog.ask(self.owner, spec, lambda answer: act(detail, answer))
        if result is not None:
            self.moved.emit(result)

    def start_review(self) -> None:
        detail = self._ready()
        if detail is None:
            return
        if detail.status == S.PRESENTATA.value:
            run_operation(self.owner, lambda: flow.start_review(self.ctx.db, detail.uuid, detail.version),
                          on_success=self.moved.emit, error_title=tr("Passaggio non eseguito"))
            return
        self._run(ReasonSpec(tr("Riprendi l'istruttoria"), tr("Annota che cosa è arrivato (integrazione o "
                                                               "osservazioni) e la data."), tr("Riprendi"),
                             reason_required=False),
                  lambda d, a: flow.start_review(self.ctx.db, d.uuid, d.version, a.reason))

    def request_integration(self) -> None:
        self._run(ReasonSpec(tr("Richiesta di integrazione"), tr("Scrivi che cosa manca: documenti o dati da "
                                                                 "integrare. La richiedente ha il termine indicato."),
                             tr("Richiedi"), asks_days=True, default_days=flow.DEFAULT_REPLY_DAYS),
                  lambda d, a: flow.request_integration(self.ctx.db, d.uuid, d.version, a.reason, a.reply_days))

    def notify_reasons(self) -> None:
        self._run(ReasonSpec(tr("Preavviso di rigetto"), tr("I motivi che impediscono l'accoglimento della domanda "
                                                            "(art. 10-bis L. 241/1990). La richiedente può presentare "
                                                            "osservazioni entro il termine."),
                             tr("Comunica i motivi"), asks_days=True, default_days=flow.DEFAULT_REPLY_DAYS),
                  lambda d, a: flow.notify_reasons(self.ctx.db, d.uuid, d.version, a.reason, a.reply_days))

    def admit(self) -> None:
        self._run(ReasonSpec(tr("Ammissione alla valutazione"), tr("La domanda ha superato la verifica dei requisiti "
                                                                   "e passa alla valutazione di merito."),
                             tr("Ammetti"), reason_required=False),
                  lambda d, a: flow.admit(self.ctx.db, d.uuid, d.version, a.reason))

    def exclude(self) -> None:
        deadline = self.detail.reply_deadline if self.detail else None
        intro = tr("Esclusione definitiva dopo il preavviso di rigetto.")
        if deadline:
            intro += " " + tr("Termine per le osservazioni: {day}.").format(day=deadline.strftime("%d/%m/%Y"))
        self._run(ReasonSpec(tr("Esclusione"), intro, tr("Escludi"), asks_reply_received=True),
                  lambda d, a: flow.exclude(self.ctx.db, d.uuid, d.version, a.reason, a.reply_received))

    def renounce(self) -> None:
        self._run(ReasonSpec(tr("Rinuncia"), tr("Registra la rinuncia della richiedente: indica la sua comunicazione "
                                                "(data, protocollo)."), tr("Registra la rinuncia")),
                  lambda d, a: flow.renounce(self.ctx.db, d.uuid, d.version, a.reason))


