"""A twelve-party agreement: time to render it against a bare ReportLab document of the same length.

Run: .venv/bin/python benchmarks/agreements.py [--runs 15] [--parties 12] [--keep OUTDIR]

The agreement is built with the real builder (letterhead, code and "Pagina X di Y" in every footer, PDF/A-2b
finalisation, SHA-256, atomic replace). The baseline lays out the very same flowables with a plain
SimpleDocTemplate and saves the file: no letterhead, no page count, no PDF/A. The two are interleaved run by
run so background noise hits both alike. Target (issue 14): under 2x the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.platypus import SimpleDocTemplate  # noqa: E402

from equilibri_desktop.documents import styles as st  # noqa: E402
from equilibri_desktop.documents.fonts import REGULAR, register_fonts  # noqa: E402
from equilibri_desktop.documents.network.agreement import (  # noqa: E402
    agreement_story,
    build_agreement_pdf,
)
from equilibri_desktop.domain.network.codes import AgreementKind  # noqa: E402
from equilibri_desktop.services.documents.specimens import EXAMPLE_PROFILE  # noqa: E402
from equilibri_desktop.services.network.document_data import agreement_document_data  # noqa: E402
from equilibri_desktop.services.network.specimens import example_agreement  # noqa: E402

TARGET_RATIO = 2.0


def _bare(data, path: Path) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), initialFontName=REGULAR,
                            leftMargin=st.MARGIN_LEFT, rightMargin=st.MARGIN_RIGHT)
    doc.build(agreement_story(data))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--parties", type=int, default=12)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    register_fonts()
    today = date(2026, 3, 2)
    profile = EXAMPLE_PROFILE.normalised()
    data = agreement_document_data(example_agreement(AgreementKind.PARTENARIATO, args.parties, today),
                                   "Governare gli equilibri", False, today)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="agreements-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    build_agreement_pdf(data, profile, folder / "warm.pdf")  # fonts, imports and caches warm for both
    _bare(data, folder / "warm-bare.pdf")
    real, bare = [], []
    for run in range(args.runs):
        started = time.perf_counter()
        build_agreement_pdf(data, profile, folder / f"accordo-{run}.pdf")
        real.append(time.perf_counter() - started)
        started = time.perf_counter()
        _bare(data, folder / f"bare-{run}.pdf")
        bare.append(time.perf_counter() - started)
    real_ms, bare_ms = statistics.median(real) * 1000, statistics.median(bare) * 1000
    ratio = real_ms / bare_ms
    print(f"{args.parties}-party agreement (median of {args.runs}): {real_ms:.1f} ms")
    print(f"bare ReportLab, same flowables: {bare_ms:.1f} ms")
    print(f"ratio {ratio:.2f}x (target < {TARGET_RATIO:.0f}x): {'met' if ratio < TARGET_RATIO else 'NOT met'}")
    return 0 if ratio < TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
