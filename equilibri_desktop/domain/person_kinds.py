"""Closed lists of the person registry (occupation, contact, privacy channel, consent) with Italian labels."""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    """A stored code with an Italian label; codes written by a newer version read back as None."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self.value]

    @classmethod
    def from_code(cls, code: str | None):  # -> Self | None
        try:
            return cls(code) if code else None
        except ValueError:
            return None

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(code, label) pairs in display order, for pickers and filters."""
        return [(item.value, item.label) for item in cls]


class OccupationalStatus(_Labelled):
    OCCUPATA = "occupata"
    DISOCCUPATA = "disoccupata"  # registered at the job centre: has a DID date
    INOCCUPATA = "inoccupata"  # never worked, or inactive
    STUDENTESSA = "studentessa"
    PENSIONATA = "pensionata"
    ALTRO = "altro"


class PreferredContact(_Labelled):
    TELEFONO = "telefono"
    EMAIL = "email"
    PEC = "pec"
    POSTA = "posta"  # a letter to the residence address


class PrivacyChannel(_Labelled):
    """Where the privacy notice was handed over and acknowledged."""

    UFFICIO = "ufficio"
    EVENTO = "evento"
    CARTACEO = "cartaceo"


class ConsentKind(_Labelled):
    """Optional consents: the registry itself rests on the public task, not on consent (GDPR art. 6(1)(e))."""

    NEWSLETTER = "newsletter"
    FOTO = "foto"


# Per enum: StrEnum members hash like their code, so one flat dict could mix up equal codes.
_LABELS: dict[type, dict[str, str]] = {
    OccupationalStatus: {
        "occupata": "Occupata/o",
        "disoccupata": "Disoccupata/o (con DID)",
        "inoccupata": "Inoccupata/o o inattiva/o",
        "studentessa": "Studentessa/studente",
        "pensionata": "Pensionata/o",
        "altro": "Altro",
    },
    PreferredContact: {
        "telefono": "Telefono",
        "email": "E-mail",
        "pec": "PEC",
        "posta": "Posta all'indirizzo di residenza",
    },
    PrivacyChannel: {"ufficio": "In ufficio", "evento": "A un evento", "cartaceo": "Modulo cartaceo"},
    ConsentKind: {"newsletter": "Newsletter", "foto": "Foto e riprese"},
}
