"""Helpers for the tests of login, users, audit, lock and drafts: accounts, logins, modal answering."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from equilibri_desktop.domain import passwords
from equilibri_desktop.domain.access import Role
from equilibri_desktop.services.access import user_admin, users

PASSWORD = "una frase abbastanza lunga"
ADMIN_PASSWORD = "cavallo batteria graffetta"


@pytest.fixture
def fast_hashing(monkeypatch):
    """Cheap argon2 parameters: the behaviour under test does not depend on the cost."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def add_user(db, username: str, *roles: Role, protected: bool = False, display_name: str = "",
             password: str = PASSWORD) -> None:
    """A ready account (no temporary password), created as the test's unrestricted user."""
    user_admin.create_user(db, username, display_name or username.replace(".", " ").title(),
                           roles or [Role.OPERATORE], protected_data=protected, password=password,
                           must_change_password=False)


def sign_in(db, username: str, password: str = PASSWORD) -> users.LoginSession:
    """Log in and act as that user from now on, as the app does after the login dialog."""
    session = users.authenticate(db, username, password)
    db.actor = session.actor
    return session


@contextmanager
def answering_modals(*handlers: Callable[[QWidget], None], timeout_ms: int = 10_000) -> Iterator[list]:
    """Answer the next modal dialogs, in order, while code under test sits in their real `exec()`.

    Each handler receives one new modal widget and acts on it like a user. A safety timer rejects
    whatever is still open after `timeout_ms`, so a test fails instead of hanging.
    """
    pending, seen = list(handlers), []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and pending and all(modal is not s for s in seen) and modal.isVisible():
            seen.append(modal)
            pending.pop(0)(modal)

    def give_up() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    poller = QTimer(interval=20, timeout=poll)
    guard = QTimer(singleShot=True, interval=timeout_ms, timeout=give_up)
    poller.start()
    guard.start()
    try:
        yield seen
    finally:
        poller.stop()
        guard.stop()
    assert not pending, f"{len(pending)} expected dialog(s) never appeared"
