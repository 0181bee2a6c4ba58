"""The consulting activity report: stage reached, meetings with their hours, survey and plans, next steps."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.welfare import common as c
from equilibri_desktop.documents.welfare.data import ActivityReportData
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Relazione sull'attività di consulenza"


def _hours(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def build_activity_report_pdf(data: ActivityReportData, profile: OrganisationProfile, path: Path) -> str:
    total = sum((m.hours for m in data.meetings), Decimal(0))
    extra = [("Avviato il", c.day(data.started_on)), ("Fase raggiunta", data.stage),
             ("Ore di consulenza", _hours(total)), ("Incontri", str(len(data.meetings))),
             ("Risposte all'indagine", str(data.responses)),
             ("Piani di welfare", ", ".join(str(y) for y in data.plan_years) or "nessuno")]
    rows = [[c.day(m.held_on), _hours(m.hours), m.topic, m.participants, m.next_steps] for m in data.meetings]
    story: list[Flowable] = [
        *c.title_block(KIND, data.header), c.facts(data.header, extra), c.heading("Incontri"),
        st.data_table(["Data", "Ore", "Argomento", "Partecipanti", "Passi successivi"], rows,
                      widths=(1.1, 0.6, 2.4, 2, 2.4), right_columns={1}) if rows
        else Paragraph("Nessun incontro registrato.", st.BODY),
        st.signature_block("Il consulente", data.header.consultant or "", digitally_signed=False,
                           keep_with=[c.heading("Prossimi passi"), st.para(data.next_steps or "—")]),
    ]
    return c.build(path, profile, story, f"{KIND} – {data.header.firm_name}")
