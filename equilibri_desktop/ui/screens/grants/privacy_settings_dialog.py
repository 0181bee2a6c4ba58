"""Bandi › Commissione › «Informativa privacy…»: the DPO's contact, the notice's version and the years the data
are kept, as the privacy notice to applicants prints them (art. 13 GDPR)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from equilibri_desktop.services.grants import privacy_notice
from equilibri_desktop.services.grants.privacy_notice import RETENTION_MAX, RETENTION_MIN, PrivacySettings
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screen import clear_field_errors


class PrivacySettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, call_uuid: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacy_settings_dialog")
        self.setWindowTitle(tr("Informativa privacy alle richiedenti"))
        self.setMinimumWidth(520)
        self.ctx, self.call_uuid = ctx, call_uuid
        self.dpo_contact_edit = QLineEdit(self)
        self.dpo_contact_edit.setObjectName("dpo_contact_edit")
        self.privacy_notice_version_edit = QLineEdit(self)
        self.privacy_notice_version_edit.setObjectName("privacy_notice_version_edit")
        self.privacy_notice_version_edit.setPlaceholderText(tr("es. 2/2026: la versione registrata in anagrafica"))
        self.retention_years_edit = QSpinBox(self)
        self.retention_years_edit.setObjectName("retention_years_edit")
        self.retention_years_edit.setRange(RETENTION_MIN, RETENTION_MAX)
        self.retention_years_edit.setSuffix(tr(" anni"))
        form = QFormLayout()
        for field, caption, edit in (("dpo_contact", tr("&Contatto del DPO"), self.dpo_contact_edit),
                                     ("privacy_notice_version", tr("&Versione dell'informativa"),
                                      self.privacy_notice_version_edit),
                                     ("retention_years", tr("C&onservazione dei dati"), self.retention_years_edit)):
            label = QLabel(caption, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            error = QLabel(self, wordWrap=True)
            error.setObjectName(f"{field}_error")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            form.addRow("", error)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)
        settings = run_now(self, lambda: privacy_notice.load_privacy_settings(ctx.db, call_uuid))[1]
        if settings is not None:
            self.dpo_contact_edit.setText(settings.dpo_contact)
            self.privacy_notice_version_edit.setText(settings.version)
            self.retention_years_edit.setValue(settings.retention_years)

    def accept(self) -> None:
        clear_field_errors(self)
        settings = PrivacySettings(self.dpo_contact_edit.text(), self.privacy_notice_version_edit.text(),
                                   self.retention_years_edit.value())
        run_operation(self, lambda: privacy_notice.save_privacy_settings(self.ctx.db, self.call_uuid, settings),
                      on_success=lambda _saved: QDialog.accept(self), form=self,
                      label=tr("Salvataggio dell'informativa"), error_title=tr("Informativa non salvata"))
