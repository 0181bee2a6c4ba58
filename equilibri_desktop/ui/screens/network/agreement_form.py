"""Fills the «Dati» tab from an agreement (or empties it for a new one) and sets what may be done now; the
allowed actions come from the service (AgreementDetail.allowed_actions), never recomputed here."""

from __future__ import annotations

from equilibri_desktop.domain.network.codes import AgreementStatus
from equilibri_desktop.services.network.dto import AgreementDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import clear_field_errors


def load_detail(screen, detail: AgreementDetail | None) -> None:
    ui = screen.ui
    clear_field_errors(screen.form)
    widgets = [ui.title_edit, ui.cup_edit, ui.subject_edit, ui.privacy_arrangement_edit, ui.committee_edit]
    for widget in widgets:
        widget.blockSignals(True)
    ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(detail.kind)) if detail else 0)
    ui.kind_combo.setEnabled(detail is None)
    ui.code_label.setText(detail.code if detail else tr("(assegnato al salvataggio)"))
    ui.status_label.setText(domain_tr(AgreementStatus(detail.status).label) if detail else tr("Nuovo"))
    ui.title_edit.setText(detail.title if detail else "")
    ui.subject_edit.setPlainText(detail.subject if detail else "")
    ui.start_date_edit.setDate(detail.start_date if detail else None)
    ui.in_force_from_edit.setDate(detail.in_force_from if detail else None)
    if detail is not None and detail.processor_uuid is not None:
        ui.processor_edit.set_person(detail.processor_uuid, detail.processor_name)
    else:
        ui.processor_edit.set_person(None)
    ui.end_date_edit.setDate(detail.end_date if detail else None)
    ui.withdrawal_notice_days_spin.setValue(detail.withdrawal_notice_days if detail else 30)
    ui.tacit_renewal_check.setChecked(detail.tacit_renewal if detail else False)
    ui.renewal_months_spin.setValue(detail.renewal_months if detail else 12)
    ui.cup_edit.setText(detail.cup if detail else "")
    ui.privacy_role_combo.setCurrentIndex(max(0, ui.privacy_role_combo.findData(detail.privacy_role)) if detail else 0)
    ui.privacy_arrangement_edit.setPlainText(detail.privacy_arrangement if detail else "")
    ui.committee_edit.setPlainText("\n".join(f"{m.name} – {m.role}" if m.role else m.name
                                             for m in (detail.committee if detail else ())))
    for widget in widgets:
        widget.blockSignals(False)
    actions = detail.allowed_actions if detail else frozenset({"edit"})
    editable = "edit" in actions
    for name in ("title_edit", "cup_edit", "start_date_edit", "end_date_edit", "in_force_from_edit",
                 "processor_edit"):
        getattr(ui, name).setReadOnly(not editable)
    for name in ("subject_edit", "privacy_arrangement_edit", "committee_edit"):
        getattr(ui, name).setReadOnly(not editable)
    for name in ("withdrawal_notice_days_spin", "tacit_renewal_check", "renewal_months_spin", "privacy_role_combo"):
        getattr(ui, name).setEnabled(editable)
    screen.parties.set_editable(editable)
    ui.save_button.setEnabled(editable)
    ui.send_button.setEnabled("send" in actions)
    ui.amend_button.setEnabled("amend" in actions)
    ui.close_button.setEnabled("renew" in actions)
    versions = detail.versions if detail else ()
    ui.versions_label.setText(tr("Versioni: {list}").format(
                                  list=", ".join(f"{code} ({domain_tr(AgreementStatus(s).label)})"
                                                 for _u, code, s in versions))
                              if len(versions) > 1 else "")
    screen._show_processor()
    ui.template_label.setText(_template_text(detail))
    ui.use_template_button.setEnabled(bool(detail) and editable and detail.template_outdated)
    ui.message_label.setText(_message(detail))


def _template_text(detail: AgreementDetail | None) -> str:
    if detail is None:
        return tr("Il testo di premesse e articoli sarà quello del modello corrente.")
    text = tr("Testo: {source}.").format(source=detail.template_label)
    if detail.template_outdated:
        text += " " + tr("Il modello ha una versione più recente.")
    return text


def _message(detail: AgreementDetail | None) -> str:
    if detail is None:
        return ""
    parts = []
    if detail.amendment_reason:
        parts.append(tr("Modifica: {reason}").format(reason=detail.amendment_reason))
    status = AgreementStatus(detail.status)
    if status == AgreementStatus.IN_FIRMA and detail.in_force_from:
        parts.append(tr("In vigore dal {day}, quando tutte le parti avranno firmato.").format(
            day=f"{detail.in_force_from:%d/%m/%Y}"))
    if status in (AgreementStatus.IN_VIGORE, AgreementStatus.RINNOVATO) and detail.closed_on:
        parts.append(tr("Recesso efficace dal {day}: da quel giorno l'accordo cessa.").format(
            day=f"{detail.closed_on:%d/%m/%Y}"))
    return " ".join(parts)
