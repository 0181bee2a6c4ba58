"""The engagement's card: firm or network from the registry, workforce, agreement, stage, next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.welfare.engagement import (
    EngagementInput,
    Stage,
    UnionRepresentation,
)
from equilibri_desktop.services.welfare import documents, engagements
from equilibri_desktop.services.welfare.dto import EngagementDetail, FirmRef
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.welfare.common import (
    FormTab,
    compact,
    fill_enum,
    from_qdate,
    select_data,
    to_qdate,
)

COUNTS = ("employees_women", "employees_men", "employees_permanent", "employees_fixed_term", "employees_part_time")


class EngagementTab(FormTab):
    FORM = "welfare/engagement_form"
    KEEP_TOP = True
    WIDGETS = {
        "title_edit": QLineEdit, "started_on_edit": QDateEdit, "stage_edit": QComboBox, "consultant_edit": QLineEdit,
        "network_name_edit": QLineEdit, "ateco_edit": QLineEdit, "collective_agreement_edit": QLineEdit,
        "union_representation_edit": QComboBox, **{f"{name}_edit": QSpinBox for name in COUNTS},
        "firm_combo": QComboBox, "add_firm_button": QPushButton, "remove_firm_button": QPushButton,
        "organisations_list": QListWidget, "next_steps_edit": QPlainTextEdit, "notes_edit": QPlainTextEdit,
        "save_button": QPushButton, "status_label": QLabel, "print_activity_button": QPushButton,
    }
    saved = Signal(object)  # EngagementDetail
    printed = Signal(object)  # DocumentRef

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EngagementDetail | None = None
        self.dirty = False
        compact(self.ui.firm_combo, 30)
        fill_enum(self.ui.stage_edit, Stage)
        fill_enum(self.ui.union_representation_edit, UnionRepresentation)
        self.ui.add_firm_button.clicked.connect(self.add_firm)
        self.ui.remove_firm_button.clicked.connect(self.remove_firm)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.print_activity_button.clicked.connect(self.print_activity)
        for edit in (self.ui.title_edit, self.ui.consultant_edit, self.ui.network_name_edit, self.ui.ateco_edit,
                     self.ui.collective_agreement_edit):
            edit.textEdited.connect(self._touched)
            edit.returnPressed.connect(self.save)
        for name in ("next_steps_edit", "notes_edit"):
            getattr(self.ui, name).textChanged.connect(self._touched)
        run_operation(self, lambda: engagements.firm_choices(ctx.db), on_success=self._firms_loaded, writes=False)

    def _touched(self, *_args) -> None:
        self.dirty = True

    def _firms_loaded(self, firms: tuple[FirmRef, ...]) -> None:
        combo = self.ui.firm_combo
        combo.clear()
        for firm in firms:
            combo.addItem(firm.name, firm)
        combo.setCurrentIndex(-1)

    def _firm_uuids(self) -> tuple:
        return tuple(self.ui.organisations_list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.ui.organisations_list.count()))

    def _add_firm_item(self, firm: FirmRef) -> None:
        if firm.uuid in self._firm_uuids():
            return
        item = QListWidgetItem(firm.name)
        item.setData(Qt.ItemDataRole.UserRole, firm.uuid)
        self.ui.organisations_list.addItem(item)

    def add_firm(self) -> None:
        firm = self.ui.firm_combo.currentData()
        if firm is not None:
            self._add_firm_item(firm)
            self.dirty = True

    def remove_firm(self) -> None:
        row = self.ui.organisations_list.currentRow()
        if row >= 0:
            self.ui.organisations_list.takeItem(row)
            self.dirty = True

    def load(self, detail: EngagementDetail | None) -> None:
        """Show an engagement, or an empty card for a new one."""
        self.detail = detail
        clear_field_errors(self.form)
        ui = self.ui
        ui.title_edit.setText(detail.title if detail else "")
        ui.started_on_edit.setDate(to_qdate(detail.started_on if detail else office_today()))
        select_data(ui.stage_edit, detail.stage if detail else Stage.KICK_OFF)
        ui.consultant_edit.setText(detail.consultant if detail else self.ctx.db.actor.display_name)
        ui.network_name_edit.setText(detail.network_name if detail else "")
        ui.ateco_edit.setText(detail.ateco if detail else "")
        ui.collective_agreement_edit.setText(detail.collective_agreement if detail else "")
        select_data(ui.union_representation_edit, detail.union_representation if detail else UnionRepresentation.NONE)
        for name in COUNTS:
            getattr(ui, f"{name}_edit").setValue(getattr(detail, name) if detail else 0)
        ui.organisations_list.clear()
        for firm in detail.firms if detail else ():
            self._add_firm_item(firm)
        ui.next_steps_edit.setPlainText(detail.next_steps if detail else "")
        ui.notes_edit.setPlainText(detail.notes if detail else "")
        ui.print_activity_button.setEnabled(detail is not None)
        ui.status_label.clear()
        self.dirty = False

    def collect(self) -> EngagementInput:
        ui = self.ui
        return EngagementInput(
            title=ui.title_edit.text(), organisation_uuids=self._firm_uuids(), network_name=ui.network_name_edit.text(),
            ateco=ui.ateco_edit.text().strip(), **{n: getattr(ui, f"{n}_edit").value() for n in COUNTS},
            collective_agreement=ui.collective_agreement_edit.text(),
            union_representation=UnionRepresentation(ui.union_representation_edit.currentData()),
            consultant=ui.consultant_edit.text(), started_on=from_qdate(ui.started_on_edit.date()),
            stage=Stage(ui.stage_edit.currentData()),
            next_steps=ui.next_steps_edit.toPlainText(), notes=ui.notes_edit.toPlainText())

    def save(self) -> None:
        data, detail, db = self.collect(), self.detail, self.ctx.db
        if detail is None:
            def call():
                return engagements.create_engagement(db, data)
        else:
            def call():
                return engagements.update_engagement(db, detail.uuid, data, detail.version)
        clear_field_errors(self.form)
        run_operation(self, call, on_success=self._saved, form=self.form, label=tr("Salvataggio…"))

    def _saved(self, detail: EngagementDetail) -> None:
        self.load(detail)
        self.ui.status_label.setText(tr("Salvato."))
        self.saved.emit(detail)

    def _printed(self, ref) -> None:
        self.ui.status_label.setText(tr("Relazione n. {n} registrata tra i documenti.").format(n=ref.number_label))
        self.printed.emit(ref)

    def print_activity(self) -> None:
        if self.detail is None:
            return
        engagement_uuid = self.detail.uuid
        run_operation(self, lambda: documents.print_activity_report(self.ctx.db, engagement_uuid),
                      on_success=self._printed,
                      label=tr("Stampa della relazione…"))
