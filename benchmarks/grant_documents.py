"""Batch of grant communications as the clerk runs it, against a bare ReportLab document and LibreOffice.

Run: .venv/bin/python benchmarks/grant_documents.py [--count 500] [--render-count 200] [--no-libreoffice]
     [--postgres URL]   (or EQUILIBRI_BENCH_POSTGRES_URL: figure 1 on that server, in a database of its own,
                         equilibri_bench_grant_documents, dropped and made again each run)

Four figures, each with its baseline measured in the same run:
1. The batch the user runs: `generate_grant_communications` on a temporary SQLite database (or PostgreSQL,
   `--postgres`) with a final
   ranking of COUNT funded applications (data read, numbers, letterhead, PDF/A-2b, SHA-256, synced files,
   register rows and audit, drawn on every core), wall-clock time per letter.
2. The same COUNT letters as Word documents converted to PDF by LibreOffice in one batch
   (`soffice --headless --convert-to pdf`), the office's mail merge today: skipped, and said so, when `soffice`
   is not installed. Target (issue 19): the app at least 7x faster.
3. The renderer alone (`build_grant_communication_pdf`: letterhead, page count, PDF/A written by ReportLab,
   synced file) against a bare SimpleDocTemplate laying out the very same flowables, interleaved document by
   document. Target: at most 1.3x.
4. The first letter in a fresh process (ReportLab not loaded yet: the user's first click) and the second.
Each figure is printed with the machine's load average when it was measured: on a shared machine the ratios
to the baselines measured beside them are the figures to compare.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.platypus import Flowable, SimpleDocTemplate

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.grants.data import (
    ActReference,
    CallReference,
    DocumentHeader,
    GrantCommunicationData,
    Recipient,
    Signatory,
    TrancheLine,
)
from equilibri_desktop.documents.grants.letters import (
    build_grant_communication_pdf,
    grant_communication_story,
)
from equilibri_desktop.domain.organisation import OrganisationProfile

LIBREOFFICE_TARGET = 7.0
RENDER_TARGET = 1.3
LIBREOFFICE_FILES_PER_RUN = 200
PROFILE = OrganisationProfile(
    body_name="A.S.S.E.MI. – Azienda Sociale Sud Est Milano",
    address="Piazza Vittorio Veneto 2, 20077 Melegnano (MI)",
    fiscal_code="97000000154",
    pec="protocollo@pec.assemi.example.it",
    project_title="Governare gli equilibri",
    project_cup="E41B26000120002",
    signatory_name="Dott.ssa Maria Rossi",
    signatory_role="La Direttrice",
)
CALL = CallReference(
    title="Avviso start-up donne 2026", act_number="determinazione n. 12/2026", act_date=date(2026, 3, 2),
    cup="E41B26000120002", budget_cents=500_000_00,
)
SURNAMES = ("Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Ricci", "Marino", "Greco", "Bruno", "Gallo")
ISSUED = date(2026, 7, 14)


def communication(i: int) -> GrantCommunicationData:
    """The i-th letter of a ranking: a different beneficiary, amount and protocol each time."""
    amount = 5_000_00 + (i * 7_919_31) % 10_000_00
    half = amount // 2
    return GrantCommunicationData(
        header=DocumentHeader(number=100 + i, year=2026, issued_on=ISSUED, cup=CALL.cup,
                              project_title="Governare gli equilibri", place="Melegnano",
                              protocol=f"Prot. n. {1500 + i}/2026"),
        recipient=Recipient(
            name=f"{SURNAMES[i % len(SURNAMES)]} Maria{' Cooperativa sociale di servizi alle famiglie' * (i % 3 == 0)}",
            address=f"Via della Conciliazione {i + 1}, 20097 San Donato Milanese (MI)",
            pec=f"beneficiaria{i}@pec.example.it",
        ),
        call=CALL,
        decision=ActReference("determinazione", "7/2026", ISSUED),
        application_protocol=f"{i + 1}/2026 del 17/04/2026 09:05",
        public_code=f"GE-{i:04d}",
        business_name=f"Servizio di conciliazione n. {i + 1}",
        amount_cents=amount,
        signatory=Signatory("La Responsabile del servizio", "Dott.ssa Laura Bianchi"),
        position=i + 1,
        score=Decimal("95.00") - Decimal(i) / 20,
        eligible_cost_cents=amount + 3_000_00,
        tranches=(
            TrancheLine("Anticipo", Decimal(50), half, "Dopo la costituzione dell'impresa"),
            TrancheLine("Saldo", Decimal(50), amount - half, "Dopo il rendiconto finale delle spese"),
        ),
        constitution_deadline=date(2026, 12, 31),
        report_deadline=date(2027, 12, 31),
        acceptance_deadline=date(2026, 7, 31),
        cor_code=f"{998000 + i}",
        procedure_officer="Dott.ssa Laura Bianchi",
        office_contact="protocollo@pec.assemi.example.it",
    )


def build_bare(data: GrantCommunicationData, path: Path) -> int:
    """The same flowables on plain A4 pages with the same margins: ReportLab alone, no PDF/A."""
    doc = SimpleDocTemplate(
        str(path), pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        leftMargin=st.MARGIN_LEFT, rightMargin=st.MARGIN_RIGHT, topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
    )
    doc.build(grant_communication_story(data))
    return doc.page


def load() -> str:
    """The machine's load average (1, 5, 15 minutes), printed beside each figure."""
    return "load " + ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "load ?"


