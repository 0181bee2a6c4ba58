"""Start-up e contributi › Graduatorie: the preview computed now, the frozen versions, and the acts on them
(freeze provisional/final, publish, scorrimento), with each version's documents.

The versions list starts with the preview ("Anteprima"); choosing a version shows its frozen rows.
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.codes import RankingKind
from equilibri_desktop.domain.office_time import office_text
from equilibri_desktop.services.grants import ranking as grant_ranking
from equilibri_desktop.services.grants.ranking_dto import (
    RankingPreview,
    RankingRow,
    RankingSummary,
)
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.grants.acceptance_terms import apply_acceptance_terms
from equilibri_desktop.ui.screens.grants.publication_dialog import PublicationDialog
from equilibri_desktop.ui.screens.grants.ranking_dialogs import RankingActDialog
from equilibri_desktop.ui.screens.grants.ranking_documents import documents_area
from equilibri_desktop.ui.screens.grants.ranking_table import (
    euro,
    fill_ranking_table,
    short_kind,
    warning_lines,
)
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.sortable_item import SortableItem
from equilibri_desktop.ui.widgets.table_columns import ElidedToolTips

FINAL_KINDS = (RankingKind.DEFINITIVA.value, RankingKind.SCORRIMENTO.value)
class RankingScreen(FormScreen):
    FORM = "grants/ranking_screen"
    WIDGETS = {
        "call_combo": QComboBox,
        "refresh_button": QPushButton,
        "warning_label": QLabel,
        "vertical_splitter": QSplitter,
        "splitter": QSplitter,
        "view_title_label": QLabel,
        "summary_label": QLabel,
        "ranking_table": QTableWidget,
        "versions_table": QTableWidget,
        "version_reason_label": QLabel,
        "documents_group": QGroupBox,
        "documents_placeholder": QLabel,
        "freeze_provisional_button": QPushButton,
        "freeze_final_button": QPushButton,
        "publish_button": QPushButton,
        "slide_button": QPushButton,
        "status_label": QLabel,
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview: RankingPreview | None = None
        self.versions: list[RankingSummary] = []
        for table in (self.ui.ranking_table, self.ui.versions_table):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.ranking_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.versions_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.elided_tooltips = ElidedToolTips(self.ui.ranking_table)
        # The ranking takes the width; the versions a narrow column; the documents the lower part.
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([800, 340])
        self.ui.vertical_splitter.setStretchFactor(0, 3)
        self.ui.vertical_splitter.setStretchFactor(1, 2)
        self.documents = documents_area(ctx, self.ui.documents_group, self.ui.documents_placeholder)
        self.ui.call_combo.currentIndexChanged.connect(lambda _i: self.load_call())
        self.ui.refresh_button.clicked.connect(self.load_call)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.load_call)
        self.ui.versions_table.currentCellChanged.connect(lambda row, *_: self.show_version(row))
        self.ui.freeze_provisional_button.clicked.connect(lambda: self.freeze(RankingKind.PROVVISORIA))
        self.ui.freeze_final_button.clicked.connect(lambda: self.freeze(RankingKind.DEFINITIVA))
        self.ui.publish_button.clicked.connect(self.publish)
        self.ui.slide_button.clicked.connect(self.slide)
        self.can_decide = ctx.db.actor.can(Permission.GRANTS_DECIDE)
        for button in self._act_buttons():
            button.setVisible(self.can_decide)
        self.refresh()

    def _act_buttons(self) -> tuple[QPushButton, ...]:
        return (self.ui.freeze_provisional_button, self.ui.freeze_final_button, self.ui.publish_button,
                self.ui.slide_button)

    # --- loading ----------------------------------------------------------------------------
    def current_call(self) -> uuid.UUID | None:
        return self.ui.call_combo.currentData()

    def refresh(self) -> None:
        chosen = self.current_call()
        combo = self.ui.call_combo
        combo.blockSignals(True)
        combo.clear()
        for call in grant_ranking.ranking_calls(self.ctx.db):
            combo.addItem(f"{call.title} ({domain_tr(call.status_label)})", call.uuid)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)
        self.load_call()
        apply_acceptance_terms(self, self.ctx, self._lapsed)

    def _lapsed(self, message: str, calls: frozenset[uuid.UUID]) -> None:
        """A lapsed partial grant changes its call's preview (its money goes to the next in line at the
        scorrimento): read again only if it is the call shown, so another call's lapse never redraws this one."""
        self.ui.status_label.setText(message)
        if self.current_call() in calls:
            self.load_call()

    def open_record(self, record_uuid: uuid.UUID) -> bool:
        """One frozen version (from a work queue): its call chosen, the version selected."""
        summary = grant_ranking.get_ranking(self.ctx.db, record_uuid).summary
        index = self.ui.call_combo.findData(summary.call_uuid)
        if index < 0:
            return False
        self.ui.call_combo.blockSignals(True)
        self.ui.call_combo.setCurrentIndex(index)
        self.ui.call_combo.blockSignals(False)
        self.load_call(select=record_uuid)
        return self.selected_version() is not None and self.selected_version().uuid == record_uuid

    def selected_version(self) -> RankingSummary | None:
        row = self.ui.versions_table.currentRow()
        return self.versions[row - 1] if 1 <= row <= len(self.versions) else None

    def load_call(self, select: uuid.UUID | None = None) -> None:
        call = self.current_call()
        keep = select or (self.selected_version().uuid if self.selected_version() else None)
        # The preview scores every application (seconds with thousands): computed off the UI thread, shown when
        # ready; until then the acts that depend on it stay disabled.
        self.preview = None
        if call is not None:
            run_operation(self, lambda: grant_ranking.preview_ranking(self.ctx.db, call), writes=False,
                          on_success=lambda preview: self._previewed(call, preview),
                          label=tr("Calcolo dell'anteprima della graduatoria…"))
        self.versions = grant_ranking.list_rankings(self.ctx.db, call) if call else []
        self._show_warning()
        table = self.ui.versions_table
        table.blockSignals(True)
        table.setRowCount(len(self.versions) + 1)
        cells = [("", tr("Anteprima"), "", "")]
        cells += [(str(v.number), short_kind(v.kind),
                   f"{v.ranked_on:%d/%m/%Y}", tr("sì") if v.published else tr("no")) for v in self.versions]
        for row, values in enumerate(cells):
            for column, text in enumerate(values):
                table.setItem(row, column, SortableItem(text))
        uuids = [v.uuid for v in self.versions]
        table.setCurrentCell(uuids.index(keep) + 1 if keep in uuids else 0, 0)
        table.blockSignals(False)
        self.show_version(table.currentRow())

    def _previewed(self, call: uuid.UUID, preview: RankingPreview) -> None:
        if call != self.current_call():
            return  # another call was chosen meanwhile: its own preview is on the way
        self.preview = preview
        self._show_warning()
        self.show_version(self.ui.versions_table.currentRow())

    def _show_warning(self) -> None:
        lines = warning_lines(self.preview)
        preview = self.preview
        if preview and preview.final_early_possible and preview.final_blocked and not preview.final_exists:
            lines.append(said(preview.final_blocked))  # the observations' period: the final one only with a reason
        self.ui.warning_label.setText("\n".join(lines))
        self.ui.warning_label.setVisible(bool(lines))

    def show_version(self, row: int) -> None:
        version = self.versions[row - 1] if 1 <= row <= len(self.versions) else None
        if version is None:
            preview = self.preview
            self.ui.view_title_label.setText(tr("<b>Anteprima</b> calcolata ora con i punteggi attuali — non salvata"))
            self._fill(preview.rows if preview else (), preview.budget_cents if preview else 0,
                       preview.granted_cents if preview else 0, final=False)
            self.ui.version_reason_label.setText("")
        else:
            detail = grant_ranking.get_ranking(self.ctx.db, version.uuid)
            published = tr("pubblicata") if version.published else tr("non pubblicata")
            self.ui.view_title_label.setText(tr("<b>{kind} n. {number}</b> del {day} — {published}").format(
                kind=domain_tr(version.kind_label), number=version.number, day=f"{version.ranked_on:%d/%m/%Y}",
                published=published))
            self._fill(detail.rows, version.budget_cents, version.granted_cents,
                       final=version.kind in FINAL_KINDS)
            self.ui.version_reason_label.setText(
                tr("Congelata da {user} il {when}. {reason}").format(
                    user=version.created_by, when=office_text(version.created_at),
                    reason=version.reason))
        self.documents.show_record(version.uuid if version else None)
        self._update_buttons()

    def _fill(self, rows: tuple[RankingRow, ...], budget: int, granted: int, final: bool) -> None:
        self.ui.summary_label.setText(tr("Dotazione {budget} · contributi assegnati {granted} · residuo {left}").format(
            budget=euro(budget), granted=euro(granted), left=euro(budget - granted)))
        fill_ranking_table(self.ui.ranking_table, rows, final)

    def _update_buttons(self) -> None:
        preview, version = self.preview, self.selected_version()
        can_freeze = bool(preview and preview.rows and preview.complete and not preview.final_exists)
        self.ui.freeze_provisional_button.setEnabled(can_freeze)
        # The procedure's order comes from the preview: before a provisional ranking is published the final
        # one cannot be frozen; during the observations only with a reason (asked by the dialog).
        blocked = said(preview.final_blocked) if preview else ""
        early = bool(blocked and preview.final_early_possible)
        self.ui.freeze_final_button.setEnabled(can_freeze and not preview.under_check and (not blocked or early))
        self.ui.freeze_final_button.setToolTip(blocked)
        self.ui.publish_button.setEnabled(version is not None and not version.published)
        latest_final = next((v for v in self.versions if v.kind in FINAL_KINDS), None)
        self.ui.slide_button.setEnabled(version is not None and version.published and latest_final is not None
                                        and latest_final.uuid == version.uuid)

    # --- acts -------------------------------------------------------------------------------
    def freeze(self, kind: RankingKind) -> None:
        call = self.current_call()
        if call is None:
            return
        if kind is RankingKind.DEFINITIVA:
            text = tr("La graduatoria sarà salvata così com'è e non cambierà più. Le domande passeranno a "
                      "«finanziata», «ammessa non finanziata» o «non ammessa».")
        else:
            text = tr("La graduatoria provvisoria sarà salvata così com'è e non cambierà più; le domande passano "
                      "«in graduatoria». La definitiva si congela dopo l'esame delle eventuali osservazioni.")
        early = kind is RankingKind.DEFINITIVA and bool(self.preview and self.preview.final_blocked)
        if early:
            text += "\n\n" + said(self.preview.final_blocked) + " " + tr(
                "Scrivi il motivo dell'approvazione anticipata.")
        answer = RankingActDialog.ask(self, domain_tr(kind.label), text, tr("Congela"), reason_required=early)
        if answer is None:
            return
        ranked_on, reason = answer
        self._act(lambda: grant_ranking.freeze_ranking(self.ctx.db, call, kind, ranked_on, reason,
                                                       early_reason=reason if early else "").summary,
                  tr("{kind} congelata.").format(kind=domain_tr(kind.label)))

    def publish(self) -> None:
        version = self.selected_version()
        day = version and PublicationDialog.ask(
            self, tr("La {kind} n. {number} sarà segnata come pubblicata. Da quel momento è la versione che il "
                     "pubblico ha visto: non si modifica e ogni cambiamento richiede una nuova versione.").format(
                kind=domain_tr(version.kind_label).lower(), number=version.number), version.ranked_on)
        if not day:
            return
        self._act(lambda: grant_ranking.publish_ranking(self.ctx.db, version.uuid, day),
                  tr("Graduatoria n. {number} pubblicata.").format(number=version.number))

    def slide(self) -> None:
        version = self.selected_version()
        if version is None:
            return
        answer = RankingActDialog.ask(
            self, tr("Scorrimento della graduatoria"),
            tr("I contributi delle domande rinunciate o revocate (e l'eventuale dotazione aggiunta al bando) "
               "finanziano le successive in graduatoria. Sarà salvata una nuova versione; la n. {number} resta "
               "com'è.").format(number=version.number), tr("Esegui lo scorrimento"), reason_required=True)
        if answer is None:
            return
        ranked_on, reason = answer
        self._act(lambda: grant_ranking.slide_ranking(self.ctx.db, version.uuid, reason, ranked_on).summary,
                  tr("Scorrimento registrato come nuova versione."))

    def _act(self, action, done_text: str) -> None:
        run_operation(self, action, on_success=lambda summary: self._acted(summary, done_text),
                      label=tr("Operazione sulla graduatoria"))

    def _acted(self, summary: RankingSummary, done_text: str) -> None:
        self.load_call(select=summary.uuid)
        self.ui.status_label.setText(done_text)
