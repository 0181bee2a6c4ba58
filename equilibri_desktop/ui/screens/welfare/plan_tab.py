"""The welfare plan editor: measures from the catalogue or local services from the registry, amounts and
workers typed in the table; saving computes each measure's tax treatment for the plan's year, the warnings,
the deductibility and the labelled estimate (all from the service, never recomputed here)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.welfare.catalogue import (
    CATALOGUE,
    LOCAL_SERVICE_CODE,
    NeedCategory,
)
from equilibri_desktop.domain.welfare.plan_rules import EstimateSettings, PlanBasis
from equilibri_desktop.services.welfare import documents, engagements, plans
from equilibri_desktop.services.welfare.dto import (
    EngagementDetail,
    MeasureInput,
    PlanDetail,
    PlanInput,
)
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.welfare.common import (
    FormTab,
    compact,
    euro,
    fill_enum,
    from_qdate,
    select_data,
    to_qdate,
)
from equilibri_desktop.ui.screens.welfare.plan_measures import (
    fill_measures,
    read_measures,
)
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.money_edit import (
    format_decimal_text,
    parse_decimal_text,
)

RATES = ("employer_contributions", "employee_contributions", "income_tax")


class PlanTab(FormTab):
    FORM = "welfare/plan_editor"
    WIDGETS = {"year_edit": QSpinBox, "basis_edit": QComboBox, "labour_costs_edit": QLineEdit,
               "workers_women_edit": QSpinBox, "workers_men_edit": QSpinBox, "adopted_on_edit": QDateEdit,
               **{f"{r}_edit": QDoubleSpinBox for r in RATES}, "catalogue_combo": QComboBox,
               "provider_combo": QComboBox, "need_combo": QComboBox, "add_measure_button": QPushButton,
               "remove_measure_button": QPushButton, "measures_view": QTableWidget, "warnings_label": QLabel,
               "deductibility_label": QLabel, "estimate_label": QLabel, "save_plan_button": QPushButton,
               "print_plan_button": QPushButton, "print_regulation_button": QPushButton, "status_label": QLabel}
    saved = Signal(object)
    printed = Signal(object)  # DocumentRef

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EngagementDetail | None = None
        self.plan: PlanDetail | None = None
        self.measures: list[MeasureInput] = []
        ui = self.ui
        fill_enum(ui.basis_edit, PlanBasis)
        fill_enum(ui.need_combo, NeedCategory)
        for item in CATALOGUE:
            ui.catalogue_combo.addItem(f"{item.label} – {domain_tr(item.tax_category.label)}", item.code)
        ui.catalogue_combo.addItem(tr("Servizio locale di un Comune o del Terzo settore"), LOCAL_SERVICE_CODE)
        ui.catalogue_combo.currentIndexChanged.connect(self._local_service_fields)
        self._local_service_fields()
        ui.adopted_on_edit.setMinimumDate(to_qdate(office_today().replace(year=2000, month=1, day=1)))
        ui.add_measure_button.clicked.connect(self.add_measure)
        ui.remove_measure_button.clicked.connect(self.remove_measure)
        ui.save_plan_button.clicked.connect(self.save)
        ui.year_edit.editingFinished.connect(self._year_changed)
        ui.print_plan_button.clicked.connect(lambda: self._print(documents.print_plan))
        ui.print_regulation_button.clicked.connect(lambda: self._print(documents.print_regulation))
        for combo, length in ((ui.catalogue_combo, 24), (ui.provider_combo, 14), (ui.need_combo, 10),
                              (ui.basis_edit, 16)):
            compact(combo, length)
        run_operation(self, lambda: engagements.provider_choices(ctx.db), on_success=self._providers, writes=False)

    def _providers(self, providers) -> None:
        for firm in providers:
            self.ui.provider_combo.addItem(firm.name, firm)

    def _local_service_fields(self, *_args) -> None:
        local = self.ui.catalogue_combo.currentData() == LOCAL_SERVICE_CODE
        self.ui.provider_combo.setEnabled(local)
        self.ui.need_combo.setEnabled(local)

    # --- loading ---------------------------------------------------------------------------
    def load(self, detail: EngagementDetail | None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        year = detail.plan_years[-1] if detail and detail.plan_years else office_today().year
        self.ui.year_edit.setValue(year)
        self._fetch(year)

    def _year_changed(self) -> None:
        if self.plan is None or self.plan.year != self.ui.year_edit.value():
            self._fetch(self.ui.year_edit.value())

    def _fetch(self, year: int) -> None:
        if self.detail is not None and year in self.detail.plan_years:
            engagement_uuid = self.detail.uuid
            run_operation(self, lambda: plans.get_plan(self.ctx.db, engagement_uuid, year), on_success=self.show_plan,
                          writes=False)
        else:
            self.show_plan(None)

    def show_plan(self, plan: PlanDetail | None) -> None:
        self.plan = plan
        ui = self.ui
        clear_field_errors(self.form)
        settings = plan.settings if plan else EstimateSettings()
        select_data(ui.basis_edit, plan.basis if plan else PlanBasis.VOLUNTARY)
        ui.labour_costs_edit.setText(format_decimal_text(plan.labour_costs) if plan else "")
        ui.workers_women_edit.setValue(plan.workers_women if plan
                                       else (self.detail.employees_women if self.detail else 0))
        ui.workers_men_edit.setValue(plan.workers_men if plan else (self.detail.employees_men if self.detail else 0))
        ui.adopted_on_edit.setDate(to_qdate(plan.adopted_on) if plan and plan.adopted_on
                                   else ui.adopted_on_edit.minimumDate())
        for name in RATES:
            getattr(ui, f"{name}_edit").setValue(float(getattr(settings, name) * 100))
        if plan is not None:
            self.measures = [MeasureInput(m.code, m.label, m.need, m.amount_per_worker, m.unit_value, m.workers,
                                          m.with_children, m.provider.uuid if m.provider else None)
                             for m in plan.measures]
        self._fill_measures(plan)
        ui.print_plan_button.setEnabled(plan is not None)
        ui.print_regulation_button.setEnabled(plan is not None)
        ui.warnings_label.setText("\n".join(f"⚠ {said(w)}" for w in plan.warnings) if plan else "")
        if plan is None:
            ui.deductibility_label.setText(tr("Salva il piano per vedere trattamento fiscale e deducibilità."))
            ui.estimate_label.clear()
            return
        d = plan.deductibility
        ui.deductibility_label.setText(f"<b>{tr('Deducibilità')}</b>: {said(d.rule)} ({d.source}). "
                                       f"{said(d.consequence)}<br/>{said(plan.productivity_note)}")
        ui.estimate_label.setText(tr("<b>STIMA</b> (non un conteggio di busta paga): rispetto a pagare lo stesso "
                                     "valore in retribuzione, {gain} netti in più per i lavoratori e {saving} di "
                                     "minor costo per l'impresa.").format(gain=euro(plan.worker_gain),
                                                                          saving=euro(plan.firm_saving)))

    # --- editing ---------------------------------------------------------------------------
    def _fill_measures(self, plan: PlanDetail | None) -> None:
        fill_measures(self.ui.measures_view, self.measures, plan, self.ui.year_edit.value())

    def _read_table(self) -> None:
        self.measures = read_measures(self.ui.measures_view, self.measures)

    def add_measure(self) -> None:
        self._read_table()
        code = self.ui.catalogue_combo.currentData()
        workers = self.ui.workers_women_edit.value() + self.ui.workers_men_edit.value()
        if code == LOCAL_SERVICE_CODE:
            provider = self.ui.provider_combo.currentData()
            need = self.ui.need_combo.currentData()
            label = tr("Servizio di {p}").format(p=provider.name) if provider else ""
            self.measures.append(MeasureInput(code, label, need, workers=workers,
                                              provider_uuid=provider.uuid if provider else None))
        else:
            self.measures.append(MeasureInput(code, "", workers=workers))
        self._fill_measures(None)
        self.ui.measures_view.setCurrentCell(len(self.measures) - 1, 2)
        self.ui.measures_view.setFocus()

    def remove_measure(self) -> None:
        row = self.ui.measures_view.currentRow()
        if row >= 0:
            self._read_table()
            del self.measures[row]
            self._fill_measures(None)

    def collect(self) -> PlanInput:
        self._read_table()
        ui = self.ui
        adopted = ui.adopted_on_edit.date()
        settings = EstimateSettings(*(Decimal(str(round(getattr(ui, f"{r}_edit").value(), 2))) / 100 for r in RATES))
        return PlanInput(year=ui.year_edit.value(), basis=PlanBasis(ui.basis_edit.currentData()),
                         labour_costs=parse_decimal_text(ui.labour_costs_edit.text()) or Decimal(0),
                         workers_women=ui.workers_women_edit.value(), workers_men=ui.workers_men_edit.value(),
                         adopted_on=None if adopted == ui.adopted_on_edit.minimumDate() else from_qdate(adopted),
                         settings=settings, measures=tuple(self.measures))

    def save(self) -> None:
        if self.detail is None:
            return
        data, engagement_uuid = self.collect(), self.detail.uuid
        version = self.plan.version if self.plan and self.plan.year == data.year else None
        run_operation(self, lambda: plans.save_plan(self.ctx.db, engagement_uuid, data, version),
                      on_success=self._saved, form=self.form, label=tr("Calcolo del piano…"))

    def _saved(self, plan: PlanDetail) -> None:
        self.show_plan(plan)
        self.ui.status_label.setText(tr("Piano salvato."))
        self.saved.emit(plan)

    def _printed(self, ref) -> None:
        self.ui.status_label.setText(tr("Documento n. {n} registrato.").format(n=ref.number_label))
        self.printed.emit(ref)

    def _print(self, printer) -> None:
        if self.detail is None or self.plan is None:
            return
        engagement_uuid, year = self.detail.uuid, self.plan.year
        run_operation(self, lambda: printer(self.ctx.db, engagement_uuid, year),
                      on_success=self._printed,
                      label=tr("Stampa…"))
