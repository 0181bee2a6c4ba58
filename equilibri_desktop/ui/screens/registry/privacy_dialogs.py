"""Small dialogs of the person's privacy tab: a notice acknowledgement, a consent, a withdrawal.

Each saves through the service on OK and keeps itself open with the error next to the field when
the service refuses; `recorded` carries the new entry. Opened with `open()` (window-modal, no nested
event loop), so tests drive them like the clerk does.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.person_kinds import ConsentKind, PrivacyChannel
from equilibri_desktop.services.registry import privacy
from equilibri_desktop.services.registry.person_dto import ConsentEntry
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_choices, domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.registry.pages import attach_form
from equilibri_desktop.ui.widgets.field_messages import (
    first_invalid_input,
    merge_messages,
    show_messages,
)
from equilibri_desktop.ui.widgets.input_watch import input_problems

BUTTONS = {"ok_button": QPushButton, "cancel_button": QPushButton, "general_error": QLabel}


class _ServiceDialog(QDialog):
    FORM = ""
    WIDGETS: dict[str, type] = {}
    recorded = Signal(object)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.title())
        self.form, self.ui = attach_form(self, self.FORM, {**BUTTONS, **self.WIDGETS}, margins=(14, 12, 14, 12))
        self.ui.ok_button.clicked.connect(self.accept)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(460)

    def title(self) -> str:
        raise NotImplementedError

    def service_call(self):
        """The service call to run, with the values read from the form now (it runs off the UI thread)."""
        raise NotImplementedError

    def _local_errors(self) -> dict[str, str]:
        return input_problems(self.form, final=True)

    def accept(self) -> None:
        errors = self._local_errors()
        if errors:
            self._show_errors(errors)
            return
        self.ui.general_error.hide()
        run_operation(self, self.service_call(), on_success=self._recorded, on_failure=self._refused, form=self.form)

    def _recorded(self, entry) -> None:
        show_messages(self.form, {}, {})
        self.recorded.emit(entry)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_errors(merge_messages(error.errors))

    def _show_errors(self, errors: dict[str, str]) -> None:
        unplaced = show_messages(self.form, errors, {})
        self.ui.general_error.setText("\n".join(item.message for item in unplaced))
        self.ui.general_error.setVisible(bool(unplaced))
        if (target := first_invalid_input(self.form, errors)) is not None:
            target.setFocus()


class PrivacyAckDialog(_ServiceDialog):
    FORM = "registry/privacy_ack_dialog"
    WIDGETS = {"notice_version_edit": QLineEdit, "acknowledged_on_edit": QLineEdit, "channel_edit": QComboBox}

    def __init__(self, ctx: AppContext, person_uuid: uuid.UUID, parent=None, last_version: str = ""):
        super().__init__(ctx, parent)
        self.person_uuid = person_uuid
        for code, label in domain_choices(PrivacyChannel.choices()):
            self.ui.channel_edit.addItem(label, code)
        self.ui.notice_version_edit.setText(last_version)
        self.ui.acknowledged_on_edit.setDate(office_today())

    def title(self) -> str:
        return tr("Presa visione dell'informativa privacy")

    def service_call(self):
        db, person, version = self.ctx.db, self.person_uuid, self.ui.notice_version_edit.text()
        on, channel = self.ui.acknowledged_on_edit.date(), self.ui.channel_edit.currentData()
        return lambda: privacy.record_privacy_ack(db, person, version, on, channel)


class ConsentDialog(_ServiceDialog):
    FORM = "registry/consent_dialog"
    WIDGETS = {"kind_edit": QComboBox, "given_on_edit": QLineEdit}

    def __init__(self, ctx: AppContext, person_uuid: uuid.UUID, parent=None):
        super().__init__(ctx, parent)
        self.person_uuid = person_uuid
        for code, label in domain_choices(ConsentKind.choices()):
            self.ui.kind_edit.addItem(label, code)
        self.ui.given_on_edit.setDate(office_today())

    def title(self) -> str:
        return tr("Consenso facoltativo")

    def service_call(self):
        db, person = self.ctx.db, self.person_uuid
        kind, on = self.ui.kind_edit.currentData(), self.ui.given_on_edit.date()
        return lambda: privacy.give_consent(db, person, kind, on)


class WithdrawConsentDialog(_ServiceDialog):
    FORM = "registry/withdraw_consent_dialog"
    WIDGETS = {"withdrawn_on_edit": QLineEdit, "intro_label": QLabel}

    def __init__(self, ctx: AppContext, consent: ConsentEntry, parent=None):
        super().__init__(ctx, parent)
        self.consent = consent
        self.ui.intro_label.setText(tr("Revoca del consenso «{kind}» dato il {date}: resta nello storico con le due "
                                       "date.").format(kind=domain_tr(consent.kind_label),
                                                       date=consent.given_on.strftime("%d/%m/%Y")))
        self.ui.withdrawn_on_edit.setDate(office_today())

    def title(self) -> str:
        return tr("Revoca del consenso")

    def service_call(self):
        db, consent, on = self.ctx.db, self.consent, self.ui.withdrawn_on_edit.date()
        return lambda: privacy.withdraw_consent(db, consent.uuid, on, consent.version)
