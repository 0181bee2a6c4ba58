"""Deterministic fictitious people, and the code helpers shared with organisations (no database access)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from codicefiscale import codicefiscale
from stdnum import luhn

from equilibri_desktop.domain.birthplaces import birthplace_from_code
from equilibri_desktop.domain.person_kinds import OccupationalStatus, PreferredContact
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.demo import data as vocab
from equilibri_desktop.storage.models.person import person_search_values

# Fixed range, not "today minus N years": the same seed must give the same people in any year.
BIRTH_FROM = date(1950, 1, 1)
BIRTH_TO = date(2006, 12, 31)
_BIRTH_SPAN_DAYS = (BIRTH_TO - BIRTH_FROM).days
_ITALIAN_CODES = [code for code, _ in vocab.ITALIAN_BIRTHPLACES]
_ITALIAN_WEIGHTS = [weight for _, weight in vocab.ITALIAN_BIRTHPLACES]
FOREIGN_BORN_SHARE = 0.14
FEMALE_SHARE = 0.7  # the start-up grants are for women, so they dominate the registry
# Who comes to the office: the start-up grants are for unemployed and inactive women.
STATUS_WEIGHTS = (
    (OccupationalStatus.DISOCCUPATA, 30), (OccupationalStatus.OCCUPATA, 30), (OccupationalStatus.INOCCUPATA, 15),
    (OccupationalStatus.STUDENTESSA, 8), (OccupationalStatus.PENSIONATA, 7), (OccupationalStatus.ALTRO, 3),
    (None, 7),
)
DID_FROM = date(2019, 1, 1)  # fixed, like the birth range: same seed, same data in any year
DID_SPAN_DAYS = (date(2025, 12, 31) - DID_FROM).days
# Office code 015 (Milano) in positions 8-10 of a P.IVA; stdnum accepts 001-100.
VAT_OFFICE = "015"


@dataclass(frozen=True)
class Place:
    """A reference municipality as the generators need it."""

    id: int
    name: str
    cap: str
    sud_est: bool


@dataclass(frozen=True)
class Identity:
    surname: str
    first_name: str
    sex: str
    birth_date: date
    birth_place_code: str
    citizenship: str


def random_identity(rng: random.Random) -> Identity:
    sex = "F" if rng.random() < FEMALE_SHARE else "M"
    birth = BIRTH_FROM + timedelta(days=rng.randrange(_BIRTH_SPAN_DAYS + 1))
    if rng.random() < FOREIGN_BORN_SHARE:
        origin = rng.choice(vocab.FOREIGN_ORIGINS)
        first = rng.choice(origin.female if sex == "F" else origin.male)
        citizenship = origin.citizenship if rng.random() < 0.6 else "italiana"
        return Identity(rng.choice(origin.surnames), first, sex, birth, origin.country_code, citizenship)
    first = rng.choice(vocab.FEMALE_NAMES if sex == "F" else vocab.MALE_NAMES)
    place = rng.choices(_ITALIAN_CODES, weights=_ITALIAN_WEIGHTS)[0]
    return Identity(rng.choice(vocab.SURNAMES), first, sex, birth, place, "italiana")


def checked_fiscal_code(who: Identity) -> str:
    """The library's full encoder: resolves the place at the birth date and decodes the result again."""
    birth = datetime(who.birth_date.year, who.birth_date.month, who.birth_date.day)
    return codicefiscale.encode(who.surname, who.first_name, who.sex, birth, who.birth_place_code)


@lru_cache(maxsize=None)
def _surname_code(surname: str) -> str:
    return codicefiscale.encode_lastname(surname)


@lru_cache(maxsize=None)
def _name_code(first_name: str) -> str:
    return codicefiscale.encode_firstname(first_name)


def fast_fiscal_code(who: Identity) -> str:
    """Same result as `checked_fiscal_code` for our birthplaces, ~100x faster, for bulk generation.

    Built from the library's own part encoders; skipping the place lookup is safe only because every
    birthplace in `demo_data` is valid over the whole birth range (a test proves the two agree).
    """
    birth = datetime(who.birth_date.year, who.birth_date.month, who.birth_date.day)
    head = (
        _surname_code(who.surname)
        + _name_code(who.first_name)
        + codicefiscale.encode_birthdate(birth, who.sex)
        + who.birth_place_code
    )
    return head + codicefiscale.encode_cin(head)


