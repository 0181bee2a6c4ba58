"""Every start-up grant screen at 1366×768, in Italian and in English, on an example call that has reached
every stage (formal check, scoring, final ranking, grants paid and revoked), with the office clock frozen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/grant_screenshots.py OUTDIR [it en] [--manual]

Pictures go to OUTDIR/<language>/. With --manual the pictures the offline manual shows are also written,
scaled to its page, to resources/manual/images/<language>/ (the manual's pages name them).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 20, 10, 0)  # Rome time: the example call is ranked, paid and one grant revoked
PASSWORD = "una frase lunga di prova"
MANUAL_WIDTH = 760  # pixels: the manual's text column at its default size
# picture → the name the manual's pages use
MANUAL = {"10-call-form-1": "bando", "21-application-review": "istruttoria", "30-evaluation": "valutazione",
          "40-ranking": "graduatorie", "50-payments-tranches": "erogazioni"}


def _example(db):
    """The documents' test scenario (tests/grant_document_helpers.py), plus an application whose formal check
    is under way and a commission, so every screen has something to show."""
    from equilibri_desktop.domain.access import Actor, Permission, Role
    from equilibri_desktop.services.access import user_admin
    from equilibri_desktop.services.grants import eligibility
    from tests.grant_document_helpers import build_scenario
    from tests.grant_helpers import add_member, add_woman, make_application

    db.actor = Actor("amministratore", roles=frozenset({Role.AMMINISTRATORE}))
    for username, name, role in (("resp.contributi", "Laura Bassi", Role.RESPONSABILE),
                                 ("demo.commissario", "Paolo Ferrari", Role.COMMISSARIO),
                                 ("demo.commissaria", "Giulia Conti", Role.COMMISSARIO)):
        user_admin.create_user(db, username, name, [role], protected_data=role is Role.RESPONSABILE,
                               password=PASSWORD, must_change_password=False)
    db.actor = Actor("resp.contributi", roles=frozenset({Role.RESPONSABILE, Role.AMMINISTRATORE}),
                     extra=frozenset({Permission.PROTECTED_DATA}))
    scenario = build_scenario(db)
    under_check = make_application(db, scenario.call, add_woman(db, "Colombo", "Anna", born=(datetime(1991, 6, 3)
                                                                                           .date())),
                                   status="in_istruttoria", business_name="Bottega Colombo",
                                   received_at=datetime(2026, 4, 12, 9, 30, tzinfo=UTC), own_cofinancing_cents=900_00)
    eligibility.compute_eligibility(db, under_check.uuid)
    add_member(db, scenario.call, "demo.commissario", "Paolo Ferrari", "presidente")
    add_member(db, scenario.call, "demo.commissaria", "Giulia Conti")
    return scenario, under_check


def _grab_all(window, ctx, scenario, under_check, grab) -> None:
    from PySide6.QtWidgets import QTabWidget

    def tabs(widget: QTabWidget, prefix: str) -> None:
        for index in range(widget.count()):
            if widget.isTabEnabled(index):
                widget.setCurrentIndex(index)
                grab(window, f"{prefix}-{index + 1}")
        widget.setCurrentIndex(0)

    calls = window.open_screen("grant_calls")
    grab(window, "09-calls-list")
    calls.open_call(scenario.call.uuid)
    tabs(calls.form_page.ui.tabs, "10-call-form")
    calls.form_page._loaded = None  # leave without the discard question
    calls.show_list()

    applications = window.open_screen("grant_applications")
    grab(window, "19-applications-list")
    applications.open_application(scenario.rossi.uuid)
    tabs(applications.application_page.ui.tabs, "20-application")
    applications.open_application(under_check.uuid)
    page = applications.application_page
    page.ui.tabs.setCurrentWidget(page.ui.review_tab)
    grab(window, "21-application-review")
    page._loaded = None
    applications.show_list()

    ranking = window.open_screen("grant_rankings")
    grab(window, "40-ranking")
    ranking.open_record(scenario.ranking.uuid)
    grab(window, "41-ranking-frozen")
    payments = window.open_screen("grant_payments")
    payments.open_record(scenario.ferri.uuid)
    detail = payments.ui.detail_tabs
    for index in range(detail.count()):
        detail.setCurrentIndex(index)
        grab(window, f"50-payments-{detail.widget(index).objectName().removesuffix('_tab')}")
    payments.open_record(scenario.rossi.uuid)
    detail.setCurrentWidget(payments.ui.revocation_tab)
    grab(window, "51-payments-revoked")
    window.open_screen("grant_documents")
    grab(window, "60-documents")


def shoot(out: Path, language: str, manual: bool) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.domain.clock import FixedClock, use_clock
    from equilibri_desktop.services.access import users
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.ui.context import AppContext
    from equilibri_desktop.ui.main_window import MainWindow
    from equilibri_desktop.ui.operations import operations_running
    from equilibri_desktop.ui.style import apply_style
    from equilibri_desktop.ui.translations import install_translators
    from equilibri_desktop.ui.ui_state import UiState
    from scripts.screenshots import _no_waiting_for_clicks, _wait

    folder = out / language
    folder.mkdir(parents=True, exist_ok=True)
    images = ROOT / "resources" / "manual" / "images" / language
    _no_waiting_for_clicks()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as tmp, use_clock(FixedClock(NOW)):
        config = resolve_config(Path(tmp) / "dati")
        db = maintenance.prepare_database(config)
        scenario, under_check = _example(db)
        session = users.authenticate(db, "resp.contributi", PASSWORD)
        db.actor = session.actor
        ui_state = UiState(Path(tmp) / "ui.ini")
        ctx = AppContext(db=db, config=config, ui_state=ui_state)

        def grab(widget, name: str) -> None:
            _wait(app, lambda: operations_running() == 0)
            for _ in range(5):
                app.processEvents()
            picture = widget.grab()
            picture.save(str(folder / f"{name}.png"))
            print(folder / f"{name}.png")
            if manual and name in MANUAL:
                images.mkdir(parents=True, exist_ok=True)
                picture.scaledToWidth(MANUAL_WIDTH, Qt.TransformationMode.SmoothTransformation).save(
                    str(images / f"{MANUAL[name]}.png"))

        window = MainWindow(config, ui_state, ctx, session)
        window.resize(1366, 768)
        window.show()
        _grab_all(window, ctx, scenario, under_check, grab)
        window.account.stop()
        member = users.authenticate(db, "demo.commissario", PASSWORD)  # scoring is the commission's screen
        db.actor = member.actor
        window.detach()
        window.attach(ctx, member)
        window.open_screen("grant_evaluation")
        grab(window, "30-evaluation")
        window.account.stop()
        window.close()
        db.dispose()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    target = Path(args[0] if args else "screenshots")
    for lang in args[1:] or ["it", "en"]:
        shoot(target, lang, "--manual" in sys.argv)