# --- 1. the batch the user runs ---------------------------------------------------------------------------
def _database_url(postgres: str | None) -> str | None:
    """A fresh database of the benchmark's own on the PostgreSQL server at `postgres`; None for SQLite."""
    if not postgres:
        return None
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from postgres import ensure_database

    url, _existed = ensure_database(postgres, "equilibri_bench_grant_documents", fresh=True)
    return url


def _database(folder: Path, count: int, postgres: str | None = None):
    """A final ranking funding `count` applications, and its decision already generated."""
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import office_profile
    from equilibri_desktop.services.admin.maintenance import prepare_database
    from equilibri_desktop.services.grants import documents as grant_documents
    from equilibri_desktop.storage.models import GrantApplication, GrantRanking, GrantRankingEntry
    from tests.grant_helpers import add_woman, make_application, make_call

    db = prepare_database(resolve_config(folder / "dati", _database_url(postgres)), user="benchmark")
    office_profile.save_profile(db, PROFILE)
    call = make_call(db, budget_cents=count * 15_000_00, rna_code="12345")
    apps = []
    for i in range(count):
        born = date(1960, 1, 1) + timedelta(days=11 * i)  # a codice fiscale of its own
        woman = add_woman(db, SURNAMES[i % len(SURNAMES)], f"Maria{i:04d}", born=born)
        apps.append(make_application(db, call, woman, status="finanziata", business_name=f"Impresa {i}",
                                     received_at=datetime(2026, 4, 10, 8, 0, tzinfo=UTC)))
    with db.unit_of_work() as s:
        ranking = GrantRanking(call_id=call.id, number=1, kind="definitiva", ranked_on=date(2026, 7, 1),
                               published=True, budget_cents=count * 15_000_00, granted_cents=count * 12_000_00)
        s.add(ranking)
        s.flush()
        for position, app in enumerate(apps, start=1):
            code = s.get(GrantApplication, app.id).public_code
            s.add(GrantRankingEntry(ranking_id=ranking.id, application_id=app.id, position=position, public_code=code,
                                    score=Decimal(90) - Decimal(position) / 100, outcome="finanziata",
                                    eligible_cost_cents=15_000_00, granted_cents=12_000_00))
        ranking_uuid = ranking.uuid
    grant_documents.generate_decision(db, ranking_uuid, issued_on=ISSUED)
    return db, ranking_uuid


def run_batch(folder: Path, count: int, postgres: str | None = None) -> tuple[float, float, Path | None]:
    """Seconds for the whole batch as the clerk runs it, and for the combined print file after it."""
    from equilibri_desktop.services.grants import document_batch
    from equilibri_desktop.services.grants import documents as grant_documents

    started = time.perf_counter()
    db, ranking_uuid = _database(folder, count, postgres)
    print(f"  ({db.engine.dialect.name} database with {count} funded applications prepared in "
          f"{time.perf_counter() - started:.1f} s)")
    started = time.perf_counter()
    first: list[float] = []

    def progress(done: int, _total: int) -> None:
        if done and not first:
            first.append(time.perf_counter() - started)

    refs = grant_documents.generate_grant_communications(db, ranking_uuid, progress, lambda: False, issued_on=ISSUED)
    batch = time.perf_counter() - started
    print(f"  first letter of the batch filed after {first[0]:.2f} s (worker processes started cold meanwhile)")
    assert len(refs) == count, len(refs)
    started = time.perf_counter()
    combined = document_batch.combine_for_printing(db, [r.uuid for r in refs], "comunicazioni")
    combine = time.perf_counter() - started
    db.dispose()
    return batch, combine, combined


# --- 2. LibreOffice -------------------------------------------------------------------------------------------
def _plain(flowable: Flowable) -> list[str]:
    """The text of a flowable, paragraph by paragraph (tables cell by cell, one row a line)."""
    if hasattr(flowable, "getPlainText"):
        return [flowable.getPlainText()]
    if hasattr(flowable, "_cellvalues"):
        return [" \t ".join(" ".join(_plain_cell(c)) for c in row) for row in flowable._cellvalues]
    for attribute in ("_content", "_flowables", "content"):
        inner = getattr(flowable, attribute, None)
        if isinstance(inner, list | tuple):
            return [line for f in inner for line in _plain(f)]
    return []


