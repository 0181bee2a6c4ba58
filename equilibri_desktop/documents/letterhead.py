"""The frame of every office document: letterhead, footer with funding, CUP and "Pagina N di M"."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from equilibri_desktop import APP_NAME
from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from equilibri_desktop.documents.pdfa import write_pdf
from equilibri_desktop.documents.pdfa_canvas import PdfaCanvas
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile

LOGO_BOX = (34 * mm, 22 * mm)
_LOGO_GAP = 6 * mm
_PAGE_LABEL_WIDTH = 30 * mm
_NAME_SIZES = (14, 12.5, 11, 10, 9)  # largest size that keeps the body name within two lines wins


class PageCountCanvas(PdfaCanvas):
    """Writes "Pagina N di M" through one small form per page, filled in at save time when M is known; the file
    is PDF/A-2b as written (see pdfa.PdfaCanvas)."""

    def draw_page_label(self, right_x: float, y: float) -> None:
        self.saveState()
        self.translate(right_x, y)
        self.doForm(f"equilibriPageLabel{self.getPageNumber()}")
        self.restoreState()

    def save(self) -> None:
        total = self.getPageNumber() - (0 if self._code else 1)  # a pending page is still to be shown
        for page in range(1, total + 1):
            self.beginForm(f"equilibriPageLabel{page}", -_PAGE_LABEL_WIDTH, -3 * mm, 1 * mm, 5 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(st.MUTED)
            self.drawRightString(0, 0, f"Pagina {page} di {total}")
            self.endForm()
        super().save()


def _logo_reader(png: bytes | None) -> ImageReader | None:
    if not png:
        return None
    try:
        image = Image.open(BytesIO(png))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise DomainError("Il logo dell'ente non è un'immagine leggibile: caricalo di nuovo.") from exc
    # Flatten on white paper: no transparency or CMYK/palette colours reach the PDF/A file.
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return ImageReader(flat)


def _measure(paragraphs: list[Paragraph], width: float) -> list[tuple[Paragraph, float]]:
    measured = []
    for para in paragraphs:
        _, height = para.wrap(width, st.PAGE_HEIGHT)
        measured.append((para, height + para.getSpaceBefore()))
    return measured


class Letterhead:
    """Header and footer of one document, measured once so the body frame fits between them."""

    def __init__(self, profile: OrganisationProfile):
        self.profile = profile
        self.logo = _logo_reader(profile.logo_png)
        self._text_x = st.MARGIN_LEFT + (LOGO_BOX[0] + _LOGO_GAP if self.logo else 0)
        header_width = st.PAGE_WIDTH - st.MARGIN_RIGHT - self._text_x
        self._header = _measure(self._header_paragraphs(header_width), header_width)
        self._footer = _measure(self._footer_paragraphs(), st.CONTENT_WIDTH - _PAGE_LABEL_WIDTH)
        text_height = sum(h for _, h in self._header)
        self.header_height = max(text_height, LOGO_BOX[1] if self.logo else 0)
        self.footer_height = sum(h for _, h in self._footer)
        self.rule_top_y = st.PAGE_HEIGHT - st.MARGIN_TOP - self.header_height - 3 * mm
        self.rule_bottom_y = st.MARGIN_BOTTOM + self.footer_height + 2.5 * mm
        self.body_top = self.rule_top_y - 7 * mm
        self.body_bottom = self.rule_bottom_y + 6 * mm
        if self.body_top - self.body_bottom < st.PAGE_HEIGHT / 3:
            raise DomainError("Intestazione e piè di pagina troppo lunghi: abbrevia i dati dell'ente.")

    def _header_paragraphs(self, width: float) -> list[Paragraph]:
        p = self.profile
        name = st.placeholder(p.body_name, "Denominazione dell'ente non impostata")
        name_para = None
        for size in _NAME_SIZES:
            style = st.make_style("lh_name", fontName=BOLD, fontSize=size, leading=size * 1.22, textColor=st.ACCENT)
            name_para = Paragraph(name, style)
            _, height = name_para.wrap(width, st.PAGE_HEIGHT)
            if height <= 2 * style.leading + 0.1:
                break
        small = st.make_style("lh_small", fontSize=8, leading=10.2, textColor=st.MUTED)
        if p.fiscal_code and p.fiscal_code == p.vat_number:
            ids = f"C.F. e P.IVA {escape(p.fiscal_code)}"
        else:
            ids = " · ".join(
                f"{label} {escape(v)}" for label, v in (("C.F.", p.fiscal_code), ("P.IVA", p.vat_number)) if v
            ) or "<i>Codice fiscale non impostato</i>"
        contacts = " · ".join(
            f"{label} {escape(v)}" for label, v in (("PEC", p.pec), ("E-mail", p.email), ("Tel.", p.phone)) if v
        ) or "<i>PEC non impostata</i>"
        address = st.make_style("lh_addr", fontSize=8.5, leading=11, spaceBefore=2)
        return [
            name_para,
            Paragraph(st.placeholder(p.address, "Indirizzo non impostato"), address),
            Paragraph(ids, small),
            Paragraph(contacts, small),
        ]

    def _footer_paragraphs(self) -> list[Paragraph]:
        p = self.profile
        style = st.make_style("lh_foot", fontSize=7, leading=8.8, textColor=st.MUTED)
        project = st.placeholder(p.project_title, "Titolo del progetto non impostato")
        cup = escape(p.project_cup) if p.project_cup else "<i>non impostato</i>"
        return [
            Paragraph(st.placeholder(p.funding_statement, "Dicitura del finanziamento non impostata"), style),
            Paragraph(f"Progetto “{project}” · <b>CUP\u00a0{cup}</b>", style),
        ]

    def body_frame(self) -> Frame:
        return Frame(
            st.MARGIN_LEFT, self.body_bottom, st.CONTENT_WIDTH, self.body_top - self.body_bottom,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = st.PAGE_HEIGHT - st.MARGIN_TOP
        if self.logo:
            iw, ih = self.logo.getSize()
            scale = min(LOGO_BOX[0] / iw, LOGO_BOX[1] / ih)
            w, h = iw * scale, ih * scale
            canvas.drawImage(self.logo, st.MARGIN_LEFT, top - h, w, h)
        y = top
        for para, height in self._header:
            y -= height
            para.drawOn(canvas, self._text_x, y)
        canvas.setStrokeColor(st.ACCENT)
        canvas.setLineWidth(0.9)
        canvas.line(st.MARGIN_LEFT, self.rule_top_y, st.PAGE_WIDTH - st.MARGIN_RIGHT, self.rule_top_y)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_LEFT, self.rule_bottom_y, st.PAGE_WIDTH - st.MARGIN_RIGHT, self.rule_bottom_y)
        y = self.rule_bottom_y - 1.5 * mm
        for para, height in self._footer:
            y -= height
            para.drawOn(canvas, st.MARGIN_LEFT, y)
        canvas.restoreState()
        if isinstance(canvas, PageCountCanvas):
            canvas.draw_page_label(st.PAGE_WIDTH - st.MARGIN_RIGHT, y + 1.5)


_prepared = threading.local()


def letterhead_for(profile: OrganisationProfile) -> Letterhead:
    """The letterhead of `profile`, measured (and its logo decoded) once for a whole batch of documents.

    Kept per thread: the measured paragraphs are drawn on one canvas at a time."""
    cached = getattr(_prepared, "letterhead", None)
    if cached is None or cached.profile != profile:
        cached = _prepared.letterhead = Letterhead(profile)
    return cached


def build_document(
    path: Path,
    profile: OrganisationProfile,
    story: Sequence[Flowable],
    *,
    title: str,
    subject: str = "",
    keywords: Sequence[str] = (),
) -> str:
    """Lay `story` out on letterhead pages, save it as PDF/A-2b at `path` and return its SHA-256."""
    register_fonts()
    letterhead = letterhead_for(profile)
    author = profile.body_name or APP_NAME
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), title=title, author=author, subject=subject,
        keywords=list(keywords), creator=APP_NAME, lang="it-IT", initialFontName=REGULAR,
        leftMargin=st.MARGIN_LEFT, rightMargin=st.MARGIN_RIGHT,
        topMargin=st.PAGE_HEIGHT - letterhead.body_top, bottomMargin=letterhead.body_bottom,
    )
    doc.addPageTemplates([PageTemplate(id="letterhead", frames=[letterhead.body_frame()], onPage=letterhead.draw)])
    doc.build(list(story), canvasmaker=PageCountCanvas)
    return write_pdf(path, buffer.getvalue())
