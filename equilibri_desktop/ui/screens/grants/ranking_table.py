"""What the rankings screen writes: the rows of a ranking, the short names of versions, the warnings."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget

from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.services.grants.ranking_dto import RankingPreview, RankingRow
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

# Until a final ranking is frozen nothing is granted yet: the preview and provisional rankings say "finanziabile".
_NOT_YET_GRANTED = {
    "finanziata": QT_TRANSLATE_NOOP("Rankings", "Finanziabile"),
    "finanziata_parz": QT_TRANSLATE_NOOP("Rankings", "Finanziabile in parte"),
    "ammessa_non_fin": QT_TRANSLATE_NOOP("Rankings", "Ammessa non finanziabile"),
}
_SHORT_KINDS = {
    "provvisoria": QT_TRANSLATE_NOOP("Rankings", "Provvisoria"),
    "definitiva": QT_TRANSLATE_NOOP("Rankings", "Definitiva"),
    "scorrimento": QT_TRANSLATE_NOOP("Rankings", "Scorrimento"),
}
_OUTCOME_COLOURS = {"finanziata": "#1e5631", "finanziata_parz": "#1e5631", "non_ammessa": "#7a7a7a",
                    "rinunciata": "#7a0016", "revocata": "#7a0016"}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WARNED_APPLICATIONS = 3  # the warning names a few; the evaluation screen lists them all


def euro(cents: int) -> str:
    return format_euro(from_cents(cents))


def points_text(score: Decimal) -> str:
    return f"{score:.2f}".replace(".", ",")


def short_kind(kind: str) -> str:
    return QCoreApplication.translate("Rankings", _SHORT_KINDS[kind]) if kind in _SHORT_KINDS else kind


def outcome_text(row: RankingRow, final: bool) -> str:
    if not final and row.outcome in _NOT_YET_GRANTED:
        return QCoreApplication.translate("Rankings", _NOT_YET_GRANTED[row.outcome])
    return domain_tr(row.outcome_label)


def fill_ranking_table(table: QTableWidget, rows: tuple[RankingRow, ...], final: bool) -> None:
    """Position, code, protocol, applicant, score, outcome, grant, budget left: one line per application."""
    table.setRowCount(len(rows))
    for index, row in enumerate(rows):
        name = row.applicant_name if row.applicant_name is not None else tr("nominativo riservato")
        cells = [
            SortableItem(str(row.position) if row.position else "—", row.position or 10_000),
            SortableItem(row.public_code), SortableItem(row.protocol), SortableItem(name),
            SortableItem(points_text(row.score), row.score), SortableItem(outcome_text(row, final)),
            SortableItem(euro(row.grant_cents), row.grant_cents),
            SortableItem(euro(row.remaining_after_cents), row.remaining_after_cents),
        ]
        for column in (0, 4, 6, 7):
            cells[column].setTextAlignment(_RIGHT)
        if row.outcome in _OUTCOME_COLOURS:
            cells[5].setForeground(QBrush(QColor(_OUTCOME_COLOURS[row.outcome])))
        if row.vulnerability_route:
            cells[3].setToolTip(tr("Selezionata per vulnerabilità: mai pubblicata per nome."))
        for column, cell in enumerate(cells):
            table.setItem(index, column, cell)


def warning_lines(preview: RankingPreview | None) -> list[str]:
    """Why the ranking cannot be frozen yet, or what to do instead; empty when nothing stands in the way."""
    if preview is None:
        return []
    lines = []
    if preview.incomplete:
        if len(preview.incomplete) == 1:
            lines.append(tr("Valutazione incompleta per una domanda: la graduatoria si può congelare quando tutti "
                            "i commissari hanno finito."))
        else:
            lines.append(tr("Valutazione incompleta per {n} domande: la graduatoria si può congelare quando tutti "
                            "i commissari hanno finito.").format(n=len(preview.incomplete)))
        lines += [f"• {c.protocol} {c.public_code}: {said(c.missing_text)}"
                  for c in preview.incomplete[:WARNED_APPLICATIONS]]
        if len(preview.incomplete) > WARNED_APPLICATIONS:
            lines.append(tr("… e altre {n}: vedi la colonna «Valutazione» nella schermata Valutazione.").format(
                n=len(preview.incomplete) - WARNED_APPLICATIONS))
    if preview.under_check == 1:
        lines.append(tr("Una domanda è ancora in istruttoria: la graduatoria definitiva attende la fine delle "
                        "verifiche."))
    elif preview.under_check:
        lines.append(tr("{n} domande sono ancora in istruttoria: la graduatoria definitiva attende la fine delle "
                        "verifiche.").format(n=preview.under_check))
    if preview.final_exists:
        lines.append(tr("La graduatoria definitiva è stata congelata: per finanziare altre domande usa lo "
                        "scorrimento dall'ultima versione pubblicata."))
    return lines
