"""Start-up: logging → excepthook → QApplication → translators → lock → backup + migrate → window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys

from equilibri_desktop import APP_ID, APP_NAME, ORG_NAME, __version__

log = logging.getLogger("equilibri.app")

# A testing aid for --exit-when-shown (benchmarks, smoke tests): "username:password" of a DEMO user.
# It goes through the normal password check (audited, lockout), and is ignored on any real database.
AUTOLOGIN_ENV = "EQUILIBRI_AUTOLOGIN"
CLOSING_POLL_MS = 200
WARM_UP_DELAY_MS = 1000  # after login: the clerk reads the home page before the first search
CLOSING_WAIT_POLLS = 15 * 60 * 1000 // CLOSING_POLL_MS  # a quarter of an hour: then something is wrong


class _Refused(Exception):
    """Start-up stops here with a message (a failed unattended login)."""

    def __init__(self, title: str, text: str):
        super().__init__(text)
        self.title = title


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="equilibri", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="cartella di dati, copie e registri")
    parser.add_argument("--database-url", help="server PostgreSQL (postgresql://utente@host/database)")
    parser.add_argument("--self-test", action="store_true", help="verifica l'installazione ed esce (0 = ok)")
    parser.add_argument("--self-test-report", metavar="FILE",
                        help="scrive l'esito della verifica in FILE (su Windows il programma non ha console)")
    parser.add_argument("--field", metavar="KIT", help="modalità campo: apre il kit di un evento sul portatile")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # For start-up benchmarks and smoke tests: print a marker once the window is on screen, then quit;
    # start-up refusals go to stderr instead of a dialog nobody could click.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _fail(title: str, text: str, interactive: bool = True) -> int:
    log.error("start-up refused: %s", title)
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, title, text)
    else:
        print(f"{title}: {text}", file=sys.stderr, flush=True)
    return 1


def run(argv: list[str]) -> int:
    args = parse_args(argv[1:])
    if args.self_test:
        from equilibri_desktop.ui.selftest import run_self_test

        return run_self_test(args.self_test_report)

    # No cyclic garbage collection until the home page is filled (re-enabled in _open_and_run): loading the
    # program creates ~160,000 long-lived objects and almost no garbage (about 1,300 objects), yet the collector
    # would walk them again and again while the modules load, about a tenth of the start-up's CPU time.
    gc.disable()
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.logging_setup import setup_logging

    config = resolve_config(args.data_dir, args.database_url)
    config.ensure_folders()
    log_path = setup_logging(config.log_dir)
    log.info("%s %s starting", APP_NAME, __version__)

    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.paths import font_path
    from equilibri_desktop.ui.excepthook import install_excepthook
    from equilibri_desktop.ui.style import apply_style

    install_excepthook(log_path)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    # Qt ships no fonts: the bundled one guarantees accents and € on a bare machine.
    family_id = QFontDatabase.addApplicationFont(str(font_path()))
    if family_id >= 0 and not QFontDatabase.families(QFontDatabase.WritingSystem.Latin):
        app.setFont(QFont(QFontDatabase.applicationFontFamilies(family_id)[0], 10))
    apply_style(app)

    from equilibri_desktop.ui.translations import install_translators
    from equilibri_desktop.ui.ui_state import UiState

    ui_state = UiState(config.settings_file)
    install_translators(app, ui_state.language)
    if args.field:
        gc.enable()
        return _run_field(app, config, ui_state, args.field)
    return _open_and_run(app, config, ui_state, exit_when_shown=args.exit_when_shown)


def _open_and_run(app, config, ui_state, exit_when_shown: bool = False) -> int:
    from equilibri_desktop.domain.errors import DomainError
    from equilibri_desktop.instance_lock import InstanceLock, PreviousSessionClosing
    from equilibri_desktop.ui.i18n import tr
    from equilibri_desktop.ui.main_window import MainWindow
    from equilibri_desktop.ui.tasks import run_task, wait_for_all

    lock = InstanceLock(config.data_dir)
    try:
        lock.acquire()
    except PreviousSessionClosing as closing:
        if not _wait_for_closing(lock, str(closing), interactive=not exit_when_shown):
            return _fail(tr("Programma già aperto"), str(closing), interactive=not exit_when_shown)
    except DomainError as error:
        return _fail(tr("Programma già aperto"), str(error), interactive=not exit_when_shown)
    state: dict = {"code": 0, "db": None, "start_copy": True}
    try:
        window = MainWindow(config, ui_state)
        window.show()
        if exit_when_shown:
            _report_when_painted("shown", window)

        def opened(db) -> None:
            state["db"] = db
            try:
                attached = _attach(window, db, config, ui_state, exit_when_shown, state)
            except _Refused as refusal:
                state["code"] = _fail(refusal.title, str(refusal), interactive=not exit_when_shown)
                app.exit(state["code"])
                return
            if not attached:
                app.exit(0)
                return
            # What is loaded by now (Qt wrappers, SQLAlchemy and the mapped models) lives until exit:
            # taking it out of the collector's reach removes ~100 ms full-collection pauses while typing.
            gc.freeze()
            gc.enable()  # off since the start (see run)
            log.info("start-up done: %d long-lived objects frozen", gc.get_freeze_count())
            if exit_when_shown:
                _report_when_painted("ready", window, close=True)

        def failed(error: Exception, details: str) -> None:
            if _offer_restore(window, config, error, interactive=not exit_when_shown):
                open_database()  # the latest good copy is in place: open it as at a normal start
                return
            if isinstance(error, DomainError):
                state["code"] = _fail(tr("Impossibile aprire i dati"), str(error), interactive=not exit_when_shown)
            else:
                sys.excepthook(type(error), error, error.__traceback__)  # logged, with details to copy
                state["code"] = 2
            app.exit(state["code"])

        # Opening runs off the UI thread: SQLAlchemy's import alone outweighs a bare window, and an
        # upgrade (backup + migrations) gets a progress dialog instead of a frozen window.
        def open_database() -> None:
            run_task(lambda _t: _prepare(config, state), parent=window, label=tr("Apertura e aggiornamento dei dati…"),
                     on_done=opened, on_error=failed, cancellable=False)

        open_database()
        code = app.exec()
        # The window is gone: what follows (tasks still running, the exit copy) no longer keeps the clerk waiting,
        # and a new start meanwhile waits for this process instead of being refused.
        log.info("window closed")
        if exit_when_shown:
            print("closed", flush=True)
        lock.mark_closing()
        wait_for_all()
        if state["db"] is not None:
            if window.login is not None:
                _record_logout(state["db"])
            state["db"].dispose()
            _exit_copy(config)
        return state["code"] or code
    finally:
        lock.release()


def _run_field(app, config, ui_state, kit: str) -> int:
    """Field mode: only the event's screens, on the laptop's own encrypted database (no office database)."""
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from equilibri_desktop.domain.errors import DomainError
    from equilibri_desktop.instance_lock import InstanceLock
    from equilibri_desktop.ui.i18n import tr
    from equilibri_desktop.ui.screens.field.field_mode import open_field_mode
    from equilibri_desktop.ui.tasks import wait_for_all

    lock = InstanceLock(config.data_dir)
    try:
        lock.acquire()
    except DomainError as error:
        return _fail(tr("Programma già aperto"), str(error))
    state = {"code": 0, "windows": []}
    app.setQuitOnLastWindowClosed(False)  # the progress dialog of the opening must not end the program

    def opened(window) -> None:
        state["windows"].append(window)
        window.closed.connect(app.quit)

    def gave_up() -> None:
        state["code"] = 1
        app.quit()

    try:
        QTimer.singleShot(0, lambda: open_field_mode(None, config, ui_state, Path(kit), opened, gave_up))
        app.exec()
        wait_for_all()
        return state["code"]
    finally:
        lock.release()


def _exit_copy(config) -> None:
    from equilibri_desktop.services.admin import maintenance

    try:
        maintenance.end_of_session(config)
    except Exception:  # the window is gone: nobody to tell; the home page warns when copies grow old
        log.exception("exit copy not written")


def _wait_for_closing(lock, message: str, interactive: bool) -> bool:
    """Wait, with a message, until the program that is closing has written its exit copy and let go of the
    folder. False if the clerk gives up, or if it still holds the folder after a quarter of an hour."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from equilibri_desktop.ui.i18n import tr

    log.info("waiting for the previous session's exit copy")
    if not interactive:
        print(message, file=sys.stderr, flush=True)
    dialog = None
    if interactive:
        dialog = QProgressDialog(message, tr("Non aspettare"), 0, 0)
        dialog.setWindowTitle(tr("Chiusura precedente in corso"))
        dialog.setMinimumDuration(0)
        dialog.show()
    loop = QEventLoop()
    outcome = {"got": False, "polls": 0}

    def poll() -> None:
        outcome["polls"] += 1
        if lock.try_acquire():
            outcome["got"] = True
            loop.quit()
        elif outcome["polls"] >= CLOSING_WAIT_POLLS or (dialog is not None and dialog.wasCanceled()):
            loop.quit()

    timer = QTimer(interval=CLOSING_POLL_MS, timeout=poll)
    timer.start()
    loop.exec()
    timer.stop()
    if dialog is not None:
        dialog.close()
    return outcome["got"]


