"""Need to know in the window: a commissioner's navigation holds only her scoring; an auditor's people list
shows codici fiscali and contacts masked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from equilibri_desktop.domain.access import Role
from equilibri_desktop.services.access.need_to_know import MASKED
from equilibri_desktop.ui.main_window import MainWindow
from tests.registry_helpers import add_person
from tests.ui.access_helpers import add_user, fast_hashing, sign_in  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _window(qtbot, ctx, username: str, role: Role) -> MainWindow:
    add_user(ctx.db, username, role)
    window = MainWindow(ctx.config, ctx.ui_state, ctx, sign_in(ctx.db, username))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_commissioner_sees_only_home_and_her_evaluation(qtbot, ctx, dialogs):
    window = _window(qtbot, ctx, "anna.verdi", Role.COMMISSARIO)
    # The office's own profile (Ente e progetto) is readable by everyone; nothing about people or applications.
    assert set(window.nav_items) == {"home", "grant_evaluation", "organisation"}
    window.open_screen("grant_evaluation")
    assert dialogs.calls == []  # nothing refused on the way
    window.open_screen("people")  # e.g. through a stale shortcut: refused, not shown
    assert dialogs.titles("warn") == ["Accesso non consentito"]
    window.account.stop()


def test_auditor_reads_people_masked(qtbot, ctx, dialogs):
    add_person(ctx.db, "Rossi", "Laura", phone="02 1234567")
    window = _window(qtbot, ctx, "rita.revisore", Role.REVISORE)
    screen = window.open_screen("people")
    texts = []
    for view in screen.findChildren(QAbstractItemView):
        view_model = view.model()
        if view_model is None:
            continue
        texts += [str(view_model.index(r, c).data()) for r in range(view_model.rowCount())
                  for c in range(view_model.columnCount())]
    assert "Rossi" in " ".join(texts)
    assert MASKED in texts and "02 1234567" not in " ".join(texts)
    window.account.stop()
