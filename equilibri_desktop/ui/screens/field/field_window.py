"""Field mode: a window with only the event's work — registration with consents and notes, attendance, the
return — on the laptop's own encrypted database. The title says «CAMPO» and the event, so nobody mistakes it
for the office program."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from equilibri_desktop import APP_NAME
from equilibri_desktop.domain.field.sealing import SealKey
from equilibri_desktop.paths import icon_path
from equilibri_desktop.services.events.events import get_event
from equilibri_desktop.services.field.dto import FieldInfo
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.screens.events.attendance_tab import AttendanceTab
from equilibri_desktop.ui.screens.field.registration_tab import FieldRegistrationTab
from equilibri_desktop.ui.screens.field.return_tab import FieldReturnTab


class FieldWindow(QMainWindow):
    closed = Signal()

    def __init__(self, ctx: AppContext, info: FieldInfo, seal_key: SealKey, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.info = ctx, info
        self.setObjectName("field_window")
        self.setWindowIcon(QIcon(str(icon_path())))
        self.setWindowTitle(tr("CAMPO — {event} — {app}").format(event=info.event_title, app=APP_NAME))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        banner = QLabel(tr("CAMPO · {event} · lavora {user} · dati cifrati su questo portatile").format(
            event=info.event_title, user=info.display_name or info.username), objectName="field_banner")
        banner.setStyleSheet("background: #7a3e00; color: white; font-weight: bold; padding: 6px;")
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(banner)
        self.tabs = QTabWidget(objectName="field_tabs")
        self.registration = FieldRegistrationTab(ctx, info.event_uuid, self)
        self.attendance = AttendanceTab(ctx, self)
        # Sign-in sheets are printed in the office: documents made on the laptop would not travel back.
        self.attendance.allow_printing(False)
        self.returns = FieldReturnTab(ctx, seal_key, self)
        self.tabs.addTab(self.registration, tr("&1 Iscrizioni, consensi e note"))
        self.tabs.addTab(self.attendance, tr("&2 Presenze"))
        self.tabs.addTab(self.returns, tr("&3 Rientro in ufficio"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.returns.data_deleted.connect(self._deleted)
        self.deleted = False
        ok, detail = run_now(self, lambda: get_event(ctx.db, info.event_uuid))
        if ok:
            self.attendance.show_event(detail)
        self.resize(1280, 740)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        current.refresh()

    def _deleted(self) -> None:
        self.deleted = True
        Messages.inform(self, tr("Dati cancellati"), tr("L'ufficio ha ricevuto tutto: i dati dell'evento sono stati "
                                                        "cancellati da questo portatile."))
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.deleted and self.registration.has_unsaved_changes() and not Messages.confirm(
                self, tr("Iscrizione non confermata"), tr("Nel modulo c'è un'iscrizione non ancora confermata. "
                                                          "Chiudere comunque?"), ok_label=tr("Chiudi")):
            event.ignore()
            return
        if not self.deleted:
            self.ctx.db.dispose()
        self.returns.forget_key()
        event.accept()
        self.closed.emit()
