"""Rete e accordi › Accordi: the list (agreements_list: filtered, sorted and paged in SQL, exported to .xlsx) and
the agreement's page: data, parties from the registry, signatures party by party, documents, template and
versions. Every service call goes through run_operation."""

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
    QTableView,
    QTableWidget,
    QTabWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    AgreementStatus,
    PrivacyRole,
)
from equilibri_desktop.services.network import agreements, pickers
from equilibri_desktop.services.network.dto import (
    AgreementDetail,
    AgreementInput,
    CommitteeMemberInput,
)
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.screens.network.agreement_parties import PartiesEditor
from equilibri_desktop.ui.screens.network.agreement_signatures import SignaturesPanel
from equilibri_desktop.ui.screens.network.agreements_list import AgreementsList
from equilibri_desktop.ui.screens.network.common import Choices, payload
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
        "municipality_filter_combo": QComboBox, "sector_filter_combo": QComboBox, "agreements_table": QTableView,
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
        "send_button": QPushButton, "save_button": QPushButton, "in_force_from_edit": DateEdit,
        "processor_edit": PersonPicker, "template_label": QLabel, "use_template_button": QPushButton,
        "party_in_kind_description_edit": QLineEdit, "attachments_table": QTableWidget,
        "attachment_description_edit": QLineEdit, "add_attachment_button": QPushButton,
        "open_attachment_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: AgreementDetail | None = None
        self._changed = False
        ui = self.ui
        self.parties = PartiesEditor(self, ui, ctx)
        self.signatures = SignaturesPanel(self, ui, ctx)
        self.list = AgreementsList(self, ui, ctx, self.open_record)
        self._fill_choices()
        ui.processor_edit.set_search(lambda text, limit: pickers.find_organisations(ctx.db, text, limit))
        ui.processor_edit.setPlaceholderText(tr("Il fornitore che tratta i dati per conto delle parti…"))
        ui.processor_edit.personChosen.connect(lambda _u: self.mark_changed())
        ui.privacy_role_combo.currentIndexChanged.connect(lambda _i: self._show_processor())
        ui.use_template_button.clicked.connect(self.use_current_template)
        ui.new_button.clicked.connect(self.new_agreement)
        ui.save_button.clicked.connect(self.save)
        ui.send_button.clicked.connect(self.send)
        ui.amend_button.clicked.connect(self.amend)
        ui.close_button.clicked.connect(self.close_or_renew)
        for name in ("title_edit", "cup_edit"):
            getattr(ui, name).textEdited.connect(lambda _t: self.mark_changed())
        for name in ("subject_edit", "privacy_arrangement_edit", "committee_edit"):
            getattr(ui, name).textChanged.connect(self.mark_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_agreement)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=ui.search_edit.setFocus)
        writer = ctx.db.actor.can(Permission.NETWORK_WRITE)
        for name in ("new_button", "save_button", "send_button", "amend_button", "close_button",
                     "use_template_button", "add_attachment_button", "attachment_description_edit"):
            getattr(ui, name).setVisible(writer)
        self.form.findChild(QSplitter, "splitter").setSizes([460, 640])
        self.new_agreement()
        self.refresh()

    def _fill_choices(self) -> None:
        for kind in AgreementKind:
            self.ui.kind_combo.addItem(domain_tr(kind.label), kind.value)
        for role in PrivacyRole:
            self.ui.privacy_role_combo.addItem(domain_tr(role.label), role.value)
        for combo in (self.ui.kind_combo, self.ui.privacy_role_combo):
            combo.setMinimumContentsLength(16)  # the legal references make these labels long
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def _show_processor(self) -> None:
        processor = self.ui.privacy_role_combo.currentData() == PrivacyRole.RESPONSABILE.value
        self.ui.processor_edit.setVisible(processor)
        self.form.findChild(QLabel, "processor_label").setVisible(processor)

    # --- list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.list.refresh()

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
        self.ui.agreements_table.clearSelection()
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
            in_force_from=ui.in_force_from_edit.date(), processor_uuid=ui.processor_edit.person_uuid(),
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
        self.list.reload()

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

    def use_current_template(self) -> None:
        if self.detail is None or not Messages.confirm(
                self, tr("Testo del modello"), tr("Il testo di premesse e articoli di questa bozza sarà sostituito da "
                                                  "quello del modello corrente. Continuare?")):
            return
        uuid, version = self.detail.uuid, self.detail.version
        run_operation(self, lambda: agreements.use_current_template(self.ctx.db, uuid, version),
                      on_success=self._saved)
