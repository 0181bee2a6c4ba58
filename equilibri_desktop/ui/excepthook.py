"""Unexpected errors: logged with traceback, then shown in a dialog whose details can be copied."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.service_messages import error_text

log = logging.getLogger("equilibri.crash")



def install_excepthook(log_path: Path) -> None:
    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, DomainError):
            # Expected problems reaching here are still plain messages, not crashes.
            Messages.warn(QApplication.activeWindow(), tr("Operazione non riuscita"), error_text(exc))
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        Messages.error_details(
            QApplication.activeWindow(),
            tr("Errore imprevisto"),
            tr("Si è verificato un errore imprevisto. I dati già salvati non sono stati toccati.\n"
               "Il dettaglio è stato scritto nel registro:\n{path}").format(path=log_path),
            details,
        )

    sys.excepthook = hook
