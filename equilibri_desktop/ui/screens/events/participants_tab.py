"""Participants of an event: quick registration (from the registry or new, with consents), the list with
statuses and waiting-list places, status changes along the allowed transitions, merging duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from equilibri_desktop.domain.events.codes import Target
from equilibri_desktop.domain.events.rules import ParticipantInput
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.services.events import duplicates, participants
from equilibri_desktop.services.events.dto import Consents, ParticipantRow, Registration
from equilibri_desktop.services.registry import municipalities
from equilibri_desktop.services.registry.search import PersonFilter, Sort, search_people
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.screens.events.rows_model import (
    Col,
    RowsModel,
    day,
    row_at,
    sortable,
)
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.municipality_picker import MunicipalityPicker
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

DEFAULT_PRIVACY_VERSION = "2026.1"


def person_search(ctx):
    """The registry's own search for the picker: name, birth date, code, municipality."""
    def search(text: str, limit: int):
        rows = search_people(ctx.db, PersonFilter(text=text), Sort(), 0, limit).items
        return [(r.uuid, r.display_name, " — ".join(part for part in (
            r.display_name, day(r.birth_date), r.fiscal_code, r.municipality) if part)) for r in rows]
    return search


def _columns() -> list[Col]:
    return [
        Col(tr("Cognome e nome"), lambda p: p.name),
        Col(tr("Ente"), lambda p: p.organisation),
        Col(tr("Stato"), lambda p: domain_tr(p.status_label)),
        Col(tr("Attesa"), lambda p: str(p.waiting_position or ""), lambda p: p.waiting_position or 0, right=True),
        Col(tr("Nata/o il"), lambda p: day(p.birth_date), lambda p: p.birth_date.isoformat() if p.birth_date else ""),
        Col(tr("Comune"), lambda p: p.municipality),
        Col(tr("Anagrafica"), lambda p: tr("sì") if p.in_registry else tr("da completare")),
        Col(tr("Informativa"), lambda p: p.privacy_notice_version),
    ]


