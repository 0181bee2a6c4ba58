"""The merge report (.xlsx): one row per record of the package with its outcome, and one per conflicting field
with both values, authors and times side by side."""

from __future__ import annotations

from pathlib import Path

from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook
from equilibri_desktop.services.field.dto import MergeResult

# The clerk may fill these columns of a dry run's report and give it back with `--decisions`.
CHOICE_CONFLICT = "Scelta (campo/ufficio)"
CHOICE_MATCH = "Scelta (sì/no)"


def _text(value) -> str:
    if value is True:
        return "sì"
    if value is False:
        return "no"
    return "" if value is None else str(value)


def write_report(result: MergeResult, path: Path, *, sources=(), overwrite: bool = False) -> Path:
    records = SheetSpec(
        "Record", ("Tipo", "Persona", "Esito", "Dettaglio", "Decisione", "UUID"),
        ((i.kind, i.name, i.outcome.value, i.detail, i.decided, str(i.record_uuid)) for i in result.items),
        (12, 30, 36, 50, 40, 38))
    conflicts = SheetSpec(
        "Conflitti", ("Persona", "Campo", "Valore del campo", "Autore (campo)", "Quando (campo)", "Valore in ufficio",
                      "Autore (ufficio)", "Quando (ufficio)", "Al momento del kit", CHOICE_CONFLICT, "UUID record",
                      "Codice campo"),
        ((i.name, c.label, _text(c.field_value), c.field_author, c.field_at, _text(c.office_value), c.office_author,
          c.office_at, _text(c.base), "", str(c.record_uuid), c.field) for i in result.items for c in i.conflicts),
        (30, 26, 22, 18, 18, 22, 18, 18, 22, 22, 38, 20))
    matches = SheetSpec(
        "Corrispondenze", ("Persona dal campo", "Persona in anagrafica", "Nata/o il", "Comune", "Somiglianza",
                           CHOICE_MATCH, "UUID record", "UUID persona"),
        ((i.name, m.name, m.birth_date, m.municipality, m.score, "", str(i.record_uuid), str(m.person_uuid))
         for i in result.items for m in i.candidates),
        (30, 30, 12, 24, 12, 22, 38, 38))
    write_workbook(path, (records, conflicts, matches), sources=sources, overwrite=overwrite)
    return path
