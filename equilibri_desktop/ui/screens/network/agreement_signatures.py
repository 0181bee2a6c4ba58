"""The «Firme» and «Documenti» tabs of an agreement: each party's signature (send, refusal, paper scan, digitally
signed file checked by the service), the agreement's registered PDFs and its other files (annexes, scans,
signed copies), each opened only while its SHA-256 still matches."""

from __future__ import annotations

from pathlib import Path

from equilibri_desktop.domain.network.codes import SignatureMethod, SignatureStatus
from equilibri_desktop.services.network import attachments, documents, signatures
from equilibri_desktop.services.network.dto import AgreementDetail
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.network.common import FileChooser, fill_table, payload
from equilibri_desktop.ui.service_messages import said


class SignaturesPanel:
    def __init__(self, page, ui, ctx):
        self.page, self.ui, self.ctx = page, ui, ctx
        self.detail: AgreementDetail | None = None
        ui.mark_sent_button.clicked.connect(self.mark_sent)
        ui.refuse_button.clicked.connect(self.refuse)
        ui.paper_button.clicked.connect(self.paper)
        ui.digital_button.clicked.connect(self.digital)
        ui.generate_button.clicked.connect(self.generate)
        ui.open_document_button.clicked.connect(self.open_document)
        ui.add_attachment_button.clicked.connect(self.add_attachment)
        ui.open_attachment_button.clicked.connect(self.open_attachment)
        ui.attachments_table.cellActivated.connect(lambda *_: self.open_attachment())

    def load(self, detail: AgreementDetail | None) -> None:
        self.detail = detail
        parties = detail.parties if detail else ()
        rows = [(p.organisation_name, p.signatory_name, domain_tr(SignatureStatus(p.signature_status).label),
                 p.sent_on, p.signed_on, domain_tr(SignatureMethod(p.signature_method).label)
                 if p.signature_method else "", p.refusal_reason) for p in parties]
        fill_table(self.ui.signatures_table, (tr("Ente"), tr("Firmatario"), tr("Stato"), tr("Inviato il"),
                                              tr("Firmato il"), tr("Modalità"), tr("Motivo del rifiuto")), rows,
                   stretch=0, payloads=[p.uuid for p in parties])
        signing = detail is not None and "sign" in detail.allowed_actions
        for name in ("mark_sent_button", "refuse_button", "paper_button", "digital_button"):
            getattr(self.ui, name).setEnabled(signing)
        only_digital = bool(detail and detail.digital_only_reason)
        self.ui.paper_button.setEnabled(signing and not only_digital)
        self.ui.paper_button.setToolTip(
            tr("Un accordo tra pubbliche amministrazioni si firma solo digitalmente "
               "(art. 15 c. 2-bis L. 241/1990), a pena di nullità.") if only_digital else "")
        self.ui.digital_only_label.setText(said(detail.digital_only_reason) if only_digital else "")
        self.ui.digital_only_label.setVisible(only_digital)
        reports = [a.check_report for a in (detail.attachments if detail else ()) if a.check_report]
        self.ui.check_report_edit.setPlainText(reports[-1] if reports else tr("Nessun file firmato digitalmente "
                                                                              "allegato."))
        self.ui.digital_document_check.setChecked(only_digital)
        self.ui.digital_document_check.setEnabled(detail is not None and not only_digital)
        self.ui.generate_button.setEnabled(detail is not None)
        files = detail.attachments if detail else ()
        kinds = {"allegato": tr("Allegato"), "scansione": tr("Scansione firmata"),
                 "firmato_digitale": tr("Firmato digitalmente")}
        fill_table(self.ui.attachments_table, (tr("Tipo"), tr("Descrizione"), tr("SHA-256")),
                   [(kinds.get(a.kind, a.kind), a.description, a.sha256[:12] + "…") for a in files], stretch=1,
                   payloads=[a.uuid for a in files])
        for name in ("add_attachment_button", "attachment_description_edit"):
            getattr(self.ui, name).setEnabled(detail is not None)
        self._load_documents()

    def _selected_parties(self) -> list:
        rows = sorted({i.row() for i in self.ui.signatures_table.selectedIndexes()})
        return [payload(self.ui.signatures_table, r) for r in rows]

    def _run(self, call) -> None:
        run_operation(self.page, call, on_success=self.page.show_detail, label=tr("Registrazione della firma…"))

    def mark_sent(self) -> None:
        chosen = self._selected_parties()
        if not chosen:
            Messages.inform(self.page, tr("Firme"), tr("Scegli nella tabella la parte a cui è stato inviato."))
            return
        uuid = self.detail.uuid
        self._run(lambda: [signatures.mark_sent(self.ctx.db, uuid, p) for p in chosen][-1])

    def refuse(self) -> None:
        chosen = self._selected_parties()
        if len(chosen) != 1:
            Messages.inform(self.page, tr("Firme"), tr("Scegli nella tabella la parte che ha rifiutato."))
            return
        reason = Messages.ask_reason(self.page, tr("Rifiuto della firma"), tr("Motivo del rifiuto:"))
        if reason:
            uuid = self.detail.uuid
            self._run(lambda: signatures.record_refusal(self.ctx.db, uuid, chosen[0], reason))

    def paper(self) -> None:
        chosen = self._selected_parties()
        if not chosen:
            Messages.inform(self.page, tr("Firme"), tr("Scegli nella tabella le parti che hanno firmato su carta "
                                                       "(una o più, anche tutte su una sola scansione)."))
            return
        path = FileChooser.open_file(self.page, tr("Scansione firmata"), tr("Scansioni (*.pdf *.jpg *.png *.tif)"))
        if path:
            uuid = self.detail.uuid
            self._run(lambda: signatures.record_paper_signatures(self.ctx.db, uuid, chosen, Path(path)))

    def digital(self) -> None:
        path = FileChooser.open_file(self.page, tr("Documento firmato digitalmente"),
                                     tr("Firmati digitalmente (*.pdf *.p7m)"))
        if path:
            uuid = self.detail.uuid
            self._run(lambda: signatures.attach_digitally_signed(self.ctx.db, uuid, Path(path)))

    def generate(self) -> None:
        uuid, digital = self.detail.uuid, self.ui.digital_document_check.isChecked()
        run_operation(self.page, lambda: documents.generate_agreement_document(self.ctx.db, uuid, digital),
                      on_success=lambda _ref: self._load_documents(), label=tr("Generazione del PDF…"))

    def _load_documents(self) -> None:
        if self.detail is None:
            fill_table(self.ui.documents_table, (tr("Numero"), tr("Data"), tr("Titolo"), tr("Copia firmata")), [])
            return
        uuid = self.detail.uuid

        def show(refs) -> None:
            rows = [(r.number_label, r.issued_on, r.title, tr("sì") if r.has_signed_copy else tr("no")) for r in refs]
            fill_table(self.ui.documents_table, (tr("Numero"), tr("Data"), tr("Titolo"), tr("Copia firmata")), rows,
                       stretch=2, payloads=[r.uuid for r in refs])

        run_operation(self.page, lambda: documents.agreement_documents(self.ctx.db, uuid), on_success=show,
                      writes=False)

    def add_attachment(self) -> None:
        path = FileChooser.open_file(self.page, tr("Allega un file all'accordo"), tr("Documenti (*.pdf *.p7m *.jpg "
                                                                                   "*.png *.tif *.odt *.docx *.xlsx)"))
        if path:
            uuid, description = self.detail.uuid, self.ui.attachment_description_edit.text()
            run_operation(self.page, lambda: attachments.add_attachment(self.ctx.db, uuid, Path(path), description),
                          on_success=self._attached, form=self.page.form, label=tr("Copia dell'allegato…"))

    def _attached(self, detail: AgreementDetail) -> None:
        self.ui.attachment_description_edit.clear()
        self.page.show_detail(detail)

    def open_attachment(self) -> None:
        from equilibri_desktop.ui.widgets.document_files import DocumentFiles

        attachment_uuid = payload(self.ui.attachments_table)
        if attachment_uuid is not None:
            run_operation(self.page, lambda: attachments.attachment_path(self.ctx.db, attachment_uuid),
                          on_success=DocumentFiles.open_file, writes=False)

    def open_document(self) -> None:
        from equilibri_desktop.services.documents import register
        from equilibri_desktop.ui.widgets.document_files import DocumentFiles

        doc_uuid = payload(self.ui.documents_table)
        if doc_uuid is not None:  # the register checks the checksum before handing the file out
            run_operation(self.page, lambda: register.document_path(self.ctx.db, doc_uuid),
                          on_success=DocumentFiles.open_file, writes=False)
