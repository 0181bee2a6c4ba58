"""The modal questions of the application page, each behind a class method tests replace:
the reason (and reply days) of a workflow step, the files to attach, opening a stored file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.registry.pages import attach_form
from equilibri_desktop.ui.service_messages import error_text
from equilibri_desktop.ui.widgets.field_messages import merge_messages, show_messages


@dataclass(frozen=True)
class ReasonSpec:
    title: str
    intro: str
    ok_label: str
    reason_required: bool = True
    asks_days: bool = False  # a reply deadline, counted from today
    default_days: int = 10
    asks_reply_received: bool = False  # exclusion before the deadline once the reply arrived


@dataclass(frozen=True)
class ReasonAnswer:
    reason: str
    reply_days: int = 10
    reply_received: bool = False


# submit(answer) calls the service and returns its result; a refusal keeps the dialog open.
Submit = Callable[[ReasonAnswer], Any]


class ReasonDialog(QDialog):
    FORM = "grants/application_reason_dialog"
    WIDGETS = {"intro_label": QLabel, "reason_edit": QPlainTextEdit, "reply_days_edit": QSpinBox,
               "reply_deadline_hint": QLabel, "reply_days_label": QLabel, "reply_received_edit": QCheckBox,
               "general_error": QLabel, "ok_button": QPushButton, "cancel_button": QPushButton}

    def __init__(self, spec: ReasonSpec, submit: Submit, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec, self.submit, self.result_value = spec, submit, None
        self.setWindowTitle(spec.title)
        self.form, self.ui = attach_form(self, self.FORM, self.WIDGETS, margins=(14, 12, 14, 12))
        ui = self.ui
        ui.intro_label.setText(spec.intro)
        ui.ok_button.setText(spec.ok_label)
        ui.reason_edit.setPlaceholderText(tr("Obbligatorio") if spec.reason_required else tr("Facoltativo"))
        for widget in (ui.reply_days_label, ui.reply_days_edit, ui.reply_deadline_hint):
            widget.setVisible(spec.asks_days)
        ui.reply_days_edit.setValue(spec.default_days)
        ui.reply_days_edit.valueChanged.connect(self._show_deadline)
        ui.reply_received_edit.setVisible(spec.asks_reply_received)
        ui.reply_received_edit.setToolTip(tr("Permette l'esclusione prima della scadenza del termine: le osservazioni "
                                             "sono arrivate e non superano i motivi."))
        ui.ok_button.clicked.connect(self.accept)
        ui.cancel_button.clicked.connect(self.reject)
        self._show_deadline()
        self.setMinimumWidth(520)

    def _show_deadline(self, *_args) -> None:
        deadline = office_today() + timedelta(days=self.ui.reply_days_edit.value())
        self.ui.reply_deadline_hint.setText(tr("termine: {day}").format(day=deadline.strftime("%d/%m/%Y")))

    def answer(self) -> ReasonAnswer:
        return ReasonAnswer(self.ui.reason_edit.toPlainText().strip(), self.ui.reply_days_edit.value(),
                            self.ui.reply_received_edit.isChecked())

    def accept(self) -> None:
        """The service runs through the operation runner; what it refuses stays in the dialog with what was typed."""
        self.ui.general_error.hide()
        answer = self.answer()
        self.ui.ok_button.setEnabled(False)  # one submission at a time
        run_operation(self, lambda: self.submit(answer), on_success=self._accepted, on_failure=self._refused,
                      form=self.form, error_title=tr("Passaggio non eseguito"))

    def _accepted(self, result: Any) -> None:
        self.result_value = result
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.ui.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            unplaced = show_messages(self.form, merge_messages(error.errors), {})
            text = "\n".join(item.message for item in unplaced)
        else:  # also said in the message box: kept here while the clerk corrects the answer
            text = error_text(error)
        self.ui.general_error.setText(text)
        self.ui.general_error.setVisible(bool(text))

    @classmethod
    def ask(cls, parent: QWidget | None, spec: ReasonSpec, submit: Submit) -> Any:
        """The service's result once it accepted, None when the clerk cancelled."""
        dialog = cls(spec, submit, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class FileChooser:
    @staticmethod
    def choose(parent: QWidget | None) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            parent, tr("Scegli i file da allegare"), str(Path.home()),
            tr("Documenti (*.pdf *.p7m *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.xls *.xlsx *.ods);;"
               "Tutti i file (*)"))
        return paths


class FileOpener:
    @staticmethod
    def open(path: Path) -> bool:
        """Open with the system's default program (the PDF viewer for a PDF)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