def _offer_restore(window, config, error: Exception, interactive: bool) -> bool:
    """A damaged database: the diagnosis of `equilibri-admin check`, and the latest good copy to restore
    with one click. True when it was restored (the damaged file is kept aside, never deleted)."""
    from equilibri_desktop.domain.errors import DatabaseDamagedError, DomainError
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.i18n import tr

    if not (interactive and isinstance(error, DatabaseDamagedError) and error.latest_good is not None):
        return False
    if not Messages.confirm(window, tr("Database danneggiato"), str(error),
                            ok_label=tr("Ripristina l'ultima copia sana")):
        return False
    try:
        maintenance.restore_database(config, error.latest_good)
    except DomainError as refused:
        Messages.warn(window, tr("Ripristino non riuscito"), str(refused))
        return False
    return True


def _prepare(config, state: dict):
    from equilibri_desktop.services.admin import maintenance, warm_up

    # Asked before the database is opened: opening it changes its files.
    state["start_copy"] = maintenance.start_copy_needed(config)
    db = maintenance.prepare_database(config)  # copies the database itself before any upgrade
    state["demo"] = maintenance.is_demo(db)
    warm_up.before_login(db)  # here, not on the UI thread once the window is waiting
    return db


def _attach(window, db, config, ui_state, exit_when_shown: bool = False, opened: dict | None = None) -> bool:
    """Log in, then show the open database in the window; False if the user gave up at login or in the
    first-run wizard (nothing else happens then)."""
    from PySide6.QtCore import QTimer

    from equilibri_desktop.services.admin import maintenance, warm_up
    from equilibri_desktop.ui.context import AppContext

    opened = opened or {}
    demo = opened["demo"] if "demo" in opened else maintenance.is_demo(db)
    ctx = AppContext(db=db, config=config, ui_state=ui_state, demo=demo)
    signed_in, login = _sign_in_unattended(ctx) if exit_when_shown else _sign_in(window, ctx)
    if not signed_in:
        return False
    window.attach(ctx, login)
    # Beside the first screen, with no dialog in the way: the online backup API reads while the clerk works
    # (a compressed copy of a 1,000,000-person registry takes seconds), and the search statements get compiled.
    # The warm-up waits for the home page to be filled: Python threads share one interpreter lock. The start
    # copy begins once the filled home page has been painted (a zero timer runs after the pending paint), so
    # its imports and its compression do not compete with that first paint; should the window be closed before
    # the timer fires, the exit copy is written all the same.
    QTimer.singleShot(WARM_UP_DELAY_MS, lambda: _in_background(lambda: warm_up.after_login(db), "warm-up"))
    QTimer.singleShot(0, window, lambda: _in_background(
        lambda: maintenance.start_of_session(config, copy=opened.get("start_copy", True)), "start copy"))
    QTimer.singleShot(WARM_UP_DELAY_MS, window, lambda: _check_pages(window, config))  # not once it is gone
    return True


