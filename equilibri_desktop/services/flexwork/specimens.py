"""Specimens of the flexible-work documents (a company regulation and an individual agreement) from fictitious
example data, for `equilibri-admin specimens`: nothing is read from or written to the database."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from equilibri_desktop.domain.flexwork.agreement import AgreementInput
from equilibri_desktop.domain.flexwork.codes import (
    AgreementDuration,
    Place,
    Priority,
    Sector,
    Stage,
)
from equilibri_desktop.domain.flexwork.legal import RETENTION_YEARS, figure
from equilibri_desktop.domain.flexwork.regulation import RegulationInput
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.flexwork import document_data as dd
from equilibri_desktop.services.flexwork.dto import PathwayDetail, Ref

EXAMPLE_ADDRESS = "Via Emilia 12, 20077 Melegnano (esempio)"
EXAMPLE_TOOLS = "Personal computer portatile, cuffie con microfono e accesso VPN alla rete aziendale"


def example_regulation(today: date) -> RegulationInput:
    return RegulationInput(days=2, contact_start="10:00", contact_end="12:30", disconnection_start="19:30",
                           disconnection_end="08:00", tools=EXAMPLE_TOOLS,
                           places=(Place.HOME, Place.COWORKING, Place.SATELLITE), trial_months=6,
                           adopted_on=today - timedelta(days=60))


def example_pathway(today: date) -> PathwayDetail:
    return PathwayDetail(
        uuid=uuid.uuid4(), version=1, organisation=Ref(uuid.uuid4(), "Officine Lambro srl (esempio)", "Melegnano"),
        organisation_fiscal_code="01234560157", sector=Sector.PRIVATE, stage=Stage.REGULAR,
        consultant="Giulia Conti (esempio)", collective_agreement="CCNL Metalmeccanici industria",
        contact_band_required=True, inail_pat="12345678", inail_tariff="6211", notes="", stages=(), assessment=None,
        regulation=example_regulation(today), agreements=10, questionnaires=0)


def example_agreement(today: date) -> AgreementInput:
    start = today - timedelta(days=30)
    return AgreementInput(
        person_uuid=uuid.uuid4(), duration=AgreementDuration.OPEN, signed_on=start - timedelta(days=10),
        start_on=start, employment_start=date(2019, 3, 1), remote_days=2, office_days=3,
        places=(Place.HOME, Place.COWORKING), tools=EXAMPLE_TOOLS, contact_start="10:00", contact_end="12:30",
        disconnection_start="19:30", disconnection_end="08:00", safety_notice_on=start - timedelta(days=10),
        notice_days_worker=30, notice_days_employer=30, priority=Priority.PARENT_CHILD_12)


def render_flexwork_specimens(profile: OrganisationProfile, outdir: Path, today: date) -> list[Path]:
    from equilibri_desktop.documents.flexwork.agreement import build_agreement_pdf
    from equilibri_desktop.documents.flexwork.regulation import build_regulation_pdf

    p = example_pathway(today)
    regulation = dd.regulation_data(p, p.regulation, EXAMPLE_ADDRESS, "ESEMPIO", today)
    agreement = dd.agreement_data(p, example_agreement(today), EXAMPLE_ADDRESS, "Chiara Ferri (esempio)",
                                  "FRRCHR85M52F205Z", "nata a Milano il 12/08/1985", figure(RETENTION_YEARS, today),
                                  "ESEMPIO", today)
    paths = []
    for builder, data, stem in ((build_regulation_pdf, regulation, "40-lavoro-agile-regolamento"),
                                (build_agreement_pdf, agreement, "41-lavoro-agile-accordo-individuale")):
        path = outdir / f"{stem}.pdf"
        builder(data, profile, path)
        paths.append(path)
    return paths
