"""Shared builders for the registry tests: valid codici fiscali and quick records."""

from __future__ import annotations

from datetime import date

from codicefiscale import codicefiscale
from sqlalchemy import select

from equilibri_desktop.domain.person_rules import PersonInput
from equilibri_desktop.services.registry import people
from equilibri_desktop.storage.models import Municipality


def cf(surname: str, first_name: str, sex: str, born: date, place: str = "F205") -> str:
    return codicefiscale.encode(surname, first_name, sex, born.isoformat(), place)


def municipality_id(db, name: str) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(Municipality.id).where(Municipality.name == name))


def add_person(db, surname: str = "Rossi", first_name: str = "Maria", *, sex: str = "F",
               born: date = date(1985, 3, 12), with_code: bool = True, **fields):
    code = cf(surname, first_name, sex, born) if with_code else ""
    data = PersonInput(surname=surname, first_name=first_name, sex=sex, birth_date=born, fiscal_code=code,
                       **fields)
    return people.create_person(db, data).person
