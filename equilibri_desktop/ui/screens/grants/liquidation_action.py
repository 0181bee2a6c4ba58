"""Erogazioni › Tranche e pagamenti › «Atto di liquidazione»: drafts the payment act of the chosen tranche
(codes only, checks with their dates, withholding, budget charge) into the application's documents."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.documents.dto import DocumentRef
from equilibri_desktop.services.grants import procedure_documents
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation


class LiquidationButton(QPushButton):
    generated = Signal(str)  # what to tell the clerk: the act's number and where it is

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(tr("Sc&hema dell'atto di liquidazione"), parent)
        self.setObjectName("liquidation_document_button")
        self.setToolTip(tr("Genera la bozza dell'atto di liquidazione della tranche scelta: la trovi nei "
                           "documenti della domanda."))
        self.ctx = ctx
        self.tranche_uuid: uuid.UUID | None = None
        self.can_decide = ctx.db.actor.can(Permission.GRANTS_DECIDE)
        self.clicked.connect(self.generate)
        self.set_tranche(None)

    def set_tranche(self, tranche_uuid: uuid.UUID | None) -> None:
        self.tranche_uuid = tranche_uuid
        self.setEnabled(tranche_uuid is not None and self.can_decide)

    def generate(self) -> None:
        if self.tranche_uuid is None or not self.isEnabled():
            return
        tranche = self.tranche_uuid
        run_operation(self, lambda: procedure_documents.generate_liquidation(self.ctx.db, tranche),
                      on_success=self._done, label=tr("Atto di liquidazione"),
                      error_title=tr("Atto di liquidazione non generato"))

    def _done(self, ref: DocumentRef) -> None:
        self.generated.emit(tr("Atto di liquidazione n. {number} generato: è nei documenti della domanda.").format(
            number=f"{ref.number}/{ref.year}"))
