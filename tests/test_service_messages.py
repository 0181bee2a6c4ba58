"""Service messages reach the English interface: coded errors are worded by the UI; the catalogue matches
the domain's templates, so a changed Italian message cannot silently lose its translation."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from equilibri_desktop.domain import passwords
from equilibri_desktop.domain.access import Actor, Permission, PermissionDeniedError
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.messages import MESSAGES
from equilibri_desktop.ui.service_messages import TEXTS, error_text, field_error_text
from equilibri_desktop.ui.translations import install_translators


def test_the_ui_catalogue_matches_the_domain():
    assert TEXTS == MESSAGES


@pytest.fixture
def english(qapp):
    install_translators(QApplication.instance(), "en")
    yield
    install_translators(QApplication.instance(), "it")


def test_coded_errors_are_worded_in_english(english):
    with pytest.raises(PermissionDeniedError) as denied:
        Actor("rita.revisore").require(Permission.USERS_MANAGE)
    assert "non ha il permesso" in str(denied.value)  # the service's own text stays Italian (logs)
    text = error_text(denied.value)
    assert "rita.revisore" in text and "users.manage" in text and "permesso" not in text
    with pytest.raises(ValidationError) as short:
        passwords.validate_new_password("corta")
    worded = field_error_text(short.value.errors[0])
    assert worded != short.value.errors[0].message and "5" in worded
    assert not re.search(r"[àèìòù]|password deve", worded)


def test_uncoded_errors_and_italian_stay_as_written(qapp):
    from equilibri_desktop.domain.errors import DomainError

    assert error_text(DomainError("Messaggio libero")) == "Messaggio libero"
    with pytest.raises(PermissionDeniedError) as denied:
        Actor("x").require(Permission.USERS_MANAGE)
    assert error_text(denied.value) == str(denied.value)  # Italian interface: the domain's own words


def test_a_coded_text_given_as_the_message_keeps_its_code(english):
    """DomainError(CodedText(…)), FieldError(field, CodedText(…)) and a duplicate's refusal carry the code: the
    interface words them, the services' text stays the Italian."""
    import uuid

    from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
    from equilibri_desktop.domain.errors import DomainError, FieldError
    from equilibri_desktop.domain.messages import CodedText

    error = DomainError(CodedText("documents.source_empty", name="scan.pdf"))
    assert (error.code, error.params, str(error)) == (
        "documents.source_empty", {"name": "scan.pdf"}, "Il file scan.pdf non esiste o è vuoto.")
    assert error_text(error) == "The file scan.pdf does not exist or is empty."
    item = FieldError("surname", CodedText("registry.person.surname_missing"))
    assert item.code == "registry.person.surname_missing" and field_error_text(item) == "Write the surname."
    twin = DuplicateRecordError("fiscal_code", CodedText("registry.person.duplicate_code", label="Rossi Maria"),
                                uuid.uuid4(), "Rossi Maria")
    assert twin.errors[0].message == ("Questo codice fiscale è già registrato per Rossi Maria: apri la sua scheda "
                                      "invece di crearne una nuova.")
    assert field_error_text(twin.errors[0]).startswith("This tax code is already registered for Rossi Maria")
    assert FieldError("x", "Testo libero.").code == ""  # a plain text stays uncoded


def test_a_damaged_databases_way_out_is_worded_inside_the_message(english, tmp_path):
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance

    config = resolve_config(data_dir=tmp_path)
    config.ensure_folders()
    config.database_path.write_bytes(b"")  # a file of zero bytes: damage, not a new installation
    error = maintenance.damage_diagnosis(config)
    assert str(error) == (f"PROBLEMA: il file del database {config.database_path} è vuoto (0 byte): il contenuto è "
                          "andato perso. Il file danneggiato non viene cancellato: il ripristino lo mette da parte. "
                          f"Nessuna copia sana in {config.backup_dir}: ripristina una copia da un altro disco con "
                          "'equilibri-admin restore FILE'.")
    # The diagnosis itself (from the SQLite check) is not coded yet: it stays Italian inside the English.
    assert error_text(error) == (f"PROBLEM: the database file {config.database_path} è vuoto (0 byte): il contenuto "
                                 "è andato perso. The damaged file is not deleted: the restore sets it aside. "
                                 f"No sound backup in {config.backup_dir}: restore a backup from another disk with "
                                 "'equilibri-admin restore FILE'.")
