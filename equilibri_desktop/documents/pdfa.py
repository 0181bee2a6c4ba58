"""PDF/A-2b archival files: sRGB output intent, XMP metadata mirrored in the Info dictionary, no active content.

The office's own documents are written PDF/A-2b directly by ReportLab (`pdfa_canvas.PdfaCanvas`, with the XMP
packet built here): nothing is re-opened after it. `finalize_pdfa` turns any other PDF (a combined print file,
a document drawn by another canvas) into PDF/A-2b with pikepdf. Neither ReportLab nor pikepdf is loaded by this
module itself: the register imports it when the program starts.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from equilibri_desktop import APP_NAME, __version__
from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.paths import srgb_profile_path

if TYPE_CHECKING:
    import pikepdf

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
# Set by the document register while it renders: the audit trail's latest entry, printed in the keywords
# so that every document anchors the trail outside its database (services.access.audit_anchors).
AUDIT_ANCHOR: ContextVar[str] = ContextVar("audit_anchor", default="")
# Set by the document register while it renders into its own hidden temporary file, which it syncs and moves
# into place itself: the PDF is then written there directly, without a second temporary file and fsync.
_STAGED: ContextVar[bool] = ContextVar("staged_pdf", default=False)
PRODUCER = f"{APP_NAME} {__version__} (ReportLab, pikepdf)"
CREATOR_TOOL = f"{APP_NAME} {__version__}"
LANGUAGE = "it-IT"
# PDF/A forbids these action types; URI is allowed by the standard but the office wants no external links.
_FORBIDDEN_ACTIONS = {
    "/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/ResetForm",
    "/Sound", "/Movie", "/Hide", "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView", "/GoToR", "/GoToE",
}


@contextmanager
def rendering_for_register(anchor: str) -> Iterator[None]:
    """While the register draws a document: `anchor` goes in its keywords, the file is written as is."""
    anchor_token, staged_token = AUDIT_ANCHOR.set(anchor), _STAGED.set(True)
    try:
        yield
    finally:
        _STAGED.reset(staged_token)
        AUDIT_ANCHOR.reset(anchor_token)


def write_pdf(path: Path, data: bytes) -> str:
    """Write finished PDF bytes at `path` and return their SHA-256.

    On its own the file is replaced atomically (a reader never sees half a document); inside the register's
    rendering the register's temporary file is written as is, since the register syncs and places it."""
    path = Path(path)
    if _STAGED.get():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return hashlib.sha256(data).hexdigest()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # Closed before replacing: Windows cannot replace a file that is still open.
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return hashlib.sha256(data).hexdigest()


def keywords_with_anchor(keywords: Sequence[str]) -> list[str]:
    anchor = AUDIT_ANCHOR.get()
    return [*keywords, anchor] if anchor else list(keywords)


def metadata_moment() -> datetime:
    return office_now().astimezone().replace(microsecond=0)


def pdf_date(moment: datetime) -> str:
    """The Info dictionary's form of the XMP date ("D:20261207230642+01'00")."""
    offset = moment.strftime("%z") or "+0000"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def xmp_packet(*, title: str, author: str, subject: str, keywords: Sequence[str], moment: datetime) -> bytes:
    """The XMP metadata of a PDF/A-2b document, with the same values the Info dictionary carries."""
    when = moment.isoformat()
    e = escape
    keyword_line = f"<pdf:Keywords>{e(', '.join(keywords))}</pdf:Keywords>" if keywords else ""
    description = (f"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{e(subject)}</rdf:li></rdf:Alt>"
                   "</dc:description>") if subject else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>"
        f"{description}"
        f"<dc:language><rdf:Bag><rdf:li>{LANGUAGE}</rdf:li></rdf:Bag></dc:language>"
        f"{keyword_line}<pdf:Producer>{e(PRODUCER)}</pdf:Producer>"
        f"<xmp:CreatorTool>{e(CREATOR_TOOL)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{when}</xmp:CreateDate><xmp:ModifyDate>{when}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>"
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        # PDF/A readers may rewrite the packet in place: the usual padding leaves them room.
        + (" " * 99 + "\n") * 20
        + '<?xpacket end="w"?>'
    ).encode("utf-8")


