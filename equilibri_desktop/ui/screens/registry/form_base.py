"""What the person and organisation forms share: load/collect/save, messages next to the fields,
dirty tracking, Enter saves, Esc cancels, Ctrl+S, possible duplicates while a new record is typed,
and the "open the existing record" button when the codice fiscale or P.IVA is already registered."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.registry.duplicates_panel import DuplicatesPanel
from equilibri_desktop.ui.screens.registry.pages import RegistryPage
from equilibri_desktop.ui.service_messages import field_error_text
from equilibri_desktop.ui.widgets.field_messages import first_invalid_input, merge_messages, show_messages
from equilibri_desktop.ui.widgets.input_watch import input_problems, watch_inputs
from equilibri_desktop.ui.widgets.mnemonics import literal

MESSAGES_DELAY_MS = 150
FORM_WIDGETS = {"form_title": QLabel, "status_label": QLabel, "messages_label": QLabel, "save_button": QPushButton,
                "cancel_button": QPushButton, "existing_record_button": QPushButton}


class RecordForm(RegistryPage):
    saved = Signal(object, object)  # the record's detail DTO, its warnings (tuple of FieldError)
    cancelled = Signal()
    open_existing = Signal(object)  # uuid of a stored record to open instead

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_uuid: uuid.UUID | None = None
        self.version: int | None = None
        self._loaded: Any = None
        self._save_errors: dict[str, str] = {}
        self.existing_uuid: uuid.UUID | None = None
        self.duplicates = DuplicatesPanel(self, self.form, lambda: self.is_new, self.collect, self.find_duplicates,
                                          self.request_open)
        self._messages_timer = QTimer(self, singleShot=True, interval=MESSAGES_DELAY_MS,
                                      timeout=self.refresh_messages)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.cancel)
        self.ui.existing_record_button.clicked.connect(lambda: self.request_open(self.existing_uuid))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._filling = False
        self.return_handlers: dict[QWidget, Callable[[], None]] = {}  # inputs where Enter does something else

    # --- for subclasses --------------------------------------------------------------------
    def fill(self, values: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def empty_input(self) -> Any:
        raise NotImplementedError

    def live_warnings(self) -> list[FieldError]:
        return []

    def rule_errors(self, values: Any) -> list[FieldError]:
        """What the domain rules say of `values` without saving: shown with the inputs' own problems,
        so one save attempt lists every field to correct."""
        return []

    def store_call(self, values: Any):
        """The create or update to run (off the UI thread) for `values`: a callable returning (record, warnings)."""
        raise NotImplementedError

    def find_duplicates(self, values: Any) -> list:
        raise NotImplementedError

    def titles(self, detail: Any | None) -> str:
        raise NotImplementedError

    # --- starting -------------------------------------------------------------------------
    def watch_inputs(self) -> None:
        """Every `<field>_edit` input marks the form dirty and refreshes its messages."""
        watch_inputs(self.form, self.edited, self._messages_timer.start)

    def start_new(self) -> None:
        self._start(None, self.empty_input())

    def start_edit(self, detail: Any) -> None:
        self._start(detail, detail.to_input())

    def _start(self, detail: Any | None, values: Any) -> None:
        self.record_uuid = detail.uuid if detail else None
        self.version = detail.version if detail else None
        self._save_errors = {}
        self.existing_uuid = None
        self.ui.existing_record_button.hide()
        self._filling = True
        try:
            self.fill(values)
        finally:
            self._filling = False
        for edit in self.form.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long addresses show their beginning
        self._loaded = self.collect()
        self.ui.form_title.setText(self.titles(detail))
        self.ui.status_label.clear()
        self.duplicates.clear()
        self.refresh_messages()
        self.first_input().setFocus()

    def first_input(self) -> QWidget:
        raise NotImplementedError

    @property
    def is_new(self) -> bool:
        return self.record_uuid is None

    # --- changes --------------------------------------------------------------------------
    def edited(self, field: str) -> None:
        if self._filling:
            return
        self._save_errors.pop(field, None)
        if self.existing_uuid is not None and field in ("fiscal_code", "vat_number"):
            self.existing_uuid = None
            self.ui.existing_record_button.hide()
        self.ui.status_label.setText(tr("Modifiche non salvate") if self.has_unsaved_changes() else "")
        self._messages_timer.start()
        if self.is_new:
            self.duplicates.schedule()

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.collect() != self._loaded

    def local_errors(self, final: bool = False) -> dict[str, str]:
        """What blocks before the service is asked (see `input_problems`)."""
        return input_problems(self.form, final)

    def refresh_messages(self, focus: bool = False) -> None:
        self._messages_timer.stop()
        errors = {**self.local_errors(), **self._save_errors}
        warnings = merge_messages(self.live_warnings())
        unplaced = show_messages(self.form, errors, warnings)
        self.ui.messages_label.setText("\n".join(item.message for item in unplaced))
        self.ui.messages_label.setStyleSheet("color: #b00020;" if unplaced else "")
        if focus and (target := first_invalid_input(self.form, errors)) is not None:
            target.setFocus()

    # --- actions --------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.isVisible() or not self.ui.save_button.isEnabled():
            return False
        self._save_errors = {}
        local = self.local_errors(final=True)
        if local:
            self._save_errors = {**merge_messages(self.rule_errors(self.collect())), **local}
            self.refresh_messages(focus=True)
            self.ui.status_label.setText(tr("Correggi i campi segnalati in rosso."))
            return False
        self.ui.save_button.setEnabled(False)  # one save at a time; given back when it reports
        # Saved by someone else meanwhile (StaleRecordError: who and when), a permission refused, the record
        # deleted: what was typed stays and the runner shows the service's message.
        run_operation(self, self.store_call(self.collect()), on_success=self._stored, on_failure=self._refused,
                      form=self.form, error_title=tr("Salvataggio non eseguito"))
        return True

    def _stored(self, result: tuple) -> None:
        self.ui.save_button.setEnabled(True)
        self._loaded = None
        self.ui.status_label.setText(tr("Salvato."))
        self.saved.emit(*result)

    def _refused(self, error: BaseException) -> None:
        self.ui.save_button.setEnabled(True)
        if isinstance(error, DuplicateRecordError):
            self._save_errors = {error.field: field_error_text(error.errors[0])}
            self.existing_uuid = error.existing_uuid
            name = literal(error.existing_label)
            self.ui.existing_record_button.setText(tr("Apri la scheda di {name}").format(name=name)
                                                   if name else tr("Apri la scheda già registrata"))
            self.ui.existing_record_button.show()
            self.refresh_messages(focus=True)
            self.ui.status_label.setText(tr("Già registrato: apri la scheda esistente."))
        elif isinstance(error, ValidationError):
            self._save_errors = merge_messages(error.errors)
            self.refresh_messages(focus=True)
            self.ui.status_label.setText(tr("Correggi i campi segnalati in rosso."))

    def cancel(self) -> None:
        if self.has_unsaved_changes() and not Messages.confirm(
                self, tr("Annulla modifiche"), tr("Le modifiche non salvate andranno perse. Continuare?"),
                ok_label=tr("Esci senza salvare")):
            return
        self._loaded = None
        self.cancelled.emit()

    def request_open(self, record_uuid: uuid.UUID | None) -> None:
        """Leave the form for a stored record (a duplicate): ask first if something was typed."""
        if record_uuid is None:
            return
        if self.has_unsaved_changes() and not Messages.confirm(
                self, tr("Apri la scheda esistente"),
                tr("Quello che hai scritto in questo modulo non verrà salvato. Aprire la scheda esistente?"),
                ok_label=tr("Apri la scheda")):
            return
        self._loaded = None
        self.open_existing.emit(record_uuid)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Keys the inputs leave unused arrive here: Enter from a line edit, a combo box or a check box.
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if focused in self.return_handlers:
                self.return_handlers[focused]()
            elif isinstance(focused, (QPushButton, QToolButton)):
                focused.click()  # Enter on a focused button presses it, as in a dialog
            elif focused is not self.duplicates.list:  # there Enter opens the record (activated)
                self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
