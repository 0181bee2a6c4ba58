"""Long work off the UI thread: progress dialog after a short delay, cancel, errors back to the UI.

Database writes go through one serial worker so two background jobs never fight for the SQLite
write lock; read-only or CPU work (PDF batches) may use the shared pool.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from equilibri_desktop.domain.errors import AccountDisabledError
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.service_messages import error_text

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside a task by `TaskContext.check()` once the user pressed cancel."""


class TaskContext:
    def __init__(self, signals: _Signals):
        self._signals = signals
        self.cancel_requested = False

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(done, total, text)

    def check(self) -> None:
        if self.cancel_requested:
            raise Cancelled()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], signals: _Signals, context: TaskContext):
        super().__init__()
        self.fn, self.signals, self.context = fn, signals, context

    def run(self) -> None:
        try:
            result = self.fn(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # routed to the UI thread, never lost in a worker
            self.signals.failed.emit(exc, "".join(traceback.format_exception(exc)))
        else:
            self.signals.succeeded.emit(result)


_db_writer: QThreadPool | None = None


def _writer_pool() -> QThreadPool:
    global _db_writer
    if _db_writer is None:
        _db_writer = QThreadPool()
        _db_writer.setMaxThreadCount(1)
    return _db_writer



class Task(QObject):
    """One running job; keeps its signals and dialog alive until it ends."""

    finished = Signal()
    _running: set[Task] = set()

    def __init__(self, parent_widget: QWidget | None, label: str, cancellable: bool):
        super().__init__()
        self.signals = _Signals()
        self.context = TaskContext(self.signals)
        # Where the keys went when the work started: the progress dialog takes the focus while it shows, and
        # once it hides nothing gives it back (Esc, Alt+letters and typing went nowhere until a click).
        self._focus = QApplication.focusWidget()
        self.dialog = QProgressDialog(label, tr("Annulla") if cancellable else None, 0, 0, parent_widget)
        self.dialog.setWindowTitle(tr("Operazione in corso"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)
        self.signals.progressed.connect(self._on_progress)
        self.dialog.setValue(0)

    def _cancel(self) -> None:
        self.context.cancel_requested = True
        self.dialog.setLabelText(tr("Annullamento in corso…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _end(self) -> None:
        if not shiboken6.isValid(self.dialog):  # the screen that started the task was closed meanwhile
            Task._running.discard(self)
            return
        self.signals.progressed.disconnect(self._on_progress)
        shown = self.dialog.isVisible()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        if shown:
            self._give_focus_back()
        Task._running.discard(self)
        self.finished.emit()

    def _give_focus_back(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self.dialog and not self.dialog.isAncestorOf(focus):
            return  # the user (or the work's result) has put it somewhere already
        target = self._focus
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            return
        target.window().activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)


_account_disabled: list[Callable[[str], None]] = []  # the main window's "back to the login" (one at most)


def on_account_disabled(handler: Callable[[str], None] | None) -> None:
    """What runs when a service refuses an account disabled meanwhile: the main window returns to the login."""
    _account_disabled[:] = [handler] if handler is not None else []


def run_task(
    fn: Callable[[TaskContext], Any],
    *,
    parent: QWidget | None,
    label: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    writes_database: bool = True,
    cancellable: bool = True,
) -> Task:
    task = Task(parent, label, cancellable)
    Task._running.add(task)

    def done(result: Any) -> None:
        task._end()
        on_done(result)

    def failed(exc: Exception, details: str) -> None:
        task._end()
        if isinstance(exc, AccountDisabledError) and _account_disabled:
            _account_disabled[0](error_text(exc))  # the session is over, whatever the screen would have shown
            return
        if on_error is not None:
            on_error(exc, details)
        else:
            log.error("background task failed\n%s", details)
            raise exc

    def cancelled() -> None:
        task._end()
        if on_cancel is not None:
            on_cancel()

    # Queued: the callbacks always run on the UI thread, whichever thread emits.
    task.signals.succeeded.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    task.signals.cancelled.connect(cancelled, Qt.ConnectionType.QueuedConnection)
    pool = _writer_pool() if writes_database else QThreadPool.globalInstance()
    pool.start(_Job(fn, task.signals, task.context))
    return task


def wait_for_all(timeout_ms: int = 60_000) -> bool:
    """At exit: let running jobs (a backup, a save) finish instead of killing them mid-write."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _db_writer is not None:
        done = _db_writer.waitForDone(timeout_ms) and done
    return done
