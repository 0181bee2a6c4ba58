"""Session helpers shared by the registry services: reference municipalities, lookups, stamps, merge history."""

from __future__ import annotations

import uuid
from typing import TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.services.admin.database import check_version
from equilibri_desktop.services.registry.dto import MergeEntry, RecordStamp
from equilibri_desktop.storage.base import RecordMixin
from equilibri_desktop.storage.models import Municipality
from equilibri_desktop.storage.models.registry import RegistryMerge

R = TypeVar("R", bound=RecordMixin)
_NOT_FOUND = {
    "person": "La persona non esiste più: forse è stata eliminata o unita a un'altra. Ricarica l'elenco.",
    "organisation": "L'ente non esiste più: forse è stato eliminato o unito a un altro. Ricarica l'elenco.",
}


# Reference data only changes with a migration, never while the program runs: read it once per database.
_REFS: WeakKeyDictionary[Engine, dict[int, MunicipalityRef]] = WeakKeyDictionary()


def municipality_refs(session: Session) -> dict[int, MunicipalityRef]:
    engine = session.get_bind()
    refs = _REFS.get(engine)
    if refs is None:
        rows = session.execute(select(Municipality.id, Municipality.name, Municipality.cap,
                                      Municipality.belfiore_code, Municipality.district,
                                      Municipality.other_caps)).all()
        refs = {r.id: MunicipalityRef(r.id, r.name, r.cap, r.belfiore_code, r.district,
                                      tuple(r.other_caps.split())) for r in rows}
        if refs:  # an empty table is a database still being set up: ask again next time
            _REFS[engine] = refs
    return refs


def find_by_uuid(session: Session, model: type[R], record_uuid: uuid.UUID, *, lock: bool = False) -> R:
    """The record or NotFoundError with a message for the user."""
    query = select(model).where(model.uuid == record_uuid)
    if lock:
        query = query.with_for_update()  # PostgreSQL: a concurrent merge or import waits for us
    record = session.scalar(query)
    if record is None:
        raise NotFoundError(_NOT_FOUND.get(model.__tablename__, "Il record non esiste più."))
    return record


def merge_pair(session: Session, model: type[R], keep: tuple[uuid.UUID, int],
               drop: tuple[uuid.UUID, int]) -> tuple[R, R]:
    """The two records of a merge, locked and checked against the versions the clerk compared."""
    pair = []
    for record_uuid, expected_version in (keep, drop):
        record = find_by_uuid(session, model, record_uuid, lock=True)
        check_version(record, expected_version)
        pair.append(record)
    return pair[0], pair[1]


def stamp_of(record: RecordMixin) -> RecordStamp:
    return RecordStamp(record.uuid, record.version, record.created_at, record.created_by,
                       record.updated_at, record.updated_by)


def place_label(municipality_id: int | None, written_name: str, refs: dict[int, MunicipalityRef]) -> str:
    ref = refs.get(municipality_id) if municipality_id is not None else None
    return ref.name if ref else written_name


def merges_into(session: Session, record_uuid: uuid.UUID) -> tuple[MergeEntry, ...]:
    rows = session.scalars(select(RegistryMerge).where(RegistryMerge.kept_uuid == record_uuid)
                           .order_by(RegistryMerge.created_at.desc(), RegistryMerge.id.desc()))
    return tuple(
        MergeEntry(m.uuid, m.dropped_uuid, m.dropped_label,
                   tuple(f for f in m.fields_from_dropped.split(",") if f), m.moved_links,
                   m.created_by, m.created_at)
        for m in rows
    )
