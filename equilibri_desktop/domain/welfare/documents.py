"""The documents a welfare engagement produces, numbered per kind and year in the document register."""

from __future__ import annotations

from enum import StrEnum


class WelfareDocumentKind(StrEnum):
    SURVEY_REPORT = "welfare_indagine"
    PLAN = "welfare_piano"
    REGULATION = "welfare_regolamento"
    ACTIVITY_REPORT = "welfare_attivita"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    WelfareDocumentKind.SURVEY_REPORT: "Rapporto sull'indagine dei bisogni",
    WelfareDocumentKind.PLAN: "Piano di welfare aziendale",
    WelfareDocumentKind.REGULATION: "Bozza di regolamento di welfare aziendale",
    WelfareDocumentKind.ACTIVITY_REPORT: "Relazione sull'attività di consulenza",
}
