"""Paying a grant through the services: constitution, checks, payment with and without override, expense
report and balance, revocation (SQLite and, in CI, PostgreSQL)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import PaymentCheckKind as K
from equilibri_desktop.domain.grants.payment_firm import FirmInput
from equilibri_desktop.services.grants import (
    expenses as grant_expenses,
)
from equilibri_desktop.services.grants import (
    payments as grant_payments,
)
from equilibri_desktop.services.grants import (
    revocation as grant_revocation,
)
from equilibri_desktop.services.grants.payment_dto import ExpenseInput
from equilibri_desktop.services.registry import organisations
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantFirm,
    GrantRanking,
    GrantRankingEntry,
    GrantStatusChange,
    GrantTranche,
    Municipality,
    Organisation,
)
from tests.grant_helpers import add_woman, fund_application, make_application, make_call

# The office's clock, frozen after the helper call closed: no test here depends on the machine's day.
NOW = datetime(2026, 10, 5, 10, 0)  # naive: Rome time
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def office_clock():
    with use_clock(FixedClock(NOW)) as clock:
        yield clock
IBAN = "IT60X0542811101000000123456"
WRONG_CIN = "IT64Y0542811101000000123456"  # CIN X → Y, IBAN check digits recomputed: only the CIN is wrong


def _as(db, *roles: Role) -> None:
    db.actor = Actor(username=f"{roles[0].value}.test", display_name="Test", roles=frozenset(roles))


def _firm(db, **changes) -> FirmInput:
    with db.unit_of_work() as s:
        melegnano = s.scalar(select(Municipality.id).where(Municipality.name == "Melegnano"))
    values = dict(name="Piccoli Passi di Rossi Maria", vat_number="12345670124", constituted_on=TODAY - timedelta(10),
                  address="Via Roma 1", municipality_id=melegnano, cap="", iban=IBAN)
    values.update(changes)
    return FirmInput(**values)


@pytest.fixture
def funded(db):
    call = make_call(db)
    return fund_application(db, call, add_woman(db), 10_000_00)


def _status(db, application) -> str:
    with db.unit_of_work() as s:
        return s.get(GrantApplication, application.id).status


def _all_checks(db, tranche_uuid, on=TODAY):
    for kind in (K.DURC, K.DE_MINIMIS, K.RNA, K.PUBBLICAZIONE, K.INADEMPIENZE):
        grant_payments.record_check(db, tranche_uuid, kind, on, True, f"rif. {kind.value}")


def test_iban_with_a_wrong_cin_is_refused_and_nothing_changes(db, funded):
    with pytest.raises(ValidationError) as caught:
        grant_payments.record_firm_constitution(db, funded.uuid, _firm(db, iban=WRONG_CIN, vat_number="12345670125"))
    assert caught.value.for_field("iban").startswith("Il CIN")
    assert caught.value.for_field("vat_number")
    assert _status(db, funded) == S.FINANZIATA
    with db.unit_of_work() as s:
        assert s.scalar(select(GrantFirm.id)) is None and s.scalar(select(GrantTranche.id)) is None


def test_constitution_creates_tranches_moves_status_and_links_the_registry(db, funded):
    file = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db))
    assert file.application.status == S.IMPRESA_COSTITUITA and file.application.granted_cents == 10_000_00
    assert [(t.label, t.gross_cents, t.withholding_cents, t.net_cents) for t in file.tranches] == [
        ("Anticipo", 5_000_00, 200_00, 4_800_00), ("Saldo", 5_000_00, 200_00, 4_800_00)]
    assert file.firm.cap == "20077" and file.firm.iban == IBAN and file.firm.organisation_uuid is not None
    with db.unit_of_work() as s:
        organisation = s.scalar(select(Organisation).where(Organisation.uuid == file.firm.organisation_uuid))
        assert (organisation.vat_number, organisation.kind) == ("12345670124", "impresa")
        assert s.scalars(select(GrantStatusChange.to_status)).all() == ["impresa_costituita"]
    # A correction (new IBAN) keeps the status and the tranches
    again = grant_payments.record_firm_constitution(db, funded.uuid,
                                                    _firm(db, iban="IT22 O030 6909 6061 0000 0063 421"),
                                                    expected_version=file.firm.version)
    assert again.firm.iban == "IT22O0306909606100000063421" and len(again.tranches) == 2
    assert again.firm.organisation_uuid == file.firm.organisation_uuid
    # The registry's card of the business shows the grant it was set up with.
    [link] = organisations.get_organisation(db, file.firm.organisation_uuid).grant_applications
    assert (link.application_uuid, link.status, link.role) == (
        funded.uuid, "impresa_costituita", "Impresa beneficiaria")
    assert link.protocol.startswith("2026/") and link.call_title == "Bando start-up donne 2026"


def test_only_a_funded_application_records_a_constitution(db):
    call = make_call(db)
    application = fund_application(db, call, add_woman(db), 8_000_00)
    with db.unit_of_work() as s:
        s.get(GrantApplication, application.id).status = S.AMMESSA_NON_FINANZIATA.value
    with pytest.raises(DomainError, match="finanziata"):
        grant_payments.record_firm_constitution(db, application.uuid, _firm(db))


def test_granted_amount_comes_from_the_latest_final_ranking(db, funded):
    with db.unit_of_work() as s:
        entry = s.scalar(select(GrantRankingEntry).where(GrantRankingEntry.application_id == funded.id))
        call_id = s.get(GrantApplication, funded.id).call_id
        provisional = GrantRanking(call_id=call_id, number=2, kind="provvisoria", ranked_on=TODAY, budget_cents=1)
        sliding = GrantRanking(call_id=call_id, number=3, kind="scorrimento", ranked_on=TODAY, budget_cents=1)
        s.add_all([provisional, sliding])
        s.flush()
        for ranking, cents in ((provisional, 1_00), (sliding, 7_000_00)):
            s.add(GrantRankingEntry(ranking_id=ranking.id, application_id=funded.id, public_code=entry.public_code,
                                    score=entry.score, outcome="finanziata", granted_cents=cents))
    assert grant_payments.list_funded(db)[0].granted_cents == 7_000_00


def test_cannot_pay_with_a_missing_condition(db, funded):
    _as(db, Role.RESPONSABILE)
    file = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db))
    advance = file.tranches[0]
    grant_payments.record_check(db, advance.uuid, K.DURC, TODAY, True, "INPS_123")
    with pytest.raises(DomainError) as caught:
        grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY)
    assert "Capienza de minimis" in str(caught.value) and "Registro nazionale aiuti" in str(caught.value)
    assert "DURC" not in str(caught.value)
    assert grant_payments.get_tranche(db, advance.uuid).status == "da_pagare"
    assert _status(db, funded) == S.IMPRESA_COSTITUITA


def test_paying_with_every_check_moves_to_in_erogazione(db, funded):
    _as(db, Role.RESPONSABILE)
    advance = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db)).tranches[0]
    _all_checks(db, advance.uuid)
    assert grant_payments.get_tranche(db, advance.uuid).missing == ()
    paid = grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY)
    assert (paid.status, paid.override_reason, paid.override_by) == ("pagata", "", "")
    assert _status(db, funded) == S.IN_EROGAZIONE
    row = grant_payments.list_funded(db)[0]
    assert (row.paid_cents, row.remaining_cents) == (5_000_00, 5_000_00)
    with pytest.raises(DomainError, match="già pagata"):
        grant_payments.record_check(db, advance.uuid, K.DURC, TODAY, False)
    with pytest.raises(DomainError, match="Pagata"):
        grant_payments.pay_tranche(db, advance.uuid, "46/2026", TODAY, TODAY)


def test_override_needs_payments_approve_and_a_reason(db, funded):
    _as(db, Role.OPERATORE)
    advance = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db)).tranches[0]
    grant_payments.record_check(db, advance.uuid, K.DURC, TODAY, True)  # an operatore records checks
    with pytest.raises(PermissionDeniedError):
        grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY, override_reason="urgente")
    _as(db, Role.RESPONSABILE)
    with pytest.raises(DomainError, match="motivo"):
        grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY, override_reason="   ")
    paid = grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY,
                                      override_reason="RNA registrato, visura in arrivo")
    assert paid.status == "pagata" and paid.override_by == "responsabile.test"
    assert paid.override_reason == "RNA registrato, visura in arrivo"
    assert _status(db, funded) == S.IN_EROGAZIONE


def test_payment_form_errors_by_field(db, funded):
    advance = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db)).tranches[0]
    with pytest.raises(ValidationError) as caught:
        grant_payments.pay_tranche(db, advance.uuid, " ", None, TODAY)
    assert {e.field for e in caught.value.errors} == {"liquidation_act", "liquidation_date"}
    with pytest.raises(ValidationError) as caught:
        grant_payments.pay_tranche(db, advance.uuid, "1", TODAY, TODAY - timedelta(1))
    assert caught.value.for_field("paid_on")


def test_expense_report_recomputes_the_balance_and_unlocks_it(db, funded, tmp_path):
    _as(db, Role.RESPONSABILE)
    file = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db))
    advance, balance = file.tranches
    _all_checks(db, advance.uuid)
    grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY)
    receipt = tmp_path / "fattura 12.pdf"
    receipt.write_bytes(b"%PDF-1.4 ricevuta")
    report = grant_expenses.add_expense(db, funded.uuid, ExpenseInput(
        TODAY, "Arredi Srl", 8_000_00, "Arredi", document_number="F12", attachment=receipt))
    report = grant_expenses.add_expense(db, funded.uuid, ExpenseInput(
        TODAY, "Notaio Verdi", 1_000_00, "Spese notarili", eligible=False, ineligible_reason="non previste dal bando"))
    assert (report.total_cents, report.eligible_cents, report.ineligible_cents) == (9_000_00, 8_000_00, 1_000_00)
    stored = db.config.data_dir / report.rows[0].attachment_path
    assert stored.read_bytes() == receipt.read_bytes()
    assert report.rows[0].attachment_sha256 == hashlib.sha256(receipt.read_bytes()).hexdigest()
    # before submission the balance tranche keeps its planned amount and cannot be paid
    assert grant_payments.get_tranche(db, balance.uuid).gross_cents == 5_000_00
    assert "rendiconto_finale" in [c.code for c in grant_payments.get_tranche(db, balance.uuid).missing]

    report = grant_expenses.submit_final_report(db, funded.uuid)
    assert _status(db, funded) == S.RENDICONTATA and report.submitted
    # due = min(10.000, 80% × 8.000) = 6.400; minus the 5.000 advance
    assert (report.due_cents, report.balance_cents) == (6_400_00, 1_400_00)
    saldo = grant_payments.get_tranche(db, balance.uuid)
    assert (saldo.gross_cents, saldo.withholding_cents, saldo.net_cents) == (1_400_00, 56_00, 1_344_00)
    assert "rendiconto_finale" not in [c.code for c in saldo.missing]

    # a receipt found ineligible while checking moves the balance again
    report = grant_expenses.update_expense(db, report.rows[0].uuid, ExpenseInput(
        TODAY, "Arredi Srl", 8_000_00, "Arredi", eligible=False, ineligible_reason="fattura non quietanzata"),
        report.rows[0].version)
    assert (report.eligible_cents, report.balance_cents, report.excess_cents) == (0, 0, 5_000_00)
    assert report.rows[0].attachment_path  # the file stays with the receipt
    report = grant_expenses.remove_expense(db, report.rows[1].uuid)
    assert len(report.rows) == 1

    _all_checks(db, balance.uuid)
    grant_expenses.update_expense(db, report.rows[0].uuid, ExpenseInput(TODAY, "Arredi Srl", 8_000_00, "Arredi"),
                                  report.rows[0].version)
    paid = grant_payments.pay_tranche(db, balance.uuid, "80/2026", TODAY, TODAY)
    assert paid.status == "pagata" and paid.gross_cents == 1_400_00
    assert _status(db, funded) == S.CHIUSA  # the balance after the final report closes the file
    with pytest.raises(DomainError, match="Chiusa"):  # nothing changes once the file is closed
        grant_expenses.add_expense(db, funded.uuid, ExpenseInput(TODAY, "Altro", 10_00))


def test_final_report_needs_receipts_and_an_advance_paid(db, funded):
    grant_payments.record_firm_constitution(db, funded.uuid, _firm(db))
    with pytest.raises(DomainError, match="nessuna spesa"):
        grant_expenses.submit_final_report(db, funded.uuid)
    grant_expenses.add_expense(db, funded.uuid, ExpenseInput(TODAY, "Arredi Srl", 100_00))
    with pytest.raises(DomainError, match="Rendicontata"):
        grant_expenses.submit_final_report(db, funded.uuid)


def test_revocation_recovers_what_was_paid_and_cancels_the_rest(db, funded):
    _as(db, Role.RESPONSABILE)
    advance = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db)).tranches[0]
    _all_checks(db, advance.uuid)
    grant_payments.pay_tranche(db, advance.uuid, "45/2026", TODAY, TODAY)
    _as(db, Role.OPERATORE)
    with pytest.raises(PermissionDeniedError):
        grant_revocation.revoke(db, funded.uuid, TODAY, "attività cessata")
    _as(db, Role.RESPONSABILE)
    with pytest.raises(ValidationError) as caught:
        grant_revocation.revoke(db, funded.uuid, None, " ")
    assert {e.field for e in caught.value.errors} == {"decided_on", "reason"}
    assert grant_revocation.amount_to_recover(db, funded.uuid) == 5_000_00
    revocation = grant_revocation.revoke(db, funded.uuid, TODAY, "Attività cessata dopo 4 mesi")
    assert (revocation.amount_to_recover_cents, revocation.recovery_status) == (5_000_00, "da_avviare")
    file = grant_payments.get_payment_file(db, funded.uuid)
    assert file.application.status == S.REVOCATA and file.application.remaining_cents == 0
    assert [t.status for t in file.tranches] == ["pagata", "annullata"]
    assert file.revocation == revocation
    _as(db, Role.OPERATORE)  # the recovery is followed by the office
    updated = grant_revocation.update_recovery(db, revocation.uuid, "in_corso", 2_000_00, revocation.version)
    assert (updated.recovery_status, updated.recovered_cents) == ("in_corso", 2_000_00)
    with pytest.raises(DomainError, match="pari"):
        grant_revocation.update_recovery(db, revocation.uuid, "recuperato", 2_000_00, updated.version)
    with pytest.raises(PermissionDeniedError):  # changing the amount is part of the decision
        grant_revocation.update_recovery(db, revocation.uuid, "in_corso", 0, updated.version, 5_200_00)
    with pytest.raises(DomainError):
        grant_payments.pay_tranche(db, file.tranches[1].uuid, "1", TODAY, TODAY, "x")


def test_nothing_paid_means_nothing_to_recover(db, funded):
    revocation = grant_revocation.revoke(db, funded.uuid, TODAY, "Impresa non costituita nei termini")
    assert (revocation.amount_to_recover_cents, revocation.recovery_status) == (0, "recuperato")
    assert _status(db, funded) == S.REVOCATA


def test_list_filters_by_call_and_status(db, funded):
    other_call = make_call(db, title="Bando 2027")
    fund_application(db, other_call, add_woman(db, "Bianchi", "Anna"), 6_000_00)
    rows = grant_payments.list_funded(db)
    assert {r.call_title for r in rows} == {"Bando start-up donne 2026", "Bando 2027"}
    calls = grant_payments.funded_calls(db)
    assert [c.title for c in calls] == ["Bando 2027", "Bando start-up donne 2026"]
    only = grant_payments.list_funded(db, call_uuid=other_call.uuid)
    assert [(r.applicant_name, r.granted_cents) for r in only] == [("Bianchi Anna", 6_000_00)]
    assert grant_payments.list_funded(db, status="impresa_costituita") == ()


def test_constitution_links_the_organisation_already_in_the_registry(db, funded):
    with db.unit_of_work() as s:
        s.add(Organisation(name="Piccoli Passi (già in anagrafe)", kind="impresa", vat_number="12345670124"))
    file = grant_payments.record_firm_constitution(db, funded.uuid, _firm(db))
    with db.unit_of_work() as s:
        organisations = s.scalars(select(Organisation)).all()
    assert [o.uuid for o in organisations] == [file.firm.organisation_uuid]
    assert organisations[0].name == "Piccoli Passi (già in anagrafe)"  # the registry record is not overwritten


def test_payment_file_of_an_application_not_yet_funded(db):
    call = make_call(db)
    application = make_application(db, call, add_woman(db))
    file = grant_payments.get_payment_file(db, application.uuid)
    assert (file.application.status, file.application.granted_cents, file.tranches, file.firm) == (
        "presentata", 0, (), None)
