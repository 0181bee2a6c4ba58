"""The office side of field laptops: prepare an event's kit, then bring a return package back — a dry run
first, the likely matches and the conflicts decided by the clerk (field and office values side by side, with
authors and times), then the merge in one transaction and the receipt code for the laptop."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)

from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.domain.field.conflicts import Choice
from equilibri_desktop.services.events.events import list_events
from equilibri_desktop.services.field import kit, merge, merge_report, package
from equilibri_desktop.services.field.dto import Decisions, KitSummary, MergeItem, MergeResult, Outcome
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.events.rows_model import Col, RowsModel, day, row_at
from equilibri_desktop.ui.screens.field import decision_tables
from equilibri_desktop.ui.screens.field.merge_labels import detail_text, kind_label, outcome_label
from equilibri_desktop.ui.screens.field.passphrase_dialog import PassphraseDialog


class FieldOfficeScreen(FormScreen):
    FORM = "field/field_office"
    WIDGETS = {"event_combo": QComboBox, "lookup_check": QCheckBox, "kit_button": QPushButton,
               "open_button": QPushButton, "package_label": QLabel, "items_label": QLabel, "items_view": QTableView,
               "decision_label": QLabel, "conflicts_table": QTableWidget, "candidates_table": QTableWidget,
               "confirm_match_button": QPushButton, "reject_match_button": QPushButton, "report_button": QPushButton,
               "merge_button": QPushButton, "receipt_label": QLabel}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.opened: package.OpenedPackage | None = None
        self.result: MergeResult | None = None
        self.matches: dict = {}
        self.choices: dict = {}
        ui = self.ui
        self.model = RowsModel([Col(tr("Tipo"), lambda i: kind_label(i.kind)), Col(tr("Persona"), lambda i: i.name),
                                Col(tr("Esito"), self._outcome_text), Col(tr("Dettaglio"), detail_text)], self)
        ui.items_view.setModel(self.model)
        ui.items_view.verticalHeader().hide()
        ui.items_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.items_view.horizontalHeader().setStretchLastSection(True)
        ui.items_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_decision())
        decision_tables.prepare(ui.conflicts_table, ui.candidates_table)
        ui.kit_button.clicked.connect(self.make_kit)
        ui.open_button.clicked.connect(self.open_package)
        ui.confirm_match_button.clicked.connect(lambda: self._decide_match(True))
        ui.reject_match_button.clicked.connect(lambda: self._decide_match(False))
        ui.report_button.clicked.connect(self.save_report)
        ui.merge_button.clicked.connect(self.merge)
        self.refresh()
        self._update_buttons()

    # --- file and passphrase questions (tests answer them) ---------------------------------------
    @classmethod
    def ask_kit_target(cls, parent: QWidget, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, tr("Dove salvare il kit"), str(suggested),
                                                tr("Kit da campo (*.eqk)"))
        return Path(chosen) if chosen else None

    @classmethod
    def ask_package(cls, parent: QWidget) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, tr("Scegli il pacchetto di rientro"), "",
                                                tr("Pacchetti di rientro (*.eqr);;Tutti i file (*)"))
        return Path(chosen) if chosen else None

    @classmethod
    def ask_report_target(cls, parent: QWidget, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, tr("Dove salvare il resoconto"), str(suggested),
                                                tr("Fogli Excel (*.xlsx)"))
        return Path(chosen) if chosen else None

    # --- the kit -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        ok, events = run_now(self, lambda: list_events(self.ctx.db))
        if not ok:
            return
        combo, chosen = self.ui.event_combo, self.ui.event_combo.currentData()
        combo.clear()
        for e in events:
            combo.addItem(f"{e.title} ({day(e.first_day)})" if e.first_day else e.title, e.uuid)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))

    def make_kit(self) -> None:
        event_uuid = self.ui.event_combo.currentData()
        if event_uuid is None:
            return
        target = self.ask_kit_target(self, Path.home() / f"kit-{office_now():%Y%m%d}.eqk")
        if target is None:
            return
        passphrase = PassphraseDialog.ask(self, tr("Frase segreta del kit"), confirm=True)
        if passphrase is None:
            return
        db, lookup = self.ctx.db, self.ui.lookup_check.isChecked()
        run_operation(self, lambda: kit.make_kit(db, event_uuid, target, passphrase, include_lookup=lookup,
                                                 overwrite=True),
                      on_success=self._kit_made, label=tr("Preparazione del kit…"), error_title=tr("Kit non preparato"))

    def _kit_made(self, summary: KitSummary) -> None:
        Messages.inform(self, tr("Kit pronto"), tr(
            "{path}\n{sessions} sessioni, {lookup} persone iscritte per il riconoscimento, utente {user}.\n"
            "Comunica la frase segreta a voce, mai insieme al file.").format(
            path=summary.path, sessions=summary.sessions, lookup=summary.lookup, user=summary.field_user))

    # --- the return --------------------------------------------------------------------------------
    def open_package(self) -> None:
        path = self.ask_package(self)
        if path is None:
            return
        passphrase = PassphraseDialog.ask(self, tr("Frase segreta del pacchetto"))
        if passphrase is None:
            return
        db = self.ctx.db

        def rehearse():
            opened = package.open_package(db, path, passphrase)
            return opened, merge.merge_package(db, opened, dry_run=True)

        run_operation(self, rehearse, on_success=self._opened, label=tr("Verifica e prova del pacchetto…"),
                      error_title=tr("Pacchetto rifiutato"), writes=False)

    def _opened(self, pair) -> None:
        opened, result = pair
        # What waits for the clerk comes first in the list.
        items = sorted(result.items, key=lambda i: i.outcome not in (Outcome.CONFLICT, Outcome.LIKELY))
        self.opened, self.result = opened, replace(result, items=tuple(items))
        self.matches, self.choices = {}, {}
        self.ui.package_label.setText(tr("{path} — evento «{event}»: prova eseguita, nulla è stato scritto.").format(
            path=self.opened.path.name, event=self.result.event_title))
        self.ui.receipt_label.clear()
        self._show_result()

    def _outcome_text(self, item: MergeItem) -> str:
        if item.outcome == Outcome.LIKELY and item.record_uuid in self.matches:
            return tr("deciso: {what}").format(what=tr("stessa persona") if self.matches[item.record_uuid]
                                               else tr("persona nuova"))
        if item.outcome == Outcome.CONFLICT and all((c.record_uuid, c.field) in self.choices for c in item.conflicts):
            return tr("deciso")
        return outcome_label(item.outcome)

    def _pending(self) -> list[MergeItem]:
        if self.result is None:
            return []
        return [i for i in self.result.undecided if self._outcome_text(i) == outcome_label(i.outcome)]

    def _show_result(self) -> None:
        result = self.result
        self.model.set_rows(result.items if result else ())
        if result is not None:
            counts = ", ".join(f"{result.count(o)} {outcome_label(o)}" for o in Outcome if result.count(o))
            pending = len(self._pending())
            self.ui.items_label.setText(counts + ("" if not pending else tr(" — da decidere: {n}").format(n=pending)))
            first = next((n for n, i in enumerate(result.items) if i in self._pending()), None)
            if first is not None:
                self.ui.items_view.selectRow(first)
        self._update_buttons()

    def _show_decision(self) -> None:
        decision_tables.show(row_at(self.ui.items_view), self.ui.conflicts_table, self.ui.candidates_table,
                             lambda c: self.choices.get((c.record_uuid, c.field)), self._choose)
        self._update_buttons()

    def _choose(self, conflict, value: str) -> None:
        key = (conflict.record_uuid, conflict.field)
        if value:
            self.choices[key] = Choice(value)
        else:
            self.choices.pop(key, None)
        self._refresh_rows()

    def _decide_match(self, same: bool) -> None:
        item = row_at(self.ui.items_view)
        if item is None or not item.candidates:
            return
        if same:
            index = self.ui.candidates_table.currentRow()
            self.matches[item.record_uuid] = item.candidates[max(index, 0)].person_uuid
        else:
            self.matches[item.record_uuid] = None
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        current = self.ui.items_view.currentIndex().row()
        self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, 3))
        self._show_result()
        if current >= 0 and not self._pending():
            self.ui.items_view.selectRow(current)

    def _update_buttons(self) -> None:
        item = row_at(self.ui.items_view)
        has_candidates = bool(item and item.candidates)
        self.ui.confirm_match_button.setEnabled(has_candidates)
        self.ui.reject_match_button.setEnabled(has_candidates)
        self.ui.report_button.setEnabled(self.result is not None)
        self.ui.merge_button.setEnabled(self.result is not None and self.result.dry_run and not self._pending())

    def decisions(self) -> Decisions:
        return Decisions(dict(self.matches), dict(self.choices))

    def save_report(self) -> None:
        result = self.result
        if result is None:
            return
        target = self.ask_report_target(self, Path.home() / f"rientro-{office_now():%Y%m%d-%H%M}.xlsx")
        if target is None:
            return
        run_operation(self, lambda: merge_report.write_report(result, target, overwrite=True),
                      on_success=lambda path: self.ui.package_label.setText(tr("Resoconto salvato: {path}")
                                                                            .format(path=path)),
                      label=tr("Resoconto…"), writes=False)

    def merge(self) -> None:
        if self.opened is None or self._pending():
            return
        if not Messages.confirm(self, tr("Unire il pacchetto?"), tr(
                "Le iscrizioni, le presenze e le note del portatile entrano nel database con le scelte fatte, "
                "in un'unica operazione."), ok_label=tr("Unisci")):
            return
        db, opened, decisions = self.ctx.db, self.opened, self.decisions()
        run_operation(self, lambda: merge.merge_package(db, opened, decisions), on_success=self._merged,
                      label=tr("Unione del pacchetto…"), error_title=tr("Unione non eseguita"))

    def _merged(self, result: MergeResult) -> None:
        self.result = replace(result)
        self._show_result()
        self.ui.receipt_label.setText(tr("Unione eseguita. Codice di ricevuta per il portatile: {code}").format(
            code=result.receipt_code))
