"""Kinds of organisation in the registry: the short code stored in the database and its Italian label."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    """Stored as the value in `Organisation.kind`; labels are Italian source strings (the UI translates)."""

    COMUNE = "comune"
    IMPRESA = "impresa"
    COOPERATIVA = "cooperativa"
    IMPRESA_SOCIALE = "impresa_sociale"
    ASSOCIAZIONE = "associazione"
    SINDACATO = "sindacato"
    ALTRO = "altro"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def from_code(cls, code: str | None) -> OrganisationKind:
        """The kind for a stored code; codes written by a newer version fall back to ALTRO."""
        try:
            return cls(code or "")
        except ValueError:
            return cls.ALTRO


_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.COMUNE: "Comune / ente pubblico",
    OrganisationKind.IMPRESA: "Impresa",
    OrganisationKind.COOPERATIVA: "Cooperativa",
    OrganisationKind.IMPRESA_SOCIALE: "Impresa sociale",
    OrganisationKind.ASSOCIAZIONE: "Associazione / ente del Terzo settore",
    OrganisationKind.SINDACATO: "Sindacato / associazione di categoria",
    OrganisationKind.ALTRO: "Altro",
}


def kind_choices() -> list[tuple[str, str]]:
    """(code, label) pairs in display order, for pickers and filters."""
    return [(kind.value, kind.label) for kind in OrganisationKind]
