"""Rete e accordi › Contatti con le imprese: the network agent's contacts (date, kind, topics, outcome, next step
with its due date) and the firms' good practices, searchable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.network.codes import ContactKind, ContactTopic
from equilibri_desktop.domain.organisation_rules import SizeClass
from equilibri_desktop.services.network import contacts, pickers
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.screens.network.common import FileChooser, fill_table, payload
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.document_files import DocumentFiles
from equilibri_desktop.ui.widgets.person_picker import PersonPicker


class ContactsScreen(FormScreen):
    FORM = "network/contacts"
    WIDGETS = {
        "search_edit": QLineEdit, "mine_check": QCheckBox, "contacts_table": QTableWidget, "done_button": QPushButton,
        "organisation_edit": PersonPicker, "contact_on_edit": DateEdit, "kind_combo": QComboBox,
        "outcome_edit": QPlainTextEdit, "next_step_edit": QLineEdit, "next_step_due_edit": DateEdit,
        "save_button": QPushButton, "practice_search_edit": QLineEdit, "practices_table": QTableWidget,
        "measure_edit": QLineEdit, "description_edit": QLineEdit, "results_edit": QLineEdit,
        "save_practice_button": QPushButton, "print_catalogue_button": QPushButton,
        **{f"topic_{t.value}_check": QCheckBox for t in ContactTopic},
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui
        ui.organisation_edit.set_search(lambda text, limit: pickers.find_organisations(ctx.db, text, limit))
        ui.organisation_edit.setPlaceholderText(tr("Cerca l'impresa in anagrafica…"))
        for kind in ContactKind:
            ui.kind_combo.addItem(domain_tr(kind.label), kind.value)
        self._timer = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        ui.search_edit.textChanged.connect(lambda _t: self._timer.start())
        ui.practice_search_edit.textChanged.connect(lambda _t: self._timer.start())
        ui.mine_check.toggled.connect(lambda _c: self.refresh())
        ui.save_button.clicked.connect(self.save_contact)
        ui.done_button.clicked.connect(self.mark_done)
        ui.save_practice_button.clicked.connect(self.save_practice)
        ui.print_catalogue_button.clicked.connect(self.print_catalogue)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_contact)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=ui.search_edit.setFocus)
        writer = ctx.db.actor.can(Permission.NETWORK_CONTACTS)
        for name in ("save_button", "done_button", "save_practice_button"):
            getattr(ui, name).setEnabled(writer)
        ui.mine_check.setChecked(writer)
        ui.contact_on_edit.setDate(office_today())
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        agent = self.ctx.db.actor.username if ui.mine_check.isChecked() else None
        text, practice_text = ui.search_edit.text(), ui.practice_search_edit.text()
        run_operation(self, lambda: contacts.list_contacts(self.ctx.db, agent=agent, text=text),
                      on_success=self._show_contacts, writes=False)
        run_operation(self, lambda: contacts.search_practices(self.ctx.db, practice_text),
                      on_success=self._show_practices, writes=False)

    def _show_contacts(self, rows) -> None:
        data = [(c.contact_on, c.organisation_name, c.ateco, domain_tr(SizeClass(c.size_class).label)
                 if c.size_class else "", domain_tr(ContactKind(c.kind).label),
                 c.next_step + (tr(" (fatto)") if c.next_step_done else ""), c.next_step_due, c.agent,
                 ", ".join(domain_tr(ContactTopic(t).label) for t in c.topics), c.outcome) for c in rows]
        fill_table(self.ui.contacts_table, (tr("Data"), tr("Impresa"), tr("ATECO"), tr("Dimensione"), tr("Tipo"),
                                            tr("Passo successivo"), tr("Entro il"), tr("Agente"), tr("Temi"),
                                            tr("Esito")), data, stretch=9, payloads=[c.uuid for c in rows])

    def _show_practices(self, rows) -> None:
        fill_table(self.ui.practices_table, (tr("Impresa"), tr("Misura"), tr("Descrizione"), tr("Risultati")),
                   [(p.organisation_name, p.measure, p.description, p.results) for p in rows], stretch=2)

    def save_contact(self) -> None:
        ui = self.ui
        data = contacts.ContactInput(
            ui.organisation_edit.person_uuid(), ui.contact_on_edit.date(), ui.kind_combo.currentData(),
            tuple(t.value for t in ContactTopic if getattr(ui, f"topic_{t.value}_check").isChecked()),
            outcome=ui.outcome_edit.toPlainText(), next_step=ui.next_step_edit.text(),
            next_step_due=ui.next_step_due_edit.date())
        clear_field_errors(self.form)
        run_operation(self, lambda: contacts.record_contact(self.ctx.db, data), on_success=self._saved,
                      form=self.form, label=tr("Registrazione del contatto…"))

    def _saved(self, _row) -> None:
        ui = self.ui
        ui.outcome_edit.clear()
        ui.next_step_edit.clear()
        ui.next_step_due_edit.setDate(None)
        for topic in ContactTopic:
            getattr(ui, f"topic_{topic.value}_check").setChecked(False)
        self.refresh()

    def mark_done(self) -> None:
        contact = payload(self.ui.contacts_table)
        if contact is not None:
            run_operation(self, lambda: contacts.complete_next_step(self.ctx.db, contact),
                          on_success=lambda _r: self.refresh())

    def save_practice(self) -> None:
        ui = self.ui
        org, measure = ui.organisation_edit.person_uuid(), ui.measure_edit.text()
        description, results = ui.description_edit.text(), ui.results_edit.text()
        clear_field_errors(self.form)
        run_operation(self, lambda: contacts.record_practice(self.ctx.db, org, measure, description, results),
                      on_success=lambda _r: (ui.measure_edit.clear(), ui.description_edit.clear(),
                                             ui.results_edit.clear(), self.refresh()), form=self.form)

    def print_catalogue(self) -> None:
        path = FileChooser.save_file(self, tr("Catalogo delle buone pratiche"), "buone-pratiche.pdf", tr("PDF (*.pdf)"))
        if path:
            text = self.ui.practice_search_edit.text()
            run_operation(self, lambda: contacts.print_practices_catalogue(self.ctx.db, Path(path), text),
                          on_success=DocumentFiles.open_file, writes=False, label=tr("Generazione del PDF…"))
