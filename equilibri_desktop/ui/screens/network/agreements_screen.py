"""Rete e accordi › Accordi: the list filtered by kind, status, municipality and sector (exported to .xlsx) and
the agreement's page: data, parties from the registry, signatures party by party, documents and versions.
Every service call goes through run_operation."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    AgreementStatus,
    PrivacyRole,
)
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.network import agreements, overview
from equilibri_desktop.services.network.dto import (
    AgreementDetail,
    AgreementFilter,
    AgreementInput,
    CommitteeMemberInput,
)
from equilibri_desktop.services.registry.municipalities import list_municipalities
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.screens.network.agreement_parties import PartiesEditor
from equilibri_desktop.ui.screens.network.agreement_signatures import SignaturesPanel
from equilibri_desktop.ui.screens.network.common import (
    Choices,
    FileChooser,
    fill_table,
    payload,
)
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.money_edit import DecimalEdit, MoneyEdit
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

DATA_FIELDS = ("kind_combo", "title_edit", "subject_edit", "start_date_edit", "end_date_edit",
               "withdrawal_notice_days_spin", "tacit_renewal_check", "renewal_months_spin", "cup_edit",
               "privacy_role_combo", "privacy_arrangement_edit", "committee_edit")


class AgreementsScreen(FormScreen):
    FORM = "network/agreements"
    WIDGETS = {
        "search_edit": QLineEdit, "kind_filter_combo": QComboBox, "status_filter_combo": QComboBox,
        "municipality_filter_combo": QComboBox, "sector_filter_combo": QComboBox, "agreements_table": QTableWidget,
        "count_label": QLabel, "export_button": QPushButton, "new_button": QPushButton, "detail_tabs": QTabWidget,
        "kind_combo": QComboBox, "code_label": QLabel, "status_label": QLabel, "title_edit": QLineEdit,
        "subject_edit": QPlainTextEdit, "start_date_edit": DateEdit, "end_date_edit": DateEdit,
        "withdrawal_notice_days_spin": QSpinBox, "tacit_renewal_check": QCheckBox, "renewal_months_spin": QSpinBox,
        "cup_edit": QLineEdit, "privacy_role_combo": QComboBox, "privacy_arrangement_edit": QPlainTextEdit,
        "committee_edit": QPlainTextEdit, "parties_table": QTableWidget, "party_organisation_edit": PersonPicker,
        "party_role_combo": QComboBox, "party_signatory_combo": QComboBox, "party_capacity_combo": QComboBox,
        "party_delegation_edit": QLineEdit, "party_obligations_edit": QPlainTextEdit, "party_cash_edit": MoneyEdit,
        "party_hours_edit": DecimalEdit, "party_rate_edit": MoneyEdit, "add_party_button": QPushButton,
        "remove_party_button": QPushButton, "signatures_table": QTableWidget, "digital_only_label": QLabel,
        "mark_sent_button": QPushButton, "refuse_button": QPushButton, "paper_button": QPushButton,
        "digital_button": QPushButton, "check_report_edit": QPlainTextEdit, "digital_document_check": QCheckBox,
        "generate_button": QPushButton, "documents_table": QTableWidget, "open_document_button": QPushButton,
        "versions_label": QLabel, "message_label": QLabel, "amend_button": QPushButton, "close_button": QPushButton,
        "send_button": QPushButton, "save_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: AgreementDetail | None = None
        self._changed = False
        ui = self.ui
        self.parties = PartiesEditor(self, ui, ctx)
        self.signatures = SignaturesPanel(self, ui, ctx)
        self._fill_choices()
        ui.search_edit.returnPressed.connect(self.refresh)
        for combo in (ui.kind_filter_combo, ui.status_filter_combo, ui.municipality_filter_combo,
                      ui.sector_filter_combo):
            combo.activated.connect(lambda _i: self.refresh())
        ui.agreements_table.currentCellChanged.connect(lambda row, *_: self._open_row(row))
        ui.new_button.clicked.connect(self.new_agreement)
        ui.save_button.clicked.connect(self.save)
        ui.send_button.clicked.connect(self.send)
        ui.amend_button.clicked.connect(self.amend)
        ui.close_button.clicked.connect(self.close_or_renew)
        ui.export_button.clicked.connect(self.export)
        for name in ("title_edit", "cup_edit"):
            getattr(ui, name).textEdited.connect(lambda _t: self.mark_changed())
        for name in ("subject_edit", "privacy_arrangement_edit", "committee_edit"):
            getattr(ui, name).textChanged.connect(self.mark_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_agreement)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=ui.search_edit.setFocus)
        writer = ctx.db.actor.can(Permission.NETWORK_WRITE)
        for name in ("new_button", "save_button", "send_button", "amend_button", "close_button"):
            getattr(ui, name).setVisible(writer)
        self.form.findChild(QSplitter, "splitter").setSizes([600, 766])
        self.new_agreement()
        self.refresh()

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.kind_filter_combo.addItem(tr("Tutti"), None)
        ui.status_filter_combo.addItem(tr("Tutti"), None)
        ui.sector_filter_combo.addItem(tr("Tutti"), None)
        ui.municipality_filter_combo.addItem(tr("Tutti"), None)
        for kind in AgreementKind:
            ui.kind_filter_combo.addItem(domain_tr(kind.label), kind.value)
            ui.kind_combo.addItem(domain_tr(kind.label), kind.value)
        for status in AgreementStatus:
            ui.status_filter_combo.addItem(domain_tr(status.label), status.value)
        for kind in OrganisationKind:
            ui.sector_filter_combo.addItem(domain_tr(kind.label), kind.value)
        for role in PrivacyRole:
            ui.privacy_role_combo.addItem(domain_tr(role.label), role.value)
        for ref in list_municipalities(self.ctx.db):
            ui.municipality_filter_combo.addItem(ref.name, ref.id)

    # --- list ------------------------------------------------------------------------------
    def criteria(self) -> AgreementFilter:
        ui = self.ui
        return AgreementFilter(ui.search_edit.text(), ui.kind_filter_combo.currentData(),
                               ui.status_filter_combo.currentData(), ui.municipality_filter_combo.currentData(),
                               ui.sector_filter_combo.currentData())

    def refresh(self) -> None:
        criteria = self.criteria()
        run_operation(self, lambda: agreements.search_agreements(self.ctx.db, criteria), on_success=self._show_list,
                      writes=False)

    def _show_list(self, page) -> None:
        # The list shows the kind without its legal basis ("… (art. 15 L. 241/1990)"): the page shows it whole.
        rows = [(r.code, domain_tr(AgreementKind(r.kind).label).split(" (")[0], r.title,
                 domain_tr(AgreementStatus(r.status).label), r.lead_name, f"{r.signed}/{r.parties}", r.end_date)
                for r in page.items]
        table = self.ui.agreements_table
        table.blockSignals(True)
        fill_table(table, (tr("Codice"), tr("Tipo"), tr("Titolo"), tr("Stato"), tr("Capofila"), tr("Firme"),
                           tr("Scadenza")), rows, stretch=2, payloads=[r.uuid for r in page.items])
        table.blockSignals(False)
        n = len(page.items)
        self.ui.count_label.setText(tr("1 accordo") if n == 1 else tr("{n} accordi").format(n=n))

    def _open_row(self, row: int) -> None:
        agreement_uuid = payload(self.ui.agreements_table, row)
        if agreement_uuid is not None:
            self.open_record(agreement_uuid)

    def open_record(self, record_uuid) -> bool:
        run_operation(self, lambda: agreements.get_agreement(self.ctx.db, record_uuid), on_success=self.show_detail,
                      writes=False)
        return True

    # --- detail ----------------------------------------------------------------------------
    def show_detail(self, detail: AgreementDetail | None) -> None:
        from equilibri_desktop.ui.screens.network.agreement_form import load_detail

        self.detail = detail
        load_detail(self, detail)
        self.parties.load(detail)
        self.signatures.load(detail)
        self._changed = False

    def new_agreement(self) -> None:
        self.show_detail(None)
        self.ui.detail_tabs.setCurrentIndex(0)
        self.ui.title_edit.setFocus()

    def mark_changed(self) -> None:
        self._changed = True

    def has_unsaved_changes(self) -> bool:
        return self._changed

    def discard_draft(self) -> None:
        self._changed = False

    def collect(self) -> AgreementInput:
        ui = self.ui
        committee = []
        for line in ui.committee_edit.toPlainText().splitlines():
            name, _, role = line.partition("–") if "–" in line else line.partition("-")
            if name.strip():
                committee.append(CommitteeMemberInput(name.strip(), role.strip()))
        return AgreementInput(
            kind=ui.kind_combo.currentData(), title=ui.title_edit.text(), subject=ui.subject_edit.toPlainText(),
            start_date=ui.start_date_edit.date(), end_date=ui.end_date_edit.date(),
            in_force_from=self.detail.in_force_from if self.detail else None,
            tacit_renewal=ui.tacit_renewal_check.isChecked(), renewal_months=ui.renewal_months_spin.value(),
            withdrawal_notice_days=ui.withdrawal_notice_days_spin.value(),
            privacy_role=ui.privacy_role_combo.currentData(),
            privacy_arrangement=ui.privacy_arrangement_edit.toPlainText(), cup=ui.cup_edit.text(),
            premises_text=self.detail.premises_text if self.detail else "",
            articles_text=self.detail.articles_text if self.detail else "",
            parties=self.parties.collect(), committee=tuple(committee))

    def save(self) -> None:
        data = self.collect()
        clear_field_errors(self.form)
        if self.detail is None:
            call = lambda: agreements.create_agreement(self.ctx.db, data)  # noqa: E731
        else:
            uuid, version = self.detail.uuid, self.detail.version
            call = lambda: agreements.update_agreement(self.ctx.db, uuid, version, data)  # noqa: E731
        run_operation(self, call, on_success=self._saved, form=self.form, label=tr("Salvataggio dell'accordo…"))

    def _saved(self, detail: AgreementDetail) -> None:
        self.show_detail(detail)
        self.ui.message_label.setText(tr("Accordo {code} salvato.").format(code=detail.code))
        self.refresh()

    def send(self) -> None:
        if self.detail is None or not Messages.confirm(
                self, tr("Manda in firma"), tr("Dopo l'invio in firma il testo non si modifica più: ogni modifica "
                                               "diventa una nuova versione. Continuare?")):
            return
        uuid, version = self.detail.uuid, self.detail.version
        run_operation(self, lambda: agreements.send_for_signature(self.ctx.db, uuid, version), on_success=self._saved)

    def amend(self) -> None:
        reason = Messages.ask_reason(self, tr("Modifica dell'accordo"), tr("Motivo della modifica (nuova versione):"))
        if self.detail is not None and reason:
            uuid = self.detail.uuid
            run_operation(self, lambda: agreements.amend_agreement(self.ctx.db, uuid, reason), on_success=self._saved,
                          form=self.form)

    def close_or_renew(self) -> None:
        if self.detail is None:
            return
        options = [tr("Scaduto"), tr("Rinnovato per un altro periodo"), tr("Recesso della parte scelta in «Firme»")]
        choice = Choices.pick(self, tr("Chiudi o rinnova"), tr("Esito:"), options)
        if choice is None:
            return
        outcome = (AgreementStatus.SCADUTO, AgreementStatus.RINNOVATO, AgreementStatus.RECEDUTO)[choice]
        party = payload(self.ui.signatures_table) if outcome == AgreementStatus.RECEDUTO else None
        uuid, version = self.detail.uuid, self.detail.version
        run_operation(self, lambda: agreements.close_agreement(self.ctx.db, uuid, version, outcome, party_uuid=party),
                      on_success=self._saved)

    def export(self) -> None:
        path = FileChooser.save_file(self, tr("Esporta gli accordi"), "accordi.xlsx", tr("Excel (*.xlsx)"))
        if path:
            criteria = self.criteria()
            run_operation(self, lambda: overview.export_agreements(self.ctx.db, path, criteria), writes=False,
                          on_success=lambda n: self.ui.message_label.setText(
                              tr("{n} accordi esportati in {path}.").format(n=n, path=path)))
