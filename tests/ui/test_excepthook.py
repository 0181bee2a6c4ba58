"""Unexpected errors end in the log and in a dialog; expected ones are plain messages."""

from __future__ import annotations

import logging
import sys

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.logging_setup import setup_logging
from equilibri_desktop.ui.excepthook import install_excepthook


def test_unexpected_error_is_logged_and_shown(qapp, tmp_path, dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = setup_logging(tmp_path / "logs")
    install_excepthook(log_path)
    try:
        raise RuntimeError("qualcosa si è rotto")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    logging.getLogger().handlers[-1].flush()
    assert "qualcosa si è rotto" in log_path.read_text(encoding="utf-8")
    assert dialogs.titles("error") == ["Errore imprevisto"]
    assert "Traceback" in dialogs.texts("error")[0]


def test_domain_error_is_a_plain_message(qapp, tmp_path, dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(tmp_path / "x.log")
    try:
        raise DomainError("Il bando è chiuso.")
    except DomainError:
        sys.excepthook(*sys.exc_info())
    assert dialogs.texts("warn") == ["Il bando è chiuso."]
    assert dialogs.titles("error") == []