@lru_cache(maxsize=None)
def ascii_slug(text: str, separator: str = "") -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", separator, plain).strip(separator)


def residence(rng: random.Random, places: list[Place], sud_est: list[Place]) -> dict:
    """Address in the territory: two thirds in the Sud Est Milano district, where the office works."""
    place = rng.choice(sud_est if sud_est and rng.random() < 0.66 else places)
    return {
        "address": f"{rng.choice(vocab.STREETS)} {rng.randint(1, 140)}",
        "municipality_id": place.id,
        "cap": place.cap,
    }


def mobile_phone(rng: random.Random) -> str:
    return f"{rng.choice(vocab.MOBILE_PREFIXES)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def landline(rng: random.Random) -> str:
    return f"02 {rng.randint(9000, 9899)} {rng.randint(1000, 9999)}"


def personal_email(rng: random.Random, who: Identity) -> str:
    if rng.random() < 0.12:  # not everybody gives one
        return ""
    local = f"{ascii_slug(who.first_name)}.{ascii_slug(who.surname)}"
    if rng.random() < 0.5:
        local += f"{who.birth_date.year % 100:02d}"
    return f"{local}@{rng.choice(vocab.PERSONAL_MAIL_DOMAINS)}"


@lru_cache(maxsize=None)
def birthplace_label(code: str) -> str:
    found = birthplace_from_code(code)
    return found.label if found else ""


def occupation(rng: random.Random, who: Identity) -> dict:
    statuses = [status for status, _ in STATUS_WEIGHTS]
    status = rng.choices(statuses, weights=[weight for _, weight in STATUS_WEIGHTS])[0]
    did = None
    if status is OccupationalStatus.DISOCCUPATA:
        adult = who.birth_date.replace(year=who.birth_date.year + 18, day=min(who.birth_date.day, 28))
        did = max(adult, DID_FROM + timedelta(days=rng.randrange(DID_SPAN_DAYS + 1)))
    return {"occupational_status": status.value if status else "", "did_date": did}


def person_values(rng: random.Random, who: Identity, places: list[Place], sud_est: list[Place]) -> dict:
    """Every Person column except identity/stamps, fiscal_code and protection."""
    phone, email = mobile_phone(rng), personal_email(rng, who)
    contact = PreferredContact.EMAIL if email and rng.random() < 0.4 else PreferredContact.TELEFONO
    return {
        "surname": who.surname,
        "first_name": who.first_name,
        "sex": who.sex,
        "birth_date": who.birth_date,
        "birth_place_code": who.birth_place_code,
        "birth_place_name": birthplace_label(who.birth_place_code),
        "citizenship": who.citizenship,
        **residence(rng, places, sud_est),
        "phone": phone,
        "email": email,
        "preferred_contact": contact.value,
        **occupation(rng, who),
        "notes": "",
        **person_search_values(who.surname, who.first_name, phone),
    }


def numeric_code(rng: random.Random, first_digits: tuple[int, int], taken: set[str]) -> str:
    """An 11-digit code with a valid Luhn check digit (P.IVA, or numeric CF of a body), unused so far."""
    while True:
        base = f"{rng.randint(*first_digits):07d}{VAT_OFFICE}"
        code = base + luhn.calc_check_digit(base)
        if code not in taken:
            taken.add(code)
            return code


# Share of each kind in 40 organisations; other counts keep the proportions.
KIND_PLAN = (
    (OrganisationKind.COMUNE, 10), (OrganisationKind.IMPRESA, 12), (OrganisationKind.COOPERATIVA, 6),
    (OrganisationKind.IMPRESA_SOCIALE, 3), (OrganisationKind.ASSOCIAZIONE, 6), (OrganisationKind.SINDACATO, 3),
)


def kinds_for(count: int) -> list[OrganisationKind]:
    """Kinds spread evenly (not in blocks), so even a handful of organisations shows every kind."""
    slots = sorted(((j + 0.5) / share, i, kind) for i, (kind, share) in enumerate(KIND_PLAN) for j in range(share))
    sequence = [kind for _, _, kind in slots]
    return [sequence[i % len(sequence)] for i in range(count)]
