"""Importing people: each row becomes a new person, completes a stored one, or is rejected with the reason."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.birthplaces import PLACE_CODE
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.messages import CodedList, CodedText
from equilibri_desktop.domain.person_rules import PersonInput, validate_person
from equilibri_desktop.domain.search_keys import person_name_key, phone_key
from equilibri_desktop.io.cell_parsing import parse_date_cell, parse_phone_cell, parse_text_cell
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.imports.engine import RowRejected, rejection_reason
from equilibri_desktop.services.imports.fill import fill_empty, messages, outcome_of
from equilibri_desktop.services.imports.outcomes import RowOutcome, RowResult
from equilibri_desktop.services.imports.seen_keys import SeenKeys
from equilibri_desktop.services.registry.person_records import STORED_FIELDS, apply_person, stored_input
from equilibri_desktop.services.registry.records import municipality_refs
from equilibri_desktop.storage.bulk_insert import insert_records, new_row
from equilibri_desktop.storage.models.person import person_search_values
from equilibri_desktop.storage.models.registry import Person

# What a row may complete in a stored person (groups travel together); names are only compared.
FILL_GROUPS = {
    "Sesso": ("sex",), "Data di nascita": ("birth_date",), "Luogo di nascita": ("birth_place_code", "birth_place_name"),
    "Codice fiscale": ("fiscal_code",), "Cittadinanza": ("citizenship",),
    "Residenza": ("address", "municipality_id", "municipality_name", "cap"),
    "Telefono": ("phone",), "E-mail": ("email",), "PEC": ("pec",), "Note": ("notes",),
}
COMPARED_ONLY = {"Cognome": ("surname",), "Nome": ("first_name",)}
HIDDEN_WHEN_PROTECTED = ("Residenza",)
_IN_LIST = 500  # values per IN (...) list
# What matching and completing a stored person read of it: plain columns, not an ORM object per person.
_STORED_COLUMNS = (Person.id, Person.uuid, Person.protected, Person.search_name,
                   *(getattr(Person, name) for name in STORED_FIELDS if name != "protected"))


@dataclass(frozen=True)
class PersonCandidate:
    value: PersonInput
    warnings: tuple[FieldError, ...]
    name_key: str


def cap_cell(value: object) -> str:
    """Excel drops the leading zero of a CAP typed as a number (00184 → 184)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        return f"{int(value):05d}"
    return parse_text_cell(value)


def describe_errors(error: ValidationError) -> str:
    """The row's problems in one line (Italian, for the report); the screen words each coded one."""
    return CodedList((CodedText(e.code, **e.params) if e.code else e.message for e in error.errors), " ")


