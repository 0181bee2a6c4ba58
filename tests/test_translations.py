"""The shipped English catalogue is complete, current with the sources, and compiled."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from datetime import UTC
from pathlib import Path

from scripts import translations

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    found = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found[(name, message.findtext("source"))] = message
    return found


def test_catalogue_lists_every_source_string(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(translations.TS_FILE, fresh)
    translations.update(fresh)
    assert set(_messages(fresh)) == set(_messages(translations.TS_FILE)), (
        "source strings changed: run `make translations` and translate the new ones")


def test_every_string_is_translated():
    unfinished = []
    for (context, source), message in _messages(translations.TS_FILE).items():
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        texts = [n.text for n in numerus] if numerus else [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_placeholders_survive_translation():
    """One test for the whole catalogue, listing every message whose translation lost or gained one."""
    mismatches = []
    for (context, source), message in _messages(translations.TS_FILE).items():
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        texts = [n.text or "" for n in numerus] if numerus else [translation.text or ""]
        expected = sorted(set(PLACEHOLDER.findall(source)))
        mismatches += [f"{context}: {source!r} → {text!r}" for text in texts
                       if sorted(set(PLACEHOLDER.findall(text))) != expected]
    assert mismatches == []


def test_compiled_catalogue_matches_the_source(tmp_path):
    compiled = translations.release(translations.TS_FILE, tmp_path / "check.qm")
    assert compiled.read_bytes() == translations.TS_FILE.with_suffix(".qm").read_bytes()


def test_english_is_used_when_chosen(qapp):
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.ui.i18n import tr
    from equilibri_desktop.ui.translations import install_translators

    try:
        assert "equilibri_en" in install_translators(QApplication.instance(), "en")
        assert tr("Utente: {user}") == "User: {user}"
    finally:
        install_translators(QApplication.instance(), "it")
    assert tr("Utente: {user}") == "Utente: {user}"


def test_backup_age_reads_naturally_in_both_languages(qapp):
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.ui.formatting import backup_age_text
    from equilibri_desktop.ui.translations import install_translators

    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    cases = [(timedelta(seconds=20), "meno di un minuto fa", "less than a minute ago"),
             (timedelta(minutes=1), "1 minuto fa", "1 minute ago"),
             (timedelta(minutes=5), "5 minuti fa", "5 minutes ago"),
             (timedelta(hours=3), "3 ore fa", "3 hours ago"),
             (timedelta(days=9), "9 giorni fa", "9 days ago")]
    for age, italian, _ in cases:
        assert backup_age_text(now - age, now) == italian
    try:
        install_translators(QApplication.instance(), "en")
        for age, _, english in cases:
            assert backup_age_text(now - age, now) == english
    finally:
        install_translators(QApplication.instance(), "it")


def test_domain_labels_catalogue_is_current():
    """A new status or kind in the domain must reach the catalogue (and so the translators)."""
    assert translations.DOMAIN_CATALOGUE.read_text(encoding="utf-8") == translations.domain_catalogue_text(), (
        "domain labels changed: run `make translations` and translate the new ones")
    assert "Presentata" in translations.domain_labels() and "Responsabile del procedimento" in (
        translations.domain_labels())


def test_domain_labels_follow_the_interface_language(qapp):
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.domain.grants.codes import ApplicationStatus
    from equilibri_desktop.domain.person_kinds import OccupationalStatus
    from equilibri_desktop.ui.domain_text import domain_choices, domain_tr
    from equilibri_desktop.ui.translations import install_translators

    assert domain_tr(ApplicationStatus.PRESENTATA.label) == "Presentata"
    try:
        install_translators(QApplication.instance(), "en")
        assert domain_tr(ApplicationStatus.PRESENTATA.label) == "Submitted"
        assert domain_tr(ApplicationStatus.AMMESSA_NON_FINANZIATA.label) == "Admitted, not funded"
        assert dict(domain_choices(OccupationalStatus.choices()))["disoccupata"] == "Unemployed (with DID)"
        assert domain_tr("") == "" and domain_tr(None) == ""
    finally:
        install_translators(QApplication.instance(), "it")
    assert domain_tr(ApplicationStatus.PRESENTATA.label) == "Presentata"
