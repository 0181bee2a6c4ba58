"""Issue 13 point 11 (window part): when a service refuses an account disabled meanwhile, the session ends
— the main window's "new login required" runs (it says why, then shows the login) instead of the screen's
own error handling."""

from __future__ import annotations

from equilibri_desktop.domain.errors import AccountDisabledError
from equilibri_desktop.ui import tasks
from equilibri_desktop.ui.main_window import MainWindow


def _refused(_task):
    raise AccountDisabledError("olga.orsini")


def test_a_refused_disabled_account_ends_the_session_not_just_the_operation(qtbot, ctx, monkeypatch):
    window = MainWindow(ctx.config, ctx.ui_state)
    qtbot.addWidget(window)
    relogins, screen_errors = [], []
    monkeypatch.setattr(window.account, "relogin_required", lambda message="": relogins.append(message))
    tasks.on_account_disabled(window.account.relogin_required)  # as the window's constructor does
    tasks.run_task(_refused, parent=window, label="Ricerca", on_done=lambda _r: None,
                   on_error=lambda exc, _details: screen_errors.append(exc))
    qtbot.waitUntil(lambda: bool(relogins), timeout=5000)
    assert "disattivato" in relogins[0] and screen_errors == []


def test_the_main_window_registers_its_relogin(qtbot, ctx):
    window = MainWindow(ctx.config, ctx.ui_state)
    qtbot.addWidget(window)
    assert tasks._account_disabled == [window.account.relogin_required]
