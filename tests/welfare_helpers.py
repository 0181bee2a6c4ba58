"""Shared set-up for the welfare tests: firms in the registry, an engagement, survey rows and files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.domain.welfare.engagement import EngagementInput
from equilibri_desktop.services.registry.organisations import create_organisation
from equilibri_desktop.services.welfare.engagements import create_engagement

HEADERS = ("Informazioni cronologiche", "impresa", "sesso", "eta", "contratto", "part_time", "nucleo", "figli_0_2",
           "figli_3_5", "familiari_non_autosufficienti", "interesse_childcare", "interesse_elder_care",
           "interesse_health", "interesse_time", "preferenza_tempi", "premio_in_welfare")


def organisation(db, name: str, kind: str = "impresa"):
    return create_organisation(db, OrganisationInput(name=name, kind=kind)).organisation


def engagement(db, *firms, title="Welfare in Officine Riunite"):
    network = "Rete Sud Est" if len(firms) > 1 else ""
    return create_engagement(db, EngagementInput(
        title=title, organisation_uuids=tuple(f.uuid for f in firms), network_name=network, ateco="25.62",
        employees_women=14, employees_men=20, employees_permanent=30, employees_fixed_term=4,
        consultant="Giulia Conti", started_on=date(2026, 2, 10)))


def survey_row(index: int, firm: str = "") -> tuple:
    sex = "F" if index % 2 == 0 else "M"
    return ("01/03/2026 10:00", firm, sex, ("30-39", "40-49", "50-59")[index % 3], "indeterminato",
            "si" if index % 4 == 0 else "no", "coppia_figli" if index % 3 else "coppia", index % 2, 0,
            1 if index % 5 == 0 else 0, 5 if index % 2 == 0 else 3, 2 + index % 3, 4, 5 - index % 2,
            "orario_flessibile" if index % 2 else "lavoro_agile", "si")


def write_xlsx(path: Path, rows, headers=HEADERS) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def typed(index: int) -> dict:
    return dict(zip(HEADERS, survey_row(index), strict=True)) | {"impresa": None}
