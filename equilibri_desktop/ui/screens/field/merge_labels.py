"""The merge screen's words for the service's codes: an outcome, a record kind, a conflicting field. The service
keeps Italian values (they also go to the xlsx report and the activity log); the screen shows them through tr()."""

from __future__ import annotations

from equilibri_desktop.services.field.dto import MergeItem, Outcome
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.service_messages import said


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.NEW: tr("nuova"),
        Outcome.LINKED: tr("collegata all'anagrafica"),
        Outcome.FOLDED: tr("unita a un'iscrizione già presente"),
        Outcome.UPDATED: tr("aggiornata"),
        Outcome.SKIPPED: tr("già unita, nessuna modifica"),
        Outcome.CONFLICT: tr("conflitto da decidere"),
        Outcome.LIKELY: tr("possibile corrispondenza da decidere"),
        Outcome.REFUSED: tr("scartata"),
    }[outcome]


def kind_label(kind: str) -> str:
    return {"iscrizione": tr("iscrizione"), "presenza": tr("presenza"), "nota": tr("nota")}.get(kind, kind)


def field_label(field: str) -> str:
    """The conflicting field (domain.field.conflicts.FIELD_EDITABLE, and attendance's "present")."""
    return {
        "status": tr("Stato dell'iscrizione"),
        "privacy_notice_version": tr("Informativa privacy"),
        "privacy_on": tr("Informativa ricevuta il"),
        "consent_photos": tr("Consenso foto e video"),
        "consent_news": tr("Consenso comunicazioni"),
        "consent_on": tr("Consensi raccolti il"),
        "consent_collected_by": tr("Consensi raccolti da"),
        "present": tr("Presenza"),
    }.get(field, field)


def detail_text(item: MergeItem) -> str:
    """The detail column: rebuilt from codes where the item carries them, the service's text otherwise."""
    if item.outcome == Outcome.CONFLICT and item.conflicts:
        return tr("modificato sia in ufficio sia sul campo: {fields}").format(
            fields=", ".join(field_label(c.field) for c in item.conflicts))
    if item.outcome == Outcome.LIKELY and item.candidates:
        return tr("persone simili in anagrafica: {n}").format(n=len(item.candidates))
    if item.outcome == Outcome.UPDATED and item.kind == "iscrizione" and item.detail:
        return ", ".join(field_label(name.strip()) for name in item.detail.split(","))  # the changed fields' codes
    return said(item.detail)  # coded by the service: worded in the interface's language
