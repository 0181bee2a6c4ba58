"""Start-up: logging → excepthook → QApplication → translators → lock → backup + migrate → window."""

from __future__ import annotations

import argparse
import logging
import sys

from equilibri_desktop import APP_ID, APP_NAME, ORG_NAME, __version__

log = logging.getLogger("equilibri.app")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="equilibri", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="cartella di dati, copie e registri")
    parser.add_argument("--database-url", help="server PostgreSQL (postgresql://utente@host/database)")
    parser.add_argument("--self-test", action="store_true", help="verifica l'installazione ed esce (0 = ok)")
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

        return run_self_test()

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

    from equilibri_desktop.ui.translations import install_translators
    from equilibri_desktop.ui.ui_state import UiState

    ui_state = UiState(config.settings_file)
    install_translators(app, ui_state.language)
    return _open_and_run(app, config, ui_state, exit_when_shown=args.exit_when_shown)


def _open_and_run(app, config, ui_state, exit_when_shown: bool = False) -> int:
    from equilibri_desktop.domain.errors import DomainError
    from equilibri_desktop.instance_lock import InstanceLock
    from equilibri_desktop.services import maintenance, organisation
    from equilibri_desktop.ui.i18n import tr

    lock = InstanceLock(config.data_dir)
    try:
        lock.acquire()
    except DomainError as error:
        return _fail(tr("Programma già aperto"), str(error), interactive=not exit_when_shown)
    try:
        try:
            db = maintenance.prepare_database(config, backup_reason="avvio")
        except DomainError as error:
            return _fail(tr("Impossibile aprire i dati"), str(error), interactive=not exit_when_shown)
        from equilibri_desktop.ui.context import AppContext
        from equilibri_desktop.ui.main_window import MainWindow

        ctx = AppContext(db=db, config=config, ui_state=ui_state, demo=maintenance.is_demo(db))
        if not ctx.demo and not organisation.is_configured(db):
            from equilibri_desktop.ui.dialogs.first_run import FirstRunWizard

            if not FirstRunWizard(ctx).exec():
                log.info("first-run wizard cancelled: nothing saved")
                return 0
        window = MainWindow(ctx)
        window.show()
        if exit_when_shown:
            _quit_once_painted(app, window)
        code = app.exec()
        if config.is_sqlite:
            maintenance.backup_database(config, reason="chiusura")
        db.dispose()
        return code
    finally:
        lock.release()


def _quit_once_painted(app, window) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        print(f"shown {window.windowTitle()}", flush=True)
        window.close()

    # A zero timer fires after the first pending paint events: the window is really on screen.
    QTimer.singleShot(0, report)


def main() -> None:
    sys.exit(run(sys.argv))


if __name__ == "__main__":
    main()
