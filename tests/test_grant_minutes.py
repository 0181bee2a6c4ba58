"""The commission's minutes (issue 11): secretary, place, sittings with their times, the declarations under
art. 35-bis D.Lgs. 165/2001 and art. 7 D.P.R. 62/2013, criteria revealing vulnerability only in a restricted
annex, and a regenerated version replacing the previous one in the register."""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.services.grants import registration
from equilibri_desktop.services.grants.commission_sittings import (
    CommissionDetails,
    Sitting,
    load_commission_details,
    save_commission_details,
)
from equilibri_desktop.services.grants.document_actions import document_actions
from equilibri_desktop.storage.models import (
    GeneratedDocument,
    GrantConflictDeclaration,
    GrantCriterion,
    GrantScore,
)
from tests.grant_document_helpers import ISSUED, build_scenario
from tests.grant_helpers import add_member

DETAILS = CommissionDetails(
    secretary="Dott.ssa Sonia Segre", place="Sala consiliare, Piazza Risorgimento 1, Melegnano",
    sittings=(Sitting(date(2026, 6, 11), time(14, 0), time(17, 45)),
              Sitting(date(2026, 6, 10), time(9, 30), time(12, 15), "Sede A.S.S.E.MI., San Donato Milanese")))
# Points of the two members on C1…C6; C6 ("Priorità sociali") is the criterion revealing vulnerability.
POINTS = ((20, 10, 15, 12, 10, 8), (21, 11, 16, 12, 11, 7))


@pytest.fixture
def scored(db):
    scenario = build_scenario(db)
    members = (add_member(db, scenario.call, "carlo.conti", "Carlo Conti", role="presidente"),
               add_member(db, scenario.call, "chiara.colombo", "Chiara Colombo"))
    with db.unit_of_work() as s:
        criteria = s.scalars(select(GrantCriterion).where(GrantCriterion.call_id == scenario.call.id)
                             .order_by(GrantCriterion.position)).all()
        criteria[-1].restricted = True
        for member, points in zip(members, POINTS, strict=True):
            s.add(GrantConflictDeclaration(application_id=scenario.rossi.id, member_id=member.id,
                                           has_conflict=False, declared_on=date(2026, 6, 10)))
            for criterion, value in zip(criteria, points, strict=True):
                s.add(GrantScore(application_id=scenario.rossi.id, member_id=member.id, criterion_id=criterion.id,
                                 points=Decimal(value)))
    save_commission_details(db, scenario.call.uuid, DETAILS)
    return scenario


def _text(db, ref) -> str:
    with pdfplumber.open(document_register.document_path(db, ref.uuid)) as pdf:
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))


def test_details_are_stored_sorted_by_day(db, scored):
    details = load_commission_details(db, scored.call.uuid)
    assert details.secretary == "Dott.ssa Sonia Segre"
    assert [s.held_on for s in details.sittings] == [date(2026, 6, 10), date(2026, 6, 11)]
    assert details.sittings[0].starts_at == time(9, 30)


def test_a_sitting_ending_before_it_starts_is_refused(db, scored):
    with pytest.raises(ValidationError) as error:
        save_commission_details(db, scored.call.uuid, CommissionDetails(
            sittings=(Sitting(date(2026, 6, 10), time(12, 0), time(9, 0)),)))
    assert error.value.errors[0].field == "sittings"


def test_minutes_name_secretary_place_times_and_the_right_laws(db, scored):
    text = _text(db, grant_documents.generate_minutes(db, scored.call.uuid, issued_on=ISSUED))
    assert "Dott.ssa Sonia Segre" in text and "segretario verbalizzante" in text.lower()
    assert "09:30" in text and "12:15" in text and "14:00" in text and "17:45" in text
    assert "Sede A.S.S.E.MI., San Donato Milanese" in text and "Sala consiliare" in text
    assert "art. 35-bis D.Lgs. 165/2001" in text and "art. 7 D.P.R. 62/2013" in text
    assert "art. 53" not in text
    # Members are M1, M2: the criteria keep C1…C6, never confused with them.
    assert "M1" in text and "M2" in text and "C6 – Priorità sociali" in text


def test_restricted_criterion_points_are_only_in_the_restricted_annex(db, scored):
    public = _text(db, grant_documents.generate_minutes(db, scored.call.uuid, issued_on=ISSUED))
    c6_row = re.search(r"C6 – Priorità sociali (\S+) (\S+) (\S+) (\S+)", public)
    assert c6_row and c6_row.groups()[1:] == ("ris.", "ris.", "ris.")
    assert "7,50" not in public  # the C6 average of 8 and 7
    assert "76,50" in public  # the application's total stays, as the published ranking shows it
    annex_ref = grant_documents.generate_minutes_annex(db, scored.call.uuid, issued_on=ISSUED)
    annex = _text(db, annex_ref)
    assert "RISERVATO" in annex and "7,50" in annex and "8,00" in annex and "7,00" in annex
    assert "C1 –" not in annex and "C6 – Priorità sociali" in annex  # only the restricted criteria
    for surname in ("Rossi", "Ferri", "Verdi"):
        assert surname not in annex


def test_restricted_annex_is_offered_only_when_a_criterion_is_restricted(db, scored):
    actions = {a.key: a for a in document_actions(db, "grant_call", scored.call.uuid)}
    assert actions["verbale_riservato"].available
    with db.unit_of_work() as s:
        for criterion in s.scalars(select(GrantCriterion).where(GrantCriterion.call_id == scored.call.id)):
            criterion.restricted = False
    actions = {a.key: a for a in document_actions(db, "grant_call", scored.call.uuid)}
    assert not actions["verbale_riservato"].available
    with pytest.raises(DomainError, match="riservato"):
        grant_documents.generate_minutes_annex(db, scored.call.uuid, issued_on=ISSUED)


def test_regenerated_minutes_replace_the_previous_version(db, scored):
    first = grant_documents.generate_minutes(db, scored.call.uuid, issued_on=ISSUED)
    save_commission_details(db, scored.call.uuid, CommissionDetails(secretary="Dott. Paolo Nuovo"))
    second = grant_documents.generate_minutes(db, scored.call.uuid, issued_on=ISSUED)
    assert (second.uuid, second.number, second.year) == (first.uuid, first.number, first.year)
    assert second.sha256 != first.sha256
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count(GeneratedDocument.id)).where(GeneratedDocument.kind == "verbale")) == 1
    assert "Dott. Paolo Nuovo" in _text(db, second)  # the register opens the new file, checksum verified
    # Once registered in the official register it is an act: never replaced.
    registration.register_document(db, second.uuid, "3", date(2026, 7, 10))
    with pytest.raises(DomainError, match="registro ufficiale"):
        grant_documents.generate_minutes(db, scored.call.uuid, issued_on=ISSUED)
