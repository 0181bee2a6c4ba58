"""Logging in like a user: right and wrong passwords, lockout, temporary passwords, demo users, the
first administrator, what each role sees, logout, and the unattended smoke start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWizard
from sqlalchemy import select

from equilibri_desktop.domain.access import Permission, Role
from equilibri_desktop.domain.users import LoginError
from equilibri_desktop.services.access import user_admin, users
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.services.demo import users as demo_users
from equilibri_desktop.storage.models import AppMeta
from equilibri_desktop.storage.models.audit import AuditEntry
from equilibri_desktop.ui.dialogs.change_password import ChangePasswordDialog
from equilibri_desktop.ui.dialogs.first_run import FirstRunWizard
from equilibri_desktop.ui.dialogs.login import LoginDialog, run_login
from equilibri_desktop.ui.main_window import MainWindow
from tests.ui.access_helpers import (
    ADMIN_PASSWORD,
    PASSWORD,
    add_user,
    answering_modals,
    fast_hashing,  # noqa: F401 - fixture
    sign_in,
)
from tests.ui.waiting import settle

pytestmark = pytest.mark.usefixtures("fast_hashing")
NEW_PASSWORD = "la mia nuova frase segreta"

# Every role reads the start-up grants (Valutazione only for the commission).
GRANT_SCREENS = {"grant_calls", "grant_applications", "grant_rankings", "grant_payments", "grant_documents"}
# Every role but the commission reads the network (issue 14).
NETWORK_SCREENS = {"network_agreements", "network_overview", "network_contacts", "network_templates"}
EVENT_SCREENS = {"events"}  # the office reads events (issue 15)
WELFARE_SCREENS = {"welfare_engagements", "welfare_indicators"}  # and welfare consulting (issue 18)
FLEXWORK_SCREENS = {"flexwork_pathways", "flexwork_coworking", "flexwork_indicators"}  # flexible work (issue 17)
FIELD_SCREENS = {"field_office"}  # the kits and their return: those who run events (issue 16)
OTHER_LINES = NETWORK_SCREENS | EVENT_SCREENS | WELFARE_SCREENS | FLEXWORK_SCREENS


@pytest.fixture
def admin(ctx):
    return users.create_first_administrator(ctx.db, "anna.admin", "Anna Bianchi", ADMIN_PASSWORD)


def _dialog(qtbot, ctx, **kwargs) -> LoginDialog:
    dialog = LoginDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def _type_login(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, username)
    dialog.ui.password_edit.clear()
    qtbot.keyClicks(dialog.ui.password_edit, password)


def _ok(dialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def _actions(db, action: str) -> list[str]:
    with db.unit_of_work() as session:
        return list(session.scalars(select(AuditEntry.username).where(AuditEntry.action == action)
                                    .order_by(AuditEntry.id)))


def _make_demo(db) -> None:
    with db.unit_of_work() as session:
        session.merge(AppMeta(key="demo", value="1"))
    demo_users.seed_demo_users(db)


# --- the login dialog ----------------------------------------------------------------------------
def test_login_with_the_right_password(qtbot, ctx, admin):
    dialog = _dialog(qtbot, ctx)
    assert dialog.ui.username_edit.hasFocus()
    assert not dialog.ui.demo_group.isVisible()  # a real database lists nobody
    _type_login(qtbot, dialog, "Anna.Admin", ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session.user.username == "anna.admin"
    assert dialog.session.actor.can(Permission.USERS_MANAGE)
    assert dialog.ui.password_edit.text() == ""  # the typed password does not linger in the widget
    assert _actions(ctx.db, "login_ok") == ["anna.admin"]


def test_wrong_password_keeps_the_dialog_open_with_a_message(qtbot, ctx, admin):
    dialog = _dialog(qtbot, ctx)
    _type_login(qtbot, dialog, "anna.admin", "non era questa")
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)  # Enter = Accedi
    assert dialog.isVisible() and dialog.session is None
    assert dialog.ui.error_label.isVisible()
    assert dialog.ui.error_label.text() == "Nome utente o password non corretti."
    assert dialog.ui.password_edit.text() == "" and dialog.ui.password_edit.hasFocus()
    # An unknown user gets exactly the same message: nobody learns which accounts exist.
    _type_login(qtbot, dialog, "nessuno.qui", "qualcosa di lungo")
    _ok(dialog)
    assert dialog.ui.error_label.text() == "Nome utente o password non corretti."
    assert _actions(ctx.db, "login_failed") == ["anna.admin", "(sconosciuto)"]


def test_empty_fields_are_pointed_out(qtbot, ctx, admin):
    dialog = _dialog(qtbot, ctx)
    _ok(dialog)
    assert dialog.ui.error_label.text() == "Scrivi il tuo nome utente."
    qtbot.keyClicks(dialog.ui.username_edit, "anna.admin")
    _ok(dialog)
    assert dialog.ui.error_label.text() == "Scrivi la password."
    assert _actions(ctx.db, "login_failed") == []  # nothing was even tried


def test_lockout_after_repeated_failures_is_explained(qtbot, ctx, admin):
    dialog = _dialog(qtbot, ctx)
    for _ in range(5):
        _type_login(qtbot, dialog, "anna.admin", "ancora sbagliata")
        _ok(dialog)
    assert "bloccato per 15 minuti" in dialog.ui.error_label.text()
    _type_login(qtbot, dialog, "anna.admin", ADMIN_PASSWORD)  # even the right one, while locked
    _ok(dialog)
    assert dialog.isVisible() and "bloccato" in dialog.ui.error_label.text()


def test_escape_gives_up(qtbot, ctx, admin):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClick(dialog.ui.username_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.session is None


# --- temporary passwords -------------------------------------------------------------------------
def test_temporary_password_forces_a_new_one_before_anything_else(qtbot, ctx, admin):
    temporary = user_admin.create_user(ctx.db, "olga.orsini", "Olga Orsini", [Role.OPERATORE]).temporary_password
    shown = {}

    def log_in(dialog):
        assert isinstance(dialog, LoginDialog)
        _type_login(qtbot, dialog, "olga.orsini", temporary)
        _ok(dialog)

    def new_password(dialog):
        assert isinstance(dialog, ChangePasswordDialog) and dialog.forced
        shown["old_field_visible"] = dialog.ui.old_password_edit.isVisible()
        qtbot.keyClicks(dialog.ui.password_edit, "corta")
        qtbot.keyClicks(dialog.ui.confirm_edit, "corta")
        _ok(dialog)
        shown["short"] = dialog.ui.password_error.text()
        dialog.ui.password_edit.clear()
        dialog.ui.confirm_edit.clear()
        qtbot.keyClicks(dialog.ui.password_edit, NEW_PASSWORD)
        qtbot.keyClicks(dialog.ui.confirm_edit, NEW_PASSWORD + "x")
        _ok(dialog)
        shown["mismatch"] = dialog.ui.confirm_error.text()
        dialog.ui.confirm_edit.clear()
        qtbot.keyClicks(dialog.ui.confirm_edit, NEW_PASSWORD)
        qtbot.keyClick(dialog.ui.confirm_edit, Qt.Key.Key_Return)

    with answering_modals(log_in, new_password):
        session = run_login(ctx)
    assert shown["old_field_visible"] is False  # the temporary one was just typed: not asked again
    assert "almeno 10 caratteri" in shown["short"]
    assert shown["mismatch"] == "Le due password non coincidono: riscrivile."
    assert session is not None and not session.must_change_password
    assert session.actor.can(Permission.REGISTRY_WRITE)
    assert users.authenticate(ctx.db, "olga.orsini", NEW_PASSWORD).actor == session.actor


def test_giving_up_the_forced_change_goes_back_to_the_login(qtbot, ctx, admin):
    temporary = user_admin.create_user(ctx.db, "olga.orsini", "Olga Orsini", [Role.OPERATORE]).temporary_password
    prefilled = {}

    def log_in(dialog):
        _type_login(qtbot, dialog, "olga.orsini", temporary)
        _ok(dialog)

    def give_up(dialog):
        assert isinstance(dialog, ChangePasswordDialog)
        qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Escape)

    def login_again(dialog):
        assert isinstance(dialog, LoginDialog)
        prefilled["username"] = dialog.ui.username_edit.text()
        dialog.reject()

    with answering_modals(log_in, give_up, login_again):
        assert run_login(ctx) is None
    assert prefilled["username"] == "olga.orsini"
    with pytest.raises(LoginError):  # still temporary: the new password never got set
        users.authenticate(ctx.db, "olga.orsini", NEW_PASSWORD)


def test_voluntary_change_asks_for_the_current_password(qtbot, ctx, admin):
    dialog = ChangePasswordDialog(ctx.db, "anna.admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.old_password_edit.isVisible()
    qtbot.keyClicks(dialog.ui.old_password_edit, "non la ricordo bene")
    qtbot.keyClicks(dialog.ui.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.ui.confirm_edit, NEW_PASSWORD)
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.old_password_error.text() == "Nome utente o password non corretti."
    qtbot.keyClicks(dialog.ui.old_password_edit, ADMIN_PASSWORD)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.authenticate(ctx.db, "anna.admin", NEW_PASSWORD).user.username == "anna.admin"


# --- demo users ----------------------------------------------------------------------------------
def test_demo_users_are_listed_only_in_a_demo_database(qtbot, ctx, admin):
    ctx.demo = True  # the flag alone is not enough: the database itself must be a demo one
    assert not _dialog(qtbot, ctx).ui.demo_group.isVisible()
    _make_demo(ctx.db)
    dialog = _dialog(qtbot, ctx)
    table = dialog.ui.demo_table
    assert dialog.ui.demo_group.isVisible() and table.rowCount() == len(Role) + 1  # two commissari
    rows = {table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}
    assert rows["demo.revisore"] == ("Sola lettura / revisore", "prova.revisore", "Rita Ricci (demo)")
    assert rows["demo.commissario"][2] != rows["demo.commissaria"][2]  # same role, told apart by name
    assert rows["demo.responsabile"][0] == "Responsabile del procedimento + dati protetti"
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "demo.revisore")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, 1)).center())
    assert dialog.ui.username_edit.text() == "demo.revisore"
    assert dialog.ui.password_edit.text() == "prova.revisore"
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    assert dialog.session.actor.roles == frozenset({Role.REVISORE})


# --- first start ---------------------------------------------------------------------------------
def test_first_run_wizard_creates_and_logs_in_the_administrator(qtbot, ctx):
    assert not users.has_users(ctx.db)
    wizard = FirstRunWizard(ctx, administrator=True, organisation=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.administrator_page
    assert wizard.currentPage() is page
    page.ui.display_name_edit.setText("Maria Bianchi")
    page.ui.display_name_edit.textEdited.emit("Maria Bianchi")
    assert page.ui.username_edit.text() == "maria.bianchi"  # suggested from the name
    qtbot.keyClicks(page.ui.password_edit, "corta")
    qtbot.keyClicks(page.ui.confirm_edit, "corta")
    wizard.next()
    settle(qtbot)
    assert wizard.currentPage() is page and "almeno 10 caratteri" in page.ui.password_error.text()
    assert not users.has_users(ctx.db)
    page.ui.password_edit.clear()
    page.ui.confirm_edit.clear()
    qtbot.keyClicks(page.ui.password_edit, ADMIN_PASSWORD)
    qtbot.keyClicks(page.ui.confirm_edit, ADMIN_PASSWORD)
    wizard.next()
    settle(qtbot)  # the account is created off the UI thread, then the wizard moves on
    assert wizard.currentPage() is wizard.organisation_page
    assert wizard.login_session.user.username == "maria.bianchi"
    assert ctx.db.actor.can(Permission.SETTINGS_MANAGE) and ctx.db.user == "maria.bianchi"
    editor = wizard.organisation_page.editor
    assert not editor.ui.body_name_edit.isReadOnly()
    editor.ui.body_name_edit.setText("Comune di Vizzolo Predabissi")
    wizard.next()  # the last page saves the profile, as the administrator
    settle(qtbot)
    assert not wizard.isVisible()  # finished once the profile is stored
    assert organisation.load_profile(ctx.db).body_name == "Comune di Vizzolo Predabissi"
    assert _actions(ctx.db, "login_ok") == ["maria.bianchi"]


# --- what each role sees -------------------------------------------------------------------------
def _window(qtbot, ctx, login) -> MainWindow:
    window = MainWindow(ctx.config, ctx.ui_state, ctx, login)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    return window


def test_a_revisore_sees_no_users_screen_and_cannot_save_the_profile(qtbot, ctx, admin, dialogs):
    add_user(ctx.db, "rita.ricci", Role.REVISORE, display_name="Rita Ricci")
    window = _window(qtbot, ctx, sign_in(ctx.db, "rita.ricci"))
    assert set(window.nav_items) == (
        {"home", "people", "organisations", "organisation", "audit"} | GRANT_SCREENS | OTHER_LINES)
    assert "Utente: Rita Ricci — Sola lettura / revisore" == window.status_labels.user.text()
    assert not window.backup_action.isEnabled()
    window.backup_now()  # Ctrl+B does nothing for them
    assert "backups" not in window.screens
    window.open_screen("users")
    assert dialogs.titles("warn") == ["Accesso non consentito"]
    assert "users" not in window.screens
    window.nav.setCurrentItem(window.nav_items["organisation"])
    screen = window.current_screen()
    assert screen.ui.body_name_edit.isReadOnly() and not screen.ui.save_button.isEnabled()
    assert "Sola lettura" in screen.ui.status_label.text()
    qtbot.keyClick(screen.ui.body_name_edit, Qt.Key.Key_Return)  # Enter would save: it must not
    assert organisation.load_profile(ctx.db).version == 0


def test_an_operatore_sees_no_administration_but_the_profile(qtbot, ctx, admin):
    add_user(ctx.db, "olga.orsini", Role.OPERATORE)
    window = _window(qtbot, ctx, sign_in(ctx.db, "olga.orsini"))
    assert set(window.nav_items) == (
        {"home", "people", "organisations", "organisation"} | GRANT_SCREENS | OTHER_LINES | FIELD_SCREENS)
    assert window.lock_action.isEnabled() and window.logout_action.isEnabled()


def test_the_administrator_sees_every_screen_and_may_edit(qtbot, ctx, admin):
    window = _window(qtbot, ctx, sign_in(ctx.db, "anna.admin", ADMIN_PASSWORD))
    assert set(window.nav_items) == (
        {"home", "people", "organisations", "organisation", "users", "audit", "backups"} | GRANT_SCREENS | OTHER_LINES)
    assert window.backup_action.isEnabled() == ctx.config.is_sqlite
    window.nav.setCurrentItem(window.nav_items["organisation"])
    assert not window.current_screen().ui.body_name_edit.isReadOnly()
    window.nav.setCurrentItem(window.nav_items["users"])
    table = window.current_screen().ui.users_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["anna.admin"]


def test_logout_records_it_and_the_next_user_gets_their_own_screens(qtbot, ctx, admin, monkeypatch):
    from equilibri_desktop.ui.dialogs import login as login_dialogs

    add_user(ctx.db, "rita.ricci", Role.REVISORE)
    window = _window(qtbot, ctx, sign_in(ctx.db, "anna.admin", ADMIN_PASSWORD))
    window.open_screen("users")
    asked = []

    def next_login(login_ctx, parent, username=""):
        asked.append(login_ctx.db.actor.permissions)  # nobody holds rights while the login is open
        return users.authenticate(login_ctx.db, "rita.ricci", PASSWORD)

    monkeypatch.setattr(login_dialogs, "run_login", next_login)
    window.logout_action.trigger()
    assert asked == [frozenset()]
    assert _actions(ctx.db, "logout") == ["anna.admin"]
    assert ctx.db.user == "rita.ricci"
    assert "users" not in window.screens and set(window.nav_items) == (
        {"home", "people", "organisations", "organisation", "audit"} | GRANT_SCREENS | OTHER_LINES)
    monkeypatch.setattr(login_dialogs, "run_login", lambda *args, **kwargs: None)
    window.logout()  # nobody logs in: the program closes
    assert not window.isVisible()


# --- unattended start (--exit-when-shown) --------------------------------------------------------
def test_unattended_login_works_only_on_demo_data(ctx, admin, monkeypatch):
    from equilibri_desktop import app

    monkeypatch.setenv(app.AUTOLOGIN_ENV, f"anna.admin:{ADMIN_PASSWORD}")
    with pytest.raises(app._Refused, match="dimostrativi"):  # a real database: never without typing
        app._sign_in_unattended(ctx)
    assert _actions(ctx.db, "login_ok") == []
    _make_demo(ctx.db)
    ctx.demo = True
    monkeypatch.setenv(app.AUTOLOGIN_ENV, "demo.operatore:prova.sbagliata")
    with pytest.raises(app._Refused):
        app._sign_in_unattended(ctx)
    monkeypatch.setenv(app.AUTOLOGIN_ENV, "demo.operatore:prova.operatore")
    signed_in, login = app._sign_in_unattended(ctx)
    assert signed_in and login.user.username == "demo.operatore" == ctx.db.user
    assert ctx.db.actor.roles == frozenset({Role.OPERATORE})  # real permissions, not a bypass
    assert _actions(ctx.db, "login_ok") == ["demo.operatore"]  # audited like any login


def _start(data_dir, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "EQUILIBRI_AUTOLOGIN"}
    env.update(env_extra)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, "-m", "equilibri_desktop", "--data-dir", str(data_dir),
                           "--exit-when-shown"], capture_output=True, text=True, timeout=120, env=env, check=False)


def test_smoke_start_on_demo_data_logs_in_only_with_autologin(tmp_path):
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance

    config = resolve_config(tmp_path / "demo")
    db = maintenance.prepare_database(config)
    _make_demo(db)
    db.dispose()
    refused = _start(config.data_dir, {})
    assert refused.returncode == 1 and "ready" not in refused.stdout
    assert "Accesso richiesto" in refused.stderr
    started = _start(config.data_dir, {"EQUILIBRI_AUTOLOGIN": "demo.revisore:prova.revisore"})
    assert started.returncode == 0, started.stderr
    assert "ready Equilibri Desktop" in started.stdout and "DEMO" in started.stdout
    db = maintenance.prepare_database(config)
    try:
        assert _actions(db, "login_ok") == ["demo.revisore"]
        assert _actions(db, "logout") == ["demo.revisore"]  # closing the window logs out
    finally:
        db.dispose()


# --- the start-up flow of app.py -----------------------------------------------------------------
def _shell(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx.config, ctx.ui_state)
    qtbot.addWidget(window)
    window.show()
    return window


def _attach(window, ctx) -> bool:
    from equilibri_desktop import app
    from equilibri_desktop.ui.tasks import wait_for_all

    try:
        return app._attach(window, ctx.db, ctx.config, ctx.ui_state)
    finally:
        QApplication.processEvents()  # the start backup begins once the home page has been painted…
        wait_for_all()  # …and runs beside the first screen


def test_a_new_installation_starts_with_the_wizard_and_opens_as_its_administrator(qtbot, ctx):
    window = _shell(qtbot, ctx)

    def wizard(dialog):
        assert isinstance(dialog, FirstRunWizard) and dialog.administrator_page is not None
        dialog.next()
        page = dialog.administrator_page
        page.ui.display_name_edit.setText("Maria Bianchi")
        page.ui.username_edit.setText("maria.bianchi")
        page.ui.password_edit.setText(ADMIN_PASSWORD)
        page.ui.confirm_edit.setText(ADMIN_PASSWORD)
        dialog.next()
        qtbot.waitUntil(lambda: dialog.currentPage() is dialog.organisation_page, timeout=5000)
        dialog.organisation_page.editor.ui.body_name_edit.setText("Comune di Mediglia")
        dialog.button(QWizard.WizardButton.FinishButton).click()  # saves the profile, as the administrator

    with answering_modals(wizard):
        assert _attach(window, ctx)
    assert window.login.user.username == "maria.bianchi" == ctx.db.user
    assert "Comune di Mediglia" in window.windowTitle()
    assert set(window.nav_items) == (
        {"home", "people", "organisations", "organisation", "users", "audit", "backups"} | GRANT_SCREENS | OTHER_LINES)
    window.account.stop()


def test_the_start_copy_begins_once_the_home_page_is_shown(qtbot, sqlite_ctx):
    from equilibri_desktop import app
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.ui.tasks import wait_for_all

    ctx = sqlite_ctx
    users.create_first_administrator(ctx.db, "anna.admin", "Anna Bianchi", ADMIN_PASSWORD)
    organisation.save_profile(ctx.db, organisation.load_profile(ctx.db).__class__(body_name="Comune di Dresano"))
    window = _shell(qtbot, ctx)

    def log_in(dialog):
        assert isinstance(dialog, LoginDialog)
        _type_login(qtbot, dialog, "anna.admin", ADMIN_PASSWORD)
        _ok(dialog)

    with answering_modals(log_in):
        assert app._attach(window, ctx.db, ctx.config, ctx.ui_state)
    wait_for_all()
    # The home page is filled and nothing of the copy has begun: its imports and compression would compete
    # with the home page's first paint.
    assert window.current_screen() is window.screens["home"]
    assert [b.reason for b in maintenance.list_backups(ctx.config)] == []
    QApplication.processEvents()  # the paint, then the copy's timer
    wait_for_all()
    assert [b.reason for b in maintenance.list_backups(ctx.config)] == ["avvio"]
    window.account.stop()


def test_cancelling_the_first_administrator_opens_nothing(qtbot, ctx):
    window = _shell(qtbot, ctx)
    with answering_modals(lambda dialog: dialog.reject()):
        assert not _attach(window, ctx)
    assert not users.has_users(ctx.db) and window.login is None and not window.nav.isEnabled()


def test_with_accounts_the_start_asks_for_the_login(qtbot, ctx, admin):
    organisation.save_profile(ctx.db, organisation.load_profile(ctx.db).__class__(body_name="Comune di Dresano"))
    add_user(ctx.db, "olga.orsini", Role.OPERATORE)
    window = _shell(qtbot, ctx)
    seen = {}

    def log_in(dialog):
        assert isinstance(dialog, LoginDialog)
        seen["rights"] = ctx.db.actor.permissions  # nobody holds rights while the login is open
        _type_login(qtbot, dialog, "olga.orsini", PASSWORD)
        _ok(dialog)

    with answering_modals(log_in):
        assert _attach(window, ctx)
    assert seen["rights"] == frozenset()
    assert window.login.user.username == "olga.orsini" and ctx.db.actor.roles == frozenset({Role.OPERATORE})
    assert set(window.nav_items) == (
        {"home", "people", "organisations", "organisation"} | GRANT_SCREENS | OTHER_LINES | FIELD_SCREENS)
    window.account.stop()
    with answering_modals(lambda dialog: dialog.reject()):  # a second start, and nobody logs in
        assert not _attach(_shell(qtbot, ctx), ctx)