class ParticipantsTab(FormScreen):
    FORM = "events/event_participants"
    WIDGETS = {
        "person_edit": PersonPicker, "surname_edit": QLineEdit, "first_name_edit": QLineEdit,
        "birth_date_edit": DateEdit, "municipality_id_edit": MunicipalityPicker, "fiscal_code_edit": QLineEdit,
        "sex_edit": QComboBox, "phone_edit": QLineEdit, "email_edit": QLineEdit, "organisation_name_edit": QLineEdit,
        "participant_kind_edit": QComboBox, "privacy_edit": QLineEdit, "photos_check": QCheckBox,
        "news_check": QCheckBox, "register_button": QPushButton, "register_status": QLabel,
        "participants_view": QTableView, "status_combo": QComboBox, "change_status_button": QPushButton,
        "duplicates_button": QPushButton, "edit_button": QPushButton,
    }

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_uuid = None
        self.editing: ParticipantRow | None = None  # the registration the form completes, None: a new one
        ui = self.ui
        ui.person_edit.set_search(person_search(ctx))
        ui.person_edit.personChosen.connect(self._person_chosen)
        ui.municipality_id_edit.set_municipalities(municipalities.list_municipalities(ctx.db))
        for text, value in ((tr("—"), ""), (tr("F"), "F"), (tr("M"), "M")):
            ui.sex_edit.addItem(text, value)
        for member in Target:
            ui.participant_kind_edit.addItem(domain_tr(member.label), member.value)
        ui.privacy_edit.setText(DEFAULT_PRIVACY_VERSION)
        self.model = RowsModel(_columns(), self)
        self.proxy = sortable(self.model, self)
        view = ui.participants_view
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._statuses())
        for edit in (ui.surname_edit, ui.first_name_edit, ui.fiscal_code_edit, ui.phone_edit, ui.email_edit,
                     ui.organisation_name_edit, ui.privacy_edit):
            edit.returnPressed.connect(self.register)
        ui.register_button.clicked.connect(self.register)
        ui.change_status_button.clicked.connect(self.change_status)
        ui.duplicates_button.clicked.connect(self.merge_duplicates)
        ui.edit_button.clicked.connect(self.edit_selected)

    def show_event(self, event_uuid) -> None:
        if event_uuid != self.event_uuid and self.editing is not None:
            self.editing = None  # another event: the half-corrected registration is left as it was saved
            self.ui.register_button.setText(tr("Iscrivi"))
        self.event_uuid = event_uuid
        self.refresh()

    def refresh(self) -> None:
        if self.event_uuid is None:
            self.model.set_rows(())
            return
        self.model.set_rows(participants.list_participants(self.ctx.db, self.event_uuid))
        if self.model.rows and not self.ui.participants_view.currentIndex().isValid():
            self.ui.participants_view.selectRow(0)
        self._statuses()

    def _person_chosen(self, person_uuid) -> None:
        if person_uuid is not None:
            self.ui.register_status.setText(tr("Dall'anagrafica: premi Iscrivi (i dati vengono dalla scheda)."))

    def _form_input(self) -> ParticipantInput:
        ui = self.ui
        return ParticipantInput(
            surname=ui.surname_edit.text(), first_name=ui.first_name_edit.text(), sex=ui.sex_edit.currentData(),
            birth_date=ui.birth_date_edit.date(), municipality_id=ui.municipality_id_edit.municipality_id(),
            fiscal_code=ui.fiscal_code_edit.text(), phone=ui.phone_edit.text(), email=ui.email_edit.text(),
            organisation_name=ui.organisation_name_edit.text(),
            participant_kind=ui.participant_kind_edit.currentData(), person_uuid=ui.person_edit.person_uuid())

    def register(self) -> None:
        if self.event_uuid is None:
            return
        data = self._form_input()
        consents = Consents(self.ui.privacy_edit.text().strip(), self.ui.photos_check.isChecked(),
                            self.ui.news_check.isChecked())
        if self.editing is not None:
            self._save_edit(self.editing, data, consents)
            return
        event_uuid = self.event_uuid
        run_operation(self, lambda: participants.register_participant(self.ctx.db, event_uuid, data, consents),
                      on_success=self._registered, form=self.form, label=tr("Iscrizione…"))

    def _registered(self, result: Registration) -> None:
        p = result.participant
        if result.merged:
            text = tr("{name} era già iscritta/o: dati uniti alla stessa iscrizione.").format(name=p.name)
        elif p.status == ParticipantStatus.IN_ATTESA.value:
            text = tr("{name} in lista d'attesa ({n}°).").format(name=p.name, n=p.waiting_position)
        else:
            text = tr("{name} iscritta/o.").format(name=p.name)
        self._clear_form(text)

    def _clear_form(self, status: str) -> None:
        """Ready for the next registration."""
        self.editing = None
        self.ui.register_button.setText(tr("Iscrivi"))
        self.ui.register_status.setText(status)
        clear_field_errors(self.form)
        for edit in (self.ui.surname_edit, self.ui.first_name_edit, self.ui.fiscal_code_edit, self.ui.phone_edit,
                     self.ui.email_edit, self.ui.birth_date_edit, self.ui.organisation_name_edit):
            edit.clear()
        self.ui.municipality_id_edit.clear_value()
        self.ui.sex_edit.setCurrentIndex(0)
        self.ui.privacy_edit.setText(DEFAULT_PRIVACY_VERSION)
        self.ui.person_edit.set_person(None)
        self.ui.photos_check.setChecked(False)
        self.ui.news_check.setChecked(False)
        self.refresh()
        self.ui.surname_edit.setFocus()

    # --- completing a registration later (someone new at the event, completed in the office) ----------
    def edit_selected(self) -> None:
        p = self.selected()
        if p is None:
            return
        ui = self.ui
        self.editing = p
        clear_field_errors(self.form)
        ui.person_edit.set_person(None)
        for edit, text in ((ui.surname_edit, p.surname), (ui.first_name_edit, p.first_name),
                           (ui.fiscal_code_edit, p.fiscal_code), (ui.phone_edit, p.phone), (ui.email_edit, p.email),
                           (ui.organisation_name_edit, p.organisation), (ui.privacy_edit, p.privacy_notice_version)):
            edit.setText(text)
            edit.setCursorPosition(0)
        ui.birth_date_edit.setDate(p.birth_date)
        ui.municipality_id_edit.set_value(p.municipality_id)
        ui.sex_edit.setCurrentIndex(max(ui.sex_edit.findData(p.sex), 0))
        ui.participant_kind_edit.setCurrentIndex(max(ui.participant_kind_edit.findData(p.participant_kind), 0))
        ui.photos_check.setChecked(p.consent_photos)
        ui.news_check.setChecked(p.consent_news)
        ui.register_button.setText(tr("Salva i dati"))
        ui.register_status.setText(tr("Completa o correggi i dati di {name}, poi Invio; Esc torna all'iscrizione.")
                                   .format(name=p.name))
        ui.surname_edit.setFocus()

    def _save_edit(self, p: ParticipantRow, data: ParticipantInput, consents: Consents) -> None:
        db = self.ctx.db

        def call():
            participants.update_participant(db, p.uuid, data)
            return participants.record_consents(db, p.uuid, consents)

        run_operation(self, call, form=self.form, label=tr("Salvataggio…"), on_success=lambda row: self._clear_form(
            tr("Dati di {name} salvati.").format(name=row.name)))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.editing is not None:
            self._clear_form(tr("Modifica annullata: nulla è stato salvato."))
            return
        super().keyPressEvent(event)

    def selected(self) -> ParticipantRow | None:
        return row_at(self.ui.participants_view)

    def _statuses(self) -> None:
        """Only the statuses the domain allows from the selected one are offered."""
        combo, p = self.ui.status_combo, self.selected()
        combo.clear()
        for code in p.next_statuses if p else ():
            combo.addItem(domain_tr(ParticipantStatus(code).label), code)
        self.ui.change_status_button.setEnabled(combo.count() > 0)
        self.ui.edit_button.setEnabled(p is not None)

    def change_status(self) -> None:
        p, new = self.selected(), self.ui.status_combo.currentData()
        if p is None or not new:
            return
        if new == ParticipantStatus.ANNULLATA.value and not Messages.confirm(
                self, tr("Annulla l'iscrizione"), tr("Annullare l'iscrizione di {name}? Il posto passa al primo "
                                                     "in lista d'attesa.").format(name=p.name)):
            return
        run_operation(self, lambda: participants.change_status(self.ctx.db, p.uuid, new),
                      on_success=self._status_changed, label=tr("Cambio di stato…"))

    def _status_changed(self, result) -> None:
        row, promoted = result
        text = tr("{name}: {status}.").format(name=row.name, status=domain_tr(row.status_label))
        if promoted:
            text += " " + tr("Dalla lista d'attesa è passata/o tra gli iscritti: {n}.").format(n=len(promoted))
        self.ui.register_status.setText(text)
        self.refresh()

    def merge_duplicates(self) -> None:
        groups = duplicates.duplicate_groups(self.ctx.db, self.event_uuid)
        if not groups:
            Messages.inform(self, tr("Doppioni"), tr("Nessuna persona risulta iscritta due volte."))
            return
        names = "\n".join(", ".join(p.name for p in g) for g in groups)
        if not Messages.confirm(self, tr("Unisci i doppioni"), tr("Stesse persone iscritte più volte:\n{names}\n\n"
                                                                  "Unire le iscrizioni?").format(names=names)):
            return
        pairs = [(g[0].uuid, other.uuid) for g in groups for other in g[1:]]

        def call():
            for keep, drop in pairs:
                duplicates.merge_participants(self.ctx.db, keep, drop)
            return len(pairs)

        run_operation(self, call, on_success=lambda n: (self.ui.register_status.setText(
            tr("Iscrizioni unite: {n}.").format(n=n)), self.refresh()), label=tr("Unione dei doppioni…"))
