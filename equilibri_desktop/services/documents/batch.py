"""A batch of registered documents of one kind: numbered in order, drawn on every core, filed in order.

The numbers are taken in one go (the next free ones, in the order given); the documents are drawn by a pool
of worker processes when the batch is large enough to pay for starting them, each into a hidden synced file
beside its final place (`files.stage`); the main process then files them in order, a few per transaction,
as `register.create_document` does for one, but with the group's rows, audit entries and links written together:
one flush, one sync of the folder once the group's files have their names, one commit. When another user takes
one of the numbers meanwhile, the rest of the batch goes through `create_document`, which draws again with the
next free number.

A cancel stops drawing; the documents already drawn are filed, so every document finished is kept.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.services.access import audit, audit_anchors
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.documents.drawing import Drawing, draw, warm_up
from equilibri_desktop.services.documents.dto import DocumentNumber, DocumentRef, write_permission
from equilibri_desktop.services.documents.files import StagedFile, sync_folders
from equilibri_desktop.storage.models import GeneratedDocument

log = logging.getLogger(__name__)
# Below this many documents a pool costs more to start (each worker loads ReportLab) than it saves.
POOL_MIN_DOCUMENTS = 16
FILE_GROUP = 32  # documents filed per transaction at most: fewer commits, and a cancel loses nothing drawn
# Once the first is filed, at least this many per transaction: each group costs a commit and a sync of the folder.
FILE_GROUP_LEAST = 8


@dataclass(frozen=True)
class PlannedDocument:
    record_type: str
    record_uuid: uuid.UUID
    title: str
    drawing: Callable[[DocumentNumber], Drawing]  # the document as it reads with its number


# Runs in the transaction that files a group of documents, with their refs in order (links in one query).
Filed = Callable[[Session, Sequence[DocumentRef]], None]


def _worker_count(documents: int) -> int:
    cores = os.cpu_count() or 1
    return min(cores, 4) if documents >= POOL_MIN_DOCUMENTS and cores > 1 else 0


class _InlineFuture:
    """A drawing done in this process, with a Future's face: when its result is asked for (small batches, one
    core, the batch's first document), or at once (`now`: while the workers start)."""

    def __init__(self, call: Callable[[], StagedFile], now: bool = False):
        self._call = call
        self.drawn: StagedFile | None = call() if now else None

    def result(self) -> StagedFile:
        if self.drawn is None:
            self.drawn = self._call()
        return self.drawn

    def cancel(self) -> bool:
        return self.drawn is None  # a file already drawn is discarded by the caller, like a worker's


class _Pool:
    """The batch's worker processes, and whether one of them has started yet (a spawned worker loads Python
    and ReportLab first: a second or more on a busy PC, while this process would otherwise sit waiting)."""

    def __init__(self, workers: int):
        self.executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=warm_up)
        # The workers start now and load ReportLab while the batch's data is read.
        self._started = [self.executor.submit(warm_up) for _ in range(workers)]

    def ready(self) -> bool:
        if self._started and any(future.done() for future in self._started):
            self._started = []
        return not self._started


def _start_pool(workers: int) -> _Pool | None:
    return _Pool(workers) if workers else None


