"""Figures the law fixes for grants, kept as dated data: each is a tuple of (valid_from, value, source)
entries, looked up by the date that matters (a payment, a check, a day of interest). A new decree is one
more line here, never an edit of the old ones, so acts already issued can be recomputed as they were."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Generic, NamedTuple, TypeVar

from equilibri_desktop.domain.errors import DomainError

T = TypeVar("T")


class Dated(NamedTuple, Generic[T]):
    valid_from: date
    value: T
    source: str


def in_force(entries: Sequence[Dated[T]], on: date, what: str) -> Dated[T]:
    """The entry in force on `on` (the latest whose valid_from is not after it)."""
    found = None
    for entry in sorted(entries, key=lambda e: e.valid_from):
        if entry.valid_from <= on:
            found = entry
    if found is None:
        raise DomainError(f"Non è registrato il valore di «{what}» in vigore il {on:%d/%m/%Y}.")
    return found


# Legal interest rate (art. 1284 c.c.), yearly, set by decree of the Minister of Economy and Finance.
# Each figure read in the decree's text as published in the Gazzetta Ufficiale.
LEGAL_INTEREST_RATES: tuple[Dated[Decimal], ...] = (
    Dated(date(2023, 1, 1), Decimal("5"), "D.M. MEF 13/12/2022 (G.U. n. 292 del 15/12/2022)"),
    Dated(date(2024, 1, 1), Decimal("2.5"), "D.M. MEF 29/11/2023 (G.U. n. 288 dell'11/12/2023)"),
    Dated(date(2025, 1, 1), Decimal("2"), "D.M. MEF 10/12/2024 (G.U. n. 294 del 16/12/2024)"),
    Dated(date(2026, 1, 1), Decimal("1.6"), "D.M. MEF 10/12/2025 (G.U. n. 289 del 13/12/2025)"),
)

# De minimis ceiling per single undertaking over any rolling period of three years
# (Reg. UE 2023/2831 art. 3 c. 2, in force from 1/1/2024; before it Reg. UE 1407/2013, € 200.000).
DE_MINIMIS_CEILINGS: tuple[Dated[int], ...] = (
    Dated(date(2014, 1, 1), 200_000_00, "Reg. UE 1407/2013, art. 3 c. 2"),
    Dated(date(2024, 1, 1), 300_000_00, "Reg. UE 2023/2831, art. 3 c. 2"),
)

# Withholding on grants to firms, on account of income tax (art. 28 c. 2 DPR 600/1973): 4%, not applied to
# grants for the purchase of capital goods (beni strumentali).
WITHHOLDING_RATES: tuple[Dated[Decimal], ...] = (
    Dated(date(1974, 1, 1), Decimal("4"), "art. 28, comma 2, D.P.R. 600/1973"),
)

# A DURC is valid 120 days from the day it was issued (D.M. Lavoro 30/01/2015 art. 7).
DURC_VALIDITY_DAYS: tuple[Dated[int], ...] = (
    Dated(date(2015, 7, 1), 120, "D.M. Lavoro 30/01/2015, art. 7"),
)

# Payments above this amount wait for the check on tax arrears (art. 48-bis DPR 602/1973; € 5.000 since
# 1/3/2018, L. 205/2017 art. 1 c. 986).
TAX_CHECK_THRESHOLDS: tuple[Dated[int], ...] = (
    Dated(date(2008, 3, 29), 10_000_00, "art. 48-bis D.P.R. 602/1973 (D.M. 40/2008)"),
    Dated(date(2018, 3, 1), 5_000_00, "art. 48-bis D.P.R. 602/1973, L. 205/2017 art. 1 c. 986"),
)


def legal_interest_rate(on: date) -> Dated[Decimal]:
    return in_force(LEGAL_INTEREST_RATES, on, "saggio degli interessi legali")


def de_minimis_ceiling(on: date) -> Dated[int]:
    return in_force(DE_MINIMIS_CEILINGS, on, "massimale de minimis")


def withholding_rate(on: date) -> Dated[Decimal]:
    return in_force(WITHHOLDING_RATES, on, "ritenuta sui contributi alle imprese")


def durc_validity_days(on: date) -> int:
    return in_force(DURC_VALIDITY_DAYS, on, "validità del DURC").value


def tax_check_threshold(on: date) -> int:
    return in_force(TAX_CHECK_THRESHOLDS, on, "soglia della verifica art. 48-bis").value
