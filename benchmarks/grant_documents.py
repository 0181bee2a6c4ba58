"""Batch of grant communications: seconds per document against a bare ReportLab document of the same text.

Run: .venv/bin/python benchmarks/grant_documents.py [--count 500] [--keep OUTDIR]

Each communication is built with the real builder (letterhead, "Pagina N di M", PDF/A-2b finalisation,
SHA-256, atomic replace). The baseline lays out the very same flowables with a plain SimpleDocTemplate
and saves the file: no letterhead, no page count, no PDF/A. The two are interleaved document by document
so the machine's background noise hits both alike. Target (issue 5): at most 2x the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.platypus import SimpleDocTemplate

from equilibri_desktop.documents import letterhead
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

TARGET_RATIO = 2.0
PROFILE = OrganisationProfile(
    body_name="A.S.S.E.MI. – Azienda Sociale Sud Est Milano",
    address="Piazza Vittorio Veneto 2, 20077 Melegnano (MI)",
    fiscal_code="12345678903",
    vat_number="12345678903",
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


def communication(i: int) -> GrantCommunicationData:
    """The i-th letter of a ranking: a different beneficiary, amount and protocol each time."""
    amount = 5_000_00 + (i * 7_919_31) % 10_000_00
    half = amount // 2
    return GrantCommunicationData(
        header=DocumentHeader(number=100 + i, year=2026, issued_on=date(2026, 7, 14), cup=CALL.cup,
                              project_title="Governare gli equilibri", place="Melegnano",
                              protocol=f"Prot. n. {1500 + i}/2026"),
        recipient=Recipient(
            name=f"{SURNAMES[i % len(SURNAMES)]} Maria{' Cooperativa sociale di servizi alle famiglie' * (i % 3 == 0)}",
            address=f"Via della Conciliazione {i + 1}, 20097 San Donato Milanese (MI)",
            pec=f"beneficiaria{i}@pec.example.it",
        ),
        call=CALL,
        decision=ActReference("determinazione", "7/2026", date(2026, 7, 14)),
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


class FinalizeTimer:
    """Counts the time spent in PDF/A finalisation (pikepdf) inside the real builder."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._original = letterhead.finalize_pdfa

    def __enter__(self) -> Self:
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return self._original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        letterhead.finalize_pdfa = timed
        return self

    def __exit__(self, *exc) -> None:
        letterhead.finalize_pdfa = self._original


def pages_of(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def run(count: int, folder: Path) -> bool:
    real_dir, bare_dir = folder / "grant", folder / "bare"
    real_dir.mkdir(parents=True, exist_ok=True)
    bare_dir.mkdir(parents=True, exist_ok=True)
    # Warm-up: fonts registered, modules imported, caches filled, for both sides.
    build_grant_communication_pdf(communication(0), PROFILE, real_dir / "warmup.pdf")
    build_bare(communication(0), bare_dir / "warmup.pdf")

    real: list[float] = []
    bare: list[float] = []
    bare_pages = 0
    with FinalizeTimer() as finalize:
        for i in range(count):
            data = communication(i)
            start = time.perf_counter()
            build_grant_communication_pdf(data, PROFILE, real_dir / f"concessione-{i:04d}.pdf")
            real.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_pages += build_bare(data, bare_dir / f"bare-{i:04d}.pdf")
            bare.append(time.perf_counter() - start)

    real_total, bare_total = sum(real), sum(bare)
    ratio = real_total / bare_total
    real_pages = sum(pages_of(real_dir / f"concessione-{i:04d}.pdf") for i in range(0, count, max(1, count // 50)))
    sampled = len(range(0, count, max(1, count // 50)))
    print(f"Grant communications: {count} documents")
    print(f"  builder (letterhead + PDF/A): {real_total:7.2f} s  = {real_total / count * 1000:6.1f} ms/doc"
          f"  (median {statistics.median(real) * 1000:.1f} ms)")
    print(f"    of which PDF/A finalisation: {finalize.seconds:5.2f} s  = {finalize.seconds / count * 1000:6.1f} ms/doc"
          f"  ({finalize.seconds / real_total:.0%})")
    print(f"  bare ReportLab, same text:    {bare_total:7.2f} s  = {bare_total / count * 1000:6.1f} ms/doc"
          f"  (median {statistics.median(bare) * 1000:.1f} ms)")
    print(f"  pages per document: builder {real_pages / sampled:.2f} (sampled), bare {bare_pages / count:.2f}")
    ok = ratio <= TARGET_RATIO
    print(f"  ratio builder / bare: {ratio:.2f}x  (target <= {TARGET_RATIO:.0f}x)  {'OK' if ok else 'OVER TARGET'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="write the PDFs here and keep them")
    args = parser.parse_args()
    if args.keep:
        return 0 if run(args.count, args.keep) else 1
    with tempfile.TemporaryDirectory(prefix="grant-bench-") as tmp:
        return 0 if run(args.count, Path(tmp)) else 1


if __name__ == "__main__":
    sys.exit(main())
