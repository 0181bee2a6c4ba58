"""The evaluation screen's list: one line per application with this member's progress and the commission's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from equilibri_desktop.domain.grants.scoring import format_points
from equilibri_desktop.services.grants.evaluation_dto import ApplicationToScore
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.service_messages import said

UUID_ROLE = Qt.ItemDataRole.UserRole


def declaration_text(value: bool | None) -> str:
    if value is None:
        return tr("da dichiarare")
    return tr("sì: mi astengo") if value else tr("nessuno")


def fill_applications_table(table: QTableWidget, rows: list[ApplicationToScore]) -> None:
    """Protocol, code, applicant, business, my declaration, my points, whether the commission is done."""
    table.setRowCount(len(rows))
    for row, item in enumerate(rows):
        mine = (tr("{done}/{count} · {total}").format(done=item.my_scored, count=item.criteria_count,
                                                       total=format_points(item.my_total))
                if item.my_total is not None else "—")
        state = tr("completa") if item.complete else tr("incompleta")
        cells = (item.protocol, item.public_code, item.applicant_name, item.business_name,
                 declaration_text(item.my_declaration), mine, state)
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(UUID_ROLE, item.application_uuid)
            table.setItem(row, column, cell)
        table.item(row, 6).setToolTip(said(item.missing_text) or tr("Tutti i commissari hanno completato la scheda."))
        table.item(row, 2).setToolTip(f"{item.applicant_name}\n{domain_tr(item.service_label)}")


def finished_by_me(rows: list[ApplicationToScore]) -> int:
    """Applications this member is done with: every criterion scored, or abstained for a conflict."""
    return sum(1 for r in rows if r.my_declaration is True or r.my_scored == r.criteria_count)
