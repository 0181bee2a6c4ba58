"""The attendance certificate (attestato di partecipazione / di frequenza) of one participant."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.events.data import CertificateData
from equilibri_desktop.documents.fonts import BOLD
from equilibri_desktop.documents.letterhead import build_document
from equilibri_desktop.domain.organisation import OrganisationProfile

_TITLE = st.make_style("cert_title", fontName=BOLD, fontSize=20, leading=26, alignment=TA_CENTER,
                       textColor=st.ACCENT, spaceBefore=10 * mm, spaceAfter=2)
_NUMBER = st.make_style("cert_number", parent=st.SMALL, alignment=TA_CENTER, spaceAfter=10 * mm)
_CENTRE = st.make_style("cert_centre", alignment=TA_CENTER, fontSize=11, leading=15, spaceAfter=4)
_NAME = st.make_style("cert_name", fontName=BOLD, fontSize=17, leading=22, alignment=TA_CENTER, spaceBefore=4,
                      spaceAfter=4)
_TEXT = st.make_style("cert_text", parent=st.BODY, fontSize=11, leading=15.5, spaceBefore=6)
_TOPIC = st.make_style("cert_topic", parent=st.BODY, leftIndent=8 * mm, bulletIndent=2 * mm, spaceAfter=2)


def _born(data: CertificateData) -> str:
    word = {"F": "nata", "M": "nato"}.get(data.sex, "nata/o")
    parts = []
    if data.birth_date:
        where = f" a {escape(data.birth_place)}" if data.birth_place else ""
        parts.append(f"{word}{where} il {data.birth_date:%d/%m/%Y}")
    if data.fiscal_code:
        parts.append(f"codice fiscale {escape(data.fiscal_code)}")
    return ", ".join(parts)


def _period(data: CertificateData) -> str:
    if data.first_day and data.last_day and data.first_day != data.last_day:
        return f"dal {data.first_day:%d/%m/%Y} al {data.last_day:%d/%m/%Y}"
    return f"il {data.first_day:%d/%m/%Y}" if data.first_day else ""


def certificate_story(data: CertificateData) -> list[Flowable]:
    attended = data.certificate_title.lower().endswith("frequenza")
    # The kind goes in brackets: «il/l'/al/all'» before each kind would need its own article.
    what, organised, held = (("ha frequentato il percorso", "organizzato", "svoltosi") if attended
                             else ("ha partecipato all'iniziativa", "organizzata", "svoltasi"))
    organiser = f", {organised} da {escape(data.organiser)}," if data.organiser else ""
    place = f" presso {escape(data.place)}" if data.place else ""
    hours = (f"per complessive <b>{escape(data.attended_hours)}</b> su {escape(data.total_hours)} previste "
             f"({escape(data.attendance_percent)}% del monte ore)")
    story: list[Flowable] = [
        Paragraph(escape(data.certificate_title.upper()), _TITLE),
        Paragraph(f"n. {escape(data.number_label)}", _NUMBER),
        Paragraph("Si attesta che", _CENTRE),
        Paragraph(escape(data.full_name), _NAME),
    ]
    born = _born(data)
    if born:
        story.append(Paragraph(born, _CENTRE))
    story.append(Paragraph(
        f"{what} «<b>{escape(data.event_title)}</b>» ({escape(data.event_title_kind())}){organiser} "
        f"{held}{place} {_period(data)}, {hours}.", _TEXT))
    if data.topics:
        story.append(Paragraph("Argomenti trattati:", _TEXT))
        story += [Paragraph(escape(t), _TOPIC, bulletText="•") for t in data.topics]
    if data.trainers:
        story.append(Paragraph(f"Docenti: {escape(', '.join(data.trainers))}.", _TEXT))
    story.append(Paragraph("Il presente attestato è rilasciato su richiesta dell'interessata/o per gli usi "
                           "consentiti dalla legge.", _TEXT))
    story.append(Spacer(1, 6 * mm))
    story.append(st.signature_block(data.signer_role, data.signer_name, digitally_signed=False,
                                    place_and_date=", ".join(
        x for x in (data.issue_place, f"{data.issued_on:%d/%m/%Y}") if x)))
    return story


def build_certificate_pdf(data: CertificateData, profile: OrganisationProfile, path: Path) -> str:
    """Write the certificate as PDF/A-2b at `path`; return its SHA-256."""
    return build_document(path, profile, certificate_story(data),
                          title=f"{data.certificate_title} n. {data.number_label} – {data.full_name}",
                          subject=f"{data.certificate_title} – {data.event_title}",
                          keywords=("attestato", data.event_title))
