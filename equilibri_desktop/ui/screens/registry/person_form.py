"""Anagrafiche › Persone › new or edit: every field of a person, the codice fiscale read as it is typed,
its disagreements with the typed data shown as warnings, and possible duplicates of a new person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.birthplaces import PLACE_CODE, birthplace_from_text
from equilibri_desktop.domain.errors import FieldError, field_problems
from equilibri_desktop.domain.identifiers import (
    DecodedFiscalCode,
    fiscal_code_mismatches,
)
from equilibri_desktop.domain.person_kinds import OccupationalStatus, PreferredContact
from equilibri_desktop.domain.person_rules import PersonInput, validate_person
from equilibri_desktop.services.registry import duplicates, municipalities, people
from equilibri_desktop.services.registry.person_dto import HIDDEN_ADDRESS, PersonDetail
from equilibri_desktop.ui.domain_text import domain_choices
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.form_base import FORM_WIDGETS, RecordForm
from equilibri_desktop.ui.widgets.fiscal_code_edit import decoded_summary

TEXT_FIELDS = ("surname", "first_name", "citizenship", "address", "cap", "domicile_address", "domicile_cap",
               "phone", "email", "pec", "protection_body")
ADDRESS_FIELDS = ("address", "municipality_id", "cap", "domicile_address", "domicile_municipality_id",
                  "domicile_cap")


class PersonFormScreen(RecordForm):
    FORM = "registry/person_form"
    WIDGETS = {**FORM_WIDGETS, **{f"{name}_edit": QLineEdit for name in TEXT_FIELDS},
               "fiscal_code_edit": QLineEdit, "fill_from_code_button": QToolButton, "fiscal_code_hint": QLabel,
               "sex_edit": QComboBox, "birth_date_edit": QLineEdit, "birth_place_code_edit": QLineEdit,
               "municipality_id_edit": QComboBox, "domicile_municipality_id_edit": QComboBox,
               "preferred_contact_edit": QComboBox, "occupational_status_edit": QComboBox,
               "did_date_edit": QLineEdit, "protected_edit": QCheckBox, "protection_date_edit": QLineEdit,
               "protection_group": QGroupBox, "notes_edit": QPlainTextEdit}

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self._birth_place = ("", "")  # (code, label) as stored or decoded: kept while the text is unchanged
        self._address_hidden = False
        for combo, choices in ((ui.sex_edit, [("F", tr("Femmina")), ("M", tr("Maschio"))]),
                               (ui.preferred_contact_edit, domain_choices(PreferredContact.choices())),
                               (ui.occupational_status_edit, domain_choices(OccupationalStatus.choices()))):
            combo.addItem(tr("—"), "")
            for code, label in choices:
                combo.addItem(label, code)
        refs = municipalities.list_municipalities(ctx.db)
        self._refs = {ref.id: ref for ref in refs}
        for picker, cap in ((ui.municipality_id_edit, ui.cap_edit),
                            (ui.domicile_municipality_id_edit, ui.domicile_cap_edit)):
            picker.set_municipalities(refs)
            picker.municipalityChanged.connect(lambda ref, cap=cap: ref and not cap.text() and cap.setText(ref.cap))
        ui.fill_from_code_button.setDefaultAction(ui.fiscal_code_edit.fill_action)
        ui.fiscal_code_edit.fillRequested.connect(self.fill_from_code)
        ui.fiscal_code_edit.decodedChanged.connect(self._show_decoded)
        ui.occupational_status_edit.currentIndexChanged.connect(self._enable_dependent)
        ui.protected_edit.toggled.connect(self._enable_dependent)
        self.watch_inputs()

    # --- load / collect -------------------------------------------------------------------
    def empty_input(self) -> PersonInput:
        return PersonInput()

    def start_edit(self, detail: PersonDetail) -> None:
        self._address_hidden = detail.address_hidden
        super().start_edit(detail)

    def start_new(self) -> None:
        self._address_hidden = False
        super().start_new()

    def titles(self, detail: PersonDetail | None) -> str:
        return tr("Nuova persona") if detail is None else tr("Modifica: {name}").format(name=detail.display_name)

    def first_input(self):
        return self.ui.surname_edit

    def fill(self, values: PersonInput) -> None:
        ui = self.ui
        for name in TEXT_FIELDS:
            getattr(ui, f"{name}_edit").setText(getattr(values, name))
        ui.fiscal_code_edit.setText(values.fiscal_code)
        for combo, code in ((ui.sex_edit, values.sex), (ui.preferred_contact_edit, values.preferred_contact),
                            (ui.occupational_status_edit, values.occupational_status)):
            combo.setCurrentIndex(max(0, combo.findData(code or "")))
        ui.birth_date_edit.setDate(values.birth_date)
        self._birth_place = (values.birth_place_code, values.birth_place_name)
        ui.birth_place_code_edit.setText(values.birth_place_name or values.birth_place_code)
        ui.municipality_id_edit.set_value(values.municipality_id, values.municipality_name)
        ui.domicile_municipality_id_edit.set_value(values.domicile_municipality_id, values.domicile_municipality_name)
        ui.did_date_edit.setDate(values.did_date)
        ui.protected_edit.setChecked(values.protected)
        ui.protection_date_edit.setDate(values.protection_date)
        ui.notes_edit.setPlainText(values.notes)
        self._apply_permissions()

    def _birth_place_values(self) -> tuple[str, str]:
        text = " ".join(self.ui.birth_place_code_edit.text().split())
        code, label = self._birth_place
        if text and text in (code, label):
            return code, label
        if PLACE_CODE.fullmatch(text.upper()):
            return text.upper(), ""
        return "", text

    def collect(self) -> PersonInput:
        ui = self.ui
        place_code, place_name = self._birth_place_values()
        return PersonInput(
            **{name: getattr(ui, f"{name}_edit").text() for name in TEXT_FIELDS},
            sex=ui.sex_edit.currentData() or "", birth_date=ui.birth_date_edit.date(),
            birth_place_code=place_code, birth_place_name=place_name, fiscal_code=ui.fiscal_code_edit.code(),
            municipality_id=ui.municipality_id_edit.municipality_id(),
            municipality_name=ui.municipality_id_edit.municipality_name(),
            domicile_municipality_id=ui.domicile_municipality_id_edit.municipality_id(),
            domicile_municipality_name=ui.domicile_municipality_id_edit.municipality_name(),
            preferred_contact=ui.preferred_contact_edit.currentData() or "",
            occupational_status=ui.occupational_status_edit.currentData() or "",
            did_date=ui.did_date_edit.date(), notes=ui.notes_edit.toPlainText(),
            protected=ui.protected_edit.isChecked(), protection_date=ui.protection_date_edit.date(),
        )

    # --- codice fiscale -------------------------------------------------------------------
    def fill_from_code(self, decoded: DecodedFiscalCode) -> None:
        """Sex, birth date and birthplace as the code says (the clerk asked: what was typed is replaced)."""
        ui = self.ui
        ui.sex_edit.setCurrentIndex(max(0, ui.sex_edit.findData(decoded.sex)))
        ui.birth_date_edit.setDate(decoded.birth_date)
        label = decoded.birthplace_name
        if decoded.birthplace_province and not decoded.born_abroad:
            label = f"{label} ({decoded.birthplace_province})"
        self._birth_place = (decoded.birthplace_code, label)
        ui.birth_place_code_edit.setText(label)
        self.refresh_messages()

    def _show_decoded(self, decoded: DecodedFiscalCode | None) -> None:
        hint = self.ui.fiscal_code_hint
        hint.setText(tr("Dal codice: {summary}").format(summary=decoded_summary(decoded)) if decoded else "")
        hint.setVisible(decoded is not None)

    def live_warnings(self) -> list[FieldError]:
        decoded = self.ui.fiscal_code_edit.decoded()
        if decoded is None:
            return []
        values = self.collect()
        place_code = values.birth_place_code
        if not place_code and values.birth_place_name:
            found = birthplace_from_text(values.birth_place_name, values.birth_date)
            place_code = found.code if found else ""
        return fiscal_code_mismatches(decoded, sex=values.sex, birth_date=values.birth_date,
                                      birth_place_code=place_code, surname=values.surname,
                                      first_name=values.first_name)

    def rule_errors(self, values: PersonInput) -> list[FieldError]:
        return field_problems(validate_person, values, self._refs)[1]

    # --- dependent fields -----------------------------------------------------------------
    def _apply_permissions(self) -> None:
        can_protect = self.ctx.db.actor.can(Permission.PROTECTED_DATA)
        self.ui.protection_group.setVisible(can_protect)
        for name in ADDRESS_FIELDS:
            widget = getattr(self.ui, f"{name}_edit")
            widget.setEnabled(not self._address_hidden)
        self.ui.address_edit.setPlaceholderText(HIDDEN_ADDRESS if self._address_hidden else tr("Via e numero civico"))
        self._enable_dependent()

    def _enable_dependent(self, *_args) -> None:
        ui = self.ui
        ui.did_date_edit.setEnabled(ui.occupational_status_edit.currentData() == OccupationalStatus.DISOCCUPATA)
        for widget in (ui.protection_body_edit, ui.protection_date_edit):
            widget.setEnabled(ui.protected_edit.isChecked())

    # --- service --------------------------------------------------------------------------
    def store_call(self, values: PersonInput):
        db, record_uuid, version = self.ctx.db, self.record_uuid, self.version
        if self.is_new:
            return lambda: _shown(people.create_person(db, values))
        return lambda: _shown(people.update_person(db, record_uuid, values, version))

    def find_duplicates(self, values: PersonInput) -> list:
        return duplicates.possible_duplicates(self.ctx.db, values)


def _shown(result) -> tuple:
    return result.person, result.warnings
