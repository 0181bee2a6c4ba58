"""Monitoring questionnaires of the pathway's pilot: type each anonymous answer (before or after), and read the
averages — a group of fewer than five people is never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from equilibri_desktop.domain.flexwork.codes import Phase, Priority
from equilibri_desktop.domain.flexwork.monitoring import MIN_GROUP, GroupFigures, MonitoringResults, QuestionnaireInput
from equilibri_desktop.services.flexwork import monitoring
from equilibri_desktop.services.flexwork.dto import PathwayDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.flexwork.fields import FieldForm
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


class MonitoringTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pathway: PathwayDetail | None = None
        f = self.form = FieldForm()
        self.phase = f.choice("phase", tr("&Momento"), Phase)
        self.sex = f.add("sex", tr("&Sesso"), QComboBox())
        for code, label in (("F", tr("Donna")), ("M", tr("Uomo")), ("X", tr("Non indicato"))):
            self.sex.addItem(label, code)
        self.priority = f.choice("priority", tr("&Categoria prioritaria"), Priority)
        self.scores = {name: f.number(name, label, 5, 1) for name, label in (
            ("wellbeing", tr("&Benessere (1–5)")), ("balance", tr("&Equilibrio vita-lavoro (1–5)")),
            ("organisation", tr("&Organizzazione del lavoro (1–5)")))}
        self.days = f.number("remote_days_month", tr("Giornate da &remoto al mese"), 31)
        self.minutes = f.number("commute_minutes_saved_week", tr("&Minuti di viaggio risparmiati a settimana"), 9999)
        self.km = f.number("commute_km_saved_week", tr("&Km risparmiati a settimana"), 9999)
        self.add_button = QPushButton(tr("&Aggiungi il questionario"))
        self.add_button.setObjectName("add_questionnaire_button")
        self.add_button.clicked.connect(self.add)
        self.count_label = QLabel()
        self.results_view = QTableWidget()
        self.results_view.setObjectName("monitoring_view")
        self.results_view.setSortingEnabled(True)
        # The entry form above, the averages below at full width: side by side they overflow a laptop screen.
        entry = QHBoxLayout()
        entry.addWidget(self.form, 1)
        entry.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results_view, 1)

    def load(self, pathway: PathwayDetail | None) -> None:
        self.pathway = pathway
        self.setEnabled(pathway is not None)
        for spin in self.scores.values():
            spin.setValue(3)
        if pathway is not None:
            pathway_uuid = pathway.uuid
            run_operation(self, lambda: monitoring.monitoring_results(self.ctx.db, pathway_uuid),
                          on_success=self.show_results, writes=False)

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
