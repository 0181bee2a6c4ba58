"""Grab every screen at 1366×768 on demo data: `xvfb-run -a .venv/bin/python scripts/screenshots.py OUTDIR`."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(out: Path, language: str = "it") -> None:
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services import demo, maintenance
    from equilibri_desktop.ui.context import AppContext
    from equilibri_desktop.ui.dialogs.first_run import FirstRunWizard
    from equilibri_desktop.ui.dialogs.preferences import PreferencesDialog
    from equilibri_desktop.ui.main_window import MainWindow
    from equilibri_desktop.ui.navigation import SCREENS
    from equilibri_desktop.ui.ui_state import UiState

    out.mkdir(parents=True, exist_ok=True)
    from equilibri_desktop.ui.style import apply_style

    from equilibri_desktop.ui.translations import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        config = resolve_config(Path(tmp) / "dati")
        db = maintenance.prepare_database(config)
        demo.seed_demo_data(db)
        maintenance.backup_database(config, "avvio")
        ui_state = UiState(Path(tmp) / "ui.ini")
        ctx = AppContext(db=db, config=config, ui_state=ui_state, demo=maintenance.is_demo(db))

        def grab(widget, name: str) -> None:
            for _ in range(5):
                app.processEvents()
            widget.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        loading = MainWindow(config, ui_state)
        loading.resize(1366, 768)
        loading.show()
        grab(loading, "00-main-window-loading")
        loading.close()

        window = MainWindow(config, ui_state, ctx)
        window.resize(1366, 768)
        window.show()
        for number, entry in enumerate(SCREENS, start=1):
            window.open_screen(entry.key)
            grab(window, f"{number:02d}-{entry.key}")
        preferences = PreferencesDialog(ui_state, window)
        preferences.show()
        grab(preferences, "90-preferences")
        empty = resolve_config(Path(tmp) / "vuota")
        fresh = maintenance.prepare_database(empty)
        wizard = FirstRunWizard(AppContext(db=fresh, config=empty, ui_state=ui_state), window)
        wizard.show()
        grab(wizard, "91-first-run-1")
        wizard.next()
        grab(wizard, "92-first-run-2")
        wizard.reject()
        window.close()
        fresh.dispose()
        db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"), sys.argv[2] if len(sys.argv) > 2 else "it")
