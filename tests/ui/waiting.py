"""Waiting for the operation runner in UI tests: a user action runs off the UI thread and reports back later."""

from __future__ import annotations

from equilibri_desktop.ui.operations import operations_running

WAIT_MS = 5000


def settle(qtbot, timeout: int = WAIT_MS) -> None:
    """Until every operation started so far has reported back (its on_success/on_failure has run)."""
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=timeout)
