"""Field mode, first tab: the short registration form with the privacy notice shown, the event's list, consents
for the selected person (also someone the office had registered) and intake notes. Each confirmation is saved
at once: the list only shows what is on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
)

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.events.rules import ParticipantInput
from equilibri_desktop.domain.field.privacy_notice import notice_on
from equilibri_desktop.services.events import participants
from equilibri_desktop.services.events.dto import Consents
from equilibri_desktop.services.field import capture
from equilibri_desktop.services.field.dto import FieldRegistration, NoteRow
from equilibri_desktop.services.registry import municipalities
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.screens.events.rows_model import Col, RowsModel, day, row_at, sortable
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.municipality_picker import MunicipalityPicker


def _columns() -> list[Col]:
    return [
        Col(tr("Cognome e nome"), lambda p: p.name),
        Col(tr("Stato"), lambda p: domain_tr(p.status_label)),
        Col(tr("Nata/o il"), lambda p: day(p.birth_date), lambda p: p.birth_date.isoformat() if p.birth_date else ""),
        Col(tr("Comune"), lambda p: p.municipality),
        Col(tr("Informativa"), lambda p: p.privacy_notice_version),
        Col(tr("Foto"), lambda p: tr("sì") if p.consent_photos else ""),
    ]


class FieldRegistrationTab(FormScreen):
    FORM = "field/field_registration"
    WIDGETS = {
        "surname_edit": QLineEdit, "first_name_edit": QLineEdit, "fiscal_code_edit": QLineEdit,
        "birth_date_edit": DateEdit, "municipality_id_edit": MunicipalityPicker, "phone_edit": QLineEdit,
        "email_edit": QLineEdit, "privacy_notice": QLabel, "privacy_check": QCheckBox, "photos_check": QCheckBox,
        "news_check": QCheckBox, "register_button": QPushButton, "consents_button": QPushButton,
        "register_status": QLabel, "count_label": QLabel, "participants_view": QTableView, "note_edit": QLineEdit,
        "note_button": QPushButton, "notes_list": QListWidget,
    }

    def __init__(self, ctx, event_uuid, parent=None):
        super().__init__(parent)
        self.ctx, self.event_uuid = ctx, event_uuid
        ui = self.ui
        self.notice_version, text = notice_on(office_today())
        ui.privacy_notice.setText(tr("Versione {version}. {text}").format(version=self.notice_version, text=text))
        ui.municipality_id_edit.set_municipalities(municipalities.list_municipalities(ctx.db))
        self.model = RowsModel(_columns(), self)
        view = ui.participants_view
        view.setModel(sortable(self.model, self))
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        for edit in (ui.surname_edit, ui.first_name_edit, ui.fiscal_code_edit, ui.phone_edit, ui.email_edit):
            edit.returnPressed.connect(self.register)
        ui.register_button.clicked.connect(self.register)
        ui.consents_button.clicked.connect(self.record_consents)
        ui.note_edit.returnPressed.connect(self.add_note)
        ui.note_button.clicked.connect(self.add_note)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(participants.list_participants(self.ctx.db, self.event_uuid))
        self.ui.count_label.setText(tr("Iscrizioni all'evento: {n}").format(n=len(self.model.rows)))
        self._show_notes(capture.list_notes(self.ctx.db))

    def has_unsaved_changes(self) -> bool:
        return bool(self.ui.surname_edit.text().strip() or self.ui.first_name_edit.text().strip()
                    or self.ui.note_edit.text().strip())

    def _consents(self) -> Consents:
        return Consents(self.notice_version if self.ui.privacy_check.isChecked() else "",
                        self.ui.photos_check.isChecked(), self.ui.news_check.isChecked())

    def register(self) -> None:
        ui = self.ui
        data = ParticipantInput(surname=ui.surname_edit.text(), first_name=ui.first_name_edit.text(),
                                birth_date=ui.birth_date_edit.date(),
                                municipality_id=ui.municipality_id_edit.municipality_id(),
                                fiscal_code=ui.fiscal_code_edit.text(), phone=ui.phone_edit.text(),
                                email=ui.email_edit.text())
        consents, event_uuid, db = self._consents(), self.event_uuid, self.ctx.db
        clear_field_errors(self.form)
        ui.register_button.setEnabled(False)
        run_operation(self, lambda: capture.register_and_check(db, event_uuid, data, consents),
                      on_success=self._registered, on_failure=lambda _e: ui.register_button.setEnabled(True),
                      form=self.form, label=tr("Salvataggio dell'iscrizione…"),
                      error_title=tr("Iscrizione non salvata"))

    def _registered(self, checked: FieldRegistration) -> None:
        ui, result = self.ui, checked.registration
        ui.register_button.setEnabled(True)
        for edit in (ui.surname_edit, ui.first_name_edit, ui.fiscal_code_edit, ui.phone_edit, ui.email_edit):
            edit.clear()
        ui.birth_date_edit.clear()
        ui.photos_check.setChecked(False)
        ui.news_check.setChecked(False)
        message = tr("{name} era già iscritta/o: iscrizione completata.") if result.merged else \
            tr("{name} iscritta/o e salvata/o.")
        message = message.format(name=result.participant.name)
        if checked.repeats:
            message += " " + tr("Attenzione: forse è già nell'elenco come {names} (nome simile, stessa data di nascita "
                                "o stesso comune). Controlla con la persona: se è lei/lui, annota il doppione per "
                                "l'ufficio.").format(names=", ".join(checked.repeats))
        ui.register_status.setText(message)
        self.refresh()
        ui.surname_edit.setFocus()

    def record_consents(self) -> None:
        row = row_at(self.ui.participants_view)
        if row is None:
            self.ui.register_status.setText(tr("Seleziona prima una persona nell'elenco."))
            return
        consents, db = self._consents(), self.ctx.db
        run_operation(self, lambda: participants.record_consents(db, row.uuid, consents),
                      on_success=lambda p: (self.ui.register_status.setText(
                          tr("Consensi di {name} salvati.").format(name=p.name)), self.refresh()),
                      label=tr("Salvataggio dei consensi…"))

    def add_note(self) -> None:
        row = row_at(self.ui.participants_view)
        if row is None:
            self.ui.register_status.setText(tr("Seleziona prima una persona nell'elenco."))
            return
        text, db = self.ui.note_edit.text(), self.ctx.db
        clear_field_errors(self.form)
        run_operation(self, lambda: capture.add_note(db, row.uuid, text), on_success=self._noted, form=self.form,
                      label=tr("Salvataggio della nota…"))

    def _noted(self, _note: NoteRow) -> None:
        self.ui.note_edit.clear()
        self._show_notes(capture.list_notes(self.ctx.db))

    def _show_notes(self, notes) -> None:
        self.ui.notes_list.clear()
        for note in notes:
            self.ui.notes_list.addItem(f"{note.at.astimezone():%d/%m %H:%M} — {note.participant}: {note.text}")
