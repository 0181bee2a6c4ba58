"""The formal check's actions: who may take them, what they require, and the history they leave."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.access import PermissionDeniedError, Role
from equilibri_desktop.domain.errors import (
    DomainError,
    StaleRecordError,
    ValidationError,
)
from equilibri_desktop.domain.grants.codes import EligibilityRule
from equilibri_desktop.services.grants import applications as apps
from equilibri_desktop.services.grants import workflow as flow
from equilibri_desktop.storage.models import GrantApplication, GrantEligibilityCheck
from tests.grant_helpers import act_as, add_woman, make_application, make_call

NOTICE_DAY = date(2026, 5, 4)


def _received(db, surname: str = "Rossi"):
    ref = make_application(db, make_call(db), add_woman(db, surname))
    return apps.get_application(db, ref.uuid)


def _checks(db, application, outcomes: dict[str, str]) -> None:
    """The eligibility checklist as the officer left it: rule → confirmed outcome ('' = not yet)."""
    with db.unit_of_work() as s:
        app_id = s.scalar(select(GrantApplication.id).where(GrantApplication.uuid == application.uuid))
        s.add_all(GrantEligibilityCheck(application_id=app_id, rule=rule, computed="ok", confirmed=confirmed)
                  for rule, confirmed in outcomes.items())


def _noticed(db, surname: str = "Rossi"):
    detail = flow.start_review(db, (d := _received(db, surname)).uuid, d.version)
    return flow.notify_reasons(db, detail.uuid, detail.version, "Residenza fuori dai comuni ammessi",
                               today=NOTICE_DAY)


def test_integration_request_and_its_answer(db):
    detail = _received(db)
    reviewed = flow.start_review(db, detail.uuid, detail.version)
    assert reviewed.status == "in_istruttoria"
    asked = flow.request_integration(db, reviewed.uuid, reviewed.version, "Manca il documento d'identità",
                                     reply_days=15, today=date(2026, 5, 1))
    assert (asked.status, asked.reply_deadline) == ("integrazione_richiesta", date(2026, 5, 16))
    resumed = flow.start_review(db, asked.uuid, asked.version, "Documento ricevuto")
    assert resumed.status == "in_istruttoria" and resumed.reply_deadline is None
    with pytest.raises(ValidationError) as missing:
        flow.request_integration(db, resumed.uuid, resumed.version, "   ")
    assert missing.value.for_field("reason")


def test_notice_of_reasons_sets_the_reply_deadline_and_is_the_responsabiles(db):
    detail = flow.start_review(db, (d := _received(db)).uuid, d.version)
    act_as(db, "operatrice", Role.OPERATORE)
    with pytest.raises(PermissionDeniedError):
        flow.notify_reasons(db, detail.uuid, detail.version, "Manca la DID")
    act_as(db, "responsabile", Role.RESPONSABILE)
    with pytest.raises(ValidationError) as days:
        flow.notify_reasons(db, detail.uuid, detail.version, "Manca la DID", reply_days=0)
    assert days.value.for_field("reply_days")
    noticed = flow.notify_reasons(db, detail.uuid, detail.version, "Manca la DID", today=NOTICE_DAY)
    assert (noticed.status, noticed.reply_deadline) == ("preavviso_rigetto", date(2026, 5, 14))


def test_exclusion_waits_for_the_reply_deadline_unless_the_reply_came(db):
    noticed = _noticed(db)
    with pytest.raises(DomainError, match="14/05/2026"):
        flow.exclude(db, noticed.uuid, noticed.version, "Nessuna risposta", today=date(2026, 5, 14))
    excluded = flow.exclude(db, noticed.uuid, noticed.version, "Nessuna osservazione pervenuta",
                            today=date(2026, 5, 15))
    assert excluded.status == "non_ammissibile" and excluded.allowed_next == ()
    early = _noticed(db, "Bianchi")
    done = flow.exclude(db, early.uuid, early.version, "Le osservazioni del 6/5 non superano i motivi",
                        reply_received=True, today=date(2026, 5, 7))
    assert done.history[-1].reason == "Le osservazioni del 6/5 non superano i motivi"


def test_exclusion_is_refused_without_a_notice_first(db):
    detail = flow.start_review(db, (d := _received(db)).uuid, d.version)
    with pytest.raises(DomainError, match="non può passare"):
        flow.exclude(db, detail.uuid, detail.version, "Requisiti mancanti", reply_received=True)


def test_operators_cannot_exclude_or_admit(db):
    noticed = _noticed(db)
    act_as(db, "operatrice", Role.OPERATORE)
    with pytest.raises(PermissionDeniedError):
        flow.exclude(db, noticed.uuid, noticed.version, "x", today=date(2026, 6, 1))
    with pytest.raises(PermissionDeniedError):
        flow.admit(db, noticed.uuid, noticed.version)
    with pytest.raises(PermissionDeniedError):  # reopening after a notice is the responsabile's too
        flow.start_review(db, noticed.uuid, noticed.version)


def test_admission_needs_every_eligibility_check_confirmed_and_passed(db):
    # Under check with no checklist yet (start_review would compute it at once).
    ref = make_application(db, make_call(db), add_woman(db), status="in_istruttoria")
    detail = apps.get_application(db, ref.uuid)
    with pytest.raises(DomainError, match="Manca la verifica"):
        flow.admit(db, detail.uuid, detail.version)
    _checks(db, detail, {EligibilityRule.SESSO.value: "ok", EligibilityRule.ETA.value: ""})
    with pytest.raises(DomainError, match="1 da confermare"):
        flow.admit(db, detail.uuid, detail.version)
    with db.unit_of_work() as s:
        s.scalar(select(GrantEligibilityCheck).where(GrantEligibilityCheck.rule == "eta")).confirmed = "ko"
    with pytest.raises(DomainError, match="Età alla scadenza del bando"):
        flow.admit(db, detail.uuid, detail.version)
    with db.unit_of_work() as s:
        s.scalar(select(GrantEligibilityCheck).where(GrantEligibilityCheck.rule == "eta")).confirmed = "ok"
    admitted = flow.admit(db, detail.uuid, detail.version, "Requisiti verificati")
    assert admitted.status == "ammissibile" and not admitted.editable


def test_renouncing_and_the_history_with_who_when_why(db):
    detail = _received(db)
    act_as(db, "operatrice", Role.OPERATORE)
    reviewed = flow.start_review(db, detail.uuid, detail.version)
    renounced = flow.renounce(db, reviewed.uuid, reviewed.version, "Lettera di rinuncia del 3/6/2026")
    history = flow.status_history(db, detail.uuid)
    assert [(h.from_status, h.to_status, h.changed_by) for h in history] == [
        ("presentata", "in_istruttoria", "operatrice"), ("in_istruttoria", "rinunciata", "operatrice")]
    assert history[-1].reason == "Lettera di rinuncia del 3/6/2026" and history[-1].to_label == "Rinunciata"
    assert history[-1].changed_at.tzinfo is not None
    assert renounced.history == history


def test_an_action_on_a_stale_copy_is_refused(db):
    detail = _received(db)
    flow.start_review(db, detail.uuid, detail.version)
    with pytest.raises(StaleRecordError):
        flow.renounce(db, detail.uuid, detail.version, "Rinuncia")
