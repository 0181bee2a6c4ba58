"""Start-up e contributi › Documenti: the register of every generated document, filtered by kind, year and
number or title, re-opened and printed after its checksum is checked (GRANTS_READ)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from equilibri_desktop.domain.grants.codes import DocumentKind
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.documents.dto import DocumentFilter, DocumentRef
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.models.paged_table import Column, PagedTableModel
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.widgets.document_files import SelectedDocumentActions

SEARCH_DELAY_MS = 300
RECORD_LABELS = {"grant_ranking": QT_TRANSLATE_NOOP("DocumentsRegister", "Graduatoria"),
                 "grant_application": QT_TRANSLATE_NOOP("DocumentsRegister", "Domanda"),
                 "grant_call": QT_TRANSLATE_NOOP("DocumentsRegister", "Bando")}


def _record_label(record_type: str) -> str:
    label = RECORD_LABELS.get(record_type)
    return QCoreApplication.translate("DocumentsRegister", label) if label else record_type


def _columns() -> list[Column]:
    return [
        Column("number_label", tr("Numero"), align_right=True, sortable=False),
        Column("kind_label", tr("Documento"), domain_tr, sortable=False),
        Column("issued_on", tr("Data"), lambda day: f"{day:%d/%m/%Y}", sortable=False),
        Column("title", tr("Oggetto"), sortable=False),
        Column("record_type", tr("Riferito a"), _record_label, sortable=False),
        Column("created_by", tr("Autore"), sortable=False),
        Column("has_signed_copy", tr("Copia firmata"), lambda signed: tr("sì") if signed else tr("no"),
               sortable=False),
    ]


class DocumentsScreen(SelectedDocumentActions, FormScreen):
    FORM = "grants/documents_register"
    WIDGETS = {
        "search_edit": QLineEdit,
        "kind_combo": QComboBox,
        "year_combo": QComboBox,
        "clear_filters_button": QPushButton,
        "documents_view": QTableView,
        "status_label": QLabel,
        "count_label": QLabel,
        "open_button": QPushButton,
        "open_signed_button": QPushButton,
        "print_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.criteria = DocumentFilter()
        self.model = PagedTableModel(_columns(), self._load, self._count, self)
        view = self.ui.documents_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        view.activated.connect(lambda _index: self.open_selected())
        self.ui.kind_combo.addItem(tr("Tutti"), None)
        for kind in DocumentKind:
            self.ui.kind_combo.addItem(domain_tr(kind.label), kind.value)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.apply_filters)
        self.ui.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.search_edit.returnPressed.connect(self.apply_filters)
        self.ui.kind_combo.activated.connect(self.apply_filters)
        self.ui.year_combo.activated.connect(self.apply_filters)
        self.ui.clear_filters_button.clicked.connect(self.clear_filters)
        self.ui.open_button.clicked.connect(self.open_selected)
        self.ui.open_signed_button.clicked.connect(self.open_signed_copy)
        self.ui.print_button.clicked.connect(self.print_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.ui.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_selected)
        self.refresh()

    # --- list -----------------------------------------------------------------------------
    def _load(self, offset: int, limit: int, _sort: str | None, _descending: bool) -> tuple[DocumentRef, ...]:
        return document_register.list_all(self.ctx.db, self.criteria, offset, limit).items

    def _count(self) -> int:
        return document_register.count_all(self.ctx.db, self.criteria)

    def refresh(self) -> None:
        """Reload the years (a new one appears with its first document) and the list."""
        combo = self.ui.year_combo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(tr("Tutti"), None)
        for year in document_register.document_years(self.ctx.db):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        self.apply_filters()

    def apply_filters(self, *_args) -> None:
        self._search_timer.stop()
        self.criteria = DocumentFilter(kind=self.ui.kind_combo.currentData(), year=self.ui.year_combo.currentData(),
                                       text=self.ui.search_edit.text())
        self.model.reload()
        total = self.model.total
        self.ui.count_label.setText(tr("1 documento") if total == 1 else tr("{n} documenti").format(n=total))
        if total:
            self.ui.documents_view.selectRow(0)
        if total:
            empty = ""
        elif any((self.criteria.kind, self.criteria.year, self.criteria.text.strip())):
            empty = tr("Nessun documento corrisponde ai filtri.")
        else:
            empty = tr("Nessun documento generato finora: la determinazione, gli allegati e le comunicazioni si "
                       "generano in Graduatorie, le lettere dalle domande.")
        self.ui.status_label.setText(empty)
        self._update_buttons()

    def open_record(self, record_uuid) -> bool:
        """Show one document of the register (from a work queue): found by its title, then selected."""
        ref = document_register.get_document(self.ctx.db, record_uuid)
        for combo in (self.ui.kind_combo, self.ui.year_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.search_edit.blockSignals(True)
        self.ui.search_edit.setText(ref.title)
        self.ui.search_edit.blockSignals(False)
        self.apply_filters()
        for row in range(self.model.rowCount()):
            if self.model.row_object(row).uuid == record_uuid:
                self.ui.documents_view.selectRow(row)
                return True
        return False

    def clear_filters(self) -> None:
        self.ui.search_edit.blockSignals(True)
        self.ui.search_edit.clear()
        self.ui.search_edit.blockSignals(False)
        self.ui.kind_combo.setCurrentIndex(0)
        self.ui.year_combo.setCurrentIndex(0)
        self.apply_filters()

    def selected(self) -> DocumentRef | None:
        index: QModelIndex = self.ui.documents_view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        doc = self.selected()
        self.ui.open_button.setEnabled(doc is not None)
        self.ui.print_button.setEnabled(doc is not None)
        self.ui.open_signed_button.setEnabled(doc is not None and doc.has_signed_copy)

