"""The office date moves agreements on: in force from the stated date once all parties signed (driven by the
clock, on start through the home page's reminders and on every list refresh), expired or tacitly renewed after
the end date; the pending-signature reminder follows the office's setting; the list pages and sorts in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.network.codes import AgreementStatus as S
from equilibri_desktop.domain.network.lifecycle import CalendarFacts, due_on_calendar, renewed_end
from equilibri_desktop.services.network import agreements, lifecycle, reminders, settings, signatures
from tests.network_helpers import agreement_input, make_body


def _at(day: date):
    return use_clock(FixedClock(datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)))


def _scan(tmp_path, name="firmato.pdf"):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 scansione")
    return path


def _signed(db, tmp_path, bodies, **fields):
    draft = agreements.create_agreement(db, agreement_input(bodies, **fields))
    sent = agreements.send_for_signature(db, draft.uuid, draft.version)
    return signatures.record_paper_signatures(db, sent.uuid, [p.uuid for p in sent.parties], _scan(tmp_path))


def test_the_rule_of_dates():
    facts = CalendarFacts(S.IN_FIRMA, True, date(2026, 4, 1), date(2027, 3, 31), False)
    assert due_on_calendar(facts, date(2026, 3, 31)) is None
    assert due_on_calendar(facts, date(2026, 4, 1)) == S.IN_VIGORE
    assert due_on_calendar(CalendarFacts(S.IN_FIRMA, False, date(2026, 4, 1), None, False), date(2026, 5, 1)) is None
    in_force = CalendarFacts(S.IN_VIGORE, True, None, date(2027, 3, 31), False)
    assert due_on_calendar(in_force, date(2027, 3, 31)) is None  # in force through its last day
    assert due_on_calendar(in_force, date(2027, 4, 1)) == S.SCADUTO
    tacit = CalendarFacts(S.RINNOVATO, True, None, date(2027, 3, 31), True)
    assert due_on_calendar(tacit, date(2027, 4, 1)) == S.RINNOVATO
    withdrawn = CalendarFacts(S.IN_VIGORE, True, None, date(2027, 3, 31), True, closing_on=date(2026, 9, 1))
    assert due_on_calendar(withdrawn, date(2026, 9, 1)) == S.RECEDUTO
    # A program opened long after the end finds the term it is in now, one renewal period at a time.
    assert renewed_end(date(2027, 3, 31), 12, date(2029, 6, 1)) == date(2030, 3, 31)


def test_signed_by_all_with_a_future_date_comes_into_force_when_the_office_date_reaches_it(db, tmp_path):
    bodies = [make_body(db, i) for i in range(2)]
    with _at(date(2026, 3, 2)):
        signed = _signed(db, tmp_path, bodies, in_force_from=date(2026, 4, 1))
        assert signed.status == S.IN_FIRMA and all(p.signature_status == "firmato" for p in signed.parties)
        assert lifecycle.apply_dates(db) == ()
    with _at(date(2026, 3, 31)):
        assert agreements.search_agreements(db).items[0].status == S.IN_FIRMA
        assert lifecycle.apply_dates(db) == ()
    with _at(date(2026, 4, 1)):
        reminders.network_reminders(db)  # what the home page runs when the program starts
        now = agreements.get_agreement(db, signed.uuid)
        assert now.status == S.IN_VIGORE and now.in_force_on == date(2026, 4, 1)
        assert "amend" in now.allowed_actions
        assert lifecycle.apply_dates(db) == ()  # once only


def test_an_amendment_in_force_from_its_date_retires_the_original_then(db, tmp_path):
    bodies = [make_body(db, i) for i in range(2)]
    with _at(date(2026, 3, 2)):
        original = _signed(db, tmp_path, bodies)
        draft = agreements.amend_agreement(db, original.uuid, "Nuovo cofinanziamento")
        draft = agreements.update_agreement(db, draft.uuid, draft.version,
                                            agreement_input(bodies, in_force_from=date(2026, 6, 1),
                                                            premises_text=draft.premises_text,
                                                            articles_text=draft.articles_text))
        sent = agreements.send_for_signature(db, draft.uuid, draft.version)
        signatures.record_paper_signatures(db, sent.uuid, [p.uuid for p in sent.parties], _scan(tmp_path, "m.pdf"))
        assert agreements.get_agreement(db, original.uuid).status == S.IN_VIGORE
    with _at(date(2026, 6, 1)):
        assert {c.code: c.status for c in lifecycle.apply_dates(db)} == {sent.code: "in_vigore"}
        assert agreements.get_agreement(db, original.uuid).status == S.SOSTITUITO


def test_expiry_and_tacit_renewal_after_the_end_date(db, tmp_path):
    bodies = [make_body(db, i) for i in range(2)]
    with _at(date(2026, 3, 2)):
        plain = _signed(db, tmp_path, bodies, end_date=date(2026, 12, 31))
        tacit = _signed(db, tmp_path, bodies, end_date=date(2026, 12, 31), tacit_renewal=True, renewal_months=12)
    with _at(date(2026, 12, 31)):
        assert lifecycle.apply_dates(db) == ()
    with _at(date(2027, 1, 1)):
        changes = {c.agreement_uuid: c.status for c in lifecycle.apply_dates(db)}
        assert changes == {plain.uuid: "scaduto", tacit.uuid: "rinnovato"}
        renewed = agreements.get_agreement(db, tacit.uuid)
        assert renewed.end_date == date(2027, 12, 31) and "amend" in renewed.allowed_actions
        assert agreements.get_agreement(db, plain.uuid).closed_on == date(2026, 12, 31)


def test_pending_signature_days_is_the_offices_setting(db):
    bodies = [make_body(db, i) for i in range(2)]
    with _at(date(2026, 3, 2)):
        draft = agreements.create_agreement(db, agreement_input(bodies))
        agreements.send_for_signature(db, draft.uuid, draft.version)
        assert settings.get_settings(db) == settings.NetworkSettingsData(15, 60)
    with _at(date(2026, 3, 12)):  # 10 days: below the default of 15
        assert [r for r in reminders.network_reminders(db) if r.kind == "firma"] == []
        with pytest.raises(ValidationError) as err:
            settings.save_settings(db, settings.NetworkSettingsData(0, 60))
        assert "tra 1 e 365" in err.value.for_field("pending_signature_days")
        settings.save_settings(db, settings.NetworkSettingsData(7, 30))
        pending = [r for r in reminders.network_reminders(db) if r.kind == "firma"]
        assert len(pending) == 2 and "attesa da 10 giorni" in pending[0].text
        assert settings.get_settings(db) == settings.NetworkSettingsData(7, 30)


def test_the_list_pages_and_sorts_in_sql(db):
    bodies = [make_body(db, i) for i in range(3)]
    with _at(date(2026, 3, 2)):
        for title, end in (("Beta", date(2027, 5, 1)), ("alfa", date(2028, 1, 1)), ("Gamma", date(2026, 12, 1))):
            agreements.create_agreement(db, agreement_input(bodies[:2], title=title, end_date=end))
        by_title = agreements.search_agreements(db, sort="title").items
        assert [r.title for r in by_title] == ["alfa", "Beta", "Gamma"]
        latest_first = agreements.search_agreements(db, sort="end_date", descending=True, limit=2)
        assert [r.title for r in latest_first.items] == ["alfa", "Beta"] and latest_first.has_more
        rest = agreements.search_agreements(db, sort="end_date", descending=True, offset=2, limit=2)
        assert [r.title for r in rest.items] == ["Gamma"] and not rest.has_more
