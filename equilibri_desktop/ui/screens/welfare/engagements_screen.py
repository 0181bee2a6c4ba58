"""Consulenza PMI › Incarichi welfare: the list of engagements (filter by text and stage, sortable) beside the
chosen one's tabs — card, meetings, survey entry, results, plan,
documents (the register's panel). Ctrl+N new, Ctrl+F search, Ctrl+S saves
the card or the plan (whichever tab is showing)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.welfare.engagement import Stage
from equilibri_desktop.services.welfare import engagements
from equilibri_desktop.services.welfare.documents import RECORD_TYPE
from equilibri_desktop.services.welfare.dto import EngagementDetail, EngagementRow
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.welfare.common import fill_enum, hours_text
from equilibri_desktop.ui.screens.welfare.engagement_tab import EngagementTab
from equilibri_desktop.ui.screens.welfare.meetings_tab import MeetingsTab
from equilibri_desktop.ui.screens.welfare.plan_tab import PlanTab
from equilibri_desktop.ui.screens.welfare.results_tab import ResultsTab
from equilibri_desktop.ui.screens.welfare.survey_import_dialog import SurveyImportDialog
from equilibri_desktop.ui.screens.welfare.survey_tab import SurveyTab
from equilibri_desktop.ui.widgets.documents_panel import DocumentsPanel
from equilibri_desktop.ui.widgets.table_columns import ElidedToolTips

SEARCH_DELAY_MS = 300
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class EngagementsScreen(FormScreen):
    FORM = "welfare/engagements"
    WIDGETS = {"search_edit": QLineEdit, "stage_filter_combo": QComboBox, "new_button": QPushButton,
               "engagements_view": QTableView, "count_label": QLabel, "tabs": QTabWidget}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EngagementDetail | None = None
        self.pending_uuid = None
        self.model = QStandardItemModel(0, 6, self)
        self.proxy = QSortFilterProxyModel(self, sortRole=SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        view = self.ui.engagements_view
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.setWordWrap(False)  # one line per engagement; a cut title is whole in its tooltip
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow header reads «Impresa…»
        ElidedToolTips(view)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1):
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_chosen(current))
        fill_enum(self.ui.stage_filter_combo, Stage, tr("Tutte"))
        self.card, self.meetings = EngagementTab(ctx), MeetingsTab(ctx)
        self.survey, self.results, self.plan = SurveyTab(ctx), ResultsTab(ctx), PlanTab(ctx)
        self.documents = DocumentsPanel(ctx)
        for tab, title in ((self.card, tr("Scheda")), (self.meetings, tr("Incontri")),
                           (self.survey, tr("Questionari")), (self.results, tr("Risultati")),
                           (self.plan, tr("Piano di welfare")), (self.documents, tr("Documenti"))):
            self.ui.tabs.addTab(tab, title)
        self.ui.tabs.currentChanged.connect(lambda _i: self._current_tab_shown())
        self.card.saved.connect(self._changed)
        self.meetings.changed.connect(self._changed)
        self.survey.changed.connect(self._survey_changed)
        self.survey.import_requested.connect(self.open_import)
        self.plan.saved.connect(lambda _plan: self._reload_detail())
        self.results.printed.connect(lambda ref: self.results.ui.respondents_label.setText(
            tr("Rapporto n. {n} registrato.").format(n=ref.number_label)))
        for tab in (self.card, self.results, self.plan):
            tab.printed.connect(lambda _ref: self.documents.refresh())
        writer = ctx.db.actor.can(Permission.WELFARE_WRITE)
        self.ui.new_button.setVisible(writer)
        for widget in (self.card.ui.save_button, self.survey.ui.add_response_button, self.survey.ui.import_button,
                       self.plan.ui.save_plan_button, self.meetings.ui.add_meeting_button):
            widget.setVisible(writer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        self.ui.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.stage_filter_combo.activated.connect(lambda _i: self.refresh())
        self.ui.new_button.clicked.connect(self.new_engagement)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_engagement)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.ui.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_current)
        splitter = self.form.findChild(QSplitter, "splitter")
        splitter.setStretchFactor(1, 1)
        splitter.widget(0).setMinimumWidth(300)
        splitter.setSizes([380, 760])  # the list a third of the width: titles and firms readable beside the tabs
        self.ui.tabs.setEnabled(False)
        self.refresh()

    # --- list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        code = self.ui.stage_filter_combo.currentData()
        text, stage = self.ui.search_edit.text(), Stage(code) if code else None
        run_operation(self, lambda: engagements.search_engagements(self.ctx.db, text, stage),
                      on_success=self._show_rows, writes=False)

    def _show_rows(self, rows: tuple[EngagementRow, ...]) -> None:
        model = self.model
        model.removeRows(0, model.rowCount())
        model.setHorizontalHeaderLabels([tr("Incarico"), tr("Impresa o rete"), tr("Fase"), tr("Avvio"), tr("Ore"),
                                         tr("Risposte")])
        for row in rows:
            cells = [(row.title, row.title.casefold()), (row.firms, row.firms.casefold()),
                     (domain_tr(row.stage.label), list(Stage).index(row.stage)),
                     (f"{row.started_on:%d/%m/%Y}", row.started_on.toordinal()),
                     (hours_text(row.hours), float(row.hours)), (str(row.responses), row.responses)]
            items = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setData(key, SORT_ROLE)
                item.setData(row.uuid, UUID_ROLE)
                items.append(item)
            for column in (4, 5):
                items[column].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow(items)
        self.ui.count_label.setText(tr("{n} incarichi").format(n=len(rows)))
        for column in (4, 5):  # hours and answers are on the tabs; the narrow list keeps what identifies a row
            self.ui.engagements_view.setColumnHidden(column, True)
        wanted = self.pending_uuid or (self.detail.uuid if self.detail else None)
        self.pending_uuid = None
        if wanted is not None:
            self._select(wanted)
        elif rows:
            self.ui.engagements_view.selectRow(0)

    def _select(self, engagement_uuid) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(UUID_ROLE) == engagement_uuid:
                self.ui.engagements_view.selectRow(row)
                return True
        return False

    def _row_chosen(self, current) -> None:
        engagement_uuid = current.data(UUID_ROLE) if current.isValid() else None
        if engagement_uuid is None or (self.detail and self.detail.uuid == engagement_uuid):
            return
        run_operation(self, lambda: engagements.get_engagement(self.ctx.db, engagement_uuid),
                      on_success=self.show_engagement, writes=False)

    # --- the chosen engagement -----------------------------------------------------------------
    def show_engagement(self, detail: EngagementDetail | None) -> None:
        self.detail = detail
        self.ui.tabs.setEnabled(True)
        for tab in (self.card, self.meetings, self.survey, self.results, self.plan):
            tab.load(detail)
        self.documents.set_record(RECORD_TYPE, detail.uuid if detail else None)

    def _current_tab_shown(self) -> None:
        if self.ui.tabs.currentWidget() is self.results and self.detail is not None:
            self.results.refresh()

    def _changed(self, detail: EngagementDetail) -> None:
        self.pending_uuid = detail.uuid
        self.show_engagement(detail)
        self.refresh()

    def _reload_detail(self) -> None:
        if self.detail is not None:
            engagement_uuid = self.detail.uuid
            run_operation(self, lambda: engagements.get_engagement(self.ctx.db, engagement_uuid),
                          on_success=self._quiet_update, writes=False)

    def _quiet_update(self, detail: EngagementDetail) -> None:
        """Keep the plan tab as it is (it just saved); update what depends on counts."""
        self.detail = detail
        self.card.load(detail)
        self.survey.show_count(detail.responses)
        self.plan.detail = detail

    def _survey_changed(self) -> None:
        self._reload_detail()
        self.refresh()

    def new_engagement(self) -> None:
        if not self.ctx.db.actor.can(Permission.WELFARE_WRITE):
            return
        self.ui.engagements_view.clearSelection()
        self.detail = None
        self.ui.tabs.setEnabled(True)
        self.show_engagement(None)
        self.ui.tabs.setCurrentWidget(self.card)
        self.card.ui.title_edit.setFocus()

    def save_current(self) -> None:
        if self.ui.tabs.currentWidget() is self.plan:
            self.plan.save()
        elif self.ui.tabs.currentWidget() is self.card:
            self.card.save()

    def open_import(self) -> None:
        if self.detail is None:
            return
        self.import_dialog = SurveyImportDialog(self.ctx, self.detail.uuid, self)
        self.import_dialog.imported.connect(lambda _report: self._survey_changed())
        self.import_dialog.open()

    # --- screen protocol ------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.card.dirty

    def discard_draft(self) -> None:
        self.card.dirty = False

    def open_record(self, record_uuid) -> bool:
        self.pending_uuid = record_uuid
        self.refresh()
        return True
