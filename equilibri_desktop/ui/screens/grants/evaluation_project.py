"""Valutazione › what is being scored, beside the grid: the project's text, its cost plan and its
attachments (opened read-only: a copy the viewer cannot write back over the one on file)."""

from __future__ import annotations

import shutil
import stat
import tempfile
import uuid
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.services.grants import attachments as files
from equilibri_desktop.services.grants.evaluation_dto import ScoringProject
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.grants.application_dialogs import FileOpener


def euro(cents: int) -> str:
    return format_euro(from_cents(cents)).replace(" ", "\u00a0")  # the sign stays with its amount


def read_only_copy(source: Path) -> Path:
    """A copy in a private temporary folder, marked read-only: the stored file is never touched."""
    folder = Path(tempfile.mkdtemp(prefix="equilibri-valutazione-"))
    target = folder / source.name
    shutil.copyfile(source, target)
    target.chmod(stat.S_IRUSR)
    return target


class ProjectPane(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("project_tabs")
        self.text = QTextBrowser(self)
        self.text.setObjectName("project_text")
        self.costs = QTableWidget(0, 3, self)
        self.costs.setObjectName("project_costs_table")
        self.costs.setHorizontalHeaderLabels([tr("Voce"), tr("Importo"), tr("Ammissibile")])
        self.costs.verticalHeader().hide()
        self.costs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.costs.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        costs_page = QWidget(self)
        costs_layout = QVBoxLayout(costs_page)
        costs_layout.addWidget(self.costs)
        costs_layout.addWidget(self.totals)
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("project_attachments")
        self.attachments.itemActivated.connect(lambda _item: self.open_current())
        self.open_button = QPushButton(tr("Apri in sola lettura"), self)
        self.open_button.clicked.connect(self.open_current)
        files_page = QWidget(self)
        files_layout = QVBoxLayout(files_page)
        files_layout.addWidget(self.attachments)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        files_layout.addLayout(row)
        self.addTab(self.text, tr("Progetto"))
        self.addTab(costs_page, tr("Piano dei costi"))
        self.addTab(files_page, tr("Allegati"))
        self.load(None)

    def load(self, project: ScoringProject | None) -> None:
        if project is None:
            self.text.setHtml(escape(tr("Scegli una domanda: qui compaiono il progetto, i costi e gli allegati.")))
        else:
            parts = [(tr("Servizio e attività"), project.service_description),
                     (tr("Destinatari"), project.target_users), (tr("Forma giuridica prevista"),
                                                                 project.planned_legal_form)]
            self.text.setHtml("".join(f"<h4>{escape(title)}</h4><p>{escape(body or '—')}</p>"
                                      for title, body in parts))
        costs = project.costs if project else ()
        self.costs.setRowCount(len(costs))
        for row, cost in enumerate(costs):
            label = f"{cost.description} ({cost.category})" if cost.category else cost.description
            for column, text in enumerate((label, euro(cost.amount_cents), tr("sì") if cost.eligible else tr("no"))):
                self.costs.setItem(row, column, QTableWidgetItem(text))
        self.totals.setText(tr("Totale {total} · ammissibili {eligible} · cofinanziamento proprio {own}").format(
            total=euro(project.total_cents), eligible=euro(project.eligible_cents),
            own=euro(project.own_cofinancing_cents)) if project else "")
        self.attachments.clear()
        for attachment in project.attachments if project else ():
            item = QListWidgetItem(f"{attachment.original_name} — {attachment.kind}" if attachment.kind
                                   else attachment.original_name)
            item.setData(256, attachment.uuid)
            self.attachments.addItem(item)
        if project is not None and not project.attachments:
            self.attachments.addItem(tr("Nessun allegato."))
        self.open_button.setEnabled(bool(project and project.attachments))
        self.setTabText(2, tr("Allegati ({n})").format(n=len(project.attachments)) if project else tr("Allegati"))

    def open_current(self) -> None:
        item = self.attachments.currentItem() or self.attachments.item(0)
        key: uuid.UUID | None = item.data(256) if item else None
        if key is None:
            return
        run_operation(self, lambda: files.open_attachment(self.ctx.db, key), writes=False,
                      on_success=self._opened, label=tr("Apertura dell'allegato"))

    def _opened(self, checked: files.AttachmentFile) -> None:
        if not checked.path.is_file():
            Messages.warn(self, tr("Allegato non trovato"), tr("Il file dell'allegato non è più nella cartella dei "
                                                               "dati: avvisa l'ufficio."))
            return
        if not checked.intact:
            Messages.warn(self, tr("Allegato modificato"), tr("Il file non corrisponde più a quello ricevuto: "
                                                              "lo apro comunque, ma avvisa l'ufficio."))
        FileOpener.open(read_only_copy(checked.path))
