"""Closed lists of the flexible-work line: codes stored in the database and their Italian labels."""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return LABELS[self]


class Stage(_Labelled):
    FIRST_CONTACT = "primo_contatto"
    ASSESSMENT = "valutazione"
    POLICY = "regolamento"
    PILOT = "pilota"
    REGULAR = "uso_regolare"
    MONITORING = "monitoraggio"


class Sector(_Labelled):
    PRIVATE = "privato"
    PUBLIC = "pubblico"


class WorkMode(_Labelled):
    """Public bodies' collective agreements tell agile work apart from remote work bound to a timetable."""

    AGILE = "agile"
    REMOTE = "da_remoto"


class Period(_Labelled):
    WEEK = "settimana"
    MONTH = "mese"


class ToolsProvider(_Labelled):
    EMPLOYER = "datore"
    WORKER = "lavoratore"
    BOTH = "entrambi"


class Place(_Labelled):
    HOME = "domicilio"
    COWORKING = "coworking"
    SATELLITE = "centro_satellite"
    OTHER = "altro_luogo_idoneo"


class AgreementDuration(_Labelled):
    FIXED = "tempo_determinato"
    OPEN = "tempo_indeterminato"


class EmploymentType(_Labelled):
    PERMANENT = "indeterminato"
    FIXED_TERM = "determinato"


class CommunicationType(_Labelled):
    START = "inizio"
    CHANGE = "modifica"
    CANCEL = "annullamento"
    WITHDRAWAL = "recesso"


class Priority(_Labelled):
    """Art. 18 c. 3-bis L. 81/2017: who has priority in agile-work requests (and is counted in monitoring)."""

    NONE = "nessuna"
    PARENT_CHILD_12 = "genitore_figlio_12"
    PARENT_DISABLED_CHILD = "genitore_figlio_disabile"
    SEVERE_DISABILITY = "disabilita_grave"
    CAREGIVER = "caregiver"


class SpaceKind(_Labelled):
    COWORKING = "coworking"
    SATELLITE = "centro_satellite"


class PlacementKind(_Labelled):
    SEAT = "postazione"
    VOUCHER = "voucher"


class Phase(_Labelled):
    BEFORE = "prima"
    AFTER = "dopo"


LABELS: dict[StrEnum, str] = {
    Stage.FIRST_CONTACT: "Primo contatto", Stage.ASSESSMENT: "Valutazione organizzativa",
    Stage.POLICY: "Regolamento aziendale", Stage.PILOT: "Sperimentazione", Stage.REGULAR: "Uso ordinario",
    Stage.MONITORING: "Monitoraggio",
    Sector.PRIVATE: "Datore privato", Sector.PUBLIC: "Pubblica amministrazione",
    WorkMode.AGILE: "Lavoro agile", WorkMode.REMOTE: "Lavoro da remoto (con vincolo di orario)",
    Period.WEEK: "a settimana", Period.MONTH: "al mese",
    ToolsProvider.EMPLOYER: "Forniti dal datore di lavoro", ToolsProvider.WORKER: "Del lavoratore",
    ToolsProvider.BOTH: "In parte del datore, in parte del lavoratore",
    Place.HOME: "Domicilio o residenza", Place.COWORKING: "Spazio di coworking",
    Place.SATELLITE: "Centro satellite", Place.OTHER: "Altro luogo idoneo",
    AgreementDuration.FIXED: "A tempo determinato", AgreementDuration.OPEN: "A tempo indeterminato",
    EmploymentType.PERMANENT: "Tempo indeterminato", EmploymentType.FIXED_TERM: "Tempo determinato",
    CommunicationType.START: "Inizio", CommunicationType.CHANGE: "Modifica",
    CommunicationType.CANCEL: "Annullamento", CommunicationType.WITHDRAWAL: "Recesso",
    Priority.NONE: "Nessuna priorità", Priority.PARENT_CHILD_12: "Genitore di figli fino a 12 anni",
    Priority.PARENT_DISABLED_CHILD: "Genitore di figli con disabilità",
    Priority.SEVERE_DISABILITY: "Lavoratore con disabilità grave", Priority.CAREGIVER: "Caregiver familiare",
    SpaceKind.COWORKING: "Coworking", SpaceKind.SATELLITE: "Centro satellite",
    PlacementKind.SEAT: "Postazione", PlacementKind.VOUCHER: "Voucher",
    Phase.BEFORE: "Prima della sperimentazione", Phase.AFTER: "Dopo la sperimentazione",
}
