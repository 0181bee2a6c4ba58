"""Individual agile-work agreements of the pathway's organisation: the list (printed or not) and the form, with
the law's checks shown next to the fields while typing (notice, bands) and again on saving; print as PDF/A."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.flexwork.agreement import AgreementInput
from equilibri_desktop.domain.flexwork.codes import AgreementDuration, EmploymentType, Priority
from equilibri_desktop.services.flexwork import agreements, documents, settings
from equilibri_desktop.services.flexwork.dto import AgreementDetail, AgreementRow, PathwayDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.flexwork.fields import (
    ERROR_STYLE,
    FieldForm,
    band_text,
    scrolling,
    select_code,
    set_band,
)
from equilibri_desktop.ui.screens.flexwork.regulation_tab import place_boxes
from equilibri_desktop.ui.screens.flexwork.withdrawal_dialog import WithdrawalDialog
from equilibri_desktop.ui.screens.welfare.common import fill_table
from equilibri_desktop.ui.service_messages import field_error_text
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

LIVE_FIELDS = ("notice_days_worker", "notice_days_employer", "contact", "disconnection", "end_on")
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgreementsTab(QWidget):
    changed = Signal()
    printed = Signal(object)  # DocumentRef

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pathway: PathwayDetail | None = None
        self.current: AgreementDetail | None = None
        self.view = QTableWidget()
        self.view.setObjectName("agreements_view")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.itemSelectionChanged.connect(self._row_chosen)
        self.count_label = QLabel()
        f = self.form = FieldForm()
        self.worker = f.add("person", tr("&Lavoratore"), PersonPicker())
        self.worker.set_search(lambda text, limit: [
            (r.uuid, r.name, f"{r.name} — {r.detail}") for r in agreements.worker_choices(ctx.db, text, limit)])
        self.duration = f.choice("duration", tr("&Durata dell'accordo"), AgreementDuration)
        self.signed_on = f.date("signed_on", tr("&Sottoscritto il"))
        self.start_on = f.date("start_on", tr("&Inizio lavoro agile"))
        self.end_on = f.date("end_on", tr("&Fine (se prevista)"))
        self.employment_start = f.date("employment_start", tr("Inizio del &rapporto"))
        self.employment_type = f.choice("employment_type", tr("&Tipo di rapporto"), EmploymentType)
        self.remote_days = f.number("remote_days", tr("Giornate &agili a settimana"), 7)
        self.office_days = f.number("office_days", tr("Giornate in s&ede a settimana"), 7)
        self.places = place_boxes(f, "places", tr("L&uoghi"))
        self.tools = f.text("tools", tr("Stru&menti"))
        self.contact = f.band("contact", tr("Fascia di &contattabilità"))
        self.disconnection = f.band("disconnection", tr("Fascia di &disconnessione"))
        self.rest_times = f.text("rest_times", tr("Tempi di &riposo"), 3)
        self.directive = f.text("directive_power", tr("Potere &direttivo e controlli (art. 21)"), 4)
        self.safety_on = f.date("safety_notice_on", tr("Informativa sicurezza (art. &22) del"))
        self.notice_worker = f.number("notice_days_worker", tr("Preavviso del la&voratore (giorni)"), 365)
        self.notice_employer = f.number("notice_days_employer", tr("Preavviso del &datore (giorni)"), 365)
        self.justified = f.text("justified_cause", tr("&Giustificato motivo"), 3)
        self.disabled = f.check("worker_disabled", tr("Lavoratore con disa&bilità (L. 68/1999)"))
        self.priority = f.choice("priority", tr("Priorità (art. 18 c. &3-bis)"), Priority)
        for spin in (self.notice_worker, self.notice_employer):
            spin.valueChanged.connect(lambda _v: self.check_now())
        self.disabled.toggled.connect(lambda _v: self.check_now())
        self.duration.currentIndexChanged.connect(lambda _i: self.check_now())
        for edit in (*self.contact, *self.disconnection, self.start_on, self.end_on):
            edit.editingFinished.connect(self.check_now)
        self.new_button = QPushButton(tr("&Nuovo accordo"))
        self.new_button.setObjectName("new_agreement_button")
        self.new_button.clicked.connect(lambda: self.load_agreement(None))
        self.save_button = QPushButton(tr("&Salva l'accordo"))
        self.save_button.setObjectName("save_agreement_button")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(tr("Stam&pa (PDF/A)"))
        self.print_button.setObjectName("print_agreement_button")
        self.print_button.clicked.connect(self.print_agreement)
        self.withdraw_button = QPushButton(tr("&Recesso…"))
        self.withdraw_button.setObjectName("withdraw_agreement_button")
        self.withdraw_button.clicked.connect(self.open_withdrawal)
        # How long the office keeps agreements (5 years from signature by law, DM 149/2022): an office setting.
        self.retention = QSpinBox()
        self.retention.setObjectName("retention_years_edit")
        self.retention.setRange(1, 50)
        self.retention.setSuffix(tr(" anni"))
        self.retention_button = QPushButton(tr("Imposta la c&onservazione"))
        self.retention_button.setObjectName("retention_button")
        self.retention_button.clicked.connect(self.save_retention)
        self.retention_error = QLabel()
        self.retention_error.setObjectName("retention_years_error")
        self.retention_error.setStyleSheet(ERROR_STYLE)
        self.retention_error.hide()
        self.retention_box = QWidget()
        retention_row = QHBoxLayout(self.retention_box)
        retention_row.setContentsMargins(0, 0, 0, 0)
        retention_row.addWidget(QLabel(tr("Conservazione degli accordi dalla firma:")))
        retention_row.addWidget(self.retention)
        retention_row.addWidget(self.retention_button)
        retention_row.addWidget(self.retention_error, 1)
        manager = ctx.db.actor.can(Permission.SETTINGS_MANAGE)
        self.retention.setEnabled(manager)
        self.retention_button.setVisible(manager)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.count_label)
        top_layout.addWidget(self.retention_box)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.print_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scrolling(bottom))
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- list --------------------------------------------------------------------------------------
    def load(self, pathway: PathwayDetail | None) -> None:
        self.pathway = pathway
        self.setEnabled(pathway is not None)
        self.load_agreement(None)
        self.refresh()

    def refresh(self) -> None:
        run_operation(self, lambda: settings.retention_years(self.ctx.db), on_success=self.retention.setValue,
                      writes=False)
        if self.pathway is None:
            self._show_rows(())
            return
        pathway_uuid = self.pathway.uuid
        run_operation(self, lambda: agreements.list_agreements(self.ctx.db, pathway_uuid), on_success=self._show_rows,
                      writes=False)

    def _show_rows(self, rows: tuple[AgreementRow, ...]) -> None:
        fill_table(self.view, [tr("Lavoratore"), tr("Inizio"), tr("Fine"), tr("Giorni agili"), tr("Priorità"),
                               tr("Stampato")],
                   [(r.worker, (f"{r.start_on:%d/%m/%Y}", r.start_on.toordinal()),
                     (f"{r.end_on:%d/%m/%Y}", r.end_on.toordinal()) if r.end_on else ("—", 0),
                     (str(r.remote_days), r.remote_days), r.priority, tr("sì") if r.printed else tr("no"))
                    for r in rows], stretch=0, right=(3,))
        for row, r in enumerate(rows):
            self.view.item(row, 0).setData(UUID_ROLE, r.uuid)
        printed = sum(1 for r in rows if r.printed)
        self.count_label.setText(tr("{n} accordi, {p} stampati").format(n=len(rows), p=printed))

    def _row_chosen(self) -> None:
        items = self.view.selectedItems()
        if not items:
            return
        agreement_uuid = self.view.item(items[0].row(), 0).data(UUID_ROLE)
        if self.current and self.current.uuid == agreement_uuid:
            return
        run_operation(self, lambda: agreements.get_agreement(self.ctx.db, agreement_uuid),
                      on_success=self.load_agreement, writes=False)

    # --- form --------------------------------------------------------------------------------------
    def load_agreement(self, detail: AgreementDetail | None) -> None:
        self.current = detail
        clear_field_errors(self.form)
        a = detail.data if detail else AgreementInput(tools=(self.pathway.regulation.tools if self.pathway and
                                                             self.pathway.regulation else ""))
        self.worker.set_person(detail.worker.uuid if detail else None, detail.worker.name if detail else "")
        select_code(self.duration, a.duration)
        for edit, value in ((self.signed_on, a.signed_on), (self.start_on, a.start_on), (self.end_on, a.end_on),
                            (self.employment_start, a.employment_start), (self.safety_on, a.safety_notice_on)):
            edit.setDate(value)
        select_code(self.employment_type, a.employment_type)
        self.remote_days.setValue(a.remote_days)
        self.office_days.setValue(a.office_days)
        for place, box in self.places.items():
            box.setChecked(place in a.places)
        self.tools.setPlainText(a.tools)
        for (start, end), (first, last) in ((self.contact, (a.contact_start, a.contact_end)),
                                            (self.disconnection, (a.disconnection_start, a.disconnection_end))):
            set_band(start, first)
            set_band(end, last)
        self.rest_times.setPlainText(a.rest_times)
        self.directive.setPlainText(a.directive_power)
        self.justified.setPlainText(a.justified_cause)
        self.notice_worker.setValue(a.notice_days_worker)
        self.notice_employer.setValue(a.notice_days_employer)
        self.disabled.setChecked(a.worker_disabled)
        select_code(self.priority, a.priority)
        self.print_button.setEnabled(detail is not None)
        self.save_button.setEnabled(detail is None or detail.withdrawn_on is None)
        self.withdraw_button.setEnabled(detail is not None and detail.withdrawn_on is None)
        clear_field_errors(self.form)

    def collect(self) -> AgreementInput:
        return AgreementInput(
            person_uuid=self.worker.person_uuid(), duration=AgreementDuration(self.duration.currentData()),
            signed_on=self.signed_on.date(), start_on=self.start_on.date(), end_on=self.end_on.date(),
            employment_start=self.employment_start.date(),
            employment_type=EmploymentType(self.employment_type.currentData()),
            remote_days=self.remote_days.value(), office_days=self.office_days.value(),
            places=tuple(p for p, box in self.places.items() if box.isChecked()), tools=self.tools.toPlainText(),
            contact_start=band_text(self.contact[0]), contact_end=band_text(self.contact[1]),
            disconnection_start=band_text(self.disconnection[0]), disconnection_end=band_text(self.disconnection[1]),
            rest_times=self.rest_times.toPlainText(), directive_power=self.directive.toPlainText(),
            safety_notice_on=self.safety_on.date(), notice_days_worker=self.notice_worker.value(),
            notice_days_employer=self.notice_employer.value(), justified_cause=self.justified.toPlainText(),
            worker_disabled=self.disabled.isChecked(), priority=Priority(self.priority.currentData()))

    def check_now(self) -> None:
        """The law's checks on notice and bands as soon as a value changes (the service repeats them on save)."""
        required = bool(self.pathway and self.pathway.contact_band_required)
        problems = {e.field: e for e in self.collect().problems(required)}
        for field in LIVE_FIELDS:
            label = self.form.findChild(QLabel, f"{field}_error")
            error = problems.get(field)
            label.setText(field_error_text(error) if error else "")
            label.setStyleSheet(ERROR_STYLE)
            label.setVisible(error is not None)

    def save(self) -> None:
        if self.pathway is None:
            return
        data, pathway_uuid, current = self.collect(), self.pathway.uuid, self.current
        run_operation(self, lambda: agreements.save_agreement(
            self.ctx.db, pathway_uuid, data, current.uuid if current else None, current.version if current else None),
            on_success=self._saved, form=self.form, error_title=tr("Accordo non salvato"))

    def _saved(self, detail: AgreementDetail) -> None:
        self.load_agreement(detail)
        self.refresh()
        self.changed.emit()

    def print_agreement(self) -> None:
        if self.current is None:
            return
        agreement_uuid = self.current.uuid
        run_operation(self, lambda: documents.print_agreement(self.ctx.db, agreement_uuid),
                      on_success=self._printed, error_title=tr("Stampa non eseguita"))

    def _printed(self, ref) -> None:
        self.refresh()
        self.printed.emit(ref)


    def open_withdrawal(self) -> None:
        if self.current is None:
            return
        self.withdrawal = WithdrawalDialog(self.ctx, self.current, self)
        self.withdrawal.withdrawn.connect(self._saved)
        self.withdrawal.open()

    def save_retention(self) -> None:
        years = self.retention.value()
        run_operation(self, lambda: settings.set_retention_years(self.ctx.db, years),
                      on_success=self.retention.setValue, form=self.retention_box,
                      error_title=tr("Impostazione non salvata"))
