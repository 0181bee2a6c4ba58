"""What an import reports: one outcome per row, totals, and the files written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

FIELD_LABELS = {  # Italian names of the importable fields, for the wizard and the report
    "surname": "Cognome", "first_name": "Nome", "fiscal_code": "Codice fiscale", "birth_date": "Data di nascita",
    "birth_place": "Luogo di nascita", "sex": "Sesso", "citizenship": "Cittadinanza", "address": "Indirizzo",
    "municipality": "Comune", "cap": "CAP", "phone": "Telefono", "email": "E-mail", "pec": "PEC", "notes": "Note",
    "name": "Denominazione", "kind": "Tipo di ente", "vat_number": "Partita IVA", "legal_form": "Forma giuridica",
    "ateco": "Codice ATECO", "employees": "Dipendenti",
}


class RowOutcome(StrEnum):
    IMPORTED = "importata"
    MERGED = "unita"  # same person/body already stored: its empty fields were filled
    UNCHANGED = "invariata"  # already stored, nothing to add
    REJECTED = "scartata"

    @property
    def label(self) -> str:
        return {"importata": "Importata", "unita": "Unita a una scheda esistente",
                "invariata": "Già presente, nessuna modifica", "scartata": "Scartata"}[self.value]


@dataclass(frozen=True)
class RowResult:
    row_number: int  # as the spreadsheet program shows it
    outcome: RowOutcome
    message: str  # why it was rejected, what was filled, differences not applied, warnings
    record_uuid: uuid.UUID | None = None  # the record created or completed (None in a dry run's new rows)


@dataclass(frozen=True)
class ImportProgress:
    rows_done: int
    rows_expected: int | None  # from the .xlsx's declared size; None for .csv
    seconds: float = 0.0  # since the import started
    seconds_left: float | None = None  # estimated from the pace so far; None while it cannot be told


@dataclass(frozen=True)
class ImportResult:
    kind: str  # "persons" | "organisations"
    source: Path
    dry_run: bool  # True: nothing was written to the database
    # The first KEPT_ROWS rows' outcomes (every row's is in the report): memory stays flat in large files.
    rows: tuple[RowResult, ...]
    mapping: dict[int, str]  # column index → field, as used
    report_path: Path | None = None
    rejected_path: Path | None = None  # the rejected rows in their original columns, ready to fix and re-import
    counts: dict[RowOutcome, int] | None = None  # per outcome over the whole file; None: count `rows`

    def count(self, outcome: RowOutcome) -> int:
        if self.counts is not None:
            return self.counts.get(outcome, 0)
        return sum(1 for r in self.rows if r.outcome is outcome)

    @property
    def total_rows(self) -> int:
        return sum(self.count(outcome) for outcome in RowOutcome)

    @property
    def imported(self) -> int:
        return self.count(RowOutcome.IMPORTED)

    @property
    def merged(self) -> int:
        return self.count(RowOutcome.MERGED)

    @property
    def unchanged(self) -> int:
        return self.count(RowOutcome.UNCHANGED)

    @property
    def rejected(self) -> int:
        return self.count(RowOutcome.REJECTED)


@dataclass(frozen=True)
class ImportPreview:
    """What the wizard shows before importing: the columns, the automatic mapping and the first rows."""

    headers: tuple[str, ...]
    mapping: dict[int, str]
    unmapped: tuple[str, ...]
    sample: tuple[tuple[object, ...], ...]
    expected_rows: int | None
    encoding: str
    delimiter: str
    target_fields: tuple[tuple[str, str], ...]  # (field, Italian label) the columns can be mapped to
