"""Monitoring questionnaires filled by workers before and after a pilot (anonymous: sex, priority category and
scores only), and their aggregation, which never shows a group of fewer than MIN_GROUP people."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.flexwork.codes import Phase, Priority

MIN_GROUP = 5  # the same small-cell rule as the welfare survey: fewer answers are withheld, not shown
SCORES = ("wellbeing", "balance", "organisation")  # 1–5


@dataclass(frozen=True)
class QuestionnaireInput:
    phase: Phase = Phase.BEFORE
    sex: str = "F"  # F, M, X
    priority: Priority = Priority.NONE
    wellbeing: int = 3
    balance: int = 3  # balance of work and life
    organisation: int = 3  # how well work is organised
    remote_days_month: int = 0
    commute_minutes_saved_week: int = 0
    commute_km_saved_week: int = 0

    def validated(self) -> QuestionnaireInput:
        errors = []
        if self.sex not in ("F", "M", "X"):
            errors.append(FieldError.coded("sex", "flexwork.monitoring.sex"))
        errors += [FieldError.coded(n, "flexwork.monitoring.score") for n in SCORES if not 1 <= getattr(self, n) <= 5]
        if not 0 <= self.remote_days_month <= 23:
            errors.append(FieldError.coded("remote_days_month", "flexwork.monitoring.remote_days_month"))
        if not 0 <= self.commute_minutes_saved_week <= 60 * 40:
            errors.append(FieldError.coded("commute_minutes_saved_week",
                                           "flexwork.monitoring.commute_minutes_saved_week"))
        if not 0 <= self.commute_km_saved_week <= 5000:
            errors.append(FieldError.coded("commute_km_saved_week", "flexwork.monitoring.commute_km_saved_week"))
        if self.phase is Phase.BEFORE and (self.remote_days_month or self.commute_minutes_saved_week
                                           or self.commute_km_saved_week):
            errors.append(FieldError.coded("phase", "flexwork.monitoring.phase"))
        if errors:
            raise ValidationError(errors)
        return self


@dataclass(frozen=True)
class GroupFigures:
    """Means of one group; None when the group is smaller than MIN_GROUP (then `count` is None too)."""

    label: str
    count: int | None
    wellbeing: Decimal | None
    balance: Decimal | None
    organisation: Decimal | None
    commute_hours_saved_week: Decimal | None
    commute_km_saved_week: Decimal | None

    @property
    def withheld(self) -> bool:
        return self.count is None


def _mean(values: Sequence[int]) -> Decimal:
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def group(label: str, answers: Sequence[QuestionnaireInput]) -> GroupFigures:
    if len(answers) < MIN_GROUP:
        return GroupFigures(label, None, None, None, None, None, None)
    minutes = Decimal(sum(a.commute_minutes_saved_week for a in answers)) / 60
    return GroupFigures(label, len(answers), _mean([a.wellbeing for a in answers]),
                        _mean([a.balance for a in answers]), _mean([a.organisation for a in answers]),
                        minutes.quantize(Decimal("0.1"), ROUND_HALF_UP),
                        Decimal(sum(a.commute_km_saved_week for a in answers)))


@dataclass(frozen=True)
class MonitoringResults:
    before: GroupFigures
    after: GroupFigures
    by_sex: tuple[GroupFigures, ...]  # after the pilot
    by_priority: tuple[GroupFigures, ...]  # after the pilot: priority categories together vs none
    withheld_groups: int


def summarise(answers: Iterable[QuestionnaireInput]) -> MonitoringResults:
    answers = list(answers)
    after = [a for a in answers if a.phase is Phase.AFTER]
    lists = {"Prima": [a for a in answers if a.phase is Phase.BEFORE], "Dopo": after}
    sexes = {label: [a for a in after if a.sex == code]
             for code, label in (("F", "Donne"), ("M", "Uomini"), ("X", "Non indicato"))}
    priorities = {"Categorie prioritarie (art. 18 c. 3-bis)": [a for a in after if a.priority is not Priority.NONE],
                  "Altri lavoratori": [a for a in after if a.priority is Priority.NONE]}
    withheld = sum(1 for found in (*lists.values(), *sexes.values(), *priorities.values())
                   if 0 < len(found) < MIN_GROUP)
    return MonitoringResults(group("Prima", lists["Prima"]), group("Dopo", after),
                             tuple(group(label, found) for label, found in sexes.items()),
                             tuple(group(label, found) for label, found in priorities.items()), withheld)