def _check_pages(window, config) -> None:
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.i18n import tr
    from equilibri_desktop.ui.page_check import check_pages_in_background

    check_pages_in_background(window, config, lambda problem: Messages.warn(
        window, tr("Database danneggiato"), problem + "\n\n" + tr("Chiudi il programma e ripristina la copia "
                                                                   "indicata prima di continuare a lavorare.")))


def _in_background(job, what: str) -> None:
    """Run `job` on Qt's shared pool (closing waits for it, see tasks.wait_for_all); a failure is logged."""
    from PySide6.QtCore import QThreadPool

    def run() -> None:
        try:
            job()
        except Exception:  # nobody waits for these: the home page warns when copies grow old
            log.exception("%s failed", what)

    QThreadPool.globalInstance().start(run)


def _sign_in(window, ctx):
    """(signed in?, login): the first-run wizard on a new installation, else the login dialog, then the
    office profile if it is still empty and the user may fill it in. Sets `ctx.db.actor`."""
    from equilibri_desktop.domain.access import Permission
    from equilibri_desktop.services.access import users
    from equilibri_desktop.services.admin import office_profile as organisation
    from equilibri_desktop.services.demo import users as demo_users
    from equilibri_desktop.ui.dialogs.first_run import FirstRunWizard
    from equilibri_desktop.ui.dialogs.login import SIGNED_OUT, run_login

    if ctx.demo and not users.has_users(ctx.db):
        demo_users.seed_demo_users(ctx.db)  # demo folders made before accounts existed
    needs_profile = not ctx.demo and not organisation.is_configured(ctx.db)
    if not users.has_users(ctx.db):
        ctx.db.actor = SIGNED_OUT
        wizard = FirstRunWizard(ctx, window, administrator=True, organisation=needs_profile)
        accepted = bool(wizard.exec())
        if not accepted or wizard.login_session is None:
            log.info("first-run wizard cancelled")
            if wizard.login_session is not None:
                users.record_logout(ctx.db)
            return False, None
        return True, wizard.login_session  # the wizard's page set the actor
    ctx.db.actor = SIGNED_OUT
    login = run_login(ctx, window)
    if login is None:
        log.info("login cancelled")
        return False, None
    ctx.db.actor = login.actor
    if needs_profile and login.actor.can(Permission.SETTINGS_MANAGE) \
            and not FirstRunWizard(ctx, window, administrator=False, organisation=True).exec():
        log.info("first-run wizard cancelled: nothing saved")
        users.record_logout(ctx.db)
        return False, None
    return True, login


