"""Eventi › Eventi e formazione: the events list (search, kind, sortable columns) and, for the chosen
event, its tabs. Ctrl+N a new event, Ctrl+F the search; the navigator opens an event by its UUID."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.codes import EventKind
from equilibri_desktop.services.events import events
from equilibri_desktop.services.events.dto import EventDetail, EventFilter
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.events.attendance_tab import AttendanceTab
from equilibri_desktop.ui.screens.events.certificates_tab import CertificatesTab
from equilibri_desktop.ui.screens.events.event_form import EventFormTab
from equilibri_desktop.ui.screens.events.feedback_tab import FeedbackTab
from equilibri_desktop.ui.screens.events.indicators_tab import IndicatorsTab
from equilibri_desktop.ui.screens.events.participants_tab import ParticipantsTab
from equilibri_desktop.ui.screens.events.rows_model import (
    Col,
    RowsModel,
    day,
    fit_columns,
    row_at,
    sortable,
)

SEARCH_DELAY_MS = 250


def _columns() -> list[Col]:
    return [
        Col(tr("Data"), lambda e: day(e.first_day), lambda e: e.first_day.isoformat() if e.first_day else ""),
        Col(tr("Titolo"), lambda e: e.title),
        Col(tr("Tipo"), lambda e: domain_tr(e.kind_label)),
        Col(tr("Ore"), lambda e: str(e.hours).replace(".", ","), lambda e: e.total_minutes, right=True),
        Col(tr("Iscritti"), lambda e: f"{e.counted}/{e.capacity}" if e.capacity else str(e.counted),
            lambda e: e.counted, right=True),
        Col(tr("Attesa"), lambda e: str(e.waiting or ""), lambda e: e.waiting, right=True),
    ]


class EventsScreen(FormScreen):
    FORM = "events/events_screen"
    WIDGETS = {"search_edit": QLineEdit, "kind_combo": QComboBox, "events_view": QTableView, "count_label": QLabel,
               "new_button": QPushButton, "tabs": QTabWidget}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui
        self.model = RowsModel(_columns(), self)
        self.proxy = sortable(self.model, self)
        view = ui.events_view
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.verticalHeader().hide()
        fit_columns(view, whole=(0, 3, 4, 5))  # the list is narrow beside the tabs: the counts must stay in sight
        view.selectionModel().currentRowChanged.connect(lambda *_: self._event_chosen())
        ui.kind_combo.addItem(tr("Tutti i tipi"), "")
        for kind in EventKind:
            ui.kind_combo.addItem(domain_tr(kind.label), kind.value)
        self.form_tab = EventFormTab(ctx)
        self.participants_tab = ParticipantsTab(ctx)
        self.attendance_tab = AttendanceTab(ctx)
        self.certificates_tab = CertificatesTab(ctx)
        self.feedback_tab = FeedbackTab(ctx)
        self.indicators_tab = IndicatorsTab(ctx)
        for tab, title in ((self.form_tab, tr("Sc&heda")), (self.participants_tab, tr("&Partecipanti")),
                           (self.attendance_tab, tr("P&resenze")), (self.certificates_tab, tr("A&ttestati")),
                           (self.feedback_tab, tr("&Questionari")), (self.indicators_tab, tr("&Indicatori"))):
            ui.tabs.addTab(tab, title)
        ui.tabs.currentChanged.connect(lambda _i: self._show_tab())
        self.form_tab.saved.connect(self._saved)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        ui.search_edit.textChanged.connect(lambda _t: self._timer.start())
        ui.kind_combo.activated.connect(lambda _i: self.refresh())
        ui.new_button.clicked.connect(self.new_event)
        writer = ctx.db.actor.can(Permission.EVENTS_WRITE)
        ui.new_button.setVisible(writer)
        self.form_tab.ui.save_button.setVisible(writer)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_event)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=ui.search_edit.setFocus)
        self.detail: EventDetail | None = None
        self.form_tab.set_partner_choices(events.organisation_choices(ctx.db))
        self.refresh()

    # --- list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        chosen = self.detail.uuid if self.detail else None
        rows = events.list_events(self.ctx.db, EventFilter(text=self.ui.search_edit.text(),
                                                           kind=self.ui.kind_combo.currentData() or ""))
        self.model.set_rows(rows)
        self.ui.count_label.setText(tr("{n} eventi").format(n=len(rows)))
        if chosen is not None:
            self.select(chosen)
        elif rows:
            self.ui.events_view.selectRow(0)
        self._set_tabs_enabled()

    def select(self, event_uuid) -> bool:
        for row in range(self.proxy.rowCount()):
            if row_at(self.ui.events_view, row).uuid == event_uuid:
                self.ui.events_view.selectRow(row)
                return True
        return False

    def _event_chosen(self) -> None:
        row = row_at(self.ui.events_view)
        if row is None:
            return
        self.detail = events.get_event(self.ctx.db, row.uuid)
        self.form_tab.load(self.detail)
        self._show_tab()

    def _set_tabs_enabled(self) -> None:
        for i in range(1, self.ui.tabs.count()):
            self.ui.tabs.setTabEnabled(i, self.detail is not None)

    def _update_counts(self) -> None:
        """Registered and waiting counts change on the other tabs: re-read the list, keeping the selection."""
        if self.detail is None:
            return
        selection = self.ui.events_view.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.set_rows(events.list_events(self.ctx.db, EventFilter(
                text=self.ui.search_edit.text(), kind=self.ui.kind_combo.currentData() or "")))
            self.select(self.detail.uuid)
        finally:
            selection.blockSignals(False)

    def _show_tab(self) -> None:
        """Only the visible tab reads its data."""
        tab, detail = self.ui.tabs.currentWidget(), self.detail
        if detail is None:
            return
        self._update_counts()
        if tab is self.attendance_tab:
            self.attendance_tab.show_event(detail)
        elif tab is not self.form_tab:
            tab.show_event(detail.uuid)

    def new_event(self) -> None:
        self.detail = None
        self.ui.events_view.clearSelection()
        self.form_tab.new_event()
        self.ui.tabs.setCurrentWidget(self.form_tab)
        self._set_tabs_enabled()
        self.form_tab.ui.title_edit.setFocus()

    def _saved(self, detail: EventDetail) -> None:
        self.detail = detail
        self.refresh()

    def open_record(self, record_uuid) -> bool:
        self.ui.search_edit.clear()
        self.ui.kind_combo.setCurrentIndex(0)
        self.refresh()
        return self.select(record_uuid)
