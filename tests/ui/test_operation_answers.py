"""The runner routes an error class a door answers in place to that door's handler (a wrong password under
its field), never to a message; the rest keeps its usual route. `busy` shows the wait cursor during the call
and puts it back before the answer runs."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from equilibri_desktop.domain.errors import DomainError, NotFoundError
from equilibri_desktop.domain.users import LoginError
from equilibri_desktop.ui.operations import run_now, run_operation
from tests.ui.waiting import settle


def _raise(error: Exception):
    def call():
        raise error
    return call


def test_an_answered_error_goes_to_its_handler_and_to_no_message(qtbot, dialogs):
    widget = QWidget()
    qtbot.addWidget(widget)
    answered, cursors = [], []

    def answer(error):
        answered.append(error)
        cursors.append(QApplication.overrideCursor())

    done, result = run_now(widget, _raise(LoginError("Password non corretta.")), busy=True,
                           answers={LoginError: answer})
    assert (done, result) == (False, None)
    assert [str(e) for e in answered] == ["Password non corretta."]
    assert cursors == [None] and QApplication.overrideCursor() is None  # restored before the answer
    assert dialogs.calls == []


def test_what_the_door_does_not_answer_keeps_the_usual_route(qtbot, dialogs):
    widget = QWidget()
    qtbot.addWidget(widget)
    answered = []
    done, _ = run_now(widget, _raise(NotFoundError("Scheda non trovata.")), error_title="Non trovata",
                      answers={LoginError: answered.append})
    assert not done and answered == []
    assert dialogs.titles("warn") == ["Non trovata"]


def test_a_tuple_of_classes_is_answered_by_one_handler_and_success_passes_through(qtbot, dialogs):
    widget = QWidget()
    qtbot.addWidget(widget)
    answered = []
    answers = {(DomainError, OSError): answered.append}
    assert run_now(widget, _raise(OSError("disco")), answers=answers)[0] is False
    assert run_now(widget, lambda: 42, busy=True, answers=answers) == (True, 42)
    assert QApplication.overrideCursor() is None
    assert [str(e) for e in answered] == ["disco"] and dialogs.calls == []


def test_the_background_runner_routes_answers_too(qtbot, dialogs):
    widget = QWidget()
    qtbot.addWidget(widget)
    answered, failed = [], []
    run_operation(widget, _raise(LoginError("Account bloccato.")), answers={LoginError: answered.append},
                  on_failure=failed.append, writes=False)
    settle(qtbot)
    assert [str(e) for e in answered] == ["Account bloccato."] and len(failed) == 1
    assert dialogs.calls == []
