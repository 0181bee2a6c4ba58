"""Issue 13 point 12: personal data never reaches the log, on error paths either."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
from equilibri_desktop.logging_setup import setup_logging
from equilibri_desktop.services.registry import people
from equilibri_desktop.storage.models import Person
from tests.registry_helpers import add_person, cf

SURNAME, EMAIL, IBAN = "Zanetti", "maria.zanetti@example.it", "IT60X0542811101000000123456"
CODE = cf(SURNAME, "Maria", "F", date(1985, 3, 12))
# Only through variables in the code below: a traceback shows source lines, never these values.
SECRETS = (CODE, SURNAME, EMAIL, IBAN)


@pytest.fixture
def log_file(tmp_path):
    path = setup_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def _leaks(path) -> list[str]:
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    return [secret for secret in SECRETS if secret.lower() in text.lower()]


def test_a_duplicate_key_race_reads_like_the_ordinary_duplicate_check(db, log_file, monkeypatch):
    add_person(db, SURNAME, "Maria")
    with pytest.raises(DuplicateRecordError) as ordinary:
        add_person(db, SURNAME, "Maria")
    real_check = people.refuse_duplicate_code
    calls = []

    def late(session, code, exclude_id=None):  # the colleague's insert lands after our check
        calls.append(code)
        if len(calls) > 1:
            real_check(session, code, exclude_id)

    monkeypatch.setattr(people, "refuse_duplicate_code", late)
    with pytest.raises(DuplicateRecordError) as raced:
        add_person(db, SURNAME, "Maria")
    assert str(raced.value) == str(ordinary.value) and raced.value.existing_uuid == ordinary.value.existing_uuid
    assert len(calls) == 2
    assert _leaks(log_file) == []


def test_database_errors_are_logged_without_the_values(db, log_file):
    add_person(db, SURNAME, "Maria")
    with pytest.raises(IntegrityError) as failed, db.unit_of_work() as session:
        session.execute(insert(Person).values(surname=SURNAME, first_name="Maria", fiscal_code=CODE, email=EMAIL))
    logging.getLogger("equilibri_desktop.test").error("save failed", exc_info=failed.value)
    assert _leaks(log_file) == []
    assert "save failed" in log_file.read_text(encoding="utf-8")


def test_a_spreadsheet_library_quoting_a_cell_is_masked(log_file):
    from openpyxl import Workbook

    sheet = Workbook().active
    try:
        sheet["A1"] = f"{SURNAME}\x1b {CODE}"
    except Exception:
        logging.getLogger("equilibri_desktop.test").exception("report not written")
    text = log_file.read_text(encoding="utf-8")
    assert "IllegalCharacterError" in text and _leaks(log_file) == []


def test_the_message_line_of_any_exception_has_its_quoted_values_masked(log_file):
    try:
        int(SURNAME)
    except ValueError:
        logging.getLogger("equilibri_desktop.test").exception("parse")
    logging.getLogger("equilibri_desktop.test").info("mail to %s IBAN %s", EMAIL, IBAN)
    assert _leaks(log_file) == []
