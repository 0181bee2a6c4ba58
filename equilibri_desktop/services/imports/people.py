"""Importing people: each row becomes a new person, completes a stored one, or is rejected with the reason."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.birthplaces import PLACE_CODE
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.person_rules import PersonInput, validate_person
from equilibri_desktop.domain.search_keys import person_name_key, phone_key
from equilibri_desktop.io.cell_parsing import parse_date_cell, parse_phone_cell, parse_text_cell
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.imports.engine import RowRejected
from equilibri_desktop.services.imports.fill import fill_empty, messages, outcome_of
from equilibri_desktop.services.imports.outcomes import RowOutcome, RowResult
from equilibri_desktop.services.imports.seen_keys import SeenKeys
from equilibri_desktop.services.registry.person_records import apply_person, stored_input
from equilibri_desktop.services.registry.records import municipality_refs
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
    return " ".join(e.message for e in error.errors)


class PersonRows:
    kind = "persons"
    table_name = Person.__tablename__
    required = ("surname", "first_name")

    def __init__(self, session: Session, db: Database):
        self.session = session
        self.refs = municipality_refs(session)
        self.seen = SeenKeys()  # identity keys of earlier rows → their row number
        self.by_code: dict[str, Person] = {}
        self.by_name: dict[str, list[Person]] = {}

    def parse(self, values: Mapping[str, object]) -> PersonCandidate:
        text = {name: parse_text_cell(values.get(name)) for name in (
            "surname", "first_name", "fiscal_code", "sex", "citizenship", "address", "municipality", "email",
            "pec", "notes", "birth_place")}
        try:
            birth = parse_date_cell(values.get("birth_date"))
        except ValueError as error:
            raise RowRejected(f"Data di nascita: {error}") from None
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
            raise RowRejected("Manca un dato che distingua la persona dagli omonimi: codice fiscale, data di "
                              "nascita, telefono o e-mail.")
        return PersonCandidate(value, checked.warnings, person_name_key(value.surname, value.first_name))

    def close(self) -> None:
        self.seen.close()

    def prepare(self, candidates: list[PersonCandidate]) -> None:
        self.seen.load(key for c in candidates for keys in self._identity(c) for key in keys)
        codes = {c.value.fiscal_code for c in candidates if c.value.fiscal_code}
        self.by_code = {p.fiscal_code: p for p in self.session.scalars(
            select(Person).where(Person.fiscal_code.in_(codes)))} if codes else {}
        keys = {c.name_key for c in candidates if c.value.fiscal_code not in self.by_code}
        self.by_name = {}
        if keys:
            for person in self.session.scalars(select(Person).where(Person.search_name.in_(keys))):
                self.by_name.setdefault(person.search_name, []).append(person)

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

    def _stored_match(self, c: PersonCandidate) -> Person | None:
        v = c.value
        if v.fiscal_code and v.fiscal_code in self.by_code:
            return self.by_code[v.fiscal_code]
        # Without a code: the same name with the same birth date, e-mail or phone is the same person.
        found = [p for p in self.by_name.get(c.name_key, ())
                 if not (v.fiscal_code and p.fiscal_code)
                 and ((v.birth_date and p.birth_date == v.birth_date) or (v.email and p.email == v.email)
                      or (v.phone and p.search_phone == phone_key(v.phone)))]
        if len(found) > 1:
            raise RowRejected(f"La riga corrisponde a {len(found)} persone già registrate: unisci prima i "
                              "doppioni, poi importa di nuovo.")
        return found[0] if found else None

    def decide(self, row_number: int, c: PersonCandidate, dry_run: bool) -> RowResult:
        checked_keys, remembered_keys = self._identity(c)
        try:
            for key in checked_keys:
                if key in self.seen:
                    raise RowRejected(f"La stessa persona compare già alla riga {self.seen[key]} del file.")
            stored = self._stored_match(c)
        except RowRejected as why:
            return RowResult(row_number, RowOutcome.REJECTED, str(why))
        for key in remembered_keys:
            self.seen.setdefault(key, row_number)
        if stored is None:
            return self._insert(row_number, c, dry_run)
        hidden = HIDDEN_WHEN_PROTECTED if stored.protected else ()
        before = stored_input(stored)
        filled, differences = fill_empty(before, c.value, FILL_GROUPS, COMPARED_ONLY, hidden, self.refs)
        if filled:
            try:
                checked = validate_person(replace(before, **filled), self.refs)
            except ValidationError as error:
                return RowResult(row_number, RowOutcome.REJECTED,
                                 f"Completando la scheda già registrata: {describe_errors(error)}")
            if not dry_run:
                apply_person(stored, checked.value)
        outcome = outcome_of(filled)
        return RowResult(row_number, outcome, messages(filled, differences, c.warnings, FILL_GROUPS), stored.uuid)

    def _insert(self, row_number: int, c: PersonCandidate, dry_run: bool) -> RowResult:
        record_uuid = None
        if not dry_run:
            person = Person(uuid=uuid.uuid4())
            apply_person(person, c.value)
            self.session.add(person)
            record_uuid = person.uuid
        return RowResult(row_number, RowOutcome.IMPORTED, messages({}, [], c.warnings, FILL_GROUPS), record_uuid)
