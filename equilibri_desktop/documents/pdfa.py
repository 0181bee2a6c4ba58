"""Turn a ReportLab PDF into a PDF/A-2b archival file: sRGB output intent, XMP metadata, no active content."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from contextvars import ContextVar
from io import BytesIO
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

from equilibri_desktop import APP_NAME, __version__
from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.paths import srgb_profile_path

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
# Set by the document register while it renders: the audit trail's latest entry, printed in the keywords
# so that every document anchors the trail outside its database (services.access.audit_anchors).
AUDIT_ANCHOR: ContextVar[str] = ContextVar("audit_anchor", default="")
PRODUCER = f"{APP_NAME} {__version__} (ReportLab, pikepdf)"
# PDF/A forbids these action types; URI is allowed by the standard but the office wants no external links.
_FORBIDDEN_ACTIONS = {
    "/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/ResetForm",
    "/Sound", "/Movie", "/Hide", "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView", "/GoToR", "/GoToE",
}


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

    The file is replaced atomically, so a reader never sees half a document.
    """
    path = Path(path)
    # pikepdf writes into memory: a full disk while it writes a file ends in a C++ exception that
    # terminates the process, while a failed write of these bytes is an ordinary OSError.
    buffer = BytesIO()
    with pikepdf.open(BytesIO(source) if source is not None else path) as pdf:
        _add_output_intent(pdf)
        _strip_active_content(pdf)
        _write_metadata(pdf, title=title, author=author, subject=subject, keywords=keywords)
        pdf.save(buffer, deterministic_id=True)
    data = buffer.getvalue()
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
    digest = hashlib.sha256(data).hexdigest()
    return digest


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, as stored next to each generated document."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def _add_output_intent(pdf: pikepdf.Pdf) -> None:
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
    return isinstance(action, Dictionary) and str(action.get(Name.S, "")) in _FORBIDDEN_ACTIONS


def _write_metadata(
    pdf: pikepdf.Pdf, *, title: str, author: str, subject: str, keywords: Sequence[str]
) -> None:
    now = office_now().astimezone().replace(microsecond=0).isoformat()
    # PDF/A wants Info and XMP to agree: start from an empty Info and let pikepdf mirror the XMP into it.
    for key in list(pdf.docinfo.keys()):
        del pdf.docinfo[key]
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as meta:
        meta["dc:title"] = title
        meta["dc:creator"] = [author]
        meta["dc:description"] = subject
        meta["dc:language"] = ["it-IT"]
        keywords = [*keywords, AUDIT_ANCHOR.get()] if AUDIT_ANCHOR.get() else list(keywords)
        if keywords:
            meta["pdf:Keywords"] = ", ".join(keywords)
        meta["pdf:Producer"] = PRODUCER
        meta["xmp:CreatorTool"] = f"{APP_NAME} {__version__}"
        meta["xmp:CreateDate"] = now
        meta["xmp:ModifyDate"] = now
        meta["xmp:MetadataDate"] = now
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
