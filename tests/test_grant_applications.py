"""Applications: protocol numbers per year (Rome time, concurrency), the woman-only rule, validation,
paging and search, attachments with checksums, and person merges keeping applications linked."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from codicefiscale import codicefiscale
from sqlalchemy import select

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import (
    DomainError,
    StaleRecordError,
    ValidationError,
)
from equilibri_desktop.domain.grants.application_parts import (
    DECLARATIONS,
    ApplicantFacts,
    CoApplicantInput,
    CostItemInput,
    applicant_sex,
    parse_euro,
)
from equilibri_desktop.domain.grants.application_rules import (
    ApplicationInput,
    cofinancing_pct,
    eligible_cost_cents,
    total_cost_cents,
    validate_application,
)
from equilibri_desktop.domain.grants.protocol import (
    PUBLIC_CODE_ALPHABET,
    new_public_code,
    parse_protocol_label,
    protocol_label,
    protocol_year,
    received_text,
)
from equilibri_desktop.domain.person_rules import PersonInput
from equilibri_desktop.services.grants import applications as apps
from equilibri_desktop.services.grants import attachments as files
from equilibri_desktop.services.grants import protocol as grant_protocol
from equilibri_desktop.services.grants.application_dto import ApplicationFilter
from equilibri_desktop.services.grants.application_search import (
    count_applications,
    search_applications,
)
from equilibri_desktop.services.registry import people
from equilibri_desktop.services.registry.dto import Sort
from equilibri_desktop.services.registry.people import get_person
from equilibri_desktop.services.registry.person_dto import HIDDEN_ADDRESS
from equilibri_desktop.services.registry.person_merge import merge_people
from equilibri_desktop.storage.models import (
    AuditEntry,
    GrantApplication,
    GrantAttachment,
    GrantCoApplicant,
    Tombstone,
)
from tests.grant_helpers import act_as, add_woman, make_call
from tests.registry_helpers import add_person

ROME_NEW_YEAR = datetime(2025, 12, 31, 23, 0, tzinfo=UTC)  # 00:00 of 1 January 2026 in Rome
TODAY = date(2026, 4, 20)


def application_input(call, woman, **fields) -> ApplicationInput:
    values = dict(call_uuid=call.uuid, applicant_uuid=woman.uuid, occupational_status="disoccupata",
                  did_date=date(2025, 11, 3), business_name="Piccoli Passi", service_kind="nido",
                  planned_legal_form="Impresa individuale", ateco_code="889100", own_cofinancing_cents=4_000_00,
                  cost_items=(CostItemInput("Arredi", 12_000_00), CostItemInput("Notaio", 1_000_00, False)),
                  declarations=frozenset(code for code, _label in DECLARATIONS))
    values.update(fields)
    return ApplicationInput(**values)


def omocode(code: str) -> str:
    """The same person's code with the last digit of the place turned into its omocode letter."""
    body = code[:14] + "LMNPQRSTUV"[int(code[14])]
    return body + codicefiscale.encode_cin(body)


# --- protocol (domain) ----------------------------------------------------------------------------------
def test_protocol_label_and_its_reading():
    assert protocol_label(2026, 7) == "2026/0007"
    assert protocol_label(None, None) == ""
    assert parse_protocol_label("2026/7") == (2026, 7) == parse_protocol_label(" 2026 / 0007 ")
    assert parse_protocol_label("Rossi") is None


def test_the_protocol_year_is_the_year_on_the_office_clock():
    assert protocol_year(ROME_NEW_YEAR - timedelta(seconds=1)) == 2025
    assert protocol_year(ROME_NEW_YEAR) == 2026  # still 2025 in UTC
    assert received_text(ROME_NEW_YEAR) == "01/01/2026 00:00"
    with pytest.raises(ValueError):
        protocol_year(datetime(2026, 1, 1))


def test_public_codes_use_an_unambiguous_alphabet():
    codes = {new_public_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(code) == 8 and set(code) <= set(PUBLIC_CODE_ALPHABET) for code in codes)
    assert not set("01OI") & set("".join(codes))


# --- protocol (service) ---------------------------------------------------------------------------------
def test_numbers_restart_on_1_january_rome_time(db):
    call, woman = make_call(db), add_woman(db)
    moments = [ROME_NEW_YEAR - timedelta(hours=2), ROME_NEW_YEAR - timedelta(minutes=1), ROME_NEW_YEAR,
               ROME_NEW_YEAR + timedelta(days=40)]
    labels = [apps.register_new_application(db, application_input(call, woman), received_at=m).application.protocol
              for m in moments]
    assert labels == ["2025/0001", "2025/0002", "2026/0001", "2026/0002"]