def _plain_cell(cell) -> list[str]:
    if isinstance(cell, list | tuple):
        return [line for c in cell for line in _plain_cell(c)]
    if isinstance(cell, Flowable):
        return _plain(cell)
    return [str(cell)] if cell is not None else []


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')


def write_docx(path: Path, lines: list[str]) -> None:
    """A Word letter with the same text, one paragraph per line (a minimal .docx written by hand)."""
    # 11-point text with space after each paragraph, as a Word letter is set: about as long as the app's letter.
    paragraph = ('<w:p><w:pPr><w:spacing w:after="200" w:line="300" w:lineRule="auto"/></w:pPr><w:r><w:rPr>'
                 '<w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>')
    body = "".join(paragraph.format(html.escape(line, quote=False)) for line in lines)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)


def run_libreoffice(folder: Path, count: int) -> float | None:
    """Seconds LibreOffice takes to turn `count` Word letters into PDFs in one batch; None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    letters, out = folder / "lettere", folder / "pdf"
    letters.mkdir(parents=True)
    out.mkdir()
    for i in range(count):
        letterhead = [PROFILE.body_name, PROFILE.address, f"C.F. {PROFILE.fiscal_code} · PEC {PROFILE.pec}"]
        write_docx(letters / f"lettera-{i:04d}.docx", letterhead + [
            line for f in grant_communication_story(communication(i)) for line in _plain(f) if line.strip()])
    profile = folder / "profilo-lo"
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(out)]
    files = sorted(str(p) for p in letters.iterdir())
    started = time.perf_counter()
    # soffice 7.4 silently stopped after ~250 files given at once: 200 per run (its start counted each time).
    for first in range(0, len(files), LIBREOFFICE_FILES_PER_RUN):
        done = subprocess.run([*command, *files[first:first + LIBREOFFICE_FILES_PER_RUN]], check=False,
                              capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - started
    made = len(list(out.glob("*.pdf")))
    if made != count:
        raise RuntimeError(f"LibreOffice wrote {made} PDFs of {count} (exit {done.returncode}): "
                           f"{done.stderr[-800:]}")
    pages = sum(_pages(path) for path in sorted(out.glob("*.pdf"))[:: max(1, count // 20)])
    print(f"  (LibreOffice letters: {pages / len(sorted(out.glob('*.pdf'))[:: max(1, count // 20)]):.1f} pages each, "
          "sampled)")
    return seconds


def _pages(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def _bare_sample(folder: Path, count: int) -> float:
    """Milliseconds per bare document, over `count` of them."""
    started = time.perf_counter()
    for i in range(count):
        build_bare(communication(i), folder / "bare-sample.pdf")
    return (time.perf_counter() - started) / count * 1000


# --- 3. the renderer -------------------------------------------------------------------------------------------
def run_renderer(folder: Path, count: int) -> tuple[float, float, float, float]:
    real_dir, bare_dir = folder / "grant", folder / "bare"
    real_dir.mkdir(parents=True, exist_ok=True)
    bare_dir.mkdir(parents=True, exist_ok=True)
    build_grant_communication_pdf(communication(0), PROFILE, real_dir / "warmup.pdf")
    build_bare(communication(0), bare_dir / "warmup.pdf")
    real: list[float] = []
    bare: list[float] = []
    for i in range(count):
        data = communication(i)
        start = time.perf_counter()
        build_grant_communication_pdf(data, PROFILE, real_dir / f"concessione-{i:04d}.pdf")
        real.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_bare(data, bare_dir / f"bare-{i:04d}.pdf")
        bare.append(time.perf_counter() - start)
    return sum(real), sum(bare), statistics.median(real), statistics.median(bare)


# --- 4. the first letter -----------------------------------------------------------------------------------------
_COLD = """
import sys, time, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
# What the program has loaded when the window is up; ReportLab is not loaded yet.
from equilibri_desktop.config import resolve_config
from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.services.grants import documents
from tests.grant_document_helpers import ISSUED, build_scenario
assert "reportlab" not in sys.modules
db = prepare_database(resolve_config(Path({folder!r}) / "dati"), user="benchmark")
scenario = build_scenario(db)
times = []
t = time.perf_counter()
documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)  # the first document of a ranking
times.append(time.perf_counter() - t)
for application in (scenario.rossi, scenario.ferri):
    t = time.perf_counter()
    documents.generate_grant_communication(db, application.uuid, ISSUED)
    times.append(time.perf_counter() - t)
