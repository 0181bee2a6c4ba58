"""The import loop shared by people and organisations: stream, batch, decide each row, one transaction.

An adapter knows one kind of record: `parse` turns a row into a candidate (or raises RowRejected),
`prepare` loads in one query per batch the stored records the candidates may match, `decide` says
what happens to each row, and `write` writes the batch's decisions (unless it is a dry run).
"""

from __future__ import annotations

import logging
import pickle
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, closing
from itertools import islice
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.io.column_mapping import ColumnMapping, RecordKind, map_columns
from equilibri_desktop.io.safe_write import check_target
from equilibri_desktop.io.spreadsheet_reader import Row, open_sheet
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.imports.outcomes import (
    FIELD_LABELS,
    ImportProgress,
    ImportResult,
    RowOutcome,
    RowResult,
)
from equilibri_desktop.services.imports.report import rejected_path_for, write_report
from equilibri_desktop.storage import audit_log

log = logging.getLogger(__name__)
BATCH_ROWS = 500  # one lookup query per batch, and the session emptied after each
KEPT_ROWS = 2_000  # outcomes kept for the screen; the report has every row


class RowRejected(Exception):
    """The row cannot be imported; the message (Italian) goes to the report."""


def rejection_reason(why: RowRejected) -> str:
    """The message as raised: a coded text (CodedText, CodedList) stays one, for the screen to word it."""
    return why.args[0] if len(why.args) == 1 and isinstance(why.args[0], str) else str(why)


class ImportCancelledError(DomainError):
    pass


class RowAdapter(Protocol):
    kind: RecordKind
    table_name: str
    required: tuple[str, ...]

    def parse(self, values: Mapping[str, object]) -> object: ...

    def prepare(self, candidates: list[object]) -> None: ...

    def decide(self, row_number: int, candidate: object, dry_run: bool) -> RowResult: ...

    def write(self, dry_run: bool) -> None: ...

    def close(self) -> None: ...


def _batches(rows: Iterator[Row]) -> Iterator[list[Row]]:
    while batch := list(islice(rows, BATCH_ROWS)):
        yield batch


def _columns(mapping: ColumnMapping | Mapping[int, str] | None, headers: list[str], kind: RecordKind,
             required: tuple[str, ...]) -> dict[int, str]:
    if mapping is None:
        columns = dict(map_columns(headers, kind).columns)
    else:
        columns = dict(mapping.columns if isinstance(mapping, ColumnMapping) else mapping)
    missing = [FIELD_LABELS.get(f, f) for f in required if f not in columns.values()]
    if missing:
        raise DomainError(code="imports.column_missing", params={"columns": " e ".join(missing)})
    return columns


