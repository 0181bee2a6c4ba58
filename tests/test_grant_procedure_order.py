"""Issue 10 point 2: the procedure's order is enforced by the rules, each refusal saying what is missing and
what to do, and the screens learn it from the DTOs (which steps are blocked now, and why)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants import procedure as rules
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import acceptance, eligibility
from equilibri_desktop.services.grants import applications as apps
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.services.grants import evaluation as ev
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.services.grants import ranking as gr
from equilibri_desktop.services.grants import workflow as flow
from tests.grant_helpers import act_as, add_member, add_woman, fund_application, make_application, make_call
from tests.test_grant_payments import TODAY, _firm
from tests.test_grant_ranking_service import MEMBERS, points, score_by_all

CLOSES = datetime(2026, 5, 15, 12, 0, tzinfo=UTC)


def _officer(db):
    act_as(db, "laura.bianchi", Role.RESPONSABILE, protected_data=True)


def test_no_formal_check_while_the_call_is_open_unless_a_sportello(db):
    call = make_call(db)
    received = make_application(db, call, add_woman(db))
    _officer(db)
    with use_clock(FixedClock(datetime(2026, 5, 1, 10))):
        detail = apps.get_application(db, received.uuid)
        assert "aperto fino al 15/05/2026" in detail.why_blocked(S.IN_ISTRUTTORIA.value)
        with pytest.raises(DomainError, match="dopo la chiusura"):
            flow.start_review(db, received.uuid, detail.version)
    with use_clock(FixedClock(datetime(2026, 5, 16, 10))):
        detail = apps.get_application(db, received.uuid)
        assert detail.why_blocked(S.IN_ISTRUTTORIA.value) == ""
        assert flow.start_review(db, received.uuid, detail.version).status == S.IN_ISTRUTTORIA.value
    assert len(eligibility.get_checklist(db, received.uuid).rows) == 8  # computed as the check started
    desk = make_call(db, title="Sportello", a_sportello=True)
    walk_in = make_application(db, desk, add_woman(db, "Verdi"))
    with use_clock(FixedClock(datetime(2026, 5, 1, 10))):
        assert flow.start_review(db, walk_in.uuid, 1).status == S.IN_ISTRUTTORIA.value


def test_admission_blocked_in_the_dto_until_the_checks_are_confirmed(db):
    call = make_call(db)
    application = make_application(db, call, add_woman(db), status=S.IN_ISTRUTTORIA.value)
    _officer(db)
    why = apps.get_application(db, application.uuid).why_blocked(S.AMMISSIBILE.value)
    assert why.startswith("Manca la verifica dei requisiti")


def test_no_scoring_before_the_commission_and_the_end_of_every_formal_check(db):
    call = make_call(db)
    scorable = make_application(db, call, add_woman(db), status=S.AMMISSIBILE.value)
    make_application(db, call, add_woman(db, "Verdi"), status=S.IN_ISTRUTTORIA.value)
    act_as(db, MEMBERS[0], Role.COMMISSARIO)
    with pytest.raises(DomainError):  # not on the commission: no sheet at all
        ev.score(db, scorable.uuid, points(20))
    add_member(db, call, MEMBERS[0])
    sheet = ev.scoring_sheet(db, scorable.uuid)
    assert not sheet.editable and "1 domanda del bando è ancora in istruttoria" in sheet.not_editable_reason
    with pytest.raises(DomainError, match="ancora in istruttoria"):
        ev.score(db, scorable.uuid, points(20))
    assert rules.scoring_gate(0, 0).why_not.startswith("La commissione del bando non è ancora nominata")
    assert "2 domande del bando sono" in rules.scoring_gate(2, 2).why_not


def _scored_call(db):
    call = make_call(db, budget_cents=30_000_00)
    for username in MEMBERS:
        add_member(db, call, username)
    application = make_application(db, call, add_woman(db), status=S.AMMISSIBILE.value)
    score_by_all(db, application, (25, 25))
    _officer(db)
    return call, application


def test_final_ranking_waits_for_the_observations_or_a_recorded_reason(db):
    call, _application = _scored_call(db)
    with pytest.raises(DomainError, match="Prima congela e pubblica la graduatoria provvisoria"):
        gr.freeze_ranking(db, call.uuid, "definitiva", date(2026, 6, 1))
    provisional = gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))
    with use_clock(FixedClock(datetime(2026, 6, 2, 10))):
        assert gr.publish_ranking(db, provisional.summary.uuid).published_on == date(2026, 6, 2)
    with use_clock(FixedClock(datetime(2026, 6, 12, 10))):  # the tenth day: observations still possible
        assert "fino al 12/06/2026" in gr.preview_ranking(db, call.uuid).final_blocked
        with pytest.raises(DomainError, match="fino al 12/06/2026"):
            gr.freeze_ranking(db, call.uuid, "definitiva", date(2026, 6, 12))
        early = gr.freeze_ranking(db, call.uuid, "definitiva", date(2026, 6, 12),
                                  early_reason="Nessuna osservazione: unica domanda")
    assert early.summary.early_reason == "Nessuna osservazione: unica domanda"


def test_the_decision_only_from_a_final_ranking(db, tmp_path):
    call, _application = _scored_call(db)
    provisional = gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))
    assert provisional.summary.decision_blocked.startswith("La determinazione di concessione si genera")
    with pytest.raises(DomainError, match="dalla graduatoria definitiva"):
        grant_documents.generate_decision(db, provisional.summary.uuid)


def test_payments_wait_for_the_decision_and_the_acceptance(db):
    call = make_call(db)
    funded = fund_application(db, call, add_woman(db), accepted=False)
    _officer(db)
    file = grant_payments.get_payment_file(db, funded.uuid)
    assert file.accepted_on is None and "non ha ancora accettato" in file.payment_blocked
    assert file.acceptance_blocked == ""
    done = acceptance.record_acceptance(db, funded.uuid, date(2026, 7, 10))
    assert done.accepted_on == date(2026, 7, 10) and done.payment_blocked == ""
    assert rules.payment_gate(False, None).why_not.startswith("Manca la determinazione di concessione")


def test_pay_tranche_refuses_before_the_acceptance_even_with_an_override(db):
    call = make_call(db)
    funded = fund_application(db, call, add_woman(db), accepted=False)
    _officer(db)
    advance = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db)).tranches[0]
    with pytest.raises(DomainError, match="non ha ancora accettato"):
        grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY, override_reason="urgente")
    acceptance.record_acceptance(db, funded.uuid, TODAY)
    paid = grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY, override_reason="urgente")
    assert paid.status == "pagata"
