"""UI fixtures: a screen context on a fresh database, and recorded answers to every dialog."""

from __future__ import annotations

import gc

import pytest

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.screens.grants.publication_dialog import PublicationDialog


class DialogRecorder:
    def __init__(self):
        self.calls: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.reason_answer: str | None = None  # what ask_reason returns: None is "Annulla"
        self.publication_answer = None  # the publication date asked before publishing a ranking: None is today

    def titles(self, kind: str) -> list[str]:
        return [title for k, title, _ in self.calls if k == kind]

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.calls if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """No modal dialog may block a test: each is recorded and answered."""
    recorder = DialogRecorder()

    def confirm(parent, title, text, ok_label=None):
        recorder.calls.append(("confirm", title, text))
        return recorder.confirm_answer

    monkeypatch.setattr(Messages, "confirm", staticmethod(confirm))

    def ask_reason(parent, title, text):
        recorder.calls.append(("reason", title, text))
        return recorder.reason_answer

    monkeypatch.setattr(Messages, "ask_reason", staticmethod(ask_reason))

    def ask_publication(parent, text, ranked_on):
        recorder.calls.append(("publication", "Pubblica la graduatoria", text))
        return recorder.publication_answer or office_today() if recorder.confirm_answer else None

    monkeypatch.setattr(PublicationDialog, "ask", staticmethod(ask_publication))
    monkeypatch.setattr(Messages, "inform", staticmethod(lambda p, t, x: recorder.calls.append(("inform", t, x))))
    monkeypatch.setattr(Messages, "warn", staticmethod(lambda p, t, x: recorder.calls.append(("warn", t, x))))
    monkeypatch.setattr(Messages, "error_details",
                        staticmethod(lambda p, t, x, d: recorder.calls.append(("error", t, x + "\n" + d))))
    return recorder


@pytest.fixture
def ui_state(tmp_path):
    from equilibri_desktop.ui.ui_state import UiState

    return UiState(tmp_path / "ui.ini")


def _settle_qt() -> None:
    """Before the test database goes away: stop widget timers (debounced searches) and let background
    tasks and their queued results finish, so nothing of this test runs inside the next one."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.ui.tasks import wait_for_all

    for widget in QApplication.topLevelWidgets():
        for timer in widget.findChildren(QTimer):
            timer.stop()
    # No garbage collection while a worker still runs: collecting this test's dropped widgets under a task that
    # reads through one of them aborted the process. Collected once the workers are done.
    gc.disable()
    try:
        wait_for_all(20_000)
        QApplication.processEvents()
    finally:
        gc.enable()
    gc.collect()
    # What survives a full collection here lives for the session (modules, caches, the application): freezing it
    # keeps the next tests' collections to the objects they create. Without it every teardown walked the whole
    # heap, which grew with each test file imported (~2 s per test by the end of the suite).
    gc.freeze()


@pytest.fixture
def english(qapp):
    """The interface in English for one test. Background work still running is let finish first: swapping the
    translators back under a task's queued results and then collecting its widgets aborts Qt."""
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.ui.translations import install_translators

    install_translators(QApplication.instance(), "en")
    yield
    _settle_qt()
    install_translators(QApplication.instance(), "it")


@pytest.fixture
def ctx(qapp, db, config, ui_state):
    from equilibri_desktop.ui.context import AppContext

    yield AppContext(db=db, config=config, ui_state=ui_state)
    _settle_qt()


@pytest.fixture
def sqlite_ctx(qapp, sqlite_config, ui_state, migrated_sqlite_copy):
    """A context on SQLite only, for screens whose behaviour is file-based (backups)."""
    from equilibri_desktop.services.admin.maintenance import prepare_database
    from equilibri_desktop.ui.context import AppContext

    migrated_sqlite_copy(sqlite_config.database_path)
    database = prepare_database(sqlite_config, user="operatore.test")
    yield AppContext(db=database, config=sqlite_config, ui_state=ui_state)
    _settle_qt()
    database.dispose()
