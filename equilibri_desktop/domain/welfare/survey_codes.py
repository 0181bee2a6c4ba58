"""The answers the anonymous needs questionnaire allows, as codes an online form can export and a clerk can
type: each enum's value is what the spreadsheet holds, its label what the screen and the report show."""

from __future__ import annotations

from enum import StrEnum


class _Choice(StrEnum):
    @property
    def label(self) -> str:
        # Keyed by enum too: equal codes in two enums ("altro", "60+") are equal strings.
        return _LABELS[type(self)][self]


class Sex(_Choice):
    WOMAN = "F"
    MAN = "M"
    OTHER = "X"


class AgeBand(_Choice):
    UP_TO_29 = "18-29"
    FROM_30 = "30-39"
    FROM_40 = "40-49"
    FROM_50 = "50-59"
    FROM_60 = "60+"


class Contract(_Choice):
    PERMANENT = "indeterminato"
    FIXED_TERM = "determinato"
    APPRENTICE = "apprendistato"
    OTHER = "altro"


class Household(_Choice):
    ALONE = "solo"
    COUPLE = "coppia"
    COUPLE_CHILDREN = "coppia_figli"
    SINGLE_PARENT = "monogenitore"
    OTHER = "altro"


class CommuteTime(_Choice):
    UP_TO_15 = "0-15"
    UP_TO_30 = "15-30"
    UP_TO_60 = "30-60"
    OVER_60 = "60+"


class CommuteMode(_Choice):
    CAR = "auto"
    PUBLIC = "mezzi_pubblici"
    BIKE_FOOT = "bici_piedi"
    OTHER = "altro"


class TimePreference(_Choice):
    FLEXIBLE_HOURS = "orario_flessibile"
    REMOTE = "lavoro_agile"
    BOTH = "entrambi"
    NONE = "nessuna"


class BonusToWelfare(_Choice):
    YES = "si"
    NO = "no"
    UNSURE = "non_so"


_LABELS = {
    Sex: {Sex.WOMAN: "Donna", Sex.MAN: "Uomo", Sex.OTHER: "Altro o non indicato"},
    AgeBand: {AgeBand.UP_TO_29: "Fino a 29 anni", AgeBand.FROM_30: "30-39 anni", AgeBand.FROM_40: "40-49 anni",
              AgeBand.FROM_50: "50-59 anni", AgeBand.FROM_60: "60 anni e oltre"},
    Contract: {Contract.PERMANENT: "Tempo indeterminato", Contract.FIXED_TERM: "Tempo determinato",
               Contract.APPRENTICE: "Apprendistato", Contract.OTHER: "Altro contratto"},
    Household: {Household.ALONE: "Vive da solo/a", Household.COUPLE: "In coppia senza figli",
                Household.COUPLE_CHILDREN: "In coppia con figli", Household.SINGLE_PARENT: "Genitore solo",
                Household.OTHER: "Altra situazione"},
    CommuteTime: {CommuteTime.UP_TO_15: "Fino a 15 minuti", CommuteTime.UP_TO_30: "15-30 minuti",
                  CommuteTime.UP_TO_60: "30-60 minuti", CommuteTime.OVER_60: "Oltre 60 minuti"},
    CommuteMode: {CommuteMode.CAR: "Auto o moto", CommuteMode.PUBLIC: "Mezzi pubblici",
                  CommuteMode.BIKE_FOOT: "Bici o a piedi", CommuteMode.OTHER: "Altro mezzo"},
    TimePreference: {TimePreference.FLEXIBLE_HOURS: "Orario flessibile", TimePreference.REMOTE: "Lavoro agile",
                     TimePreference.BOTH: "Entrambi", TimePreference.NONE: "Nessuna preferenza"},
    BonusToWelfare: {BonusToWelfare.YES: "Sì", BonusToWelfare.NO: "No", BonusToWelfare.UNSURE: "Non so"},
}

CHILD_BANDS = ("0-2", "3-5", "6-10", "11-14", "15-18")
