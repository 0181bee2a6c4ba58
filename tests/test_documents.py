"""Office PDFs: readable Italian text, the CUP on every page, embedded fonts, PDF/A-2b structure, no overflow."""

from __future__ import annotations

import ast
import hashlib
import re
import subprocess
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image, ImageDraw

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.paths import PACKAGE_DIR, srgb_profile_path

CUP = "E11H17000120002"
BODY = "A.S.S.E.MI. – Azienda Sociale Sud Est Milano"
TOL = 0.5  # points: rounding in pdfplumber's coordinates


def _widest(column: str, text: str) -> str:
    """`text` repeated up to the full width the office profile's column allows (read from the model)."""
    from equilibri_desktop.storage.models.organisation_settings import OrganisationSettings

    width = OrganisationSettings.__table__.c[column].type.length
    return (text * (width // len(text) + 1))[:width]


LONG_BODY_NAME = _widest("body_name", "Consorzio intercomunale dei servizi sociali e socio-sanitari del distretto ")
LONG_ADDRESS = _widest("address", "Via della Conciliazione tra tempi di vita e di lavoro, numero civico 12, ")


def _logo_png() -> bytes:
    image = Image.new("RGBA", (480, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 230, 230), fill=(31, 58, 95, 255))
    draw.ellipse((170, 30, 470, 230), fill=(214, 120, 40, 200))
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _profile(**changes) -> OrganisationProfile:
    base = dict(
        body_name=BODY,
        address="Piazza Vittorio Veneto 2, 20077 Melegnano (MI)",
        fiscal_code="12345678903",
        vat_number="12345678903",
        pec="protocollo@pec.assemi.example.it",
        email="info@assemi.example.it",
        phone="02 1234567",
        logo_png=_logo_png(),
        project_title="Governare gli equilibri",
        project_cup=CUP,
        signatory_name="Dott.ssa Maria Rossi",
        signatory_role="La Direttrice",
    )
    return OrganisationProfile(**(base | changes))


def _build_specimen(profile: OrganisationProfile, path: Path) -> tuple[Path, str]:
    from equilibri_desktop.documents.specimen import build_test_page_pdf

    return path, build_test_page_pdf(profile, path)


def _build_long_table(path: Path) -> tuple[Path, str]:
    from reportlab.platypus import Paragraph

    from equilibri_desktop.documents import styles as st
    from equilibri_desktop.documents.letterhead import build_document

    wrapped = " con una descrizione lunga che va a capo su due righe nella cella della tabella"
    rows = [
        [str(i), f"Beneficiaria {i:03d} – servizio di conciliazione{wrapped if i % 7 == 0 else ''}", Decimal(i) * 137]
        for i in range(1, 121)
    ]
    story = [
        Paragraph("ELENCO DEI CONTRIBUTI", st.TITLE),
        st.data_table(["N.", "Descrizione", "Importo"], rows, widths=(0.6, 6, 1.9), money_columns={2}),
        st.signature_block(
            "La Direttrice", "Dott.ssa Maria Rossi", keep_with=[Paragraph("Fine dell'elenco.", st.BODY)]
        ),
    ]
    return path, build_document(path, _profile(), story, title="Elenco dei contributi")


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("docs")
    long_profile = _profile(
        body_name=LONG_BODY_NAME,
        address=LONG_ADDRESS,
        pec="a" * 90 + "@pec.example.it",  # one unbreakable token wider than the header
    )
    return {
        "specimen": _build_specimen(_profile(), folder / "specimen.pdf"),
        "empty": _build_specimen(OrganisationProfile(), folder / "empty.pdf"),
        "long": _build_specimen(long_profile, folder / "long.pdf"),
        "table": _build_long_table(folder / "table.pdf"),
    }


def _text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_specimen_text_has_letterhead_cup_amount_and_accents(docs):
    (page,) = _text(docs["specimen"][0])
    assert BODY in page
    assert "Piazza Vittorio Veneto 2, 20077 Melegnano (MI)" in page
    assert f"CUP {CUP}" in page
    assert "€ 5.000,00 (euro cinquemila/00)" in page
    for word in ("piè", "città", "attività", "dell’impresa", "È", "€ 1.234,56"):
        assert word in page
    assert "Dott.ssa Maria Rossi" in page and "firmato digitalmente" in page
    assert "Pagina 1 di 1" in page


def test_empty_profile_shows_placeholders(docs):
    (page,) = _text(docs["empty"][0])
    assert "Denominazione dell'ente non impostata" in page
    assert "CUP non impostato" in page
    assert "Nome del firmatario non impostato" in page


@pytest.mark.parametrize("name", ["specimen", "empty", "long", "table"])
def test_only_embedded_fonts_and_no_helvetica(docs, name):
    out = subprocess.run(["pdffonts", str(docs[name][0])], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    assert "Helvetica" not in out
    for row in rows:
        # name type encoding emb sub uni object ID: emb is the 4th column counted from the right end.
        assert row.split()[-5] == "yes", row


@pytest.mark.parametrize("name", ["specimen", "empty", "long", "table"])
def test_qpdf_check_passes(docs, name):
    result = subprocess.run(["qpdf", "--check", str(docs[name][0])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["specimen", "table"])
def test_pdfa_structure(docs, name):
    with pikepdf.open(docs[name][0]) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        profile = intent.DestOutputProfile
        assert profile.N == 3
        assert profile.read_bytes() == srgb_profile_path().read_bytes()
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(pdf.docinfo.Title)
        assert meta["pdf:Producer"] == str(pdf.docinfo.Producer)
        assert meta["dc:creator"] == [BODY] and str(pdf.docinfo.Author) == BODY
        assert meta["xmp:CreateDate"]
        assert pikepdf.Name.Filter not in pdf.Root.Metadata  # PDF/A wants the XMP stream readable as is
        assert len(pdf.trailer.ID) == 2
        assert pikepdf.Name.OpenAction not in pdf.Root
        assert pikepdf.Name.Names not in pdf.Root
        assert all(pikepdf.Name.Annots not in page.obj for page in pdf.pages)


@pytest.mark.parametrize("name", ["specimen", "empty", "long", "table"])
def test_returned_hash_is_the_file_hash(docs, name):
    path, digest = docs[name]
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def _overlapping_words(page) -> list[tuple[str, str]]:
    words = page.extract_words()
    clashes = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if dx > 1 and dy > 1:
                clashes.append((a["text"], b["text"]))
    return clashes


@pytest.mark.parametrize("name", ["specimen", "empty", "long"])
def test_nothing_is_drawn_over_anything_else(docs, name):
    with pdfplumber.open(docs[name][0]) as pdf:
        assert _overlapping_words(pdf.pages[0]) == []


def test_long_name_and_address_wrap_inside_the_margins(docs):
    from equilibri_desktop.documents.styles import MARGIN_LEFT, MARGIN_RIGHT

    path = docs["long"][0]
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert page.chars
        for char in page.chars:
            assert char["x0"] >= MARGIN_LEFT - TOL, char["text"]
            assert char["x1"] <= page.width - MARGIN_RIGHT + TOL, char["text"]
            assert 0 <= char["top"] and char["bottom"] <= page.height
        text = _flat(page.extract_text())
    assert _flat(LONG_BODY_NAME) in text
    assert _flat(LONG_ADDRESS) in text
    assert "PAGINA DI PROVA DELLA CARTA INTESTATA" in text


def test_logo_is_drawn_inside_the_header_only_when_present(docs):
    from equilibri_desktop.documents.letterhead import LOGO_BOX
    from equilibri_desktop.documents.styles import MARGIN_LEFT, MARGIN_TOP

    with pdfplumber.open(docs["specimen"][0]) as pdf:
        (image,) = pdf.pages[0].images
        assert image["x0"] >= MARGIN_LEFT - TOL and image["top"] >= MARGIN_TOP - TOL
        assert image["x1"] - image["x0"] <= LOGO_BOX[0] + TOL and image["bottom"] - image["top"] <= LOGO_BOX[1] + TOL
        assert [str(c).strip("/'") for c in image["colorspace"]] == ["DeviceRGB"]
    with pdfplumber.open(docs["empty"][0]) as pdf:
        assert pdf.pages[0].images == []


def test_unreadable_logo_is_a_plain_error(tmp_path):
    with pytest.raises(DomainError, match="logo"):
        _build_specimen(_profile(logo_png=b"not a png"), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_user_text_is_printed_literally_not_as_markup(tmp_path):
    path, _ = _build_specimen(_profile(body_name="Cooperativa A & B <Onlus>"), tmp_path / "coop.pdf")
    assert "Cooperativa A & B <Onlus>" in _text(path)[0]


def test_long_table_repeats_header_keeps_rows_whole_and_numbers_pages(docs):
    pages = _text(docs["table"][0])
    assert len(pages) >= 3
    seen: list[int] = []
    for number, page in enumerate(pages, start=1):
        lines = page.splitlines()
        assert f"CUP {CUP}" in page
        assert f"Pagina {number} di {len(pages)}" in page
        if number < len(pages) or any(re.match(r"\d+ Beneficiaria", ln) for ln in lines):
            assert "N. Descrizione Importo" in lines, f"header missing on page {number}"
        for i, line in enumerate(lines):
            match = re.match(r"(\d+) Beneficiaria (\d{3})", line)
            if not match:
                continue
            seen.append(int(match.group(1)))
            if int(match.group(1)) % 7 == 0:  # the wrapped second line is on the same page
                assert lines[i + 1].startswith("cella") or "righe nella" in lines[i + 1], lines[i : i + 2]
    assert seen == list(range(1, 121))
    assert "Fine dell'elenco." in pages[-1] and "Dott.ssa Maria Rossi" in pages[-1]


def test_money_column_is_right_aligned(docs):
    amount = re.compile(r"\d{1,3}(\.\d{3})*,\d{2}")
    with pdfplumber.open(docs["table"][0]) as pdf:
        words = [w for page in pdf.pages for w in page.extract_words() if amount.fullmatch(w["text"])]
    assert len(words) == 120
    assert len({round(w["x1"], 1) for w in words}) == 1


def test_finalize_in_place_replaces_the_file(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from equilibri_desktop.documents.fonts import REGULAR, register_fonts
    from equilibri_desktop.documents.pdfa import finalize_pdfa

    register_fonts()
    path = tmp_path / "lettera.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 720, "Perché sì: € 10,00")
    canvas.linkURL("https://example.org", (72, 700, 200, 720))
    canvas.save()
    digest = finalize_pdfa(path, title="Lettera", author="Ente", subject="Prova")
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lettera.pdf"]
    with pikepdf.open(path) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "2"
        assert not any(a.get("/A", {}).get("/S") == pikepdf.Name.URI for a in pdf.pages[0].obj.get("/Annots", []))
    assert "Perché sì: € 10,00" in _text(path)[0]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_documents_and_money_respect_the_layers():
    for path in (PACKAGE_DIR / "documents").glob("*.py"):
        assert not _imports(path) & {"PySide6", "sqlalchemy", "alembic"}, path.name
    allowed = {"__future__", "decimal", "babel", "num2words"}
    assert _imports(PACKAGE_DIR / "domain" / "money.py") <= allowed
