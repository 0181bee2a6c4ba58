"""The commission's score of one application: averages of the members per criterion, summed.

Rounding rule (written in the scoring minutes too): for each criterion the points of the members who
score it are averaged and the average is rounded half-up to 2 decimals; the application's score is the
sum of those rounded averages. A member who declared a conflict of interest on the application is left
out of every average for it; a single member's points are the average. Points are exact decimals
(never float) with at most 2 decimals, between 0 and the criterion's maximum.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError

TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class Criterion:
    code: str
    max_points: Decimal
    label: str = ""


@dataclass(frozen=True)
class MemberSheet:
    """What one member did on one application: the conflict declaration (None: not declared yet) and
    the points given, by criterion code."""

    member: str
    conflict: bool | None
    points: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class MissingWork:
    """Why a member still holds up the application: no declaration yet, or criteria not scored."""

    member: str
    declaration_missing: bool
    criteria: tuple[str, ...]


@dataclass(frozen=True)
class ApplicationScore:
    total: Decimal  # sum of the rounded averages of the criteria scored so far
    averages: Mapping[str, Decimal | None]  # by criterion code; None while nobody scored it
    scoring_members: tuple[str, ...]  # members who declared no conflict
    missing: tuple[MissingWork, ...]
    no_member_left: bool  # every member declared a conflict (or the commission is empty)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.no_member_left


def round_points(value: Decimal) -> Decimal:
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def check_points(criterion: Criterion, points: object) -> Decimal:
    """The points as Decimal, or ValidationError on the criterion's code (the field of the sheet)."""
    if isinstance(points, bool) or not isinstance(points, (Decimal, int)):
        # A float would carry binary noise into the minutes: the screen converts its value first.
        raise TypeError(f"I punteggi vanno passati come Decimal o int, non {type(points).__name__}")
    value = Decimal(points)
    if not value.is_finite():
        raise ValidationError.single(criterion.code, "Punteggio non valido.")
    if value != round_points(value):
        raise ValidationError.single(criterion.code, "Il punteggio può avere al massimo due decimali.")
    if value < 0 or value > criterion.max_points:
        raise ValidationError.single(
            criterion.code, f"Il punteggio di «{criterion.label or criterion.code}» va da 0 a "
                            f"{format_points(criterion.max_points)}.")
    return value


_POINTS_TEXT = re.compile(r"\d+([.,]\d+)?")


def parse_points(criterion: Criterion, text: str | None) -> Decimal | None:
    """Points as a commissioner types them ("12", "12,5", "7.25") checked against the criterion: '' → None
    (not scored yet); ValidationError on the criterion's code for anything else, so "30" in a criterion
    worth 25 is an error next to the field, never a different number."""
    compact = "".join((text or "").split())
    if not compact:
        return None
    if not _POINTS_TEXT.fullmatch(compact):
        raise ValidationError.single(criterion.code, f"Scrivi un numero da 0 a {format_points(criterion.max_points)}"
                                                     ", per esempio 12,5.")
    return check_points(criterion, Decimal(compact.replace(",", ".")))


def points_problem(criterion: Criterion, text: str | None) -> str:
    """What is wrong with the points typed for `criterion` ("" when they are fine or not typed yet)."""
    try:
        parse_points(criterion, text)
    except ValidationError as error:
        return error.errors[0].message
    return ""


def check_sheet(criteria: Sequence[Criterion], points: Mapping[str, object]) -> dict[str, Decimal]:
    """Every value of a member's sheet checked at once, so each wrong field gets its own message."""
    by_code = {c.code: c for c in criteria}
    checked, errors = {}, []
    for code, value in points.items():
        criterion = by_code.get(code)
        if criterion is None:
            errors.append(FieldError(code, f"Il criterio {code} non è nella griglia di questo bando."))
            continue
        try:
            checked[code] = check_points(criterion, value)
        except ValidationError as error:
            errors.extend(error.errors)
    if errors:
        raise ValidationError(errors)
    return checked


def score_application(criteria: Sequence[Criterion], sheets: Iterable[MemberSheet]) -> ApplicationScore:
    sheets = list(sheets)
    scoring = [s for s in sheets if s.conflict is False]
    missing = []
    for sheet in sheets:
        if sheet.conflict is True:
            continue
        left = tuple(c.code for c in criteria if c.code not in sheet.points)
        if sheet.conflict is None or left:
            missing.append(MissingWork(sheet.member, sheet.conflict is None, left))
    averages: dict[str, Decimal | None] = {}
    for criterion in criteria:
        given = [s.points[criterion.code] for s in scoring if criterion.code in s.points]
        averages[criterion.code] = round_points(sum(given, Decimal(0)) / len(given)) if given else None
    total = sum((a for a in averages.values() if a is not None), Decimal("0.00"))
    no_member_left = all(s.conflict is True for s in sheets)
    return ApplicationScore(round_points(total), averages, tuple(s.member for s in scoring), tuple(missing),
                            no_member_left)


def format_points(value: Decimal) -> str:
    """Italian notation without useless zeros: 25 -> "25", 12.5 -> "12,5", 7.25 -> "7,25"."""
    text = f"{round_points(value):f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
