"""Official numbers (DPR 445/2000 art. 53): the program's numbers are internal references; the official
number and date of an act, letter or application are recorded once registered and cited from then on."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.services.grants import registration
from equilibri_desktop.services.grants.document_common import protocol_text
from equilibri_desktop.storage.models import GeneratedDocument, GrantApplication
from tests.grant_helpers import add_woman, make_application, make_call


def _document(db, issued_on: date) -> GeneratedDocument:
    import uuid

    with db.unit_of_work() as s:
        row = GeneratedDocument(kind="determinazione", year=issued_on.year, number=1, issued_on=issued_on,
                                title="Determinazione", record_type="grant_ranking", record_uuid=uuid.uuid4(),
                                file_path="x.pdf", sha256="0" * 64, size_bytes=1)
        s.add(row)
        s.flush()
        return row.uuid


def test_registering_an_act_checks_number_and_date(db):
    db.actor = Actor("resp.test", roles=frozenset({Role.RESPONSABILE}))
    doc = _document(db, date(2026, 7, 10))
    with pytest.raises(ValidationError) as caught:
        registration.register_document(db, doc, " ", None)
    assert {e.field for e in caught.value.errors} == {"official_number", "official_date"}
    with pytest.raises(ValidationError, match="precedere"):
        registration.register_document(db, doc, "245", date(2026, 7, 9))
    with pytest.raises(ValidationError, match="futuro"), use_clock(FixedClock(datetime(2026, 7, 20, 10))):
        registration.register_document(db, doc, "245", date(2026, 7, 21))
    assert registration.register_document(db, doc, " 245 ", date(2026, 7, 14)) == ("245", date(2026, 7, 14))
    assert registration.register_document(db, doc, "246", date(2026, 7, 14))[0] == "246"  # a correction
    db.actor = Actor("operatore.test", roles=frozenset({Role.OPERATORE}))
    with pytest.raises(PermissionDeniedError):
        registration.register_document(db, doc, "247", date(2026, 7, 14))


def test_an_application_is_cited_by_the_official_protocol_once_recorded(db):
    db.actor = Actor("op.test", roles=frozenset({Role.OPERATORE}))
    application = make_application(db, make_call(db), add_woman(db),
                                   received_at=datetime(2026, 4, 2, 8, 30, tzinfo=UTC))
    with db.unit_of_work() as s:
        draft = protocol_text(s.get(GrantApplication, application.id))
    assert draft.startswith("____ del ____ (rif. interno") and "02/04/2026" in draft
    registration.register_application_protocol(db, application.uuid, "3456", date(2026, 4, 2))
    with db.unit_of_work() as s:
        assert protocol_text(s.get(GrantApplication, application.id)) == "3456 del 02/04/2026"
