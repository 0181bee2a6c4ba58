"""A record's history from the audit trail, as a table: `RecordHistoryPanel(ctx).show_record(uuid)`.

Also the shared wording of audit entries (field names, values, tables) used by the audit screen.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.audit import MASK
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.access.audit import AuditRow, FieldChange
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

FIELD_TITLES = {
    "surname": QT_TRANSLATE_NOOP("AuditFields", "Cognome"),
    "first_name": QT_TRANSLATE_NOOP("AuditFields", "Nome"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Denominazione"),
    "sex": QT_TRANSLATE_NOOP("AuditFields", "Sesso"),
    "fiscal_code": QT_TRANSLATE_NOOP("AuditFields", "Codice fiscale"),
    "vat_number": QT_TRANSLATE_NOOP("AuditFields", "Partita IVA"),
    "birth_date": QT_TRANSLATE_NOOP("AuditFields", "Data di nascita"),
    "birth_place_name": QT_TRANSLATE_NOOP("AuditFields", "Luogo di nascita"),
    "birth_place_code": QT_TRANSLATE_NOOP("AuditFields", "Codice del luogo di nascita"),
    "citizenship": QT_TRANSLATE_NOOP("AuditFields", "Cittadinanza"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "Indirizzo"),
    "cap": QT_TRANSLATE_NOOP("AuditFields", "CAP"),
    "municipality_id": QT_TRANSLATE_NOOP("AuditFields", "Comune"),
    "municipality_name": QT_TRANSLATE_NOOP("AuditFields", "Comune"),
    "domicile_address": QT_TRANSLATE_NOOP("AuditFields", "Domicilio"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "Telefono"),
    "email": QT_TRANSLATE_NOOP("AuditFields", "Email"),
    "pec": QT_TRANSLATE_NOOP("AuditFields", "PEC"),
    "iban": QT_TRANSLATE_NOOP("AuditFields", "IBAN"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "occupational_status": QT_TRANSLATE_NOOP("AuditFields", "Condizione lavorativa"),
    "did_date": QT_TRANSLATE_NOOP("AuditFields", "Data della DID"),
    "preferred_contact": QT_TRANSLATE_NOOP("AuditFields", "Contatto preferito"),
    "domicile_cap": QT_TRANSLATE_NOOP("AuditFields", "CAP del domicilio"),
    "domicile_municipality_id": QT_TRANSLATE_NOOP("AuditFields", "Comune del domicilio"),
    "domicile_municipality_name": QT_TRANSLATE_NOOP("AuditFields", "Comune del domicilio"),
    "legal_form": QT_TRANSLATE_NOOP("AuditFields", "Forma giuridica"),
    "ateco": QT_TRANSLATE_NOOP("AuditFields", "Codice ATECO"),
    "employees": QT_TRANSLATE_NOOP("AuditFields", "Dipendenti"),
    "employees_women": QT_TRANSLATE_NOOP("AuditFields", "Dipendenti donne"),
    "employees_men": QT_TRANSLATE_NOOP("AuditFields", "Dipendenti uomini"),
    "alliance_role": QT_TRANSLATE_NOOP("AuditFields", "Ruolo nell'alleanza"),
    "partner_since": QT_TRANSLATE_NOOP("AuditFields", "Partner dal"),
    "legal_representative_id": QT_TRANSLATE_NOOP("AuditFields", "Legale rappresentante"),
    "person_id": QT_TRANSLATE_NOOP("AuditFields", "Persona"),
    "organisation_id": QT_TRANSLATE_NOOP("AuditFields", "Ente"),
    "role": QT_TRANSLATE_NOOP("AuditFields", "Ruolo"),
    "channel": QT_TRANSLATE_NOOP("AuditFields", "Canale"),
    "given_on": QT_TRANSLATE_NOOP("AuditFields", "Dato il"),
    "withdrawn_on": QT_TRANSLATE_NOOP("AuditFields", "Revocato il"),
    "acknowledged_on": QT_TRANSLATE_NOOP("AuditFields", "Ricevuta il"),
    "notice_version": QT_TRANSLATE_NOOP("AuditFields", "Versione dell'informativa"),
    "password_changed_at": QT_TRANSLATE_NOOP("AuditFields", "Password cambiata il"),
    "address_line": QT_TRANSLATE_NOOP("AuditFields", "Indirizzo"),
    "funding_statement": QT_TRANSLATE_NOOP("AuditFields", "Dicitura del finanziamento"),
    "logo_png": QT_TRANSLATE_NOOP("AuditFields", "Logo"),
    "protected": QT_TRANSLATE_NOOP("AuditFields", "Persona protetta"),
    "protection_body": QT_TRANSLATE_NOOP("AuditFields", "Ente che dispone la protezione"),
    "protection_date": QT_TRANSLATE_NOOP("AuditFields", "Data della protezione"),
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Tipo"),
    "username": QT_TRANSLATE_NOOP("AuditFields", "Nome utente"),
    "display_name": QT_TRANSLATE_NOOP("AuditFields", "Nome e cognome"),
    "roles": QT_TRANSLATE_NOOP("AuditFields", "Ruoli"),
    "protected_data": QT_TRANSLATE_NOOP("AuditFields", "Dati protetti"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "Attivo"),
    "password_hash": QT_TRANSLATE_NOOP("AuditFields", "Password"),
    "must_change_password": QT_TRANSLATE_NOOP("AuditFields", "Password temporanea"),
    "failed_attempts": QT_TRANSLATE_NOOP("AuditFields", "Tentativi non riusciti"),
    "locked_until": QT_TRANSLATE_NOOP("AuditFields", "Bloccato fino a"),
    "last_login_at": QT_TRANSLATE_NOOP("AuditFields", "Ultimo accesso"),
    "body_name": QT_TRANSLATE_NOOP("AuditFields", "Denominazione dell'ente"),
    "project_title": QT_TRANSLATE_NOOP("AuditFields", "Titolo del progetto"),
    "project_cup": QT_TRANSLATE_NOOP("AuditFields", "CUP"),
    "signatory_name": QT_TRANSLATE_NOOP("AuditFields", "Firmatario"),
    "signatory_role": QT_TRANSLATE_NOOP("AuditFields", "Ruolo del firmatario"),
}
TABLE_TITLES = {
    "person": QT_TRANSLATE_NOOP("AuditFields", "Persone"),
    "organisation": QT_TRANSLATE_NOOP("AuditFields", "Enti e imprese"),
    "organisation_contact": QT_TRANSLATE_NOOP("AuditFields", "Referenti degli enti"),
    "privacy_acknowledgement": QT_TRANSLATE_NOOP("AuditFields", "Informative privacy"),
    "consent": QT_TRANSLATE_NOOP("AuditFields", "Consensi"),
    "registry_merge": QT_TRANSLATE_NOOP("AuditFields", "Unioni di schede"),
    "user_account": QT_TRANSLATE_NOOP("AuditFields", "Utenti"),
    "organisation_settings": QT_TRANSLATE_NOOP("AuditFields", "Ente e progetto"),
    "app_meta": QT_TRANSLATE_NOOP("AuditFields", "Impostazioni"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditFields", "Registro delle attività"),
}


def field_title(field: str) -> str:
    title = FIELD_TITLES.get(field)
    return QCoreApplication.translate("AuditFields", title) if title else field


def table_title(table_name: str) -> str:
    title = TABLE_TITLES.get(table_name)
    return QCoreApplication.translate("AuditFields", title) if title else table_name


def value_text(value: Any) -> str:
    if value is None or value == "":
        return tr("(vuoto)")
    if value == MASK:
        return tr("*** (dato riservato)")
    if value is True:
        return tr("sì")
    if value is False:
        return tr("no")
    return str(value)


def change_text(change: FieldChange) -> str:
    return f"{field_title(change.field)}: {value_text(change.old)} → {value_text(change.new)}"


def when_text(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")


class RecordHistoryPanel(QWidget):
    """Everything the audit trail holds about one record, oldest first; values of sensitive fields
    appear masked, as they were written. Needs only REGISTRY_READ (the service checks)."""

    COLUMNS = (QT_TRANSLATE_NOOP("RecordHistory", "Data e ora"), QT_TRANSLATE_NOOP("RecordHistory", "Utente"),
               QT_TRANSLATE_NOOP("RecordHistory", "Azione"), QT_TRANSLATE_NOOP("RecordHistory", "Modifiche"),
               QT_TRANSLATE_NOOP("RecordHistory", "Dettaglio"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_uuid: uuid.UUID | None = None
        self.rows: tuple[AuditRow, ...] = ()
        self.setObjectName("record_history")
        self.title_label = QLabel(tr("Storia delle modifiche"), objectName="record_history_title")
        self.empty_label = QLabel(objectName="record_history_empty", wordWrap=True)
        self.table = QTableWidget(0, len(self.COLUMNS), objectName="record_history_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RecordHistory", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one change per line: the row is as tall as its changes
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title_label, self.empty_label, self.table):
            layout.addWidget(widget)
        self.clear()

    def clear(self) -> None:
        self.record_uuid, self.rows = None, ()
        self.table.setRowCount(0)
        self.empty_label.setText(tr("Nessun record scelto."))
        self.empty_label.show()

    def show_record(self, record_uuid: uuid.UUID) -> None:
        self.record_uuid = record_uuid
        self.refresh()

    def refresh(self) -> None:
        if self.record_uuid is None:
            return
        self.rows = audit.record_history(self.ctx.db, self.record_uuid)
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = [SortableItem(when_text(row), row.id), SortableItem(row.username),
                     SortableItem(row.action_label), SortableItem("\n".join(change_text(c) for c in row.changes)),
                     SortableItem(row.detail)]
            for column, cell in enumerate(cells):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(number, column, cell)
        table.setSortingEnabled(True)
        table.sortItems(0, Qt.SortOrder.AscendingOrder)  # oldest first: the story in the order it happened
        table.resizeRowsToContents()
        self.empty_label.setText(tr("Nessuna attività registrata per questo record."))
        self.empty_label.setVisible(not self.rows)
