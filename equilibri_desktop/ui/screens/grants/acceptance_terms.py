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


def apply_acceptance_terms(parent: QWidget, ctx: AppContext, on_lapsed: Callable[[str], None]) -> None:
    """Runs through the operation runner; `on_lapsed(message)` only when some grant lapsed (the screen shows
    the message and reloads)."""

    def done(lapsed: tuple[uuid.UUID, ...]) -> None:
        if lapsed:
            on_lapsed(lapsed_text(len(lapsed)))

    run_operation(parent, lambda: acceptance.apply_acceptance_terms(ctx.db), on_success=done,
                  label=tr("Termini di accettazione alla data d'ufficio…"))