class _Tally:
    """What the import keeps of its rows while it streams: counts, the first rows' outcomes for the screen,
    and the rejected rows' cells for the file of rows to fix. Nothing else grows with the file."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(RowOutcome, 0)
        self.kept: list[RowResult] = []
        self.rejected: list[tuple[RowResult, tuple]] = []

    def add(self, result: RowResult, cells: tuple) -> None:
        self.counts[result.outcome] += 1
        if len(self.kept) < KEPT_ROWS:
            self.kept.append(result)
        if result.outcome is RowOutcome.REJECTED:
            self.rejected.append((result, cells))

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class _AuditSpool:
    """The audit entries of the rows written, kept in a temporary file until the commit (one per record: a
    200,000-row import would otherwise hold 200,000 entries in memory), then chained a chunk at a time."""

    CHUNK = 5_000

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # nameless on disk, gone when closed
        self.count = 0  # lists of entries kept, one per batch

    def keep(self, session: Session) -> None:
        entries = audit_log.take_queued(session)
        if entries:
            pickle.dump(entries, self.file, protocol=pickle.HIGHEST_PROTOCOL)
            self.count += 1

    def chain(self, session: Session) -> None:
        """Chain every entry kept, in order, before the ones still queued (the import's own entry)."""
        if not self.count:
            return
        pending = audit_log.take_queued(session)
        self.file.seek(0)
        chunk: list = []
        for _ in range(self.count):
            chunk += pickle.load(self.file)
            if len(chunk) >= self.CHUNK:
                audit_log.append(session.connection(), chunk)
                chunk = []
        audit_log.append(session.connection(), chunk)
        audit_log.queue(session, pending)

    def close(self) -> None:
        self.file.close()


class _Pace:
    """Progress with an estimate of the time left, from the pace of the rows done so far."""

    def __init__(self, report: Callable[[ImportProgress], None] | None, expected: int | None):
        self.report, self.expected = report, expected
        self.started = time.perf_counter()

    def __call__(self, done: int) -> None:
        if self.report is None:
            return
        elapsed = time.perf_counter() - self.started
        left = None
        if self.expected and done and elapsed > 0:
            left = max(self.expected - done, 0) * elapsed / done
        self.report(ImportProgress(done, self.expected, elapsed, left))


def _decided_rows(sheet, columns: dict[int, str], adapter: RowAdapter, session: Session, dry_run: bool,
                  tally: _Tally, pace: _Pace, cancel: Callable[[], bool] | None, spool: _AuditSpool
                  ) -> Iterator[tuple]:
    """Run the import a batch at a time, yielding each row's line of the report in row order."""
    width = len(sheet.headers)
    done = 0
    for batch in _batches(sheet.rows):
        if cancel is not None and cancel():
            raise ImportCancelledError(code="imports.cancelled")
        cells = {row.number: row.cells for row in batch}
        results: list[RowResult] = []
        parsed = []
        for row in batch:
            if row.problem:  # unreadable as it stands: named in the report, the import goes on
                results.append(RowResult(row.number, RowOutcome.REJECTED, row.problem))
                continue
            try:
                parsed.append((row.number, adapter.parse({f: row.get(i) for i, f in columns.items()})))
            except RowRejected as why:
                results.append(RowResult(row.number, RowOutcome.REJECTED, rejection_reason(why)))
        adapter.prepare([candidate for _, candidate in parsed])
        results += [adapter.decide(number, candidate, dry_run) for number, candidate in parsed]
        adapter.write(dry_run)
        if not dry_run:
            session.flush()
            spool.keep(session)
        session.expunge_all()  # the rows written must not pile up in the session
        results.sort(key=lambda r: r.row_number)
        for result in results:
            row_cells = cells[result.row_number][:width]
            tally.add(result, row_cells)
            yield (result.row_number, result.outcome.label, result.message, *row_cells)
        done += len(batch)
        pace(done)


def run_import(db: Database, make_adapter: Callable[[Session, Database], RowAdapter], kind: RecordKind,
               path: str | Path, *, mapping=None, dry_run: bool = False, report_path: str | Path | None = None,
               progress: Callable[[ImportProgress], None] | None = None, cancel: Callable[[], bool] | None = None,
               sheet_name: str | None = None, required: tuple[str, ...] = (), overwrite: bool = False) -> ImportResult:
    """Stream the file a batch at a time inside one transaction: rows validated and written per batch, the
    report written as the rows go, one audit entry for the import; memory does not grow with the rows."""
    db.require(Permission.REGISTRY_IMPORT)
    started = time.perf_counter()
    path = Path(path)
    report = None
    if report_path:  # refused before the import starts: never the database, a backup or the file being read
        report = check_target(report_path, sources=(path,), overwrite=overwrite)
        check_target(rejected_path_for(report), sources=(path,), overwrite=overwrite)
    tally = _Tally()
    rejected_file = None
    placed: list[Path] = []
    spool = _AuditSpool()
    try:
        with open_sheet(path, sheet_name) as sheet, db.unit_of_work() as session, ExitStack() as stack:
            columns = _columns(mapping, sheet.headers, kind, required)
            adapter = stack.enter_context(closing(make_adapter(session, db)))
            pace = _Pace(progress, sheet.expected_rows)
            rows = _decided_rows(sheet, columns, adapter, session, dry_run, tally, pace, cancel, spool)
            if report is not None:
                # Written before the commit: a report that cannot be written undoes the import too.
                rejected_file = write_report(report, source=path, kind=kind, dry_run=dry_run, user=db.user,
                                             headers=sheet.headers, mapping=columns, rows=rows, tally=tally,
                                             overwrite=overwrite, written=placed)
            else:
                for _line in rows:
                    pass
            if not dry_run:
                audit.record(session, AuditAction.IMPORT, table_name=adapter.table_name,
                             detail=f"{tally.total} righe: " + ", ".join(
                                 f"{o.value} {n}" for o, n in tally.counts.items()))
                session.flush()
                spool.keep(session)
                # The chain's lock is taken here, at the very end, as the commit would take it.
                spool.chain(session)
    except BaseException:
        for leftover in placed:  # only what this import wrote, never a file of the user's from before
            leftover.unlink(missing_ok=True)
        raise
    finally:
        spool.close()
    result = ImportResult(kind, path, dry_run, tuple(tally.kept), columns, report, rejected_file, dict(tally.counts))
    log.info("import of %s %s: %d rows in %.1f s (imported %d, merged %d, unchanged %d, rejected %d)",
             kind, "simulated" if dry_run else "done", tally.total, time.perf_counter() - started,
             result.imported, result.merged, result.unchanged, result.rejected)
    return result
