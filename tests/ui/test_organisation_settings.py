"""Ente e progetto: typing, inline errors in Italian, saving, stale saves, logo, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.ui.screens.admin.organisation_settings import OrganisationSettingsScreen
from tests.ui.waiting import settle


def _screen(qtbot, ctx) -> OrganisationSettingsScreen:
    screen = OrganisationSettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_save_with_keyboard_and_reload(qtbot, ctx):
    screen = _screen(qtbot, ctx)
    _type(qtbot, screen.ui.body_name_edit, "Azienda Sociale Sud Est Milano")
    _type(qtbot, screen.ui.project_cup_edit, "e11h17000120002")
    _type(qtbot, screen.ui.vat_number_edit, "12345670157")
    assert screen.ui.status_label.text() == "Modifiche non salvate"
    qtbot.keyClick(screen.ui.vat_number_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert screen.ui.status_label.text() == "Salvato."
    saved = organisation.load_profile(ctx.db)
    assert saved.body_name == "Azienda Sociale Sud Est Milano"
    assert saved.project_cup == "E11H17000120002"
    assert not screen.has_unsaved_changes()


def test_errors_appear_next_to_their_fields(qtbot, ctx):
    screen = _screen(qtbot, ctx)
    _type(qtbot, screen.ui.project_cup_edit, "ABC")
    _type(qtbot, screen.ui.pec_edit, "non-una-pec")
    _type(qtbot, screen.ui.vat_number_edit, "12345678901")
    screen.save()
    settle(qtbot)
    assert screen.ui.body_name_error.isVisible()
    assert "denominazione" in screen.ui.body_name_error.text()
    assert "15 caratteri" in screen.ui.project_cup_error.text()
    assert "PEC" in screen.ui.pec_error.text()
    assert "partita IVA" in screen.ui.vat_number_error.text()
    assert not screen.ui.email_error.isVisible()
    assert screen.ui.body_name_edit.hasFocus() or screen.focusWidget() is screen.ui.body_name_edit
    # Nothing was written, and what the clerk typed is still there to fix.
    assert organisation.load_profile(ctx.db).version == 0
    assert screen.ui.pec_edit.text() == "non-una-pec"
    _type(qtbot, screen.ui.body_name_edit, "Comune di Colturano")
    _type(qtbot, screen.ui.project_cup_edit, "E11H17000120002")
    _type(qtbot, screen.ui.pec_edit, "protocollo@pec.comune.colturano.mi.it")
    _type(qtbot, screen.ui.vat_number_edit, "")
    with qtbot.waitSignal(screen.saved, timeout=5000):
        screen.save()
    assert not screen.ui.project_cup_error.isVisible()


def test_stale_save_is_refused_and_explained(qtbot, ctx, dialogs):
    from dataclasses import replace

    from equilibri_desktop.domain.organisation import OrganisationProfile

    organisation.save_profile(ctx.db, OrganisationProfile(body_name="Comune di Carpiano"))
    screen = _screen(qtbot, ctx)
    ctx.db.user = "collega"
    organisation.save_profile(ctx.db, replace(organisation.load_profile(ctx.db), phone="02 111"))
    ctx.db.user = "operatore.test"
    _type(qtbot, screen.ui.phone_edit, "02 222")
    screen.save()
    settle(qtbot)
    assert any("collega" in text and "ricarica" in text for text in dialogs.texts("warn"))
    assert organisation.load_profile(ctx.db).phone == "02 111"


def test_logo_is_scaled_and_saved(qtbot, ctx, tmp_path):
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5c99"))
    path = tmp_path / "logo.png"
    image.save(str(path))
    screen = _screen(qtbot, ctx)
    _type(qtbot, screen.ui.body_name_edit, "Comune di Dresano")
    screen.set_logo_from_file(str(path))
    assert screen.ui.logo_remove_button.isEnabled()
    with qtbot.waitSignal(screen.saved, timeout=5000):
        screen.save()
    stored = QImage.fromData(organisation.load_profile(ctx.db).logo_png)
    assert (stored.width(), stored.height()) == (800, 200)


def test_unreadable_logo_shows_error(qtbot, ctx, tmp_path):
    bogus = tmp_path / "logo.png"
    bogus.write_bytes(b"not an image")
    screen = _screen(qtbot, ctx)
    screen.set_logo_from_file(str(bogus))
    assert "non leggibile" in screen.ui.logo_error.text()
    assert not screen.ui.logo_remove_button.isEnabled()


def test_discard_asks_before_losing_changes(qtbot, ctx, dialogs):
    screen = _screen(qtbot, ctx)
    _type(qtbot, screen.ui.body_name_edit, "Da scartare")
    dialogs.confirm_answer = False
    screen.discard_changes()
    assert screen.ui.body_name_edit.text() == "Da scartare"
    dialogs.confirm_answer = True
    screen.discard_changes()
    assert screen.ui.body_name_edit.text() == ""
    assert len(dialogs.titles("confirm")) == 2