print(*times)
"""


def run_cold(folder: Path) -> tuple[float, float, float]:
    """The first document in a fresh program (the ranking's decision, ReportLab loaded on the way), then the
    first and second letters."""
    folder.mkdir()
    done = subprocess.run([sys.executable, "-c", _COLD.format(root=str(ROOT), folder=str(folder))],
                          capture_output=True, text=True, check=True, timeout=600)
    first, letter, second = done.stdout.split()[-3:]
    return float(first), float(letter), float(second)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=500, help="letters in the batch (and for LibreOffice)")
    parser.add_argument("--render-count", type=int, default=200, help="documents in the renderer comparison")
    parser.add_argument("--no-libreoffice", action="store_true", help="skip the LibreOffice comparison")
    parser.add_argument("--postgres", default=os.environ.get("EQUILIBRI_BENCH_POSTGRES_URL"),
                        help="PostgreSQL server URL for the batch (default: a temporary SQLite database)")
    parser.add_argument("--batch-only", action="store_true", help="figure 1 and its bare baseline only")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="grant-bench-") as tmp:
        folder = Path(tmp)
        print(f"Grant communications: batch of {args.count}")
        batch, combine, _combined = run_batch(folder / "batch", args.count, args.postgres)
        per_letter = batch / args.count * 1000
        print(f"  app batch (data, numbers, PDF/A, files, register): {batch:6.2f} s = {per_letter:6.1f} ms/letter; "
              f"combined print file of all {args.count}: {combine:.2f} s  [{load()}]")
        bare_batch = 0.0
        for i in range(args.count):
            start = time.perf_counter()
            build_bare(communication(i), folder / "bare-batch.pdf")
            bare_batch += time.perf_counter() - start
        bare_per = bare_batch / args.count * 1000
        print(f"  bare ReportLab, same flowables, one after another: {bare_batch:6.2f} s = {bare_per:6.1f} ms/letter"
              f"  -> app batch / bare = {per_letter / bare_per:.2f}x  [{load()}]")
        if args.batch_only:
            return 0
        sample = max(10, args.count // 10)
        bare_before = _bare_sample(folder, sample) if not args.no_libreoffice else 0.0
        office = None if args.no_libreoffice else run_libreoffice(folder / "lo", args.count)
        if office is None:
            print("  LibreOffice: not measured (" + ("--no-libreoffice" if args.no_libreoffice else
                  "soffice is not installed: apt-get install libreoffice-writer-nogui") + ")")
        else:
            office_per = office / args.count * 1000
            speedup = office_per / per_letter
            print(f"  LibreOffice, {args.count} Word letters -> PDF in one batch: {office:6.2f} s = "
                  f"{office_per:6.1f} ms/letter  -> app {speedup:.1f}x faster [{load()}] "
                  f"(target >= {LIBREOFFICE_TARGET:.0f}x) {'OK' if speedup >= LIBREOFFICE_TARGET else 'UNDER TARGET'}")
            # The machine's load changes between the phases: each phase is also put against the bare
            # document measured next to it, and the two ratios compared.
            bare_near_office = (bare_before + _bare_sample(folder, sample)) / 2
            steady = (office_per / bare_near_office) / (per_letter / bare_per)
            print(f"    load-steady comparison: LibreOffice {office_per / bare_near_office:.1f}x the bare document "
                  f"measured beside it ({bare_near_office:.1f} ms), the app batch {per_letter / bare_per:.2f}x "
                  f"-> app {steady:.1f}x faster (target >= {LIBREOFFICE_TARGET:.0f}x) "
                  f"{'OK' if steady >= LIBREOFFICE_TARGET else 'UNDER TARGET'}")
            ok &= steady >= LIBREOFFICE_TARGET
        real, bare, real_median, bare_median = run_renderer(folder / "render", args.render_count)
        ratio = real / bare
        print(f"Renderer, {args.render_count} letters interleaved with the bare document:")
        print(f"  builder (letterhead, page count, PDF/A, synced file): {real / args.render_count * 1000:6.1f} ms/doc"
              f" (median {real_median * 1000:.1f})")
        print(f"  bare ReportLab, same flowables:                      {bare / args.render_count * 1000:6.1f} ms/doc"
              f" (median {bare_median * 1000:.1f})")
        print(f"  ratio builder / bare: {ratio:.2f}x (target <= {RENDER_TARGET}x) [{load()}] "
              f"{'OK' if ratio <= RENDER_TARGET else 'OVER TARGET'}")
        ok &= ratio <= RENDER_TARGET
        first, letter, second = run_cold(folder / "cold")
        print(f"First document in a fresh program (the decision; ReportLab and fonts loaded on the way): "
              f"{first * 1000:.0f} ms; then a letter {letter * 1000:.0f} ms, another {second * 1000:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
