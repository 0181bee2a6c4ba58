"""The ReportLab canvas that writes PDF/A-2b as it saves: sRGB output intent, XMP metadata, a matching Info."""

from __future__ import annotations

import zlib
from functools import cache

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from equilibri_desktop.documents.pdfa import (
    CREATOR_TOOL,
    PRODUCER,
    SRGB_IDENTIFIER,
    keywords_with_anchor,
    metadata_moment,
    pdf_date,
    xmp_packet,
)
from equilibri_desktop.paths import srgb_profile_path


@cache
def compressed_srgb() -> bytes:
    """The sRGB profile deflated once per process: every document embeds the same stream."""
    return zlib.compress(srgb_profile_path().read_bytes())


class _PdfaCatalog(pdfdoc.PDFCatalog):
    __NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]
    __Refs__ = pdfdoc.PDFCatalog.__Refs__  # the intents array stays direct, its dictionary is indirect


class _PdfaInfo(pdfdoc.PDFInfo):
    """The Info dictionary PDF/A wants: exactly the XMP's values, no Trapped key."""

    def __init__(self, entries: dict[str, str]):
        super().__init__()
        self.entries = entries

    def format(self, document):
        return pdfdoc.PDFDictionary({key: pdfdoc.PDFString(value) for key, value in self.entries.items()}).format(
            document)


class PdfaCanvas(Canvas):
    """A ReportLab canvas whose file is PDF/A-2b as written: the output intent, the XMP metadata and an Info
    dictionary that agrees with it are added at save time, from the title, author, subject and keywords the
    document template gave the canvas. External links are not drawn."""

    def linkURL(self, *args, **kwargs) -> None:  # noqa: N802 - ReportLab's name
        return None

    def save(self) -> None:
        add_pdfa_objects(self)
        super().save()


def add_pdfa_objects(canvas: Canvas) -> None:
    doc = canvas._doc
    info = doc.info
    keywords = keywords_with_anchor([info.keywords] if info.keywords else [])
    moment = metadata_moment()
    title, author, subject = str(info.title), str(info.author), str(info.subject)
    xmp = xmp_packet(title=title, author=author, subject=subject, keywords=keywords, moment=moment)
    stamp = pdf_date(moment)
    entries = {"Title": title, "Author": author, "Creator": CREATOR_TOOL, "Producer": PRODUCER,
               "CreationDate": stamp, "ModDate": stamp}
    if subject:
        entries["Subject"] = subject
    if keywords:
        entries["Keywords"] = ", ".join(keywords)
    doc.info = _PdfaInfo(entries)
    doc.info.title, doc.info.author, doc.info.subject = title, author, subject  # for ReportLab's file ID
    doc.info.keywords = entries.get("Keywords", "")
    catalog = doc.Catalog
    catalog.__class__ = _PdfaCatalog
    catalog.Metadata = pdfdoc.PDFStream(pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}), xmp)
    profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({
        "N": 3, "Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])}), compressed_srgb())
    intent = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"), "S": pdfdoc.PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": pdfdoc.PDFString(SRGB_IDENTIFIER), "Info": pdfdoc.PDFString(SRGB_IDENTIFIER),
        "RegistryName": pdfdoc.PDFString("http://www.color.org"), "DestOutputProfile": doc.Reference(profile)})
    catalog.OutputIntents = pdfdoc.PDFArray([doc.Reference(intent)])
    for key in ("OpenAction", "AA", "Names", "JavaScript"):
        if getattr(catalog, key, None) is not None:
            setattr(catalog, key, None)