def _sign_in_unattended(ctx):
    """--exit-when-shown: nobody can answer a dialog. An installation without accounts has nothing to
    protect yet and opens as before; otherwise only a DEMO user given in EQUILIBRI_AUTOLOGIN gets in,
    through the normal password check. Never a way around the login on real data."""
    from equilibri_desktop.domain.users import LoginError
    from equilibri_desktop.services.access import users
    from equilibri_desktop.ui.i18n import tr

    if not users.has_users(ctx.db):
        log.info("unattended start: no user accounts yet")
        return True, None
    credentials = os.environ.get(AUTOLOGIN_ENV, "")
    if not ctx.demo or ":" not in credentials:
        if credentials and not ctx.demo:
            log.warning("%s ignored: only demo data may be opened without typing the password", AUTOLOGIN_ENV)
        raise _Refused(tr("Accesso richiesto"), tr(
            "Questi dati hanno utenti: serve l'accesso con nome utente e password. {env}=utente:password "
            "vale solo con i dati dimostrativi.").format(env=AUTOLOGIN_ENV))
    username, _, password = credentials.partition(":")
    try:
        login = users.authenticate(ctx.db, username, password)
    except LoginError as error:
        raise _Refused(tr("Accesso non riuscito"), str(error)) from error
    if login.must_change_password:
        raise _Refused(tr("Accesso non riuscito"), tr("La password di questo utente è temporanea: va cambiata "
                                                      "con un accesso normale."))
    ctx.db.actor = login.actor
    return True, login


def _record_logout(db) -> None:
    from equilibri_desktop.services.access import users

    try:
        users.record_logout(db)
    except Exception:  # closing must go on: the exit backup matters more than this entry
        log.exception("logout not recorded")


def _report_when_painted(marker: str, window, close: bool = False) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        print(f"{marker} {window.windowTitle()}", flush=True)
        if close:
            window.close()

    # A zero timer fires after the pending paint events: the window is really on screen.
    QTimer.singleShot(0, report)


def main() -> None:
    sys.exit(run(sys.argv))


if __name__ == "__main__":
    main()
