"""One anonymous answer to the needs questionnaire and the checks that refuse impossible ones.

The same `parse_answer` serves the clerk typing a paper form and the import of an online form's export, so
both refuse the same things with the same messages, each filed under its field (or column)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.welfare.catalogue import NeedCategory
from equilibri_desktop.domain.welfare.survey_codes import (
    CHILD_BANDS,
    AgeBand,
    BonusToWelfare,
    CommuteMode,
    CommuteTime,
    Contract,
    Household,
    Sex,
    TimePreference,
)

MAX_CHILDREN_PER_BAND = 10  # more is a typing slip, never a household
MAX_DEPENDANTS = 10


@dataclass(frozen=True)
class SurveyAnswer:
    sex: Sex
    age_band: AgeBand
    contract: Contract
    part_time: bool
    household: Household
    children: tuple[int, ...]  # one count per CHILD_BANDS entry
    dependants: int  # elderly or non-self-sufficient relatives the worker cares for
    commute_time: CommuteTime | None
    commute_mode: CommuteMode | None
    interests: tuple[int | None, ...]  # 1-5 per NeedCategory, in enum order; None: not answered
    time_preference: TimePreference | None
    bonus_to_welfare: BonusToWelfare | None

    def interest(self, need: NeedCategory) -> int | None:
        return self.interests[list(NeedCategory).index(need)]

    @property
    def has_children(self) -> bool:
        return sum(self.children) > 0


# Field names double as the import's column names (what an online form exports).
CHILD_FIELDS = tuple(f"figli_{band.replace('-', '_')}" for band in CHILD_BANDS)
INTEREST_FIELDS = tuple(f"interesse_{need.value}" for need in NeedCategory)
REQUIRED = ("sesso", "eta", "contratto", "part_time", "nucleo")
OPTIONAL = ("familiari_non_autosufficienti", "tempo_tragitto", "mezzo", "preferenza_tempi", "premio_in_welfare")
FIELDS = REQUIRED + CHILD_FIELDS + OPTIONAL + INTEREST_FIELDS
_YES = {"si", "sì", "s", "yes", "y", "1", "true", "vero", "x"}
_NO = {"no", "n", "0", "false", "falso", ""}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _choice(errors: list[FieldError], raw: Mapping[str, object], field: str, enum: type[StrEnum],
            required: bool):
    text = _text(raw.get(field)).lower()
    if not text:
        if required:
            errors.append(FieldError.coded(field, "welfare.survey.answer_missing"))
        return None
    for member in enum:
        if text in (member.value.lower(), member.label.lower()):
            return member
    allowed = ", ".join(m.value for m in enum)
    errors.append(FieldError.coded(field, "welfare.survey.answer_unknown", answer=_text(raw.get(field)),
                                   allowed=allowed))
    return None


def _count(errors: list[FieldError], raw: Mapping[str, object], field: str, maximum: int) -> int:
    text = _text(raw.get(field))
    if not text:
        return 0
    if not text.isdigit():
        errors.append(FieldError.coded(field, "welfare.survey.not_integer", text=text))
        return 0
    if int(text) > maximum:
        errors.append(FieldError.coded(field, "welfare.survey.above_maximum", text=text, maximum=maximum))
        return 0
    return int(text)


def _interest(errors: list[FieldError], raw: Mapping[str, object], field: str) -> int | None:
    text = _text(raw.get(field))
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 5:
        errors.append(FieldError.coded(field, "welfare.survey.interest", text=text))
        return None
    return int(text)


def _flag(errors: list[FieldError], raw: Mapping[str, object], field: str) -> bool:
    text = _text(raw.get(field)).lower()
    if text in _YES:
        return True
    if text not in _NO:
        errors.append(FieldError.coded(field, "welfare.survey.not_yes_no", text=text))
    return False


def parse_answer(raw: Mapping[str, object]) -> SurveyAnswer:
    """Check every field of one questionnaire; all problems at once, each under its field."""
    errors: list[FieldError] = []
    sex = _choice(errors, raw, "sesso", Sex, True)
    age = _choice(errors, raw, "eta", AgeBand, True)
    contract = _choice(errors, raw, "contratto", Contract, True)
    part_time = _flag(errors, raw, "part_time")
    household = _choice(errors, raw, "nucleo", Household, True)
    children = tuple(_count(errors, raw, f, MAX_CHILDREN_PER_BAND) for f in CHILD_FIELDS)
    dependants = _count(errors, raw, "familiari_non_autosufficienti", MAX_DEPENDANTS)
    answer = SurveyAnswer(
        sex=sex, age_band=age, contract=contract, part_time=part_time, household=household, children=children,
        dependants=dependants,
        commute_time=_choice(errors, raw, "tempo_tragitto", CommuteTime, False),
        commute_mode=_choice(errors, raw, "mezzo", CommuteMode, False),
        interests=tuple(_interest(errors, raw, f) for f in INTEREST_FIELDS),
        time_preference=_choice(errors, raw, "preferenza_tempi", TimePreference, False),
        bonus_to_welfare=_choice(errors, raw, "premio_in_welfare", BonusToWelfare, False),
    )
    if errors:
        raise ValidationError(errors)
    return answer


def answer_fields(answer: SurveyAnswer) -> dict[str, object]:
    """The answer back as field -> code, the inverse of `parse_answer` (for editing and export)."""
    values: dict[str, object] = {
        "sesso": answer.sex.value, "eta": answer.age_band.value, "contratto": answer.contract.value,
        "part_time": "si" if answer.part_time else "no", "nucleo": answer.household.value,
        "familiari_non_autosufficienti": answer.dependants,
        "tempo_tragitto": answer.commute_time.value if answer.commute_time else "",
        "mezzo": answer.commute_mode.value if answer.commute_mode else "",
        "preferenza_tempi": answer.time_preference.value if answer.time_preference else "",
        "premio_in_welfare": answer.bonus_to_welfare.value if answer.bonus_to_welfare else "",
    }
    values.update(zip(CHILD_FIELDS, answer.children, strict=True))
    values.update((f, v if v is not None else "") for f, v in zip(INTEREST_FIELDS, answer.interests, strict=True))
    return values
