"""The codes stored for events and training, with the Italian labels screens and documents show.

Stored values are the enum values: they never change once written (labels may).
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS[type(self)][self]


class EventKind(_Labelled):
    SPORTELLO = "sportello"  # outreach: stands at markets and fairs
    INFORMATIVO = "informativo"  # information meeting in a municipality
    CORSO = "corso"  # training course for professionals
    LABORATORIO = "laboratorio"  # workshop
    CABINA_REGIA = "cabina_regia"  # steering-committee meeting


class LineOfWork(_Labelled):
    STARTUP = "startup"
    LAVORO_AGILE = "lavoro_agile"
    RETE = "rete"
    WELFARE = "welfare"


class Target(_Labelled):
    CITTADINI = "cittadini"
    IMPRESE = "imprese"
    PROFESSIONISTI = "professionisti"


class CertificateKind(_Labelled):
    PARTECIPAZIONE = "partecipazione"
    FREQUENZA = "frequenza"


class EventDocumentKind(_Labelled):
    FOGLIO_FIRME = "foglio_firme"
    ATTESTATO = "attestato"


_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    EventKind: {
        EventKind.SPORTELLO: "Evento di sensibilizzazione",
        EventKind.INFORMATIVO: "Incontro informativo",
        EventKind.CORSO: "Corso di formazione",
        EventKind.LABORATORIO: "Laboratorio",
        EventKind.CABINA_REGIA: "Cabina di regia",
    },
    LineOfWork: {
        LineOfWork.STARTUP: "Start-up e contributi",
        LineOfWork.LAVORO_AGILE: "Lavoro agile",
        LineOfWork.RETE: "Rete e accordi",
        LineOfWork.WELFARE: "Welfare aziendale",
    },
    Target: {
        Target.CITTADINI: "Cittadini",
        Target.IMPRESE: "Imprese",
        Target.PROFESSIONISTI: "Professionisti",
    },
    CertificateKind: {
        CertificateKind.PARTECIPAZIONE: "Attestato di partecipazione",
        CertificateKind.FREQUENZA: "Attestato di frequenza",
    },
    EventDocumentKind: {
        EventDocumentKind.FOGLIO_FIRME: "Foglio firme",
        EventDocumentKind.ATTESTATO: "Attestato",
    },
}


def default_certificate_kind(kind: EventKind | str) -> CertificateKind:
    """Courses certify attendance against a minimum; other events certify participation."""
    return CertificateKind.FREQUENZA if EventKind(kind) == EventKind.CORSO else CertificateKind.PARTECIPAZIONE
