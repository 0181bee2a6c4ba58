"""Monitoring questionnaires of the pathway's pilot: type each anonymous answer (before or after), and read the
averages — a group of fewer than five people is never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QTableWidget, QWidget

from equilibri_desktop.domain.flexwork.codes import Phase, Priority
from equilibri_desktop.domain.flexwork.monitoring import MIN_GROUP, GroupFigures, MonitoringResults, QuestionnaireInput
from equilibri_desktop.services.flexwork import monitoring
from equilibri_desktop.services.flexwork.dto import PathwayDetail, QuestionnaireEntry
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.flexwork.fields import Designed, fill_choices, fill_keyed
from equilibri_desktop.ui.screens.welfare.common import fill_table


def figure(value) -> str:
    return "—" if value is None else f"{value}".replace(".", ",")


def group_name(label: str) -> str:
    """The domain's group labels in the interface's language (priority categories come from their enum)."""
    names = {"Prima": tr("Prima"), "Dopo": tr("Dopo"), "Donne": tr("Donne"), "Uomini": tr("Uomini"),
             "Non indicato": tr("Non indicato"), "Altri lavoratori": tr("Altri lavoratori"),
             "Categorie prioritarie (art. 18 c. 3-bis)": tr("Categorie prioritarie (art. 18 c. 3-bis)")}
    return names.get(label) or domain_tr(label)


def group_rows(results: MonitoringResults) -> list[tuple]:
    rows = []
    for g in (results.before, results.after, *results.by_sex, *results.by_priority):
        rows.append(_row(g))
    return rows


def _row(g: GroupFigures) -> tuple:
    if g.withheld:
        return (group_name(g.label), tr("meno di {n}").format(n=MIN_GROUP), "—", "—", "—", "—", "—")
    return (group_name(g.label), (str(g.count), g.count), figure(g.wellbeing), figure(g.balance),
            figure(g.organisation), figure(g.commute_hours_saved_week), figure(g.commute_km_saved_week))


UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SCORES = ("wellbeing", "balance", "organisation")
NUMBERS = ("remote_days_month", "commute_minutes_saved_week", "commute_km_saved_week")


class MonitoringTab(Designed, QWidget):
    FORM = "flexwork/monitoring"
    WIDGETS = {"questionnaire_fields": QWidget, "phase_edit": QComboBox, "sex_edit": QComboBox,
               "priority_edit": QComboBox, **{f"{n}_edit": QSpinBox for n in SCORES + NUMBERS},
               "add_questionnaire_button": QPushButton, "count_label": QLabel, "monitoring_view": QTableWidget,
               "entries_view": QTableWidget, "delete_questionnaire_button": QPushButton}
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pathway: PathwayDetail | None = None
        ui = self.load_designed()
        self.form = ui.questionnaire_fields
        self.phase, self.sex = fill_choices(ui.phase_edit, Phase), ui.sex_edit
        for code, label in (("F", tr("Donna")), ("M", tr("Uomo")), ("X", tr("Non indicato"))):
            self.sex.addItem(label, code)
        self.priority = fill_choices(ui.priority_edit, Priority)
        self.scores = {name: getattr(ui, f"{name}_edit") for name in SCORES}
        self.days, self.minutes, self.km = (getattr(ui, f"{name}_edit") for name in NUMBERS)
        self.add_button = ui.add_questionnaire_button
        self.add_button.clicked.connect(self.add)
        self.count_label, self.results_view = ui.count_label, ui.monitoring_view
        self.entries: dict = {}
        self.entries_view, self.delete_button = ui.entries_view, ui.delete_questionnaire_button
        self.entries_view.itemSelectionChanged.connect(
            lambda: self.delete_button.setEnabled(bool(self.entries_view.selectedItems())))
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Delete, self.entries_view, activated=self.delete,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def load(self, pathway: PathwayDetail | None) -> None:
        self.pathway = pathway
        self.setEnabled(pathway is not None)
        for spin in self.scores.values():
            spin.setValue(3)
        if pathway is not None:
            pathway_uuid = pathway.uuid
            run_operation(self, lambda: monitoring.monitoring_results(self.ctx.db, pathway_uuid),
                          on_success=self.show_results, writes=False)
            self._list_entries()
        else:
            self._show_entries(())

    def _list_entries(self) -> None:
        pathway_uuid = self.pathway.uuid
        run_operation(self, lambda: monitoring.list_questionnaires(self.ctx.db, pathway_uuid),
                      on_success=self._show_entries, writes=False)

    def _show_entries(self, entries: tuple[QuestionnaireEntry, ...]) -> None:
        self.entries = {e.uuid: e for e in entries}
        fill_keyed(self.entries_view, [tr("N."), tr("Momento"), tr("Inserito il"), tr("Da")],
                   [((str(e.number), e.number), domain_tr(e.phase.label),
                     (f"{e.entered_at:%d/%m/%Y %H:%M}", e.entered_at.timestamp()), e.entered_by) for e in entries],
                   [e.uuid for e in entries], UUID_ROLE, stretch=3, right=(0,))
        self.delete_button.setEnabled(bool(self.entries_view.selectedItems()))

    def delete(self) -> None:
        items = self.entries_view.selectedItems()
        entry = self.entries.get(self.entries_view.item(items[0].row(), 0).data(UUID_ROLE)) if items else None
        if entry is None or not Messages.confirm(
                self, tr("Eliminare il questionario?"),
                tr("Il questionario n. {n} ({phase}, inserito il {day}) esce dalle medie.").format(
                    n=entry.number, phase=domain_tr(entry.phase.label), day=f"{entry.entered_at:%d/%m/%Y %H:%M}"),
                tr("&Elimina")):
            return
        run_operation(self, lambda: monitoring.delete_questionnaire(self.ctx.db, entry.uuid),
                      on_success=self._added, error_title=tr("Questionario non eliminato"))

    def collect(self) -> QuestionnaireInput:
        return QuestionnaireInput(Phase(self.phase.currentData()), self.sex.currentData(),
                                  Priority(self.priority.currentData()),
                                  **{n: s.value() for n, s in self.scores.items()},
                                  remote_days_month=self.days.value(), commute_minutes_saved_week=self.minutes.value(),
                                  commute_km_saved_week=self.km.value())

    def add(self) -> None:
        if self.pathway is None:
            return
        data, pathway_uuid = self.collect(), self.pathway.uuid
        run_operation(self, lambda: monitoring.add_questionnaires(self.ctx.db, pathway_uuid, (data,)),
                      on_success=self._added, form=self.form, error_title=tr("Questionario non salvato"))

    def _added(self, results: MonitoringResults) -> None:
        self.show_results(results)
        self._list_entries()
        self.changed.emit()
        self.phase.setFocus()

    def show_results(self, results: MonitoringResults) -> None:
        answered = (results.before.count or 0) + (results.after.count or 0)
        self.count_label.setText(tr("Medie dei questionari (gruppi con meno di {n} persone non mostrati). "
                                    "Gruppi nascosti: {h}.").format(n=MIN_GROUP, h=results.withheld_groups)
                                 if answered or results.withheld_groups else tr("Nessun questionario."))
        fill_table(self.results_view, [tr("Gruppo"), tr("Risposte"), tr("Benessere"), tr("Equilibrio"),
                                       tr("Organizzazione"), tr("Ore/sett."), tr("Km/sett.")],
                   group_rows(results), stretch=None, right=(1, 2, 3, 4, 5, 6))
