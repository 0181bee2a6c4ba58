"""Event documents: sign-in sheet content, certificates only above the minimum, batch with cancel, combined PDF."""

from __future__ import annotations

import subprocess
from datetime import date

import pikepdf
import pytest

from equilibri_desktop.domain.events.attendance import BelowMinimumError
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.events import (
    attendance,
    certificates,
    documents,
    participants,
    sign_in,
)
from tests.event_helpers import make_course
from tests.event_helpers import register as register_person


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def course(db):
    course = make_course(db, sessions=4)  # 16 hours, minimum 75% = 12 hours
    people = {name: register_person(db, course.uuid, name, "Maria", sex="F", birth_date=date(1980, 1, 1),
                                    organisation_name="Comune di Carpiano").participant
              for name in ("Rossi", "Bianchi", "Verdi", "Neri")}
    for i, s in enumerate(course.sessions):
        attendance.mark_attendance(db, s.uuid, people["Rossi"].uuid)
        if i < 3:
            attendance.mark_attendance(db, s.uuid, people["Bianchi"].uuid)  # exactly 75%
        if i < 2:
            attendance.mark_attendance(db, s.uuid, people["Verdi"].uuid)  # 50%
    participants.change_status(db, people["Neri"].uuid, "annullata")
    return course, people


def test_sign_in_sheet_lists_who_holds_a_place(db, course):
    course, _people = course
    ref = sign_in.generate_sign_in_sheet(db, course.sessions[1].uuid)
    text = _text(register.document_path(db, ref.uuid))
    assert "FOGLIO FIRME" in text and "06/10/2026" not in text and "12/10/2026" in text
    assert "dalle 09:00 alle 13:00" in text and "Firma" in text
    assert "Rossi Maria" in text and "Comune di Carpiano" in text and "Neri Maria" not in text
    with pikepdf.open(register.document_path(db, ref.uuid)) as pdf:
        assert pdf.open_metadata().get("pdfaid:part") == "2"


def test_overview_explains_who_does_not_qualify(db, course):
    course, _ = course
    overview = certificates.certificate_overview(db, course.uuid)
    assert [r.name for r in overview.qualified] == ["Bianchi Maria", "Rossi Maria"]
    reasons = {r.name: r.qualification.reason for r in overview.not_qualified}
    assert "sotto il minimo del 75%" in reasons["Verdi Maria"] and "50.0%" in reasons["Verdi Maria"]
    assert reasons["Neri Maria"] == "iscrizione annullata/o"


def test_certificate_below_minimum_is_refused_and_nothing_registered(db, course):
    course, people = course
    with pytest.raises(BelowMinimumError):
        documents.issue_certificate(db, people["Verdi"].uuid)
    assert register.count_all(db) == 0


def test_batch_issues_numbered_certificates_and_one_combined_pdf(db, course):
    course, _people = course
    seen = []
    batch = documents.issue_certificates(db, course.uuid, progress=lambda d, t: seen.append((d, t)))
    assert [r.number for r in batch.issued] == [1, 2] and seen[-1] == (2, 2)
    assert {r.name for r in batch.not_qualified} == {"Verdi Maria", "Neri Maria"}
    text = _text(register.document_path(db, batch.issued[1].uuid))
    assert "ATTESTATO DI FREQUENZA" in text and "Rossi Maria" in text and "16 h su 16 h" in text
    assert "Welfare aziendale" in text and "Dott.ssa Paola Ferri" in text
    with pikepdf.open(batch.combined_path) as pdf:
        assert len(pdf.pages) == 2
    again = documents.issue_certificates(db, course.uuid)
    assert again.issued == () and again.already_issued == 2
    assert participants.list_participants(db, course.uuid, text="rossi")[0].has_certificate


def test_cancel_keeps_the_finished_certificates(db, course):
    course, _ = course
    batch = documents.issue_certificates(db, course.uuid, is_cancelled=lambda: register.count_all(db) >= 1)
    assert batch.cancelled and len(batch.issued) == 1 and batch.combined_path is None
    rest = documents.issue_certificates(db, course.uuid)
    assert len(rest.issued) == 1 and rest.already_issued == 1


def test_specimens_include_a_sign_in_sheet_and_a_certificate(sqlite_config, tmp_path):
    from equilibri_desktop.services.documents.specimens import render_specimens

    result = render_specimens(sqlite_config, tmp_path / "esemplari", today=date(2026, 12, 7))
    names = [p.name for p in result.paths]
    assert "22-foglio-firme.pdf" in names and "23-attestato-di-frequenza.pdf" in names
    assert "Riva Francesca" in _text(tmp_path / "esemplari" / "23-attestato-di-frequenza.pdf")
    assert "FOGLIO FIRME" in _text(tmp_path / "esemplari" / "22-foglio-firme.pdf")
