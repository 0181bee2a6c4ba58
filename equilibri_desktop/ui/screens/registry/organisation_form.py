"""Anagrafiche › Enti e imprese › new or edit: every field of an organisation, its legal representative
and contact people (picked from the registry), and possible duplicates of a new one."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from equilibri_desktop.domain.errors import FieldError, field_problems
from equilibri_desktop.domain.organisation_rules import (
    AllianceRole,
    OrganisationInput,
    size_class,
    validate_organisation,
)
from equilibri_desktop.domain.registry_kinds import OrganisationKind, kind_choices
from equilibri_desktop.services.registry import duplicates, municipalities, organisations
from equilibri_desktop.services.registry.organisation_dto import OrganisationDetail
from equilibri_desktop.services.registry.search import PersonFilter, Sort, search_people
from equilibri_desktop.ui.domain_text import domain_choices, domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.contacts_editor import ContactsEditor
from equilibri_desktop.ui.screens.registry.form_base import FORM_WIDGETS, RecordForm
from equilibri_desktop.ui.screens.registry.table_model import day_text

TEXT_FIELDS = ("name", "legal_form", "vat_number", "ateco", "address", "cap", "pec", "email", "phone", "iban")
NUMBER_FIELDS = ("employees", "employees_women", "employees_men")


def _number(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def person_search(db):
    """The pickers' search: the registry's own search, a page of 20."""
    def search(text: str, limit: int):
        rows = search_people(db, PersonFilter(text=text), Sort(), 0, limit).items
        return [(row.uuid, row.display_name, " — ".join(part for part in (
            row.display_name, day_text(row.birth_date), row.fiscal_code, row.municipality) if part)) for row in rows]
    return search


class OrganisationFormScreen(RecordForm):
    FORM = "registry/organisation_form"
    WIDGETS = {**FORM_WIDGETS, **{f"{name}_edit": QLineEdit for name in TEXT_FIELDS + NUMBER_FIELDS},
               "kind_edit": QComboBox, "fiscal_code_edit": QLineEdit, "municipality_id_edit": QComboBox,
               "alliance_role_edit": QComboBox, "partner_since_edit": QLineEdit, "size_class_hint": QLabel,
               "legal_representative_uuid_edit": QLineEdit, "notes_edit": QPlainTextEdit}

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        ui.fiscal_code_edit.allow_numeric = True
        ui.fiscal_code_edit.setPlaceholderText(tr("11 cifre, o 16 caratteri per una ditta individuale"))
        for code, label in domain_choices(kind_choices()):
            ui.kind_edit.addItem(label, code)
        ui.alliance_role_edit.addItem(tr("Non aderisce"), "")
        for role in AllianceRole:
            ui.alliance_role_edit.addItem(domain_tr(role.label), role.value)
        for name in NUMBER_FIELDS:
            getattr(ui, f"{name}_edit").setValidator(QIntValidator(0, 9_999_999, self))
        refs = municipalities.list_municipalities(ctx.db)
        self._refs = {ref.id: ref for ref in refs}
        ui.municipality_id_edit.set_municipalities(refs)
        ui.municipality_id_edit.municipalityChanged.connect(
            lambda ref: ref and not ui.cap_edit.text() and ui.cap_edit.setText(ref.cap))
        search = person_search(ctx.db)
        ui.legal_representative_uuid_edit.set_search(search)
        self._representative = None
        self.contacts = ContactsEditor(self, search)
        for name in ("kind", *NUMBER_FIELDS):
            widget = getattr(ui, f"{name}_edit")
            (widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.textChanged).connect(
                self._show_size)
        self.watch_inputs()

    # --- load / collect -------------------------------------------------------------------
    def empty_input(self) -> OrganisationInput:
        return OrganisationInput(contacts=())

    def titles(self, detail: OrganisationDetail | None) -> str:
        return tr("Nuovo ente") if detail is None else tr("Modifica: {name}").format(name=detail.name)

    def first_input(self):
        return self.ui.name_edit

    def start_edit(self, detail: OrganisationDetail) -> None:
        self.contacts.labels = {c.person.uuid: c.person.display_name for c in detail.contacts}
        self._representative = detail.legal_representative
        super().start_edit(detail)

    def start_new(self) -> None:
        self.contacts.labels, self._representative = {}, None
        super().start_new()

    def fill(self, values: OrganisationInput) -> None:
        ui = self.ui
        for name in TEXT_FIELDS:
            getattr(ui, f"{name}_edit").setText(getattr(values, name))
        for name in NUMBER_FIELDS:
            value = getattr(values, name)
            getattr(ui, f"{name}_edit").setText("" if value is None else str(value))
        ui.fiscal_code_edit.setText(values.fiscal_code)
        ui.kind_edit.setCurrentIndex(max(0, ui.kind_edit.findData(values.kind or OrganisationKind.ALTRO.value)))
        ui.alliance_role_edit.setCurrentIndex(max(0, ui.alliance_role_edit.findData(values.alliance_role)))
        ui.partner_since_edit.setDate(values.partner_since)
        ui.municipality_id_edit.set_value(values.municipality_id, values.municipality_name)
        representative = self._representative
        ui.legal_representative_uuid_edit.set_person(values.legal_representative_uuid,
                                                     representative.display_name if representative else "")
        ui.notes_edit.setPlainText(values.notes)
        self.contacts.fill(values.contacts or ())
        self._show_size()

    def collect(self) -> OrganisationInput:
        ui = self.ui
        return OrganisationInput(
            **{name: getattr(ui, f"{name}_edit").text() for name in TEXT_FIELDS},
            **{name: _number(getattr(ui, f"{name}_edit").text()) for name in NUMBER_FIELDS},
            kind=ui.kind_edit.currentData(), fiscal_code=ui.fiscal_code_edit.code(),
            municipality_id=ui.municipality_id_edit.municipality_id(),
            municipality_name=ui.municipality_id_edit.municipality_name(),
            legal_representative_uuid=ui.legal_representative_uuid_edit.person_uuid(),
            alliance_role=ui.alliance_role_edit.currentData() or "", partner_since=ui.partner_since_edit.date(),
            notes=ui.notes_edit.toPlainText(), contacts=self.contacts.values(),
        )

    def local_errors(self, final: bool = False) -> dict[str, str]:
        errors = super().local_errors(final)
        picker = self.ui.legal_representative_uuid_edit
        if final and picker.text().strip() and picker.person_uuid() is None:
            errors["legal_representative_uuid"] = tr("Scegli la persona dall'elenco che compare mentre scrivi "
                                                     "(se non c'è, registrala prima tra le persone).")
        return errors

    def rule_errors(self, values: OrganisationInput) -> list[FieldError]:
        return field_problems(validate_organisation, values, self._refs)[1]

    def _show_size(self, *_args) -> None:
        values = [_number(getattr(self.ui, f"{name}_edit").text()) for name in NUMBER_FIELDS]
        total = values[0] if values[0] is not None else (
            values[1] + values[2] if None not in values[1:] else None)
        size = size_class(self.ui.kind_edit.currentData(), total)
        self.ui.size_class_hint.setText(tr("Dimensione: {size}").format(size=size.label) if size else "")
        self.ui.size_class_hint.setVisible(size is not None)  # no empty row under the numbers

    # --- service --------------------------------------------------------------------------
    def store_call(self, values: OrganisationInput):
        db, record_uuid, version = self.ctx.db, self.record_uuid, self.version
        if self.is_new:
            return lambda: _shown(organisations.create_organisation(db, values))
        return lambda: _shown(organisations.update_organisation(db, record_uuid, values, version))

    def find_duplicates(self, values: OrganisationInput) -> list:
        return duplicates.possible_organisation_duplicates(self.ctx.db, values)


def _shown(result) -> tuple:
    return result.organisation, result.warnings