class PersonRows:
    """New people are kept as plain rows and inserted a batch at a time (storage.bulk_insert); stored people are
    read as plain columns, and only those a row completes are loaded as ORM objects, to be saved and audited."""

    kind = "persons"
    table_name = Person.__tablename__
    required = ("surname", "first_name")

    def __init__(self, session: Session, db: Database):
        self.session = session
        self.refs = municipality_refs(session)
        self.seen = SeenKeys()  # identity keys of earlier rows → their row number
        self.by_code: dict[str, Row] = {}
        self.by_name: dict[str, list[Row]] = {}
        self.new_rows: list[dict] = []  # the batch's new people, inserted by `write`
        self.completed: dict[int, PersonInput] = {}  # stored person's id → as the batch's rows completed it

    def parse(self, values: Mapping[str, object]) -> PersonCandidate:
        text = {name: parse_text_cell(values.get(name)) for name in (
            "surname", "first_name", "fiscal_code", "sex", "citizenship", "address", "municipality", "email",
            "pec", "notes", "birth_place")}
        try:
            birth = parse_date_cell(values.get("birth_date"))
        except ValueError as error:
            raise RowRejected(CodedText("imports.row.birth_date", problem=str(error))) from None
        place = text["birth_place"]
        is_code = bool(PLACE_CODE.fullmatch(place.upper()))
        data = PersonInput(
            surname=text["surname"], first_name=text["first_name"], sex=text["sex"], birth_date=birth,
            birth_place_code=place if is_code else "", birth_place_name="" if is_code else place,
            fiscal_code=text["fiscal_code"], citizenship=text["citizenship"], address=text["address"],
            municipality_name=text["municipality"], cap=cap_cell(values.get("cap")),
            phone=parse_phone_cell(values.get("phone")), email=text["email"], pec=text["pec"], notes=text["notes"])
        try:
            checked = validate_person(data, self.refs)
        except ValidationError as error:
            raise RowRejected(describe_errors(error)) from None
        value = checked.value
        if not (value.fiscal_code or value.birth_date or value.phone or value.email):
            raise RowRejected(CodedText("imports.row.not_distinguishable"))
        return PersonCandidate(value, checked.warnings, person_name_key(value.surname, value.first_name))

    def close(self) -> None:
        self.seen.close()

    def prepare(self, candidates: list[PersonCandidate]) -> None:
        self.seen.load(key for c in candidates for keys in self._identity(c) for key in keys)
        codes = list({c.value.fiscal_code for c in candidates if c.value.fiscal_code})
        self.by_code = {p.fiscal_code: p for p in self._stored(Person.fiscal_code, codes)}
        unmatched = [c for c in candidates if c.value.fiscal_code not in self.by_code]
        by_name = [c.value for c in unmatched]
        # Only namesakes sharing a birth date, e-mail or phone with some row can match: with a registry full of
        # "Rossi Maria" the batch reads those, not every Rossi Maria (see _stored_match for the rule itself).
        wanted = ((Person.birth_date, {v.birth_date for v in by_name if v.birth_date}),
                  (Person.email, {v.email for v in by_name if v.email}),
                  (Person.search_phone, {phone_key(v.phone) for v in by_name if v.phone}))
        alike = [column.in_(values) for column, values in wanted if values]
        keys = list({c.name_key for c in unmatched})
        self.by_name = {}
        if alike:
            for person in self._stored(Person.search_name, keys, or_(*alike)):
                self.by_name.setdefault(person.search_name, []).append(person)

    def _stored(self, column, values: list[str], *also) -> list[Row]:
        """The stored people whose `column` is one of `values`, as plain rows (no ORM object per person)."""
        found: list[Row] = []
        for start in range(0, len(values), _IN_LIST):
            found += self.session.execute(select(*_STORED_COLUMNS).where(
                column.in_(values[start:start + _IN_LIST]), *also)).all()
        return found

    def _identity(self, c: PersonCandidate) -> tuple[list[tuple], list[tuple]]:
        """Keys checked against earlier rows, and keys remembered for later ones.

        A codice fiscale identifies on its own; without one, the name with a birth date, e-mail or phone.
        """
        v = c.value
        by_name = [(c.name_key, kind, value) for kind, value in (
            ("nascita", v.birth_date), ("email", v.email), ("telefono", phone_key(v.phone))) if value]
        if v.fiscal_code:
            return [("cf", v.fiscal_code)], [("cf", v.fiscal_code), *by_name]
        return by_name, by_name

    def _as_stored(self, person: Row) -> PersonInput:
        """The stored person as an earlier row of this batch may have completed it."""
        return self.completed.get(person.id) or stored_input(person)

    def _stored_match(self, c: PersonCandidate) -> Row | None:
        v = c.value
        if v.fiscal_code and v.fiscal_code in self.by_code:
            return self.by_code[v.fiscal_code]
        # Without a code: the same name with the same birth date, e-mail or phone is the same person.
        found = []
        for person in self.by_name.get(c.name_key, ()):
            p = self.completed.get(person.id) or person
            if not (v.fiscal_code and p.fiscal_code) and (
                    (v.birth_date and p.birth_date == v.birth_date) or (v.email and p.email == v.email)
                    or (v.phone and phone_key(p.phone)[:20] == phone_key(v.phone))):
                found.append(person)
        if len(found) > 1:
            raise RowRejected(CodedText("imports.row.people_ambiguous", count=len(found)))
        return found[0] if found else None

    def decide(self, row_number: int, c: PersonCandidate, dry_run: bool) -> RowResult:
        checked_keys, remembered_keys = self._identity(c)
        try:
            for key in checked_keys:
                if key in self.seen:
                    raise RowRejected(CodedText("imports.row.same_person", row=self.seen[key]))
            stored = self._stored_match(c)
        except RowRejected as why:
            return RowResult(row_number, RowOutcome.REJECTED, rejection_reason(why))
        for key in remembered_keys:
            self.seen.setdefault(key, row_number)
        if stored is None:
            return self._insert(row_number, c, dry_run)
        hidden = HIDDEN_WHEN_PROTECTED if stored.protected else ()
        before = self._as_stored(stored)
        filled, differences = fill_empty(before, c.value, FILL_GROUPS, COMPARED_ONLY, hidden, self.refs)
        if filled:
            try:
                checked = validate_person(replace(before, **filled), self.refs)
            except ValidationError as error:
                return RowResult(row_number, RowOutcome.REJECTED,
                                 CodedText("imports.row.completing", problems=describe_errors(error)))
            # Kept in a dry run too: a later row of the batch sees the person as the real run would leave it.
            self.completed[stored.id] = checked.value
        outcome = outcome_of(filled)
        return RowResult(row_number, outcome, messages(filled, differences, c.warnings, FILL_GROUPS), stored.uuid)

    def _insert(self, row_number: int, c: PersonCandidate, dry_run: bool) -> RowResult:
        record_uuid = None
        if not dry_run:
            record_uuid = uuid.uuid4()
            self.new_rows.append(new_person_row(c.value, record_uuid))
        return RowResult(row_number, RowOutcome.IMPORTED, messages({}, [], c.warnings, FILL_GROUPS), record_uuid)

    def write(self, dry_run: bool) -> None:
        """End of a batch: insert its new people in a few statements and save the stored ones it completed
        (through the ORM: version check, search keys and audit entry as for any edit); a dry run writes nothing."""
        rows, completed = self.new_rows, self.completed
        self.new_rows, self.completed = [], {}
        if dry_run:
            return
        insert_records(self.session, Person, rows)
        ids = list(completed)
        for start in range(0, len(ids), _IN_LIST):
            for person in self.session.scalars(select(Person).where(Person.id.in_(ids[start:start + _IN_LIST]))):
                apply_person(person, completed[person.id])


def new_person_row(value: PersonInput, record_uuid: uuid.UUID) -> dict:
    """The columns of a new person, search keys included (a bulk insert bypasses the ORM hook computing them)."""
    values = {name: getattr(value, name) for name in STORED_FIELDS}
    values["fiscal_code"] = value.fiscal_code or None  # NULL, not '': the column is unique
    values["uuid"] = record_uuid
    values.update(person_search_values(value.surname, value.first_name, value.phone))
    return new_row(Person, values)
