"""Grab every screen at 1366×768 on demo data: `xvfb-run -a .venv/bin/python scripts/screenshots.py OUTDIR`."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _demo_activity(db) -> object:
    """A few changes by different demo users, a failed login and the uuid of a person with a history."""
    from sqlalchemy import select

    from equilibri_desktop.domain.users import LoginError
    from equilibri_desktop.services.access import users
    from equilibri_desktop.storage.models import Person

    operator = users.authenticate(db, "demo.operatore", "prova.operatore")
    db.actor = operator.actor
    with db.unit_of_work() as session:
        person = session.scalars(select(Person).where(Person.protected.is_(False)).order_by(Person.id)).first()
        person.first_name, person.phone = f"{person.first_name} Maria", "02 5550123"
        record = person.uuid
    with db.unit_of_work() as session:
        session.get(Person, person.id).notes = "Colloquio fissato per lunedì"
    try:
        users.authenticate(db, "demo.amministratore", "password sbagliata")
    except LoginError:
        pass
    return record


def _wait(app, condition, seconds: float = 20) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _registry_shots(window, ctx, grab, tmp: Path) -> None:
    """People and organisations: list, detail, form with errors and warnings, merge, import wizard."""
    from codicefiscale import codicefiscale
    from openpyxl import Workbook
    from PySide6.QtWidgets import QApplication, QWidget

    from equilibri_desktop.services.access import users
    from equilibri_desktop.ui.main_window import nav_tr
    from equilibri_desktop.ui.navigation import screen_entry
    from equilibri_desktop.ui.screens.registry.merge_dialog import MergeDialog
    from equilibri_desktop.ui.screens.registry.screens import OrganisationsScreen, PeopleScreen

    app = QApplication.instance()
    admin_actor = ctx.db.actor
    # The registry is the operators' work (the administrator reads it only).
    ctx.db.actor = users.authenticate(ctx.db, "demo.operatore", "prova.operatore").actor

    def show(screen, key: str) -> None:
        """A screen built for the user set above, shown as the navigation would (title, selected item)."""
        entry = screen_entry(key)
        window.stack.addWidget(screen)
        window.stack.setCurrentWidget(screen)
        window.screen_title.setText(" › ".join(nav_tr(part) for part in (entry.area, entry.title) if part))
        window.nav.blockSignals(True)
        window.nav.setCurrentItem(window.nav_items[key])
        window.nav.blockSignals(False)

    people = PeopleScreen(ctx)
    show(people, "people")
    grab(window, "30-people-list")
    people.list_page.ui.search_edit.setText("ro")
    people.list_page.refresh()
    grab(window, "31-people-search")
    people.list_page.clear_filters()
    shown = [people.list_page.model.row_object(r) for r in range(people.list_page.model.rowCount())]
    first = next(row for row in shown if not row.missing_privacy_ack and row.email)
    people.open_record(first.uuid)
    grab(window, "32-person-detail")
    people.detail_page.ui.tabs.setCurrentIndex(1)
    grab(window, "32b-person-organisations")
    people.detail_page.ui.tabs.setCurrentIndex(2)
    grab(window, "33-person-privacy")
    people.detail_page.privacy.add_ack()
    grab(people.detail_page.privacy.dialog, "33b-privacy-ack-dialog")
    people.detail_page.privacy.dialog.reject()
    people.detail_page.ui.tabs.setCurrentIndex(0)
    people.new_record()
    form = people.form_page
    form.ui.surname_edit.setText("Rossi")
    form.ui.fiscal_code_edit.setText("RSSMRA85C52F205X")
    form.ui.email_edit.setText("maria.rossi@")
    form.ui.cap_edit.setText("2007")
    form.save()
    grab(window, "34-person-form-errors")
    form.ui.first_name_edit.setText("Maria")
    form.ui.fiscal_code_edit.setText("RSSMRA85C52F205Q")  # 12/03/1985, woman, Milano
    form.ui.sex_edit.setCurrentIndex(form.ui.sex_edit.findData("M"))
    form.ui.birth_date_edit.setText("21/03/1985")
    form.ui.email_edit.setText(first.email or "maria.rossi@example.org")
    form.ui.cap_edit.clear()
    form.refresh_messages()
    form.duplicates.check_now()
    grab(window, "35-person-form-warnings-duplicates")
    form._loaded = None  # leave without the discard question
    people.show_list(refresh=False)
    rows = [people.list_page.model.row_object(r) for r in (0, 1)]
    merge = MergeDialog(ctx, "persons", rows[0].uuid, rows[1].uuid, window)
    merge.show()
    grab(merge, "36-merge-dialog")
    merge.reject()

    organisations = OrganisationsScreen(ctx)
    show(organisations, "organisations")
    grab(window, "37-organisations-list")
    organisations.open_record(organisations.list_page.model.row_object(0).uuid)
    grab(window, "38-organisation-detail")
    organisations.detail_page.ui.tabs.setCurrentIndex(1)
    grab(window, "38b-organisation-contacts")
    organisations.detail_page.ui.tabs.setCurrentIndex(0)
    organisations.edit_record(organisations.detail_page.detail)
    grab(window, "39-organisation-form")
    organisations.form_page._loaded = None
    organisations.new_record()
    org_form = organisations.form_page
    org_form.ui.name_edit.setText("Bottega del Borgo")
    org_form.ui.vat_number_edit.setText("1234567890")
    org_form.ui.email_edit.setText("bottega@")
    org_form.ui.employees_edit.setText("12")
    org_form.ui.legal_representative_uuid_edit.setText("Nessuno Sconosciuto")
    org_form.save()
    grab(window, "39b-organisation-form-errors")
    org_form._loaded = None
    organisations.show_list(refresh=False)

    sheet_path = tmp / "utenti sportello.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Elenco utenti sportello 2024"])
    sheet.append(["COGNOME", "Nome", "C.F.", "Data di nascita", "Comune di residenza", "Cellulare", "E-mail", "Varie"])
    sheet.append(["bianchi", "luca", codicefiscale.encode("Bianchi", "Luca", "M", "1990-02-01", "F205"), "01/02/1990",
                  "Melegnano", "333 1112223", "", ""])
    sheet.append([first.surname.upper(), first.first_name, first.fiscal_code, "", "", "", "", "nuovo recapito"])
    sheet.append(["Verdi", "Anna", "", "20/05/1968", "San Donato Milanese", "", "anna.verdi@example.org", ""])
    sheet.append(["Gialli", "Ugo", "GLLGUO80A01F205X", "01/01/1980", "", "", "", "controllare"])
    sheet.append(["", "Senza", "", "04/10/1977", "", "", "", ""])
    book.save(sheet_path)
    people.list_page.actions.start_import()
    wizard = people.list_page.actions.import_wizard
    grab(wizard, "40-import-1-file")
    wizard.file_page.ui.file_edit.setText(str(sheet_path))
    wizard.next()
    grab(wizard, "41-import-2-columns")
    wizard.next()
    _wait(app, lambda: wizard.currentPage() is wizard.dry_page)
    grab(wizard, "42-import-3-simulation")
    wizard.next()
    _wait(app, lambda: wizard.currentPage() is wizard.final_page)
    grab(wizard, "43-import-4-done")
    wizard.accept()
    # The responsible officer has "dati protetti": protection fields and protected people's addresses.
    ctx.db.actor = users.authenticate(ctx.db, "demo.responsabile", "prova.responsabile").actor
    officer = PeopleScreen(ctx)
    show(officer, "people")
    officer.list_page.ui.protected_check.setChecked(True)
    grab(window, "44-people-protected-only")
    officer.new_record()
    officer.form_page.ui.protected_edit.setChecked(True)
    officer.form_page.scroll_to_protection = officer.form_page.form.findChild(QWidget, "scroll_area")
    officer.form_page.scroll_to_protection.ensureWidgetVisible(officer.form_page.ui.protection_group)
    grab(window, "45-person-form-protection")
    officer.form_page._loaded = None
    ctx.db.actor = admin_actor


def _no_waiting_for_clicks() -> None:
    """Message boxes are printed, not shown: under xvfb no one would ever close them."""
    from equilibri_desktop.ui.dialogs.messages import Messages

    def say(kind: str):
        return staticmethod(lambda _parent, title, text, *_rest, **_kw: print(f"[{kind}] {title}: {text}"))

    Messages.inform, Messages.warn, Messages.error_details = say("info"), say("avviso"), say("errore")
    Messages.confirm = staticmethod(lambda _parent, title, text, ok_label=None: print(f"[conferma] {title}") or True)
    Messages.ask_reason = staticmethod(lambda _parent, title, text: print(f"[motivo] {title}") or "prova")


def main(out: Path, language: str = "it") -> None:
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.access import audit_reports, user_admin, users
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.services.demo import seed as demo
    from equilibri_desktop.services.demo import users as demo_users
    from equilibri_desktop.ui.context import AppContext
    from equilibri_desktop.ui.dialogs.change_password import ChangePasswordDialog
    from equilibri_desktop.ui.dialogs.first_run import FirstRunWizard
    from equilibri_desktop.ui.dialogs.login import LoginDialog
    from equilibri_desktop.ui.dialogs.preferences import PreferencesDialog
    from equilibri_desktop.ui.dialogs.user_account import UserAccountDialog
    from equilibri_desktop.ui.main_window import MainWindow
    from equilibri_desktop.ui.navigation import SCREENS
    from equilibri_desktop.ui.style import apply_style
    from equilibri_desktop.ui.translations import install_translators
    from equilibri_desktop.ui.ui_state import UiState
    from equilibri_desktop.ui.widgets.record_history import RecordHistoryPanel

    out.mkdir(parents=True, exist_ok=True)
    _no_waiting_for_clicks()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        config = resolve_config(Path(tmp) / "dati")
        db = maintenance.prepare_database(config)
        demo.seed_demo_data(db)
        demo_users.seed_demo_users(db)
        maintenance.backup_database(config, "avvio")
        record = _demo_activity(db)
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
        login_dialog = LoginDialog(ctx, loading)
        login_dialog.show()
        login_dialog.choose_demo_user(0)
        grab(login_dialog, "00-login-demo")
        login_dialog.reject()
        loading.close()

        admin = users.authenticate(db, "demo.amministratore", "prova.amministratore")
        db.actor = admin.actor
        window = MainWindow(config, ui_state, ctx, admin)
        window.resize(1366, 768)
        window.show()
        for number, entry in enumerate(SCREENS, start=1):
            if not entry.allowed(db.actor):
                continue  # the shell would answer with a modal warning, which no one closes here
            screen = window.open_screen(entry.key)
            if entry.key == "audit":
                screen.ui.entries_view.selectRow(2)
                screen._verified(audit_reports.verify_chain(db))
            grab(window, f"{number:02d}-{entry.key}")
        users_screen = window.open_screen("users")
        created = user_admin.create_user(db, "mario.rossi", "Mario Rossi", ["operatore"])
        users_screen.refresh(select="mario.rossi")
        users_screen.show_temporary_password("mario.rossi", created.temporary_password)
        grab(window, "20-users-temporary-password")
        account_dialog = UserAccountDialog(ctx, window, users_screen.users["demo.responsabile"])
        account_dialog.show()
        grab(account_dialog, "21-user-roles-dialog")
        account_dialog.reject()
        window.lock_session()
        grab(window, "22-session-locked")
        window.session_lock.try_unlock("prova.amministratore")

        history = RecordHistoryPanel(ctx)
        history.resize(1100, 620)
        history.show_record(record)
        history.show()
        grab(history, "23-record-history")
        history.close()
        _registry_shots(window, ctx, grab, Path(tmp))

        window.account.stop()
        reader = users.authenticate(db, "demo.revisore", "prova.revisore")
        db.actor = reader.actor
        window.detach()
        window.attach(ctx, reader)
        window.open_screen("organisation")
        grab(window, "24-revisore-organisation")

        preferences = PreferencesDialog(ui_state, window)
        preferences.show()
        grab(preferences, "90-preferences")
        temporary = ChangePasswordDialog(db, "mario.rossi", window, current_password=created.temporary_password)
        temporary.show()
        grab(temporary, "91-change-temporary-password")
        temporary.reject()
        empty = resolve_config(Path(tmp) / "vuota")
        fresh = maintenance.prepare_database(empty)
        wizard = FirstRunWizard(AppContext(db=fresh, config=empty, ui_state=ui_state), window)
        wizard.show()
        grab(wizard, "92-first-run-1")
        wizard.next()
        grab(wizard, "93-first-run-2-administrator")
        page = wizard.administrator_page
        page.ui.display_name_edit.setText("Maria Bianchi")
        page.ui.username_edit.setText("maria.bianchi")
        page.ui.password_edit.setText("cavallo batteria graffetta")
        page.ui.confirm_edit.setText("cavallo batteria graffetta")
        wizard.next()
        grab(wizard, "94-first-run-3-organisation")
        wizard.reject()
        window.account.stop()
        window.close()
        fresh.dispose()
        db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"), sys.argv[2] if len(sys.argv) > 2 else "it")
