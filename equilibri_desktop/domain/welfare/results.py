"""Survey results for a firm or a network, with small-cell suppression: no figure describes a group of fewer
than MIN_GROUP respondents, on screen or in print, so no answer can be traced back to a person."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.welfare.catalogue import NeedCategory
from equilibri_desktop.domain.welfare.survey import SurveyAnswer
from equilibri_desktop.domain.welfare.survey_codes import (
    AgeBand,
    Household,
    Sex,
    TimePreference,
)

# Statistical disclosure practice (as in ISTAT's and Eurostat's threshold rules), not a law: a setting here.
MIN_GROUP = 5
SUPPRESSED_TEXT = "n.d. (meno di 5 risposte)"
SHORT_SUPPRESSED = "n.d."


@dataclass(frozen=True)
class Figure:
    """A number shown to the user, or the fact that it is withheld."""

    value: Decimal | None
    suppressed: bool

    def text(self, digits: int = 1, short: bool = False) -> str:
        if self.suppressed or self.value is None:
            return (SHORT_SUPPRESSED if short else SUPPRESSED_TEXT) if self.suppressed else "—"
        return f"{self.value:.{digits}f}".replace(".", ",")


@dataclass(frozen=True)
class GroupResult:
    label: str
    respondents: int
    suppressed: bool
    mean_interest: tuple[Figure, ...]  # one per NeedCategory, in enum order
    high_interest_pct: tuple[Figure, ...]  # share answering 4 or 5

    @property
    def respondents_text(self) -> str:
        return "meno di 5" if self.suppressed and self.respondents else str(self.respondents)


@dataclass(frozen=True)
class Composition:
    """Counts of one question's answers; a count under MIN_GROUP is withheld (but never zero ones)."""

    question: str
    rows: tuple[tuple[str, Figure], ...]


@dataclass(frozen=True)
class SurveyResults:
    respondents: int
    overall: GroupResult
    by_sex: tuple[GroupResult, ...]
    compositions: tuple[Composition, ...]


def _figure(value: Decimal | None, suppressed: bool) -> Figure:
    return Figure(None if suppressed else value, suppressed)


def group_result(label: str, answers: Sequence[SurveyAnswer]) -> GroupResult:
    suppressed = len(answers) < MIN_GROUP
    means, shares = [], []
    for need in NeedCategory:
        given = [a.interest(need) for a in answers if a.interest(need) is not None]
        small = suppressed or len(given) < MIN_GROUP
        mean = Decimal(sum(given)) / len(given) if given else None
        share = Decimal(100 * sum(1 for g in given if g >= 4)) / len(given) if given else None
        means.append(_figure(mean.quantize(Decimal("0.1"), ROUND_HALF_UP) if mean is not None else None, small))
        shares.append(_figure(share.quantize(Decimal(1), ROUND_HALF_UP) if share is not None else None, small))
    return GroupResult(label, len(answers), suppressed, tuple(means), tuple(shares))


def _count(value: int) -> Figure:
    return Figure(Decimal(value), 0 < value < MIN_GROUP)


def composition(question: str, values: Sequence[object], labels: Sequence[tuple[object, str]]) -> Composition:
    counts = Counter(values)
    return Composition(question, tuple((label, _count(counts.get(code, 0))) for code, label in labels))


def summarise(answers: Sequence[SurveyAnswer]) -> SurveyResults:
    by_sex = tuple(group_result(sex.label, [a for a in answers if a.sex is sex]) for sex in Sex)
    compositions = (
        composition("Sesso", [a.sex for a in answers], [(s, s.label) for s in Sex]),
        composition("Età", [a.age_band for a in answers], [(b, b.label) for b in AgeBand]),
        composition("Nucleo familiare", [a.household for a in answers], [(h, h.label) for h in Household]),
        composition("Con figli fino a 18 anni", [a.has_children for a in answers], [(True, "Sì"), (False, "No")]),
        composition("Con familiari non autosufficienti", [a.dependants > 0 for a in answers],
                    [(True, "Sì"), (False, "No")]),
        composition("Preferenza sui tempi di lavoro", [a.time_preference for a in answers],
                    [(t, t.label) for t in TimePreference]),
    )
    return SurveyResults(len(answers), group_result("Tutte le risposte", answers), by_sex, compositions)
