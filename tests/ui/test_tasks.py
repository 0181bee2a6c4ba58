"""Background work: results, progress and errors come back to the UI thread; cancel stops the job."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from equilibri_desktop.ui.tasks import run_task


def test_result_arrives_on_the_ui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work(ctx):
        seen["worker_thread"] = threading.get_ident()
        for step in range(3):
            ctx.progress(step + 1, 3, f"passo {step + 1}")
        return 42

    def done(result):
        seen["result"] = result
        seen["on_ui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    task = run_task(work, parent=parent, label="Prova", on_done=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["on_ui_thread"]
    assert seen["worker_thread"] != threading.get_ident()


def test_errors_are_routed_to_the_ui(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors = []

    def work(_ctx):
        raise ValueError("disco pieno")

    task = run_task(work, parent=parent, label="Prova", on_done=lambda r: None,
                    on_error=lambda exc, details: errors.append((exc, details)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0][0], ValueError)
    assert "disco pieno" in errors[0][1]


def test_cancel_stops_a_long_job(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome = []
    steps = []

    def work(ctx):
        for step in range(1000):
            ctx.check()
            steps.append(step)
            time.sleep(0.005)
        return "finito"

    task = run_task(work, parent=parent, label="Lungo", on_done=outcome.append,
                    on_cancel=lambda: outcome.append("annullato"), writes_database=False)
    qtbot.waitUntil(lambda: len(steps) > 5, timeout=5000)
    task.dialog.canceled.emit()  # what the dialog's Annulla button does
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcome == ["annullato"]
    assert len(steps) < 1000


def test_progress_dialog_waits_before_showing(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    task = run_task(lambda ctx: (ctx.progress(1, 10), release.wait(5)), parent=parent, label="Attesa",
                    on_done=lambda r: None, writes_database=False)
    qtbot.wait(100)
    assert not task.dialog.isVisible()  # quick jobs never flash a dialog
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass


def test_the_keys_come_back_where_they_were_after_the_progress_dialog(qtbot, monkeypatch):
    """A save slow enough to show «Operazione in corso» must not leave the keyboard nowhere once it ends:
    Esc and Alt+letters went nowhere until the clerk clicked."""
    from PySide6.QtWidgets import QLineEdit, QProgressDialog, QVBoxLayout

    from equilibri_desktop.ui import tasks

    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 0)  # as when the machine is slow
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit(window)
    layout.addWidget(QLineEdit(window))
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    release = threading.Event()
    task = run_task(lambda _ctx: release.wait(5), parent=window, label="Salvataggio", on_done=lambda r: None)
    qtbot.waitUntil(lambda: task.dialog.isVisible())
    QApplication.processEvents()
    assert QApplication.focusWidget() is not field  # the dialog has it while the work runs
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))
