"""Amministrazione › Utenti: create a user and see the temporary password once, change roles, disable
with confirmation, reset a password, unlock, and the rules the service enforces shown next to fields."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.users import AccountDisabledError, LoginError
from equilibri_desktop.services.access import users
from equilibri_desktop.ui.screens.admin.users import UsersScreen
from tests.ui.access_helpers import (
    ADMIN_PASSWORD,
    PASSWORD,
    add_user,
    fast_hashing,  # noqa: F401 - fixture
)
from tests.ui.waiting import settle

pytestmark = pytest.mark.usefixtures("fast_hashing")
TEMPORARY = re.compile(r"^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$")


@pytest.fixture
def screen(qtbot, ctx):
    users.create_first_administrator(ctx.db, "anna.admin", "Anna Bianchi", ADMIN_PASSWORD)
    widget = UsersScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget, timeout=5000)
    return widget


def _rows(screen) -> dict[str, list[str]]:
    table = screen.ui.users_table
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}


def _select(qtbot, screen, username: str) -> None:
    table = screen.ui.users_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, 1)).center())
    assert screen.selected_username() == username


def _open_new_user_dialog(qtbot, screen):
    qtbot.mouseClick(screen.ui.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _toggle(qtbot, check) -> None:
    """Click the box itself (the widget may be wider than its box and label)."""
    before = check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked() != before


def _ok(dialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_list_shows_roles_state_and_last_login(screen):
    rows = _rows(screen)
    assert rows["anna.admin"] == ["anna.admin", "Anna Bianchi", "Amministratore", "no", "Attivo", "mai"]
    assert not screen.ui.temporary_group.isVisible()


def test_new_user_gets_a_temporary_password_shown_once(qtbot, screen, ctx):
    dialog = _open_new_user_dialog(qtbot, screen)
    assert dialog.windowTitle() == "Nuovo utente"
    qtbot.keyClicks(dialog.ui.display_name_edit, "Mario Rossi")
    qtbot.keyClicks(dialog.ui.username_edit, "Mario.Rossi")
    _toggle(qtbot, dialog.role_check(Role.OPERATORE))
    _toggle(qtbot, dialog.ui.protected_data_check)
    qtbot.keyClick(dialog.ui.username_edit, Qt.Key.Key_Return)  # Enter = Crea utente
    settle(qtbot)
    assert screen.dialog is None  # accepted (and deleted)
    rows = _rows(screen)
    assert rows["mario.rossi"][1:5] == ["Mario Rossi", "Operatore", "sì", "Attivo, password temporanea"]
    assert screen.selected_username() == "mario.rossi"
    assert screen.ui.temporary_group.isVisible()
    temporary = screen.ui.temporary_password_edit.text()
    assert TEMPORARY.match(temporary)
    assert "mario.rossi" in screen.ui.temporary_label.text()
    login = users.authenticate(ctx.db, "mario.rossi", temporary)
    assert login.must_change_password
    qtbot.mouseClick(screen.ui.hide_password_button, Qt.MouseButton.LeftButton)
    assert not screen.ui.temporary_group.isVisible() and screen.ui.temporary_password_edit.text() == ""


def test_leaving_the_screen_forgets_the_temporary_password(qtbot, screen):
    _select(qtbot, screen, "anna.admin")
    screen.show_temporary_password("anna.admin", "abcd-efgh-jkmn")
    screen.hide()
    assert screen.ui.temporary_password_edit.text() == ""


def test_errors_of_a_new_user_appear_next_to_the_fields(qtbot, screen):
    dialog = _open_new_user_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.ui.display_name_edit, "Mario Rossi")
    qtbot.keyClicks(dialog.ui.username_edit, "m")
    _ok(dialog)
    settle(qtbot)
    assert dialog.isVisible()
    assert "da 3 a 40 caratteri" in dialog.ui.username_error.text() and dialog.ui.username_error.isVisible()
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, "anna.admin")
    _toggle(qtbot, dialog.role_check(Role.OPERATORE))
    _ok(dialog)
    settle(qtbot)
    assert "Esiste già un utente anna.admin" in dialog.ui.username_error.text()
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, "mario.rossi")
    _toggle(qtbot, dialog.role_check(Role.OPERATORE))  # no role left
    _ok(dialog)
    settle(qtbot)
    assert dialog.ui.roles_error.text() == "Scegli almeno un ruolo."
    assert not dialog.ui.username_error.isVisible()
    qtbot.keyClick(dialog.ui.username_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and "mario.rossi" not in _rows(screen)


def test_roles_are_changed_and_the_last_administrator_kept(qtbot, screen, ctx):
    add_user(ctx.db, "olga.orsini", Role.OPERATORE, display_name="Olga Orsini")
    screen.refresh()
    _select(qtbot, screen, "olga.orsini")
    qtbot.mouseClick(screen.ui.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.ui.username_edit.isReadOnly() and dialog.role_check(Role.OPERATORE).isChecked()
    _toggle(qtbot, dialog.role_check(Role.OPERATORE))
    _toggle(qtbot, dialog.role_check(Role.REVISORE))
    _ok(dialog)
    settle(qtbot)
    assert _rows(screen)["olga.orsini"][2] == "Sola lettura / revisore"
    assert "prossimo accesso" in screen.ui.status_label.text()
    assert users.authenticate(ctx.db, "olga.orsini", PASSWORD).actor.roles == frozenset({Role.REVISORE})

    _select(qtbot, screen, "anna.admin")
    qtbot.mouseClick(screen.ui.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    _toggle(qtbot, dialog.role_check(Role.AMMINISTRATORE))
    _toggle(qtbot, dialog.role_check(Role.OPERATORE))
    _ok(dialog)
    settle(qtbot)
    assert dialog.isVisible() and "almeno un amministratore" in dialog.ui.roles_error.text()
    dialog.reject()
    assert _rows(screen)["anna.admin"][2] == "Amministratore"


def test_disabling_asks_first_and_can_be_undone(qtbot, screen, ctx, dialogs):
    add_user(ctx.db, "carlo.conti", Role.COMMISSARIO, display_name="Carlo Conti")
    screen.refresh()
    _select(qtbot, screen, "carlo.conti")
    assert screen.ui.toggle_active_button.text() == "&Disattiva…"
    dialogs.confirm_answer = False
    qtbot.mouseClick(screen.ui.toggle_active_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Disattiva utente"]
    assert "Carlo Conti" in dialogs.texts("confirm")[0]
    assert _rows(screen)["carlo.conti"][4] == "Attivo"
    dialogs.confirm_answer = True
    qtbot.mouseClick(screen.ui.toggle_active_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert _rows(screen)["carlo.conti"][4] == "Disattivato"
    with pytest.raises(AccountDisabledError):
        users.authenticate(ctx.db, "carlo.conti", PASSWORD)
    assert screen.ui.toggle_active_button.text() == "&Riattiva"
    qtbot.mouseClick(screen.ui.toggle_active_button, Qt.MouseButton.LeftButton)  # enabling needs no question
    settle(qtbot)
    assert _rows(screen)["carlo.conti"][4] == "Attivo" and len(dialogs.titles("confirm")) == 2


def test_nobody_can_disable_themselves(qtbot, screen, ctx):
    users.authenticate(ctx.db, "anna.admin", ADMIN_PASSWORD)
    ctx.db.user = "anna.admin"
    screen.refresh()
    _select(qtbot, screen, "anna.admin")
    assert not screen.ui.toggle_active_button.isEnabled()


def test_reset_password_then_unlock_a_locked_user(qtbot, screen, ctx, dialogs):
    add_user(ctx.db, "rita.ricci", Role.REVISORE)
    for _ in range(5):
        with pytest.raises(LoginError):
            users.authenticate(ctx.db, "rita.ricci", "sbagliata di nuovo")
    screen.refresh()
    _select(qtbot, screen, "rita.ricci")
    assert _rows(screen)["rita.ricci"][4].startswith("Bloccato fino alle ")
    assert screen.ui.unlock_button.isEnabled()
    qtbot.mouseClick(screen.ui.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert _rows(screen)["rita.ricci"][4] == "Attivo" and not screen.ui.unlock_button.isEnabled()
    assert users.authenticate(ctx.db, "rita.ricci", PASSWORD).user.username == "rita.ricci"

    dialogs.confirm_answer = False
    qtbot.mouseClick(screen.ui.reset_password_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not screen.ui.temporary_group.isVisible()
    dialogs.confirm_answer = True
    qtbot.mouseClick(screen.ui.reset_password_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Reimposta password", "Reimposta password"]
    temporary = screen.ui.temporary_password_edit.text()
    assert TEMPORARY.match(temporary) and screen.ui.temporary_group.isVisible()
    with pytest.raises(LoginError):
        users.authenticate(ctx.db, "rita.ricci", PASSWORD)
    assert users.authenticate(ctx.db, "rita.ricci", temporary).must_change_password
