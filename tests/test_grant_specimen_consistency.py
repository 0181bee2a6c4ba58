"""The specimens agree with themselves: every count and amount the decision states is the one its annexes and
letters show (issue 11: the specimen decision once said "1 domanda ammessa non è finanziata" from hard-coded
data). Rendered through `equilibri-admin specimens`, read back from the PDFs."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from equilibri_desktop.cli.admin import main
from equilibri_desktop.domain.money import format_euro, from_cents

AMOUNT = r"€ ?[\d.]+,\d\d"


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))


def _cents(text: str) -> int:
    return int(text.replace("€", "").replace(".", "").replace(",", "").strip())


@pytest.fixture(scope="module", params=["example", "demo"])
def texts(request, tmp_path_factory):
    """The example call (budget 40.000: one admitted application waits) and the demo database's call (budget
    60.000: none waits), so a count written by hand cannot fit both."""
    root = tmp_path_factory.mktemp("specimens")
    if request.param == "demo":
        assert main(["--data-dir", str(root / "data"), "init", "--demo"]) == 0
    assert main(["--data-dir", str(root / "data"), "specimens", str(root / "out")]) == 0
    return {path.stem: _text(path) for path in (root / "out").glob("*.pdf")}


def _annex_rows(annex: str) -> dict[str, tuple[str, int]]:
    """code → (outcome, amount in cents) as annex A prints them."""
    rows = {}
    pattern = r"(?:\d+|—) ([A-Z0-9]{8}) \d+,\d\d (Finanziata in parte|Finanziata|Ammessa non finanziata|Non ammessa)"
    for match in re.finditer(pattern + rf" ({AMOUNT}|—)", annex):
        code, outcome, amount = match.groups()
        rows[code] = (outcome, 0 if amount == "—" else _cents(amount))
    return rows


def test_decision_annexes_and_letters_state_the_same_counts_and_amounts(texts):
    decision, annex_a, annex_b = texts["02-determinazione"], texts["03-allegato-a"], texts["04-allegato-b"]
    rows = _annex_rows(annex_a)
    assert len(rows) == 5
    funded = {code: cents for code, (outcome, cents) in rows.items() if outcome.startswith("Finanziata")}
    waiting = [code for code, (outcome, _c) in rows.items() if outcome == "Ammessa non finanziata"]
    below = [code for code, (outcome, _c) in rows.items() if outcome == "Non ammessa"]
    total = sum(funded.values())
    # The decision's grants: one row per funded code, same amount, same total.
    for code, cents in funded.items():
        assert re.search(rf"{code} COR [^€]*?{re.escape(format_euro(from_cents(cents)))}", decision), code
    assert f"di concedere alle {len(funded)} beneficiarie" in decision
    assert f"per un totale di {format_euro(from_cents(total))}" in decision
    assert f"Totale dei contributi concessi {format_euro(from_cents(total))}" in annex_a
    assert f"Domande finanziate {len(funded)}" in annex_a
    assert f"Domande in graduatoria {len(rows) - len(below)}" in annex_a
    # Counts the decision states come from the same rows.
    assert ("non è finanziata" in decision or "non sono finanziate" in decision) is bool(waiting)
    assert ("1 domanda ammessa non è finanziata" in decision) is (len(waiting) == 1)
    if len(waiting) > 1:
        assert f"{len(waiting)} domande ammesse non sono finanziate" in decision
    assert ("1 domanda non ha raggiunto la soglia" in decision) is (len(below) == 1)
    # Annex B holds the same codes and amounts (with the identities).
    for code, (_outcome, cents) in rows.items():
        assert code in annex_b
        if cents:
            assert format_euro(from_cents(cents)) in annex_b
    # The letters: the grant communication and the revocation speak of the first grant's amount.
    letter = texts["07-comunicazione-di-concessione"]
    first = re.search(r"\(codice ([A-Z0-9]{8})\)", letter).group(1)
    granted = format_euro(from_cents(funded[first]))
    assert f"per l’importo di {granted}" in letter
    revocation = texts["08-revoca"]
    assert first in revocation and f"Contributo concesso {granted}" in revocation
    # Nobody is named in the published documents; everyone is in annex B.
    assert "Esempio" not in annex_a.replace("(esempio)", "") and "Maria Esempio" in annex_b
    assert "Maria Esempio" not in decision