def finalize_pdfa(
    path: Path,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: Sequence[str] = (),
    source: bytes | None = None,
) -> str:
    """Make `path` (or the PDF bytes in `source`, written to `path`) PDF/A-2b; return the file's SHA-256.

    The file is replaced atomically (see `write_pdf`), so a reader never sees half a document.
    """
    path = Path(path)
    # pikepdf writes into memory: a full disk while it writes a file ends in a C++ exception that
    # terminates the process, while a failed write of these bytes is an ordinary OSError.
    import pikepdf  # loaded only for the files ReportLab did not write as PDF/A itself

    buffer = BytesIO()
    with pikepdf.open(BytesIO(source) if source is not None else path) as pdf:
        _add_output_intent(pdf)
        _strip_active_content(pdf)
        _write_metadata(pdf, title=title, author=author, subject=subject, keywords=keywords)
        pdf.save(buffer, deterministic_id=True)
    return write_pdf(path, buffer.getvalue())


def save_pdfa(pdf: pikepdf.Pdf, path: Path, *, title: str, author: str, subject: str,
              keywords: Sequence[str] = ()) -> str:
    """Make an open pikepdf document (a combined print file) PDF/A-2b and write it at `path`; its SHA-256.

    The same finishing as `finalize_pdfa`, without saving and re-opening the document first."""
    _add_output_intent(pdf)
    _strip_active_content(pdf)
    _write_metadata(pdf, title=title, author=author, subject=subject, keywords=keywords)
    buffer = BytesIO()  # see finalize_pdfa: a failed write of these bytes is an ordinary OSError
    pdf.save(buffer, deterministic_id=True)
    return write_pdf(Path(path), buffer.getvalue())


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, as stored next to each generated document."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def _add_output_intent(pdf: pikepdf.Pdf) -> None:
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    icc = pikepdf.Stream(pdf, srgb_profile_path().read_bytes())
    icc[Name.N] = 3
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier=SRGB_IDENTIFIER,
        Info=SRGB_IDENTIFIER,
        RegistryName="http://www.color.org",
        DestOutputProfile=icc,
    )
    pdf.Root[Name.OutputIntents] = Array([pdf.make_indirect(intent)])


def _strip_active_content(pdf: pikepdf.Pdf) -> None:
    from pikepdf import Array, Name

    root = pdf.Root
    for key in (Name.OpenAction, Name.AA):
        if key in root and (key == Name.AA or _is_forbidden(root[key])):
            del root[key]
    if Name.Names in root:
        for key in (Name.JavaScript, Name.EmbeddedFiles):
            if key in root.Names:
                del root.Names[key]
    for page in pdf.pages:
        if Name.AA in page.obj:
            del page.obj[Name.AA]
        if Name.Annots not in page.obj:
            continue
        kept = [a for a in page.obj.Annots if not (Name.A in a and _is_forbidden(a.A))]
        for annot in kept:
            if Name.AA in annot:
                del annot[Name.AA]
        page.obj[Name.Annots] = Array(kept)


def _is_forbidden(action: object) -> bool:
    from pikepdf import Dictionary, Name

    return isinstance(action, Dictionary) and str(action.get(Name.S, "")) in _FORBIDDEN_ACTIONS


def _write_metadata(
    pdf: pikepdf.Pdf, *, title: str, author: str, subject: str, keywords: Sequence[str]
) -> None:
    now = metadata_moment().isoformat()
    # PDF/A wants Info and XMP to agree: start from an empty Info and let pikepdf mirror the XMP into it.
    for key in list(pdf.docinfo.keys()):
        del pdf.docinfo[key]
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as meta:
        meta["dc:title"] = title
        meta["dc:creator"] = [author]
        meta["dc:description"] = subject
        meta["dc:language"] = [LANGUAGE]
        keywords = keywords_with_anchor(keywords)
        if keywords:
            meta["pdf:Keywords"] = ", ".join(keywords)
        meta["pdf:Producer"] = PRODUCER
        meta["xmp:CreatorTool"] = CREATOR_TOOL
        meta["xmp:CreateDate"] = now
        meta["xmp:ModifyDate"] = now
        meta["xmp:MetadataDate"] = now
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
