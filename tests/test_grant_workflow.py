import pytest
from sqlalchemy import select

from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.workflow import allowed_next, check_transition
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.storage.models import GrantApplication, GrantStatusChange
from tests.grant_helpers import add_woman, make_application, make_call


def test_the_usual_path_from_draft_to_closure_is_allowed():
    path = [S.BOZZA, S.PRESENTATA, S.IN_ISTRUTTORIA, S.AMMISSIBILE, S.VALUTATA, S.IN_GRADUATORIA, S.FINANZIATA,
            S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA, S.IN_EROGAZIONE, S.CHIUSA]
    for current, target in zip(path, path[1:], strict=False):
        check_transition(current, target)


def test_exclusion_needs_the_notice_of_reasons_first_and_a_reason():
    with pytest.raises(DomainError):
        check_transition(S.IN_ISTRUTTORIA, S.NON_AMMISSIBILE, "manca il DID")
    with pytest.raises(ValidationError) as caught:
        check_transition(S.IN_ISTRUTTORIA, S.PREAVVISO_RIGETTO, "  ")
    assert caught.value.for_field("reason")
    check_transition(S.PREAVVISO_RIGETTO, S.NON_AMMISSIBILE, "nessuna risposta nei 10 giorni")


def test_revocation_only_after_award_and_withdrawal_any_time_after_receipt():
    assert S.REVOCATA in allowed_next(S.IN_EROGAZIONE)
    assert S.REVOCATA not in allowed_next(S.IN_ISTRUTTORIA)
    assert S.RINUNCIATA in allowed_next(S.IN_ISTRUTTORIA) and S.RINUNCIATA not in allowed_next(S.BOZZA)
    assert allowed_next(S.CHIUSA) == frozenset()


def test_a_move_is_recorded_with_author_and_reason(db):
    application = make_application(db, make_call(db), add_woman(db))
    with db.unit_of_work() as s:
        row = s.get(GrantApplication, application.id)
        move_application(s, row, S.IN_ISTRUTTORIA)
        move_application(s, row, S.INTEGRAZIONE_RICHIESTA, "Manca la copia del documento")
    with db.unit_of_work() as s:
        changes = s.scalars(select(GrantStatusChange).order_by(GrantStatusChange.id)).all()
        assert s.get(GrantApplication, application.id).status == S.INTEGRAZIONE_RICHIESTA
    assert [(c.from_status, c.to_status) for c in changes] == [
        ("presentata", "in_istruttoria"), ("in_istruttoria", "integrazione_richiesta")]
    assert changes[1].reason == "Manca la copia del documento" and changes[1].created_by == "operatore.test"
