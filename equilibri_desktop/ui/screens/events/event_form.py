"""The event's form: kind, title, line of work, place, organiser, target, capacity, registrations open,
minimum attendance, certificate and signer, topics, partners from the registry, and its sessions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.events.attendance import format_hours
from equilibri_desktop.domain.events.codes import (
    CertificateKind,
    EventKind,
    LineOfWork,
    Target,
    default_certificate_kind,
)
from equilibri_desktop.domain.events.rules import EventInput, SessionInput
from equilibri_desktop.services.events import events
from equilibri_desktop.services.events.dto import EventDetail
from equilibri_desktop.services.registry import municipalities
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.widgets.municipality_picker import MunicipalityPicker

_PARTNER_ROLE = 0x0100


def _fill(combo: QComboBox, enum) -> None:
    for member in enum:
        combo.addItem(domain_tr(member.label), member.value)


class EventFormTab(FormScreen):
    FORM = "events/event_form"
    WIDGETS = {
        "title_edit": QLineEdit, "kind_edit": QComboBox, "line_of_work_edit": QComboBox, "target_edit": QComboBox,
        "place_edit": QLineEdit, "municipality_id_edit": MunicipalityPicker, "organiser_edit": QLineEdit,
        "capacity_edit": QLineEdit, "min_attendance_pct_edit": QLineEdit, "certificate_kind_edit": QComboBox,
        "signer_name_edit": QLineEdit, "signer_role_edit": QLineEdit, "registration_open_check": QCheckBox,
        "topics_edit": QPlainTextEdit, "partners_list": QListWidget, "partner_combo": QComboBox,
        "add_partner_button": QPushButton, "remove_partner_button": QPushButton, "sessions_table": QTableWidget,
        "add_session_button": QPushButton, "remove_session_button": QPushButton, "hours_label": QLabel,
        "save_button": QPushButton,
    }
    saved = Signal(object)  # EventDetail

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EventDetail | None = None
        ui = self.ui
        for combo, enum in ((ui.kind_edit, EventKind), (ui.line_of_work_edit, LineOfWork), (ui.target_edit, Target),
                            (ui.certificate_kind_edit, CertificateKind)):
            _fill(combo, enum)
        ui.municipality_id_edit.set_municipalities(municipalities.list_municipalities(ctx.db))
        ui.kind_edit.activated.connect(self._kind_chosen)
        table = ui.sessions_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([tr("Data"), tr("Inizio"), tr("Fine"), tr("Docente / relatore"),
                                         tr("Argomento")])
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(3, max(table.columnWidth(3), table.horizontalHeader().sectionSizeFromContents(3).width()))
        # The registry's longest organisation name must not squeeze the topics and the partners beside it.
        ui.partner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.partner_combo.setMinimumContentsLength(22)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.itemChanged.connect(lambda _item: self._show_hours())
        ui.add_session_button.clicked.connect(self.add_session)
        ui.remove_session_button.clicked.connect(self.remove_session)
        ui.add_partner_button.clicked.connect(self.add_partner)
        ui.remove_partner_button.clicked.connect(lambda: ui.partners_list.takeItem(ui.partners_list.currentRow()))
        ui.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.new_event()

    def set_partner_choices(self, choices) -> None:
        self.ui.partner_combo.clear()
        for org_uuid, name in choices:
            self.ui.partner_combo.addItem(name, org_uuid)

    def _kind_chosen(self, _index: int) -> None:
        kind = default_certificate_kind(self.ui.kind_edit.currentData())
        self.ui.certificate_kind_edit.setCurrentIndex(self.ui.certificate_kind_edit.findData(kind.value))

    def new_event(self) -> None:
        self.load(None, events.event_input_defaults(self.ctx.db))

    def load(self, detail: EventDetail | None, data: EventInput | None = None) -> None:
        self.detail = detail
        data = data or events.event_input(detail)
        ui = self.ui
        clear_field_errors(self.form)
        ui.title_edit.setText(data.title)
        ui.title_edit.setCursorPosition(0)
        for combo, value in ((ui.kind_edit, data.kind), (ui.line_of_work_edit, data.line_of_work),
                             (ui.target_edit, data.target), (ui.certificate_kind_edit, data.certificate_kind)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        ui.place_edit.setText(data.place)
        ui.municipality_id_edit.set_value(data.municipality_id)
        ui.organiser_edit.setText(data.organiser)
        ui.capacity_edit.setText("" if data.capacity is None else str(data.capacity))
        ui.min_attendance_pct_edit.setText(str(data.min_attendance_pct.normalize()).replace(".", ","))
        ui.signer_name_edit.setText(data.signer_name)
        ui.signer_role_edit.setText(data.signer_role)
        for edit in (ui.place_edit, ui.organiser_edit, ui.signer_name_edit, ui.signer_role_edit):
            edit.setCursorPosition(0)  # a long name shows its beginning, not its tail
        ui.registration_open_check.setChecked(data.registration_open)
        ui.topics_edit.setPlainText(data.topics)
        ui.partners_list.clear()
        names = {p.uuid: p.name for p in detail.partners} if detail else {}
        for org_uuid in data.partner_uuids:
            self._partner_item(org_uuid, names.get(org_uuid, ""))
        table = ui.sessions_table
        table.blockSignals(True)
        table.setRowCount(0)
        for s in data.sessions:
            self._session_row(s.day.strftime("%d/%m/%Y"), s.starts.strftime("%H:%M"), s.ends.strftime("%H:%M"),
                              s.trainer, s.topic, s.uuid)
        table.blockSignals(False)
        self._show_hours()

    def _partner_item(self, org_uuid, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(_PARTNER_ROLE, org_uuid)
        self.ui.partners_list.addItem(item)

    def add_partner(self) -> None:
        org_uuid = self.ui.partner_combo.currentData()
        present = {self.ui.partners_list.item(i).data(_PARTNER_ROLE) for i in range(self.ui.partners_list.count())}
        if org_uuid is not None and org_uuid not in present:
            self._partner_item(org_uuid, self.ui.partner_combo.currentText())

    def _session_row(self, *values) -> None:
        table = self.ui.sessions_table
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(values[:5]):
            item = QTableWidgetItem(value)
            if col == 0:
                item.setData(_PARTNER_ROLE, values[5])
            table.setItem(row, col, item)

    def add_session(self) -> None:
        self._session_row("", "09:00", "13:00", "", "", None)
        table = self.ui.sessions_table
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.setFocus()
        table.editItem(table.item(table.rowCount() - 1, 0))

    def remove_session(self) -> None:
        row = self.ui.sessions_table.currentRow()
        if row >= 0:
            self.ui.sessions_table.removeRow(row)
            self._show_hours()

    def _sessions(self) -> tuple[tuple[SessionInput, ...], list[FieldError]]:
        out, problems = [], []
        table = self.ui.sessions_table
        for row in range(table.rowCount()):
            text = [table.item(row, c).text().strip() if table.item(row, c) else "" for c in range(5)]
            try:
                day = datetime.strptime(text[0], "%d/%m/%Y").date()
                starts, ends = (datetime.strptime(t, "%H:%M").time() for t in text[1:3])
            except ValueError:
                problems.append(FieldError("sessions", tr("Sessione {n}: data gg/mm/aaaa e orari hh:mm.")
                                           .format(n=row + 1)))
                continue
            out.append(SessionInput(day, starts, ends, text[3], text[4], table.item(row, 0).data(_PARTNER_ROLE)))
        return tuple(out), problems

    def _show_hours(self) -> None:
        sessions, _ = self._sessions()
        total = sum(max(s.minutes, 0) for s in sessions)
        self.ui.hours_label.setText(tr("Totale: {hours}").format(hours=format_hours(total)))

    def collect(self) -> tuple[EventInput, list[FieldError]]:
        """What the form holds, and the problems the form itself sees (read on the UI thread)."""
        ui = self.ui
        sessions, problems = self._sessions()
        capacity = ui.capacity_edit.text().strip()
        if capacity and not capacity.isdigit():
            problems.append(FieldError("capacity", tr("I posti sono un numero intero (vuoto: illimitati).")))
        try:
            pct = Decimal(ui.min_attendance_pct_edit.text().strip().replace(",", ".") or "0")
        except InvalidOperation:
            problems.append(FieldError("min_attendance_pct", tr("Una percentuale, es. 75.")))
            pct = Decimal(0)
        partners = tuple(ui.partners_list.item(i).data(_PARTNER_ROLE) for i in range(ui.partners_list.count()))
        return EventInput(
            kind=ui.kind_edit.currentData(), title=ui.title_edit.text(),
            line_of_work=ui.line_of_work_edit.currentData(),
            place=ui.place_edit.text(), municipality_id=ui.municipality_id_edit.municipality_id(),
            organiser=ui.organiser_edit.text(), target=ui.target_edit.currentData(),
            capacity=int(capacity) if capacity else None, registration_open=ui.registration_open_check.isChecked(),
            min_attendance_pct=pct, certificate_kind=ui.certificate_kind_edit.currentData(),
            topics=ui.topics_edit.toPlainText().strip(), signer_name=ui.signer_name_edit.text(),
            signer_role=ui.signer_role_edit.text(), partner_uuids=partners, sessions=sessions), problems

    def save(self) -> None:
        detail = self.detail
        data, problems = self.collect()

        def call():
            if problems:
                raise ValidationError(problems)
            if detail is None:
                return events.create_event(self.ctx.db, data)
            return events.update_event(self.ctx.db, detail.uuid, detail.version, data)

        run_operation(self, call, on_success=self._saved, form=self.form, label=tr("Salvataggio dell'evento…"))

    def _saved(self, detail: EventDetail) -> None:
        clear_field_errors(self.form)
        self.load(detail)
        self.saved.emit(detail)
