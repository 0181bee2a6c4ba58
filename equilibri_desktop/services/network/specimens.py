"""Specimens of the agreement template, from fictitious example data (no database): a five-party partnership
signed on paper, an art. 15 agreement between two public bodies signed digitally, and any number of parties
for the benchmark."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.domain.network.rules import digital_signature_rule, in_kind_value
from equilibri_desktop.domain.network.templates import (
    default_articles,
    default_premises,
)
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.network.document_data import agreement_document_data
from equilibri_desktop.services.network.dto import (
    AgreementDetail,
    CommitteeMemberInput,
    PartyRow,
)

_BODIES = (
    ("A.S.S.E.MI. – Azienda Sociale Sud Est Milano", "comune", "Azienda speciale consortile", "San Giuliano Milanese"),
    ("Comune di Melegnano", "comune", "", "Melegnano"),
    ("Comune di San Donato Milanese", "comune", "", "San Donato Milanese"),
    ("Cooperativa Sociale Il Girasole", "cooperativa", "Società cooperativa sociale", "Melegnano"),
    ("Officine Lambro S.r.l.", "impresa", "S.r.l.", "Vizzolo Predabissi"),
    ("Associazione Genitori Insieme", "associazione", "APS", "Carpiano"),
)
_PEOPLE = ("Paola Ferri", "Marco Bianchi", "Giulia Galli", "Elena Ferrari", "Luca Colombo", "Sara Ricci",
           "Andrea Marino", "Chiara Greco", "Davide Bruno", "Marta Conti", "Stefano Costa", "Irene Fontana")
_OBLIGATIONS = ("coordinare le azioni e curare la rendicontazione a Regione Lombardia;\nconvocare il comitato di "
                "indirizzo", "promuovere i servizi di conciliazione presso i cittadini;\nmettere a disposizione "
                "spazi comunali per gli sportelli", "gestire il servizio di pre e post scuola nei periodi di "
                "chiusura;\nraccogliere i dati di monitoraggio")


def _party(index: int, body: tuple[str, str, str, str], role: str) -> PartyRow:
    hours, rate = Decimal(20 + 10 * (index % 4)), Decimal("27.50")
    public = body[1] == "comune"
    return PartyRow(
        uuid.uuid4(), index + 1, uuid.uuid4(), body[0], body[1], body[2], f"Via Roma {index + 3}", body[3],
        f"{97000000 + index * 101:011d}" if public else "", "" if public else f"{1200000 + index * 7:011d}",
        f"protocollo{index}@pec.example.org", role, uuid.uuid4(), _PEOPLE[index % 12], "",
        "delegato" if index == 3 else "legale_rappresentante",
        "delibera del C.d.A. n. 12 del 15/01/2026" if index == 3 else "",
        _OBLIGATIONS[index % 3], Decimal(1000 * (index % 3)), hours, rate, in_kind_value(hours, rate),
        "ore di personale educativo" if index % 2 else "ore di coordinamento", "da_inviare", "", None, None, None,
        "", None, public)


def example_agreement(kind: AgreementKind, parties: int, today: date) -> AgreementDetail:
    bodies = [_BODIES[i % len(_BODIES)] for i in range(parties)]
    if kind == AgreementKind.TRA_PA:
        bodies = [_BODIES[0], _BODIES[1]][:parties]
    rows = tuple(_party(i, (b[0] if i < len(_BODIES) else f"{b[0]} – sede {i + 1}", *b[1:]),
                        "capofila" if i == 0 else "partner") for i, b in enumerate(bodies))
    rule = digital_signature_rule(kind, today)
    title = ("Servizi condivisi di conciliazione tra enti del distretto" if kind == AgreementKind.TRA_PA
             else "Alleanza locale di conciliazione Sud Est Milano")
    return AgreementDetail(
        uuid.uuid4(), 1, f"{kind.code_prefix}-{today.year}-001", kind.value, title,
        "realizzare le azioni del progetto e condividere i servizi di conciliazione del territorio", "bozza",
        date(today.year, 1, 1), date(today.year + 1, 12, 31), None, None, kind != AgreementKind.TRA_PA, 12, 60,
        "contitolari", "Il capofila fornisce l'informativa e riceve le richieste degli interessati.", None, "",
        "E11H17000120002", default_premises(kind), default_articles(kind), "", 0, None, "", rows,
        (CommitteeMemberInput(_PEOPLE[0], "presidente"), CommitteeMemberInput(_PEOPLE[1], "componente")), (), (),
        f"Firma digitale obbligatoria a pena di nullità ({rule})." if rule else "")


def render_network_specimens(profile: OrganisationProfile, outdir: Path, today: date) -> list[Path]:
    """The two agreement specimens the office reviews before real use."""
    from equilibri_desktop.documents.network.agreement import build_agreement_pdf

    paths = []
    for stem, kind, parties in (("20-accordo-partenariato-5-parti-carta", AgreementKind.PARTENARIATO, 5),
                                ("21-accordo-art15-tra-enti-pubblici", AgreementKind.TRA_PA, 2)):
        detail = example_agreement(kind, parties, today)
        data = agreement_document_data(detail, profile.project_title or "Governare gli equilibri", False, today)
        path = outdir / f"{stem}.pdf"
        build_agreement_pdf(data, profile, path)
        paths.append(path)
    return paths
