"""One way to run a user action (in the manner of Anki's CollectionOp): the service call runs off the UI
thread through the serial database writer, a progress dialog appears only after 500 ms, and errors are
routed in one place — `ValidationError` next to the form's fields, `DomainError` to a plain message,
anything else to the exception dialog. Screens never catch service errors themselves.

    run_operation(self, lambda: people.save_person(db, data), on_success=self.saved, form=self.form)

A door whose refusal is the answer, said in place (a wrong password under the password field), names the
error classes it answers and what to do with them: `answers={LoginError: self.refused}`; they are routed
here like the rest, to that handler instead of a message. `run_now` is the synchronous form for what must
answer before returning (the login dialog before any main window, QWizardPage.validatePage).

`call` may take one argument, the `TaskContext`, to report progress and honour cancel on long work.
"""

from __future__ import annotations

import inspect
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import show_field_errors
from equilibri_desktop.ui.service_messages import error_text, field_error_text
from equilibri_desktop.ui.tasks import Task, TaskContext, run_task

T = TypeVar("T")
# Error class (or tuple of classes) → the handler that answers it in place instead of a message.
Answers = Mapping[type[BaseException] | tuple[type[BaseException], ...], Callable[[Any], None]]
log = logging.getLogger(__name__)


def _takes_context(call: Callable[..., Any]) -> bool:
    try:
        return len(inspect.signature(call).parameters) == 1
    except (TypeError, ValueError):
        return False


def report_failure(parent: QWidget | None, exc: BaseException, form: QWidget | None = None,
                   error_title: str | None = None, answers: Answers | None = None) -> None:
    """Where a failed operation's error goes: the handler `answers` gives for its class (the first that
    matches), the fields, a message (titled `error_title` when the screen names what failed, e.g. "Documento
    non generato"), or the exception dialog."""
    for classes, answer in (answers or {}).items():
        if isinstance(exc, classes):
            answer(exc)
            return
    if isinstance(exc, ValidationError):
        unplaced = show_field_errors(form, exc) if form is not None else [e.field for e in exc.errors]
        if unplaced:
            texts = [field_error_text(e) for field in unplaced for e in exc.errors if e.field == field]
            Messages.warn(parent, tr("Dati da correggere"), "\n".join(t for t in texts if t))
        return
    if isinstance(exc, DomainError):
        Messages.warn(parent, error_title or tr("Operazione non riuscita"), error_text(exc))
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


def run_operation(
    parent: QWidget | None,
    call: Callable[[], T] | Callable[[TaskContext], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    form: QWidget | None = None,
    label: str | None = None,
    error_title: str | None = None,
    writes: bool = True,
    cancellable: bool = False,
    on_cancel: Callable[[], None] | None = None,
    answers: Answers | None = None,
) -> Task:
    """Run `call` in the background; `on_success(result)` runs on the UI thread afterwards.

    `on_failure` runs after the error has been shown (e.g. to re-enable a button); it does not replace
    the routing. `answers` routes the given error classes to their handlers (see the module's text).
    `writes=False` lets read-only work (PDF batches, previews) use the shared pool.
    """
    job = call if _takes_context(call) else (lambda _ctx: call())
    _running.add(id(job))

    def gone() -> bool:  # the screen that asked was closed meanwhile: nobody to tell
        return parent is not None and not shiboken6.isValid(parent)

    def done(result: Any) -> None:
        _running.discard(id(job))
        if on_success is not None and not gone():
            on_success(result)

    def failed(exc: Exception, _details: str) -> None:
        _running.discard(id(job))
        if gone():  # nobody to show it to; a crash must still reach the log
            if not isinstance(exc, DomainError):
                log.error("operation of a closed screen failed\n%s", _details)
            return
        report_failure(parent, exc, form, error_title, answers)
        if on_failure is not None:
            on_failure(exc)

    def cancelled() -> None:
        _running.discard(id(job))
        if on_cancel is not None:
            on_cancel()

    return run_task(job, parent=parent, label=label or tr("Operazione in corso…"), on_done=done,
                    on_error=failed, on_cancel=cancelled, writes_database=writes, cancellable=cancellable)


def run_now(parent: QWidget | None, call: Callable[[], T], *, error_title: str | None = None,
            form: QWidget | None = None, answers: Answers | None = None,
            busy: bool = False) -> tuple[bool, T | None]:
    """What must answer on the spot: a short read (a Qt model's page, the record a navigator asked to show),
    or a door that cannot wait for a worker (a login, a password check, QWizardPage.validatePage). Same error
    routing as `run_operation`: (True, result), or (False, None) after the error was shown or answered.
    `busy` shows the wait cursor during the call (argon2 takes a moment on purpose), restored before any
    answer. Other writes go through `run_operation`."""
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return True, call()
    except Exception as exc:  # routed like the runner's: a handler, the fields, a message, the exception dialog
        if busy:
            QApplication.restoreOverrideCursor()
            busy = False
        report_failure(parent, exc, form, error_title, answers)
        return False, None
    finally:
        if busy:
            QApplication.restoreOverrideCursor()


_running: set[int] = set()


def operations_running() -> int:
    """How many operations have not reported back yet (tests wait for 0)."""
    return len(_running)
