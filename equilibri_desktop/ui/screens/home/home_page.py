"""Home page: how much is in the database, what changed lately, whether backups are recent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
)

from equilibri_desktop.services.admin import backups, home, maintenance
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.formatting import backup_age_text, local_datetime
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.flexwork.home_alerts import FlexworkAlerts
from equilibri_desktop.ui.screens.home.network_reminders import NetworkReminders
from equilibri_desktop.ui.screens.home.work_queues import WorkQueuePanel
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


class HomePage(FormScreen):
    FORM = "home/home_page"
    WIDGETS = {
        "welcome_label": QLabel,
        "organisation_label": QLabel,
        "backup_warning_label": QLabel,
        "people_count_label": QLabel,
        "organisations_count_label": QLabel,
        "municipalities_count_label": QLabel,
        "backup_age_label": QLabel,
        "backup_card": QGroupBox,
        "recent_table": QTableWidget,
        "recent_title_label": QLabel,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        header = self.ui.recent_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.recent_table.verticalHeader().hide()
        self.ui.recent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queues = WorkQueuePanel(ctx, self)
        main = self.form.layout()
        main.insertWidget(main.indexOf(self.ui.recent_title_label), self.queues)
        self.network_reminders = NetworkReminders.add_to(self)
        self.flexwork_alerts = FlexworkAlerts.add_to(self)
        self.refresh()

    def refresh(self) -> None:
        summary = home.home_summary(self.ctx.db)
        profile = organisation.load_profile(self.ctx.db)
        self.ui.organisation_label.setText(
            f"{profile.body_name} — {profile.project_title}" if profile.body_name
            else tr("L'ente non è ancora configurato: apri Amministrazione › Ente e progetto."))
        locale_number = lambda n: f"{n:,}".replace(",", ".")  # noqa: E731 - Italian thousands dot
        self.ui.people_count_label.setText(locale_number(summary.people))
        self.ui.organisations_count_label.setText(locale_number(summary.organisations))
        self.ui.municipalities_count_label.setText(locale_number(summary.municipalities))
        self._show_backup_state()
        self.queues.refresh()
        self._fill_recent(summary.recent)
        self.network_reminders.refresh()
        self.flexwork_alerts.refresh()

    def _show_backup_state(self) -> None:
        if not self.ctx.config.is_sqlite:
            self.ui.backup_age_label.setText(tr("sul server"))
            self.ui.backup_warning_label.hide()
            return
        last = maintenance.last_backup_at(self.ctx.config)
        self.ui.backup_age_label.setText(backup_age_text(last))
        # The threshold is the office's own backup setting (Amministrazione › Copie di sicurezza).
        stale = backups.backup_staleness(self.ctx.db)
        if stale is None:
            warning = ""
        elif stale.age_days is None:
            warning = tr("Attenzione: non esiste ancora nessuna copia di sicurezza: creane una da Amministrazione › "
                         "Copie di sicurezza.")
        else:
            age = tr("1 giorno") if stale.age_days == 1 else tr("{n} giorni").format(n=stale.age_days)
            warning = tr("Attenzione: l'ultima copia di sicurezza ha {age} (l'avviso scatta dopo {limit} giorni): "
                         "creane una adesso.").format(age=age, limit=stale.warn_after_days)
        self.ui.backup_warning_label.setText(warning)
        self.ui.backup_warning_label.setVisible(bool(warning))

    def _fill_recent(self, items: list[home.RecentItem]) -> None:
        table = self.ui.recent_table
        table.setSortingEnabled(False)
        table.setRowCount(len(items))
        kinds = {"person": tr("Persona"), "organisation": tr("Ente o impresa")}
        for row, item in enumerate(items):
            cells = [SortableItem(local_datetime(item.updated_at), item.updated_at.timestamp()),
                     SortableItem(kinds.get(item.kind, item.kind)), SortableItem(item.label),
                     SortableItem(tr("inserimento") if item.is_new else tr("modifica")),
                     SortableItem(item.updated_by)]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.setSortingEnabled(True)
        if not items:
            table.setRowCount(1)
            table.setItem(0, 2, SortableItem(tr("Nessuna attività registrata.")))
