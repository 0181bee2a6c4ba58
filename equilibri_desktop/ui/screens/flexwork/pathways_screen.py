"""Lavoro flessibile › Percorsi: the organisations followed (filter by text and stage, sortable) beside the
chosen one's tabs — card and stages, assessment, regulation, agreements, Ministry communications,
questionnaires, documents. Ctrl+N new pathway, Ctrl+F search, Ctrl+S saves the tab showing."""

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
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.flexwork.codes import Stage
from equilibri_desktop.services.flexwork import pathways
from equilibri_desktop.services.flexwork.dto import PathwayDetail, PathwayRow
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import ScreenBehaviour
from equilibri_desktop.ui.screens.flexwork.agreements_tab import AgreementsTab
from equilibri_desktop.ui.screens.flexwork.assessment_tab import AssessmentTab
from equilibri_desktop.ui.screens.flexwork.communications_tab import CommunicationsTab
from equilibri_desktop.ui.screens.flexwork.fields import Designed
from equilibri_desktop.ui.screens.flexwork.monitoring_tab import MonitoringTab
from equilibri_desktop.ui.screens.flexwork.pathway_tab import PathwayTab
from equilibri_desktop.ui.screens.flexwork.regulation_tab import RegulationTab
from equilibri_desktop.ui.screens.welfare.common import fill_enum
from equilibri_desktop.ui.widgets.documents_panel import DocumentsPanel

SEARCH_DELAY_MS = 300
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_TYPE = "flexwork_pathway"


class PathwaysScreen(ScreenBehaviour, Designed, QWidget):
    FORM = "flexwork/pathways"
    WIDGETS = {"search_edit": QLineEdit, "stage_filter_combo": QComboBox, "pathways_view": QTableView,
               "count_label": QLabel, "new_button": QPushButton, "tabs": QTabWidget, "splitter": QSplitter}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PathwayDetail | None = None
        self.pending_uuid = None
        ui = self.load_designed()
        self.search_edit, self.stage_filter = ui.search_edit, ui.stage_filter_combo
        fill_enum(self.stage_filter, Stage, tr("Tutte le fasi"))
        self.new_button, self.count_label = ui.new_button, ui.count_label
        self.model = QStandardItemModel(0, 4, self)
        self.proxy = QSortFilterProxyModel(self, sortRole=SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.view = ui.pathways_view
        self.view.setModel(self.proxy)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_chosen(current))
        self.tabs = ui.tabs
        self.card, self.assessment, self.regulation = PathwayTab(ctx), AssessmentTab(ctx), RegulationTab(ctx)
        self.agreements, self.communications = AgreementsTab(ctx), CommunicationsTab(ctx)
        self.monitoring, self.documents = MonitoringTab(ctx), DocumentsPanel(ctx)
        can_agree = ctx.db.actor.can(Permission.FLEXWORK_AGREEMENTS)
        for tab, title, shown in ((self.card, tr("Percorso"), True), (self.assessment, tr("Valutazione"), True),
                                  (self.regulation, tr("Regolamento"), True),
                                  (self.agreements, tr("Accordi individuali"), can_agree),
                                  (self.communications, tr("Comunicazioni al Ministero"), can_agree),
                                  (self.monitoring, tr("Questionari"), True), (self.documents, tr("Documenti"), True)):
            if shown:
                self.tabs.addTab(tab, title)
        for tab in (self.card, self.assessment, self.regulation):
            tab.saved.connect(self._changed)
        self.regulation.printed.connect(lambda _ref: self.documents.refresh())
        self.agreements.changed.connect(self._counts_changed)
        self.communications.changed.connect(self.refresh)
        writer = ctx.db.actor.can(Permission.FLEXWORK_WRITE)
        self.new_button.setVisible(writer)
        for button in (self.card.save_button, self.card.stage_button, self.assessment.save_button,
                       self.regulation.save_button, self.regulation.print_button, self.monitoring.add_button,
                       self.monitoring.delete_button):
            button.setVisible(writer)
        ui.splitter.setStretchFactor(1, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.stage_filter.activated.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_pathway)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_pathway)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_current)
        self.tabs.setEnabled(False)
        self.refresh()

    # --- list --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        code = self.stage_filter.currentData()
        text, stage = self.search_edit.text(), Stage(code) if code else None
        run_operation(self, lambda: pathways.search_pathways(self.ctx.db, text, stage), on_success=self._show_rows,
                      writes=False)

    def _show_rows(self, rows: tuple[PathwayRow, ...]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.model.setHorizontalHeaderLabels([tr("Impresa o ente"), tr("Fase"), tr("Accordi"), tr("Invii")])
        for row in rows:
            cells = [(row.organisation, row.organisation.casefold()),
                     (domain_tr(row.stage.label), list(Stage).index(row.stage)),
                     (str(row.agreements), row.agreements), (str(row.pending_communications),
                                                             row.pending_communications)]
            items = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setData(key, SORT_ROLE)
                item.setData(row.uuid, UUID_ROLE)
                items.append(item)
            for column in (2, 3):
                items[column].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.count_label.setText(tr("{n} percorsi").format(n=len(rows)))
        wanted = self.pending_uuid or (self.detail.uuid if self.detail else None)
        self.pending_uuid = None
        if wanted is not None:
            self._select(wanted)
        elif rows:
            self.view.selectRow(0)

    def _select(self, pathway_uuid) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(UUID_ROLE) == pathway_uuid:
                self.view.selectRow(row)
                return True
        return False

    def _row_chosen(self, current) -> None:
        pathway_uuid = current.data(UUID_ROLE) if current.isValid() else None
        if pathway_uuid is None or (self.detail and self.detail.uuid == pathway_uuid):
            return
        run_operation(self, lambda: pathways.get_pathway(self.ctx.db, pathway_uuid), on_success=self.show_pathway,
                      writes=False)

    # --- the chosen pathway ------------------------------------------------------------------------
    def show_pathway(self, detail: PathwayDetail | None) -> None:
        self.detail = detail
        self.tabs.setEnabled(True)
        for tab in (self.card, self.assessment, self.regulation, self.agreements, self.communications,
                    self.monitoring):
            tab.load(detail)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, detail is not None)
        self.documents.set_record(RECORD_TYPE, detail.uuid if detail else None)

    def _changed(self, detail: PathwayDetail) -> None:
        self.pending_uuid = detail.uuid
        self.detail = detail
        for tab in (self.assessment, self.regulation):
            tab.detail = detail
        self.agreements.pathway = self.communications.pathway = self.monitoring.pathway = detail
        if not self.tabs.isTabEnabled(1):
            self.show_pathway(detail)
        self.refresh()

    def _counts_changed(self) -> None:
        self.communications.refresh()
        self.refresh()

    def new_pathway(self) -> None:
        if not self.ctx.db.actor.can(Permission.FLEXWORK_WRITE):
            return
        self.view.clearSelection()
        self.show_pathway(None)
        self.tabs.setCurrentWidget(self.card)
        self.card.organisation.setFocus()

    def save_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.agreements:
            self.agreements.save()
        elif current in (self.card, self.assessment, self.regulation):
            current.save()

    # --- screen protocol ---------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.card.dirty

    def discard_draft(self) -> None:
        self.card.dirty = False

    def open_record(self, record_uuid) -> bool:
        self.pending_uuid = record_uuid
        self.refresh()
        return True