def test_registering_a_draft_gives_number_time_and_status(db):
    call, woman = make_call(db), add_woman(db)
    draft = apps.create_draft(db, application_input(call, woman)).application
    assert draft.status == "bozza" and draft.protocol == "" and draft.received_at is None
    received = datetime(2026, 4, 10, 8, 15, tzinfo=UTC)
    result = apps.register_application(db, draft.uuid, draft.version, received_at=received)
    detail = result.application
    assert (detail.protocol, detail.received_at, detail.status) == ("2026/0001", received, "presentata")
    assert detail.public_code == draft.public_code
    assert [(h.from_status, h.to_status, h.changed_by) for h in detail.history] == [
        ("bozza", "presentata", "operatore.test")]
    with pytest.raises(DomainError):  # a draft is protocolled once
        apps.register_application(db, draft.uuid, detail.version)


def test_two_clerks_registering_at_once_never_share_a_number(db):
    call = make_call(db)
    women = [add_woman(db, f"Donna{i}", with_code=False) for i in range(8)]
    drafts = [apps.create_draft(db, application_input(call, w)).application for w in women for _ in range(3)]
    start, failures = threading.Barrier(4), []

    def clerk(mine):
        start.wait()
        for draft in mine:
            try:
                apps.register_application(db, draft.uuid, draft.version)
            except Exception as error:  # noqa: BLE001 - collected and asserted below
                failures.append(error)

    threads = [threading.Thread(target=clerk, args=(drafts[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    with db.unit_of_work() as s:
        numbers = s.scalars(select(GrantApplication.protocol_number)).all()
    assert sorted(numbers) == list(range(1, 25))


def test_a_lost_race_for_a_number_is_retried_with_the_next_one(db, monkeypatch):
    call = make_call(db)
    first = apps.register_new_application(db, application_input(call, add_woman(db))).application
    assert first.protocol_number == 1
    stale = iter([None])  # the first attempt reads the register as if it were still empty

    def racing(last):
        return (next(stale, last) or 0) + 1
    monkeypatch.setattr(grant_protocol, "next_protocol_number", racing)
    second = apps.register_new_application(db, application_input(call, add_woman(db, "Verdi"))).application
    assert second.protocol_number == 2
    assert count_applications(db) == 2  # the lost attempt left nothing behind


def test_a_public_code_already_taken_is_drawn_again(db, monkeypatch):
    call = make_call(db)
    first = apps.create_draft(db, application_input(call, add_woman(db))).application
    drawn = iter([first.public_code, "ZZZZ2222"])
    monkeypatch.setattr(apps, "new_public_code", lambda: next(drawn))
    second = apps.create_draft(db, application_input(call, add_woman(db, "Verdi"))).application
    assert second.public_code == "ZZZZ2222"
    assert count_applications(db) == 2


def test_a_call_in_preparation_takes_no_applications(db):
    call = make_call(db, status="bozza")
    with pytest.raises(DomainError, match="preparazione"):
        apps.create_draft(db, application_input(call, add_woman(db)))


def test_registration_reports_what_is_missing_without_refusing(db):
    call, woman = make_call(db), add_woman(db)
    # 23:30 UTC on 31 December is already New Year's Day in Rome: the protocol belongs to the office's year.
    with use_clock(FixedClock(datetime(2026, 12, 31, 23, 30, tzinfo=UTC))):
        result = apps.register_new_application(db, application_input(call, woman, business_name="", cost_items=(),
                                                                      declarations=frozenset({"veridicita"})))
    fields = {w.field for w in result.warnings}
    assert {"business_name", "cost_items", "declarations", "served_municipality_ids"} <= fields
    assert result.application.protocol == "2027/0001"


def test_what_the_call_does_not_admit_is_said_while_typing_and_saved_anyway(db):
    call, woman = make_call(db, women_share_above_pct=Decimal(60)), add_woman(db)
    student = apps.create_draft(db, application_input(call, woman, occupational_status="studentessa", did_date=None))
    warned = {w.field: w.message for w in student.warnings}
    assert warned["occupational_status"] == "Condizione «Studentessa/studente» non ammessa dal bando."
    assert student.application.occupational_status == "studentessa"  # nothing lost
    company = apps.update_application(db, student.application.uuid, student.application.version, application_input(
        call, woman, applicant_kind="societa", women_quota_pct=Decimal(55), women_board_pct=Decimal(75)))
    warned = {w.field: w.message for w in company.warnings}
    assert "occupational_status" not in warned and "women_board_pct" not in warned  # 75% is above 60%
    assert warned["women_quota_pct"].endswith("(oltre il 60,00%).")
    fine = apps.create_draft(db, application_input(call, add_woman(db, "Verdi")))
    assert not {"occupational_status", "women_quota_pct", "women_board_pct"} & {w.field for w in fine.warnings}


# --- the applicant must be a woman ----------------------------------------------------------------------
def test_sex_comes_from_the_codice_fiscale_omocodes_included():
    woman = codicefiscale.encode("Bianchi", "Anna", "F", "1990-05-14", "F205")
    man = codicefiscale.encode("Bianchi", "Marco", "M", "1990-05-14", "F205")
    assert applicant_sex(ApplicantFacts(omocode(woman), "")) == ("F", True)
    assert applicant_sex(ApplicantFacts(omocode(man), "F")) == ("M", True)  # the code wins over the field
    assert applicant_sex(ApplicantFacts("", "F")) == ("F", False)
    assert applicant_sex(ApplicantFacts("XXXXXXXXXXXXXXXX", "f")) == ("F", False)


def test_a_man_cannot_apply_and_a_woman_with_an_omocode_can(db):
    call = make_call(db)
    man = add_person(db, "Bianchi", "Marco", sex="M", born=date(1990, 5, 14))
    with pytest.raises(ValidationError) as refused:
        apps.create_draft(db, application_input(call, man))
    assert "riservato alle donne" in refused.value.for_field("applicant_uuid")
    assert "dal codice fiscale" in refused.value.for_field("applicant_uuid")
    code = omocode(codicefiscale.encode("Bianchi", "Anna", "F", "1990-05-14", "F205"))
    woman = people.create_person(db, PersonInput(surname="Bianchi", first_name="Anna", fiscal_code=code)).person
    detail = apps.create_draft(db, application_input(call, woman)).application
    assert detail.applicant.fiscal_code == code


def test_without_a_code_the_registry_sex_decides_and_unknown_is_refused(db):
    call = make_call(db)
    known = add_person(db, "Neri", "Giulia", sex="F", with_code=False)
    assert apps.create_draft(db, application_input(call, known)).application.applicant.display_name == "Neri Giulia"
    unknown = add_person(db, "Neri", "Andrea", sex="", with_code=False)
    with pytest.raises(ValidationError, match="non è noto"):
        apps.create_draft(db, application_input(call, unknown))


# --- validation -----------------------------------------------------------------------------------------
class _Ref:
    def __init__(self, value):
        self.uuid = value


def _errors(data: ApplicationInput) -> dict[str, str]:
    """The first message of each field."""
    with pytest.raises(ValidationError) as caught:
        validate_application(data, ApplicantFacts("", "F"), TODAY)
    return {e.field: caught.value.for_field(e.field) for e in caught.value.errors}


def test_every_wrong_field_gets_its_italian_message():
    import uuid

    call, woman, partner = _Ref(uuid.uuid4()), _Ref(uuid.uuid4()), uuid.uuid4()
    errors = _errors(application_input(
        call, woman, service_kind="altro", ateco_code="88-91", own_cofinancing_cents=-1,
        did_date=TODAY + timedelta(days=1), women_quota_pct=Decimal("120"),
        cost_items=(CostItemInput("", 100_00), CostItemInput("Affitto", 0)),
        co_applicants=(CoApplicantInput(partner),)))
    assert errors["service_description"] == "Descrivi il servizio offerto (hai scelto «Altro»)."
    assert errors["ateco_code"].startswith("Il codice ATECO si scrive come 88.91")
    assert errors["own_cofinancing_cents"] == "Il cofinanziamento proprio non può essere negativo."
    assert errors["did_date"] == "La data della DID è nel futuro."
    assert errors["cost_items"] == "Riga 1 del piano dei costi: scrivi la descrizione."
    with pytest.raises(ValidationError) as caught:
        validate_application(application_input(call, woman, cost_items=(CostItemInput("Affitto", 0),)),
                             ApplicantFacts("", "F"), TODAY)
    assert caught.value.for_field("cost_items") == "Riga 1 del piano dei costi: l'importo deve essere maggiore di zero."
    assert "co_applicants" in errors  # an individual firm has no co-applicants
    assert "women_quota_pct" not in errors  # the shares only count for companies
    company = _errors(application_input(call, woman, applicant_kind="societa", women_quota_pct=Decimal("120"),
                                        women_board_pct=Decimal("-1"), co_applicants=(CoApplicantInput(woman.uuid),)))
    assert company["women_quota_pct"] == "La quota di capitale femminile è una percentuale tra 0 e 100."
    assert "women_board_pct" in company
    assert company["co_applicants"] == "La richiedente non va indicata anche tra i co-richiedenti."


def test_validation_normalises_and_drops_empty_cost_rows():
    import uuid

    data = application_input(_Ref(uuid.uuid4()), _Ref(uuid.uuid4()), ateco_code="889100",
                             business_name="  Piccoli   Passi ", women_quota_pct=Decimal(60),
                             cost_items=(CostItemInput(" Arredi ", 500_00), CostItemInput("", 0)))
    value = validate_application(data, ApplicantFacts("", "F"), TODAY).value
    assert value.ateco_code == "88.91.00" and value.business_name == "Piccoli Passi"
    assert value.cost_items == (CostItemInput("Arredi", 500_00),)
    assert value.women_quota_pct is None  # not a company


def test_cost_sums_and_cofinancing_share_in_cents():
    items = (CostItemInput("A", 12_000_00), CostItemInput("B", 3_000_00), CostItemInput("C", 1_000_00, False))
    assert (total_cost_cents(items), eligible_cost_cents(items)) == (16_000_00, 15_000_00)
    assert cofinancing_pct(4_000_00, 15_000_00) == Decimal("26.67")
    assert cofinancing_pct(100, 0) is None
    assert parse_euro("1.234,56") == 123456 and parse_euro("1.500") == 150000 and parse_euro("") == 0
    with pytest.raises(ValueError):
        parse_euro("12,345")


# --- editing --------------------------------------------------------------------------------------------
def test_update_is_refused_on_a_stale_copy_even_when_only_costs_changed(db):
    call, woman = make_call(db), add_woman(db)
    loaded = apps.create_draft(db, application_input(call, woman)).application
    changed = apps.update_application(db, loaded.uuid, loaded.version, application_input(
        call, woman, cost_items=(CostItemInput("Arredi", 13_000_00),))).application
    assert changed.version > loaded.version and changed.total_cost_cents == 13_000_00
    with pytest.raises(StaleRecordError):
        apps.update_application(db, loaded.uuid, loaded.version, application_input(call, woman))


def test_children_are_stored_and_read_back(db):
    call, woman = make_call(db), add_woman(db)
    partner = add_woman(db, "Verdi", "Laura")
    data = application_input(call, woman, applicant_kind="societa", women_quota_pct=Decimal("66.67"),
                             women_board_pct=Decimal(100), co_applicants=(CoApplicantInput(partner.uuid, "socia"),),
                             declarations=frozenset({"veridicita", "residenza"}))
    detail = apps.create_draft(db, data).application
    assert [(c.person.display_name, c.role) for c in detail.co_applicants] == [("Verdi Laura", "socia")]
    assert [d.code for d in detail.declarations if d.given] == ["veridicita", "residenza"]
    assert len(detail.declarations) == len(DECLARATIONS)
    assert detail.to_input() == validate_application(data, ApplicantFacts("", "F"), TODAY).value
    emptied = apps.update_application(db, detail.uuid, detail.version, application_input(call, woman))
    assert emptied.application.co_applicants == () and emptied.application.women_quota_pct is None


def test_protected_applicant_address_is_hidden_without_the_permission(db):
    call = make_call(db)
    woman = add_woman(db, "Riservata", "Anna", protected=True, protection_body="CAV", protection_date=date(2025, 1, 2))
    created = apps.create_draft(db, application_input(call, woman)).application
    assert created.applicant.address == "Via Roma 1"
    act_as(db, "operatrice", Role.OPERATORE)
    seen = apps.get_application(db, created.uuid).applicant
    assert (seen.address, seen.municipality, seen.address_hidden) == (HIDDEN_ADDRESS, "", True)
    assert seen.fiscal_code and seen.birth_date == date(1985, 3, 12)
    act_as(db, "responsabile", Role.RESPONSABILE, protected_data=True)
    assert apps.get_application(db, created.uuid).applicant.address == "Via Roma 1"
    with db.unit_of_work() as s:
        viewed = s.scalars(select(AuditEntry.username).where(AuditEntry.action == "view_protected")).all()
    assert viewed == ["responsabile"]  # who saw the protected applicant's address, not who could not


# --- list -----------------------------------------------------------------------------------------------
def test_search_pages_filters_and_sorts_in_sql(db):
    call, other = make_call(db), make_call(db, title="Bando bis")
    received = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    for number in range(12):
        woman = add_woman(db, f"Cognome{chr(97 + number)}", "Anna", with_code=False)
        apps.register_new_application(db, application_input(call if number % 3 else other, woman,
                                                             business_name=f"Impresa {number}"),
                                      received_at=received + timedelta(minutes=number))
    page = search_applications(db, ApplicationFilter(), Sort("protocol"), 0, 5)
    assert [row.protocol for row in page.items] == [f"2026/{n:04d}" for n in range(1, 6)] and page.has_more
    last = search_applications(db, ApplicationFilter(), Sort("protocol"), 10, 5)
    assert len(last.items) == 2 and not last.has_more
    assert count_applications(db, ApplicationFilter(call_uuid=other.uuid)) == 4
    assert search_applications(db, ApplicationFilter(text="2026/7")).items[0].business_name == "Impresa 6"
    assert [r.applicant_name for r in search_applications(db, ApplicationFilter(text="cognomec")).items] == [
        "Cognomec Anna"]
    assert [r.business_name for r in search_applications(db, ApplicationFilter(text="presa 11")).items] == [
        "Impresa 11"]
    code = page.items[0].public_code
    assert [r.public_code for r in search_applications(db, ApplicationFilter(text=code[:5].lower())).items] == [code]
    by_name = search_applications(db, ApplicationFilter(), Sort("applicant", descending=True), 0, 3)
    assert [r.applicant_name for r in by_name.items] == ["Cognomel Anna", "Cognomek Anna", "Cognomej Anna"]
    assert count_applications(db, ApplicationFilter(status="bozza")) == 0


# --- attachments ----------------------------------------------------------------------------------------
def test_attachments_are_copied_with_their_checksum_and_changes_are_seen(db, tmp_path):
    call, woman = make_call(db), add_woman(db)
    detail = apps.register_new_application(db, application_input(call, woman),
                                           received_at=datetime(2026, 4, 1, 9, tzinfo=UTC)).application
    source = tmp_path / "preventivo arredi.pdf"
    source.write_bytes(b"%PDF-1.4 preventivo " * 100)
    entry = files.add_attachment(db, detail.uuid, source, "Preventivi di spesa")
    stored = db.config.data_dir / entry.stored_path
    assert entry.stored_path == f"allegati/2026/{detail.uuid}/preventivo arredi.pdf"
    assert stored.read_bytes() == source.read_bytes() and entry.size_bytes == 2000
    assert entry.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    again = files.add_attachment(db, detail.uuid, source, "Preventivi di spesa")
    assert again.stored_path.endswith("preventivo arredi (2).pdf")
    assert files.open_attachment(db, entry.uuid).state == files.INTACT
    stored.write_bytes(b"changed")
    assert files.open_attachment(db, entry.uuid).state == files.CHANGED
    assert [f.state for f in files.verify_attachments(db, detail.uuid)] == [files.CHANGED, files.INTACT]
    moved = files.remove_attachment(db, entry.uuid, entry.version)
    assert moved.parent == db.config.data_dir / "allegati" / "cestino" / str(detail.uuid)
    assert moved.read_bytes() == b"changed" and not stored.exists()
    assert [e.uuid for e in files.list_attachments(db, detail.uuid)] == [again.uuid]
    with db.unit_of_work() as s:
        assert s.scalar(select(Tombstone).where(Tombstone.record_uuid == entry.uuid)).table_name == "grant_attachment"
        assert s.scalar(select(GrantAttachment).where(GrantAttachment.uuid == entry.uuid)) is None


def test_a_missing_source_file_is_a_plain_message(db, tmp_path):
    detail = apps.create_draft(db, application_input(make_call(db), add_woman(db))).application
    with pytest.raises(DomainError, match="non esiste"):
        files.add_attachment(db, detail.uuid, tmp_path / "nowhere.pdf")


# --- person merge ---------------------------------------------------------------------------------------
def test_merging_people_keeps_applications_and_co_applicant_places(db):
    call = make_call(db)
    keep = add_woman(db, "Rossi", "Maria")
    drop = add_woman(db, "Rossi", "Maria", with_code=False)  # a duplicate typed without the code
    partner = add_woman(db, "Verdi", "Laura")
    applied = apps.create_draft(db, application_input(call, drop)).application
    shared = apps.create_draft(db, application_input(
        call, partner, applicant_kind="societa", co_applicants=(CoApplicantInput(drop.uuid, "socia"),))).application
    merge_people(db, keep.uuid, drop.uuid, {}, get_person(db, keep.uuid).version, get_person(db, drop.uuid).version)
    assert apps.get_application(db, applied.uuid).applicant.uuid == keep.uuid
    assert [c.person.uuid for c in apps.get_application(db, shared.uuid).co_applicants] == [keep.uuid]
    with db.unit_of_work() as s:
        assert s.scalar(select(GrantCoApplicant.role)) == "socia"
