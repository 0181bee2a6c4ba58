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
