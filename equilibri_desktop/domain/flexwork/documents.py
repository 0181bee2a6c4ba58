"""The documents of the flexible-work line, numbered per kind and year in the document register."""

from __future__ import annotations

from enum import StrEnum


class FlexworkDocumentKind(StrEnum):
    REGULATION = "flexwork_regolamento"
    AGREEMENT = "flexwork_accordo"

    @property
    def label(self) -> str:
        return {FlexworkDocumentKind.REGULATION: "Regolamento aziendale sul lavoro agile",
                FlexworkDocumentKind.AGREEMENT: "Accordo individuale di lavoro agile"}[self]
