"""The office date applied to grants when a screen that shows them is refreshed: a partial grant not accepted
within its call's term lapses (services.grants.acceptance) and its money waits for the next scorrimento."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from equilibri_desktop.services.grants import acceptance
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation


def lapsed_text(count: int) -> str:
    if count == 1:
        return tr("Un contributo parziale non accettato entro il termine è decaduto: disponibile per lo scorrimento.")
    return tr("{n} contributi parziali non accettati entro il termine sono decaduti: disponibili per lo "
              "scorrimento.").format(n=count)


def apply_acceptance_terms(parent: QWidget, ctx: AppContext,
                           on_lapsed: Callable[[str, frozenset[uuid.UUID]], None]) -> None:
    """Runs through the operation runner; `on_lapsed(message, calls)` only when some grant lapsed, with the calls
    they belong to (the screen shows the message and reads again what it shows of those calls)."""

    def done(lapsed: tuple[acceptance.LapsedGrant, ...]) -> None:
        if lapsed:
            on_lapsed(lapsed_text(len(lapsed)), frozenset(grant.call_uuid for grant in lapsed))

    run_operation(parent, lambda: acceptance.apply_acceptance_terms(ctx.db), on_success=done,
                  label=tr("Termini di accettazione alla data d'ufficio…"))
