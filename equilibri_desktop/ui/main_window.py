"""The navigation shell: areas on the left, the current screen on the right, menus, status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop import APP_NAME, __version__
from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.access import Permission
from equilibri_desktop.paths import icon_path
from equilibri_desktop.ui.account import Account
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.main_menus import build_menus
from equilibri_desktop.ui.navigation import (
    ScreenEntry,
    screen_entry,
    screen_for_kind,
    visible_areas,
    visible_screens,
)
from equilibri_desktop.ui.navigator import Navigator
from equilibri_desktop.ui.screen import ScreenBehaviour
from equilibri_desktop.ui.screen_frame import framed
from equilibri_desktop.ui.status_labels import StatusLabels
from equilibri_desktop.ui.tasks import on_account_disabled
from equilibri_desktop.ui.ui_state import UiState
from equilibri_desktop.ui.window_fit import fit_to_screen

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from equilibri_desktop.services.access.users import LoginSession

KEY_ROLE = Qt.ItemDataRole.UserRole


def nav_tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


class MainWindow(QMainWindow):
    """Shown before the database is open (SQLAlchemy alone costs more than a bare window), then
    `attach()`ed to the open database; navigation stays disabled until then."""

    def __init__(self, config: AppConfig, ui_state: UiState, ctx: AppContext | None = None,
                 login: LoginSession | None = None):
        super().__init__()
        self.config, self.ui_state = config, ui_state
        self.ctx: AppContext | None = None
        self.account = Account(self)
        # A service refusing an account disabled meanwhile ends the session: back to the login, saying why.
        on_account_disabled(self.account.relogin_required)
        self.setObjectName("main_window")
        self.setWindowIcon(QIcon(str(icon_path())))
        self.screens: dict[str, QWidget] = {}
        self.nav = QTreeWidget(objectName="navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setMinimumWidth(200)
        self.stack = QStackedWidget(objectName="screen_stack")
        self.screen_title = QLabel(objectName="screen_title")
        right = QWidget(objectName="screen_area")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.screen_title)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(objectName="main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1000])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._build_status_bar()
        self.nav.currentItemChanged.connect(lambda item, _prev: item and self._on_nav(item))
        self.loading_label = QLabel(tr("Apertura dei dati…"), objectName="loading_label",
                                    alignment=Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.nav.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        ui_state.restore_geometry(self)
        fit_to_screen(self)
        ui_state.restore_splitter(self.splitter, self)
        if ctx is not None:
            self.attach(ctx, login)

    def attach(self, ctx: AppContext, login: LoginSession | None = None) -> None:
        """The database is open and `ctx.db.actor` is who works: list what they may open, show the home.

        `login` is None only in an installation without accounts yet (no lock, no logout then)."""
        self.ctx = ctx
        self.account.login = login
        ctx.navigator = Navigator(self.open_screen, lambda kind: screen_for_kind(kind, self.ctx.db.actor), self)
        ctx.navigator.database_replaced.connect(self.on_database_replaced)
        self._build_navigation()
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._apply_permissions()
        self.refresh_title()
        self.refresh_status()
        self.status_labels.timer.start()
        self.open_screen("home")
        self.account.start(login)

    def detach(self) -> None:
        """Forget the screens (they hold what the last user saw) and wait for the next login."""
        self.account.stop()
        self.status_labels.timer.stop()
        self.stack.setCurrentWidget(self.loading_label)
        for screen in self.screens.values():
            frame = screen.parentWidget().parentWidget()  # viewport, then its scroll frame
            self.stack.removeWidget(frame)
            frame.deleteLater()
        self.screens.clear()
        self.nav.clear()
        self.nav_items = {}
        self.nav.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.screen_title.clear()
        self.loading_label.setText(tr("Nessun utente collegato."))
        self.status_labels.user.clear()

    # --- navigation -----------------------------------------------------------------------
    def _build_navigation(self) -> None:
        """Only the screens the actor may open: the rest does not exist for them."""
        actor = self.ctx.db.actor
        self.nav.clear()
        self.nav_items: dict[str, QTreeWidgetItem] = {}
        entries = visible_screens(actor)
        for entry in entries:
            if not entry.area:
                self._add_nav_item(self.nav.invisibleRootItem(), entry)
        for area in visible_areas(actor):
            area_item = QTreeWidgetItem(self.nav, [nav_tr(area)])
            area_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = area_item.font(0)
            font.setBold(True)
            area_item.setFont(0, font)
            for entry in entries:
                if entry.area == area:
                    self._add_nav_item(area_item, entry)
            area_item.setExpanded(True)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """The sidebar is as wide as its longest label in the interface's language (English ones are longer):
        a clipped «Organisations and b…» tells the clerk nothing."""
        scroll_bar = self.nav.verticalScrollBar().sizeHint().width()
        needed = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + scroll_bar + 8
        self.nav.setMinimumWidth(max(200, needed))
        sizes = self.splitter.sizes()
        if sizes and sizes[0] < needed:
            self.splitter.setSizes([needed, max(0, sum(sizes) - needed)])

    def _add_nav_item(self, parent: QTreeWidgetItem, entry: ScreenEntry) -> None:
        item = QTreeWidgetItem(parent, [nav_tr(entry.title)])
        item.setData(0, KEY_ROLE, entry.key)
        self.nav_items[entry.key] = item

    def _on_nav(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.open_screen(key)

    def open_screen(self, key: str) -> QWidget:
        entry = screen_entry(key)
        if not entry.allowed(self.ctx.db.actor):
            Messages.warn(self, tr("Accesso non consentito"),
                          tr("Il tuo utente non ha il permesso di aprire questa parte del programma."))
            return self.current_screen()
        screen = self.screens.get(key)
        if screen is None:
            screen = entry.factory(self.ctx)
            screen.setObjectName(f"screen_{key}")
            self.screens[key] = screen
            self.stack.addWidget(framed(screen))
        else:
            screen.refresh()
        self.stack.setCurrentWidget(screen.parentWidget().parentWidget())
        self.screen_title.setText(" › ".join(nav_tr(part) for part in (entry.area, entry.title) if part))
        self.nav.blockSignals(True)
        self.nav.setCurrentItem(self.nav_items[key])
        self.nav.blockSignals(False)
        return screen

    def current_screen(self) -> QWidget:
        current = self.stack.currentWidget()
        return current.widget() if isinstance(current, QScrollArea) else current

    def on_database_replaced(self) -> None:
        for screen in self.screens.values():
            screen.database_replaced()
        self.refresh_title()
        self.refresh_status()
        if self.login is not None:
            # The restored copy has its own accounts and roles: whoever works now must prove it there.
            Messages.inform(self, tr("Nuovo accesso necessario"),
                            tr("Il database è stato sostituito dalla copia: accedi di nuovo."))
            self.account.relogin_required()

    # --- menus (ui/main_menus.py) ------------------------------------------------------------
    def _build_menus(self) -> None:
        build_menus(self)

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if isinstance(screen, ScreenBehaviour):  # not the "opening the data…" placeholder
            screen.refresh()
        self.refresh_status()

    def _apply_permissions(self) -> None:
        actor = self.ctx.db.actor
        self.backup_action.setEnabled(actor.can(Permission.BACKUPS_MANAGE) and self.config.is_sqlite)
        for action in (self.lock_action, self.change_password_action, self.logout_action):
            action.setEnabled(self.login is not None)

    def backup_now(self) -> None:
        if self.backup_action.isEnabled():
            self.open_screen("backups").backup_now()

    # --- the user's session (ui/account.py) ------------------------------------------------
    @property
    def login(self) -> LoginSession | None:
        return self.account.login

    @property
    def session_lock(self):
        return self.account.session_lock

    def lock_session(self) -> None:
        self.account.lock()

    def change_password(self) -> None:
        self.account.change_password()
        self.refresh_status()

    def logout(self, ask: bool = True) -> bool:
        return self.account.logout(ask)

    def unsaved_screens(self) -> list[QWidget]:
        return [s for s in self.screens.values() if s.has_unsaved_changes()]

    def keep_drafts(self) -> None:
        """Write every unsaved form's draft now (not at the autosave's next tick): it is offered back at the
        next start or login. For closing a locked window and for a login demanded by the lock."""
        from equilibri_desktop.ui.drafts import DraftKeeper

        for screen in self.unsaved_screens():
            for keeper in screen.findChildren(DraftKeeper):
                keeper.save_now()

    def show_preferences(self) -> None:
        from equilibri_desktop.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.ui_state, self).exec()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.config.data_dir)))

    def show_about(self) -> None:
        Messages.inform(self, tr("Informazioni"), tr(
            "{app} {version}\nGestionale della rete di conciliazione «Governare gli equilibri».\n\n"
            "Dati: {data}\nDatabase: {db}").format(app=APP_NAME, version=__version__, data=self.config.data_dir,
                                                   db=self.config.database_label))

    # --- title and status bar -------------------------------------------------------------
    def refresh_title(self) -> None:
        from equilibri_desktop.services.admin import office_profile as organisation

        body = organisation.load_profile(self.ctx.db).body_name
        parts = [APP_NAME] + ([body] if body else []) + (["DEMO"] if self.ctx.demo else [])
        self.setWindowTitle(" — ".join(parts))

    def _build_status_bar(self) -> None:
        self.status_labels = StatusLabels(self.statusBar(), self.config)
        self.status_labels.timer.timeout.connect(self.refresh_status)

    def refresh_status(self) -> None:
        self.status_labels.refresh(self.login, self.ctx.db.user)

    # --- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.unsaved_screens()
        if self.session_lock is not None and self.session_lock.is_locked:
            # Whoever closes a locked window has not proved who they are: ask nothing, throw nothing away.
            self.keep_drafts()
            unsaved = []
        elif unsaved and not Messages.confirm(self, tr("Modifiche non salvate"),
                                            tr("Ci sono modifiche non salvate. Chiudere comunque?"),
                                            ok_label=tr("Chiudi senza salvare")):
            event.ignore()
            return
        for screen in unsaved:  # the clerk chose to throw them away: no draft comes back next time
            screen.discard_draft()
        if self.session_lock is not None:
            self.session_lock.stop()  # its application event filter must not outlive the window
        self.ui_state.save_geometry(self)
        self.ui_state.save_splitter(self.splitter, self)
        self.ui_state.sync()
        event.accept()
