"""Importing organisations: each row becomes a new body, completes a stored one, or is rejected with the reason."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.organisation_rules import OrganisationInput, guess_kind, validate_organisation
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.domain.search_keys import organisation_name_key, word_key
from equilibri_desktop.io.cell_parsing import parse_int_cell, parse_phone_cell, parse_text_cell
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.imports.engine import RowRejected, rejection_reason
from equilibri_desktop.services.imports.fill import fill_empty, messages, outcome_of
from equilibri_desktop.services.imports.outcomes import RowOutcome, RowResult
from equilibri_desktop.services.imports.people import cap_cell, describe_errors
from equilibri_desktop.services.imports.seen_keys import SeenKeys
from equilibri_desktop.services.registry.organisation_records import apply_organisation, stored_organisation_input
from equilibri_desktop.services.registry.records import municipality_refs
from equilibri_desktop.storage.models.registry import Organisation

FILL_GROUPS = {
    "Forma giuridica": ("legal_form",), "Codice fiscale": ("fiscal_code",), "Partita IVA": ("vat_number",),
    "Sede legale": ("address", "municipality_id", "municipality_name", "cap"), "PEC": ("pec",),
    "E-mail": ("email",), "Telefono": ("phone",), "Codice ATECO": ("ateco",), "Dipendenti": ("employees",),
    "Note": ("notes",),
}
COMPARED_ONLY = {"Denominazione": ("name",)}


@dataclass(frozen=True)
class OrganisationCandidate:
    value: OrganisationInput
    warnings: tuple[FieldError, ...]
    name_key: str

    @property
    def codes(self) -> set[str]:
        return {c for c in (self.value.vat_number, self.value.fiscal_code) if c}


def code_cell(value: object, digits: int = 11) -> str:
    """A P.IVA typed as a number loses its leading zeros in Excel (01234560157 → 1234560157)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        return f"{int(value):0{digits}d}"
    return parse_text_cell(value)


def ateco_cell(value: object) -> str:
    """88.10 typed as a number comes back as 88.1."""
    if isinstance(value, float):
        return f"{value:.2f}"
    return parse_text_cell(value)


def kind_cell(value: object, name: str, legal_form: str) -> str:
    text = word_key(parse_text_cell(value))
    for kind in OrganisationKind:
        if text and text in (word_key(kind.value), word_key(kind.label)):
            return kind.value
    return guess_kind(name, legal_form).value


class OrganisationRows:
    kind = "organisations"
    table_name = Organisation.__tablename__
    required = ("name",)

    def __init__(self, session: Session, db: Database):
        self.session = session
        self.refs = municipality_refs(session)
        self.seen = SeenKeys()  # identity keys of earlier rows → their row number
        self.by_code: dict[str, Organisation] = {}
        self.by_name: dict[str, list[Organisation]] = {}

    def parse(self, values: Mapping[str, object]) -> OrganisationCandidate:
        text = {name: parse_text_cell(values.get(name)) for name in (
            "name", "legal_form", "address", "municipality", "email", "pec", "notes")}
        try:
            employees = parse_int_cell(values.get("employees"))
        except ValueError as error:
            raise RowRejected(CodedText("imports.row.employees", problem=str(error))) from None
        data = OrganisationInput(
            name=text["name"], kind=kind_cell(values.get("kind"), text["name"], text["legal_form"]),
            legal_form=text["legal_form"], fiscal_code=code_cell(values.get("fiscal_code")),
            vat_number=code_cell(values.get("vat_number")), address=text["address"],
            municipality_name=text["municipality"], cap=cap_cell(values.get("cap")), pec=text["pec"],
            email=text["email"], phone=parse_phone_cell(values.get("phone")), ateco=ateco_cell(values.get("ateco")),
            employees=employees, notes=text["notes"])
        try:
            checked = validate_organisation(data, self.refs)
        except ValidationError as error:
            raise RowRejected(describe_errors(error)) from None
        return OrganisationCandidate(checked.value, checked.warnings, organisation_name_key(checked.value.name))

    def close(self) -> None:
        self.seen.close()

    def write(self, dry_run: bool) -> None:
        """Nothing left to write: `decide` added each body to the session (organisations come by the hundred)."""

    def prepare(self, candidates: list[OrganisationCandidate]) -> None:
        self.seen.load(key for c in candidates for key in self._keys(c))
        codes = set().union(*(c.codes for c in candidates)) if candidates else set()
        self.by_code = {}
        if codes:
            for body in self.session.scalars(select(Organisation).where(
                    or_(Organisation.vat_number.in_(codes), Organisation.fiscal_code.in_(codes)))):
                for code in (body.vat_number, body.fiscal_code):
                    if code:
                        self.by_code.setdefault(code, body)
        keys = {c.name_key for c in candidates if not c.codes}
        self.by_name = {}
        if keys:
            for body in self.session.scalars(select(Organisation).where(Organisation.search_name.in_(keys))):
                self.by_name.setdefault(body.search_name, []).append(body)

    def _stored_match(self, c: OrganisationCandidate) -> Organisation | None:
        matches = {self.by_code[code].id: self.by_code[code] for code in c.codes if code in self.by_code}
        if not c.codes:
            matches = {body.id: body for body in self.by_name.get(c.name_key, ())}
        if len(matches) > 1:
            raise RowRejected(CodedText("imports.row.bodies_ambiguous"))
        return next(iter(matches.values()), None)

    @staticmethod
    def _keys(c: OrganisationCandidate) -> list[tuple]:
        return [("code", code) for code in c.codes] or [("name", c.name_key)]

    def decide(self, row_number: int, c: OrganisationCandidate, dry_run: bool) -> RowResult:
        keys = self._keys(c)
        try:
            for key in keys:
                if key in self.seen:
                    raise RowRejected(CodedText("imports.row.same_body", row=self.seen[key]))
            stored = self._stored_match(c)
        except RowRejected as why:
            return RowResult(row_number, RowOutcome.REJECTED, rejection_reason(why))
        for key in keys:
            self.seen.setdefault(key, row_number)
        if stored is None:
            record_uuid = None
            if not dry_run:
                body = Organisation(uuid=uuid.uuid4())
                apply_organisation(self.session, body, c.value)
                self.session.add(body)
                record_uuid = body.uuid
            return RowResult(row_number, RowOutcome.IMPORTED, messages({}, [], c.warnings, FILL_GROUPS), record_uuid)
        before = stored_organisation_input(self.session, stored)
        filled, differences = fill_empty(before, c.value, FILL_GROUPS, COMPARED_ONLY, (), self.refs)
        if filled:
            try:
                checked = validate_organisation(replace(before, **filled), self.refs)
            except ValidationError as error:
                return RowResult(row_number, RowOutcome.REJECTED,
                                 CodedText("imports.row.completing", problems=describe_errors(error)))
            if not dry_run:
                apply_organisation(self.session, stored, checked.value)
        # Imported warnings about a stored body (e.g. "P.IVA missing") would only be noise.
        return RowResult(row_number, outcome_of(filled), messages(filled, differences, (), FILL_GROUPS), stored.uuid)