def create_documents(db: Database, *, kind: str, issued_on: date, total: int,
                     documents: Iterable[PlannedDocument], progress: Callable[[int, int], None],
                     is_cancelled: Callable[[], bool], filed: Filed | None = None) -> list[DocumentRef]:
    """Number, draw and register the `total` documents that `documents` yields, in that order; the DocumentRefs
    of those filed. `documents` is read as the drawing goes on, so its data can be read in chunks."""
    if total <= 0:
        progress(0, 0)
        return []
    workers = _worker_count(total)
    pool = _start_pool(workers)
    folder = db.config.data_dir / register.FOLDER / str(issued_on.year)
    first = register.next_number(db, kind, issued_on.year)
    # One anchor for the whole batch: the trail's head when the batch starts (a later document's own
    # entry cannot be in it while documents are drawn side by side).
    anchor = audit_anchors.current_label(db)
    planned: list[PlannedDocument] = []
    source = iter(documents)
    numbers = [DocumentNumber(kind=kind, year=issued_on.year, issued_on=issued_on, number=first + i)
               for i in range(total)]

    allowed: set[str] = set()  # checked once per record type: each check is a query (a disabled account)

    def submit(index: int) -> Future | _InlineFuture | None:
        document = next(source, None)
        if document is None:
            return None
        if document.record_type not in allowed:
            db.require(write_permission(document.record_type))
            allowed.add(document.record_type)
        planned.append(document)
        target = folder / f"{kind}-{numbers[index].number}.pdf"
        drawing = document.drawing(numbers[index])
        # The first document is drawn here (the clerk sees the batch under way at once), and so are the next ones
        # while no worker has started yet (they load ReportLab cold): drawn now, so that the workers find the
        # queue free once they are up, and this process does not wait idle meanwhile.
        if pool is None or index == 0:
            return _InlineFuture(lambda: draw(target, drawing, anchor))
        if not pool.ready():
            return _InlineFuture(lambda: draw(target, drawing, anchor), now=True)
        return pool.executor.submit(draw, target, drawing, anchor)

    done: list[DocumentRef] = []
    pending: deque[tuple[int, Future | _InlineFuture]] = deque()
    next_index = 0
    # Documents handed out and not yet filed: enough for the workers to keep busy while a whole group is filed.
    # Inline: one document drawn at a time, as a cancel expects.
    window = 2 * FILE_GROUP_LEAST + workers if workers else 1
    progress(0, total)
    try:
        while next_index < total or pending:
            # Until the first document is filed, only what its data chunk holds: the clerk sees one done at once.
            limit = window if done else min(window, 2)
            while not is_cancelled() and next_index < total and len(pending) < limit:
                future = submit(next_index)
                if future is None:  # fewer documents than announced
                    total = next_index
                    break
                pending.append((next_index, future))
                next_index += 1
            if not pending:
                break  # cancelled with nothing left in flight
            group = [_collect(pending)]
            # Once the first is filed, a few at least per transaction: each commit syncs the database.
            least = FILE_GROUP_LEAST if done and workers else 1
            while pending and len(group) < FILE_GROUP and (len(group) < least or _ready(pending[0][1])):
                group.append(_collect(pending))
            try:
                done += _file(db, kind, issued_on, planned, numbers, group, filed)
            except IntegrityError:
                # Someone else took one of these numbers: from here on, one at a time with fresh numbers.
                log.info("document batch: number taken by another user, %d left go one by one", total - len(done))
                _discard_pending(pending)
                for document in [*planned[group[0][0]:], *source]:
                    if is_cancelled():
                        break
                    done.append(_create_one(db, kind, issued_on, document, filed))
                    progress(len(done), total)
                return done
            progress(len(done), total)
    except BaseException:
        _discard_pending(pending)
        raise
    finally:
        if pool is not None:  # every result is in: the workers end on their own, nobody waits for them
            pool.executor.shutdown(wait=False, cancel_futures=True)
    return done


def _ready(future: Future | _InlineFuture) -> bool:
    return future.drawn is not None if isinstance(future, _InlineFuture) else future.done()


def _collect(pending: deque) -> tuple[int, StagedFile]:
    index, future = pending.popleft()
    return index, future.result()


def _discard_pending(pending: deque) -> None:
    while pending:
        _index, future = pending.popleft()
        if future.cancel():
            continue
        try:
            future.result().discard()
        except Exception:  # noqa: BLE001 - the batch is failing already: its own error is the one to report
            continue


def _file(db: Database, kind: str, issued_on: date, documents: Sequence[PlannedDocument],
          numbers: Sequence[DocumentNumber], group: list[tuple[int, StagedFile]], filed: Filed | None
          ) -> list[DocumentRef]:
    """Register a group of drawn documents in one transaction: the rows in one flush, their audit entries (chained
    at the commit, in order), the files moved to their names and the folder synced once, the callers' links, then
    the commit. A crash before the commit leaves no row; after it, every row's file is on disk under its name."""
    try:
        with db.unit_of_work() as session:
            rows = []
            for index, staged in group:
                planned, number = documents[index], numbers[index]
                rows.append(GeneratedDocument(
                    kind=kind, year=number.year, number=number.number, issued_on=issued_on,
                    title=planned.title[:300], record_type=planned.record_type, record_uuid=planned.record_uuid,
                    file_path=f"{register.FOLDER}/{number.year}/{staged.target.name}", sha256=staged.sha256,
                    size_bytes=staged.size_bytes))
            session.add_all(rows)
            session.flush()  # a number taken meanwhile fails here, before the files take their names
            for (index, _staged), row in zip(group, rows, strict=True):
                planned, number = documents[index], numbers[index]
                audit.record(session, AuditAction.DOCUMENT, table_name="generated_document", record_uuid=row.uuid,
                             detail=f"{kind} n. {number.label} per {planned.record_type} {planned.record_uuid}")
            for _index, staged in group:
                staged.place()
            sync_folders({staged.target.parent for _index, staged in group})  # the new names, before the commit
            refs = [register.to_ref(row) for row in rows]
            if filed is not None:
                filed(session, refs)
    except BaseException:
        for _index, staged in group:
            staged.discard()
        raise
    return refs


def _create_one(db: Database, kind: str, issued_on: date, planned: PlannedDocument, filed: Filed | None
                ) -> DocumentRef:
    def render(number: DocumentNumber, path: Path) -> None:
        drawing = planned.drawing(number)
        drawing.builder(drawing.data, drawing.profile, path)

    ref = register.create_document(db, kind=kind, record_type=planned.record_type, record_uuid=planned.record_uuid,
                                   title=planned.title, render=render, issued_on=issued_on)
    if filed is not None:
        with db.unit_of_work() as session:
            filed(session, [ref])
    return ref

