"""What the application page says about where the application stands: title, status badge, receipt
line, and the status history table (newest first, office time)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from equilibri_desktop.domain.grants.protocol import received_text
from equilibri_desktop.services.grants.application_dto import (
    ApplicationDetail,
    StatusChangeEntry,
)
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr

HISTORY_WIDTHS = (130, 170, 170, 0, 150, 140)  # the reason (0) takes the rest


def header_texts(detail: ApplicationDetail | None) -> tuple[str, str, str]:
    """(title, status badge, receipt line)."""
    if detail is None:
        return (tr("Nuova domanda"), tr("Non ancora salvata"),
                tr("Compila i dati e salva (Ctrl+S) come bozza, oppure «Protocolla» per registrarla come ricevuta "
                   "adesso."))
    title = tr("Domanda {protocol}").format(protocol=detail.protocol) if detail.protocol else tr("Bozza")
    badge = domain_tr(detail.status_label)
    if detail.reply_deadline:
        badge += " · " + tr("risposta entro il {day}").format(day=detail.reply_deadline.strftime("%d/%m/%Y"))
    parts = [tr("Ricevuta il {when}").format(when=received_text(detail.received_at)) if detail.received_at
             else tr("Non ancora protocollata"), tr("codice pubblico {code}").format(code=detail.public_code),
             detail.call_title]
    return f"{title} — {detail.applicant.display_name}", badge, " · ".join(parts)


def setup_history(table: QTableWidget) -> None:
    for column, width in enumerate(HISTORY_WIDTHS):
        if width:
            table.setColumnWidth(column, width)
    table.horizontalHeader().setSectionResizeMode(HISTORY_WIDTHS.index(0), QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setWordWrap(False)  # one line per step; the full reason is in the cell's tooltip


def fill_history(table: QTableWidget, history: tuple[StatusChangeEntry, ...]) -> None:
    """Newest first: date and time on the office clock, the step, why, the reply deadline, who."""
    rows = list(reversed(history))
    table.setRowCount(len(rows))
    for row, change in enumerate(rows):
        texts = (received_text(change.changed_at), domain_tr(change.from_label) or "—",
                 domain_tr(change.to_label), change.reason,
                 change.reply_deadline.strftime("%d/%m/%Y") if change.reply_deadline else "", change.changed_by)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text if column == 3 else "")
            table.setItem(row, column, item)
