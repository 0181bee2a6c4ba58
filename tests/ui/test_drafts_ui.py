"""Unsaved input survives a crash: the form's draft is written every few seconds and offered back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.services.access import drafts
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.ui.screens.admin.organisation_settings import (
    DRAFT_KEY,
    OrganisationSettingsScreen,
)

RECOVER = "Ci sono modifiche non salvate di una sessione precedente: recuperarle?"


def _screen(qtbot, ctx, interval_ms: int = 30) -> OrganisationSettingsScreen:
    screen = OrganisationSettingsScreen(ctx)
    screen.drafts.timer.setInterval(interval_ms)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _crash(screen) -> None:
    """What a crash leaves behind: no save, no discard, the draft file as last written."""
    screen.drafts.timer.stop()
    screen.drafts.enabled = False
    screen.hide()  # left for qtbot to close at the end: deleting it here would pull it from under qtbot


def test_draft_is_kept_while_typing_and_offered_back_after_a_crash(qtbot, ctx, dialogs):
    screen = _screen(qtbot, ctx)
    _type(qtbot, screen.ui.body_name_edit, "Comune di Cerro al Lambro")
    _type(qtbot, screen.ui.project_cup_edit, "E11H17000120002")
    qtbot.waitUntil(lambda: drafts.load_draft(ctx.db, DRAFT_KEY, None) is not None, timeout=5000)
    qtbot.waitUntil(lambda: drafts.load_draft(ctx.db, DRAFT_KEY, None).data["project_cup"] == "E11H17000120002",
                    timeout=5000)
    _crash(screen)

    again = _screen(qtbot, ctx)
    assert dialogs.texts("confirm") == [RECOVER]
    assert again.ui.body_name_edit.text() == "Comune di Cerro al Lambro"
    assert again.ui.project_cup_edit.text() == "E11H17000120002"
    assert again.has_unsaved_changes() and again.ui.status_label.text() == "Modifiche non salvate"
    assert organisation.load_profile(ctx.db).body_name == ""  # a draft is not a save
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save()
    assert drafts.load_draft(ctx.db, DRAFT_KEY, None) is None  # saved: the draft is gone
    _screen(qtbot, ctx)
    assert dialogs.texts("confirm") == [RECOVER]  # nothing offered a second time


def test_declined_draft_is_thrown_away(qtbot, ctx, dialogs):
    drafts.save_draft(ctx.db, DRAFT_KEY, None, {"body_name": "Bozza vecchia"})
    dialogs.confirm_answer = False
    screen = _screen(qtbot, ctx)
    assert screen.ui.body_name_edit.text() == "" and not screen.has_unsaved_changes()
    assert drafts.load_draft(ctx.db, DRAFT_KEY, None) is None


def test_discarding_changes_or_typing_them_back_removes_the_draft(qtbot, ctx, dialogs):
    screen = _screen(qtbot, ctx)
    _type(qtbot, screen.ui.phone_edit, "02 9876543")
    qtbot.waitUntil(lambda: drafts.load_draft(ctx.db, DRAFT_KEY, None) is not None, timeout=5000)
    _type(qtbot, screen.ui.phone_edit, "")  # back to what is saved
    qtbot.waitUntil(lambda: drafts.load_draft(ctx.db, DRAFT_KEY, None) is None, timeout=5000)
    _type(qtbot, screen.ui.phone_edit, "02 1234567")
    qtbot.waitUntil(lambda: drafts.load_draft(ctx.db, DRAFT_KEY, None) is not None, timeout=5000)
    screen.discard_changes()  # "Annulla modifiche", confirmed
    assert drafts.load_draft(ctx.db, DRAFT_KEY, None) is None


def test_drafts_belong_to_their_user_and_read_only_screens_offer_none(qtbot, ctx, dialogs):
    drafts.save_draft(ctx.db, DRAFT_KEY, None, {"body_name": "Bozza di operatore.test"})
    ctx.db.actor = Actor(username="rita.ricci", roles=frozenset({Role.REVISORE}))
    screen = _screen(qtbot, ctx)
    assert dialogs.texts("confirm") == [] and screen.ui.body_name_edit.text() == ""
    ctx.db.actor = Actor(username="operatore.test", roles=frozenset({Role.REVISORE}))
    _screen(qtbot, ctx)  # the owner, but now without the right to change the profile
    assert dialogs.texts("confirm") == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_draft_survives_a_killed_process(qtbot, ctx, dialogs):
    """A real crash: another process types into the form, waits for the autosave and is killed."""
    script = textwrap.dedent("""
        import os, signal, sys
        from PySide6.QtWidgets import QApplication
        from equilibri_desktop.config import resolve_config
        from equilibri_desktop.services.access import drafts
        from equilibri_desktop.services.admin.maintenance import prepare_database
        from equilibri_desktop.ui.context import AppContext
        from equilibri_desktop.ui.screens.admin.organisation_settings import DRAFT_KEY, OrganisationSettingsScreen
        from equilibri_desktop.ui.ui_state import UiState

        app = QApplication([])
        config = resolve_config(sys.argv[1], sys.argv[2])
        db = prepare_database(config, user="operatore.test")
        screen = OrganisationSettingsScreen(AppContext(db=db, config=config, ui_state=UiState(sys.argv[3])))
        screen.drafts.timer.setInterval(20)
        screen.ui.signatory_name_edit.setText("Giulia Ferrari")
        screen.ui.signatory_name_edit.textEdited.emit("Giulia Ferrari")
        while drafts.load_draft(db, DRAFT_KEY, None) is None:
            app.processEvents()
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script, str(ctx.config.data_dir), ctx.config.database_url,
                             str(ctx.config.data_dir / "crash-ui.ini")], capture_output=True, text=True,
                            timeout=120, env=env, check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr
    screen = _screen(qtbot, ctx)
    assert dialogs.texts("confirm") == [RECOVER]
    assert screen.ui.signatory_name_edit.text() == "Giulia Ferrari"
