"""When two registrations are the same person: same codice fiscale, or same name, birth date and municipality."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.domain.search_keys import person_name_key


def identity_keys(surname: str, first_name: str, fiscal_code: str, birth_date: date | None,
                  municipality_id: int | None) -> tuple[tuple, ...]:
    """The keys under which a registration can be recognised; two registrations sharing one are the same."""
    keys: list[tuple] = []
    if fiscal_code:
        keys.append(("cf", fiscal_code.strip().upper()))
    if birth_date is not None and municipality_id is not None:
        keys.append(("nbm", person_name_key(surname, first_name), birth_date, municipality_id))
    return tuple(keys)


AGE_BANDS = ((0, 17, "fino a 17"), (18, 29, "18-29"), (30, 39, "30-39"), (40, 49, "40-49"), (50, 64, "50-64"),
             (65, 200, "65 e oltre"))


def age_band(birth_date: date | None, on: date) -> str:
    if birth_date is None:
        return "non indicata"
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)
