"""`equilibri --self-test`: proves an installation is complete (forms, migrations, fonts, PDF)."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

_report: list[str] = []


def _say(line: str) -> None:
    _report.append(line)
    # A windowed frozen build has no console: sys.stdout is None there (see `report_path`).
    if sys.stdout is not None:
        print(line, flush=True)


def _check_forms() -> str:
    # The inputs the forms promote to our own classes: loaded as the screens load them.
    from equilibri_desktop.ui.forms import all_form_names, load_form, registered_widgets
    from equilibri_desktop.ui.widgets import (  # noqa: F401 - each registers itself with the loader
        date_edit,
        fiscal_code_edit,
        money_edit,
        municipality_picker,
        person_picker,
    )

    names = all_form_names()
    if not names:
        raise RuntimeError("nessun modulo .ui trovato")
    for name in names:
        load_form(name).deleteLater()
    return f"{len(names)} moduli caricati, {len(registered_widgets())} campi personalizzati"


def _check_database(folder: Path) -> str:
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin.home import home_summary
    from equilibri_desktop.services.admin.maintenance import check_database, prepare_database

    config = resolve_config(folder / "dati")
    db = prepare_database(config)
    try:
        municipalities = home_summary(db).municipalities
    finally:
        db.dispose()
    report = check_database(config)
    if municipalities != 53 or not report.ok:
        raise RuntimeError(f"database incompleto: {municipalities} comuni; {'; '.join(report.problems)}")
    return f"schema {report.schema_revision}, {municipalities} comuni"


def _check_pdf(folder: Path) -> str:
    from equilibri_desktop.documents.specimen import build_test_page_pdf
    from equilibri_desktop.domain.organisation import OrganisationProfile

    path = folder / "prova.pdf"
    build_test_page_pdf(OrganisationProfile(body_name="Verifica installazione – àèìòù €"), path)
    if not path.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("il PDF generato non è valido")
    return f"PDF di prova di {path.stat().st_size} byte"


def _check_identifiers() -> str:
    from equilibri_desktop.domain.identifiers import validate_iban, validate_person_fiscal_code

    # A textbook example code (born in San Giuliano Terme, 1985).
    decoded = validate_person_fiscal_code("RSSMRA85T10A562S")
    validate_iban("IT60X0542811101000000123456")
    return f"codice fiscale decodificato ({decoded.birthplace_name}), IBAN verificato"


def _check_clock() -> str:
    # Windows has no time-zone database Python can read: the bundled tzdata package must be there, or
    # protocol years and deadlines would be dated on the wrong day around midnight.
    from importlib.resources import files

    from equilibri_desktop.domain.office_time import office_text

    if not files("tzdata.zoneinfo").joinpath("Europe", "Rome").is_file():
        raise RuntimeError("fuso orario Europe/Rome mancante (pacchetto tzdata)")
    from datetime import datetime

    return "ora italiana: " + office_text(datetime(2026, 1, 1, 12, 0, tzinfo=UTC))


def _check_translations() -> str:
    from PySide6.QtCore import QTranslator

    from equilibri_desktop.paths import translations_dir

    translator = QTranslator()
    if not translator.load("equilibri_en", str(translations_dir())):
        raise RuntimeError("traduzione inglese mancante")
    return "traduzione inglese presente"


def _check_field_laptops(folder: Path) -> str:
    """The frozen bundle must carry SQLCipher and rapidfuzz: field mode is useless without them."""
    from equilibri_desktop.services.field.local_db import check_field_libraries

    check_field_libraries(folder / "campo")
    return "database cifrato e confronto dei nomi disponibili"


def run_self_test(report_path: str | None = None) -> int:
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - forms need an application
    failures = 0
    with tempfile.TemporaryDirectory(prefix="equilibri-selftest-") as tmp:
        folder = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("moduli", _check_forms),
            ("database", lambda: _check_database(folder)),
            ("documenti", lambda: _check_pdf(folder)),
            ("identificativi", _check_identifiers),
            ("orario", _check_clock),
            ("traduzioni", _check_translations),
            ("portatili da campo", lambda: _check_field_laptops(folder)),
        ]
        for name, check in checks:
            try:
                _say(f"OK   {name}: {check()}")
            except Exception:
                failures += 1
                _say(f"FAIL {name}:\n{traceback.format_exc()}")
    _say("self-test: " + ("superato" if failures == 0 else f"{failures} controlli falliti"))
    if report_path:
        Path(report_path).write_text("\n".join(_report) + "\n", encoding="utf-8")
    return 0 if failures == 0 else 1
