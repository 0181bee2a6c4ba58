"""The activity log in a clerk's words: one catalogue of kinds of record, field labels and coded values.

Every table the audit trail can name has a kind and an area here (the log's filter lists them all), every
field the label its form shows, and coded fields (statuses, kinds, outcomes) the domain enum whose labels the
screens show. The audit screen and a record's «Storia» both word entries through this module; the raw names
stay in the entry's detail and in the export.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from equilibri_desktop.domain.audit import MASK
from equilibri_desktop.domain.grants import codes
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.domain.organisation_rules import AllianceRole, SizeClass
from equilibri_desktop.domain.person_kinds import (
    ConsentKind,
    OccupationalStatus,
    PreferredContact,
    PrivacyChannel,
)
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr

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
    "call_id": QT_TRANSLATE_NOOP("AuditFields", "Bando"),
    "application_id": QT_TRANSLATE_NOOP("AuditFields", "Domanda"),
    "protocol_year": QT_TRANSLATE_NOOP("AuditFields", "Anno di protocollo"),
    "protocol_number": QT_TRANSLATE_NOOP("AuditFields", "Numero di protocollo"),
    "received_at": QT_TRANSLATE_NOOP("AuditFields", "Ricevuta il"),
    "public_code": QT_TRANSLATE_NOOP("AuditFields", "Codice pubblico"),
    "applicant_id": QT_TRANSLATE_NOOP("AuditFields", "Richiedente"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Stato"),
    "applicant_kind": QT_TRANSLATE_NOOP("AuditFields", "Tipo di richiedente"),
    "business_name": QT_TRANSLATE_NOOP("AuditFields", "Nome dell'attività"),
    "service_kind": QT_TRANSLATE_NOOP("AuditFields", "Tipo di servizio"),
    "service_description": QT_TRANSLATE_NOOP("AuditFields", "Descrizione del servizio"),
    "target_users": QT_TRANSLATE_NOOP("AuditFields", "Destinatari"),
    "planned_legal_form": QT_TRANSLATE_NOOP("AuditFields", "Forma giuridica prevista"),
    "ateco_code": QT_TRANSLATE_NOOP("AuditFields", "Codice ATECO"),
    "own_cofinancing_cents": QT_TRANSLATE_NOOP("AuditFields", "Cofinanziamento proprio"),
    "women_quota_pct": QT_TRANSLATE_NOOP("AuditFields", "Quote detenute da donne (%)"),
    "women_board_pct": QT_TRANSLATE_NOOP("AuditFields", "Donne nell'organo amministrativo (%)"),
    "vulnerability_route": QT_TRANSLATE_NOOP("AuditFields", "Percorso di fragilità"),
    "title": QT_TRANSLATE_NOOP("AuditFields", "Titolo"),
    "act_number": QT_TRANSLATE_NOOP("AuditFields", "Numero dell'atto"),
    "act_date": QT_TRANSLATE_NOOP("AuditFields", "Data dell'atto"),
    "cup": QT_TRANSLATE_NOOP("AuditFields", "CUP"),
    "budget_cents": QT_TRANSLATE_NOOP("AuditFields", "Dotazione"),
    "max_grant_cents": QT_TRANSLATE_NOOP("AuditFields", "Contributo massimo"),
    "max_cost_share_pct": QT_TRANSLATE_NOOP("AuditFields", "Quota massima dei costi (%)"),
    "min_cofinancing_pct": QT_TRANSLATE_NOOP("AuditFields", "Cofinanziamento minimo (%)"),
    "min_age": QT_TRANSLATE_NOOP("AuditFields", "Età minima"),
    "max_age": QT_TRANSLATE_NOOP("AuditFields", "Età massima"),
    "allowed_occupations": QT_TRANSLATE_NOOP("AuditFields", "Condizioni occupazionali ammesse"),
    "women_share_above_pct": QT_TRANSLATE_NOOP("AuditFields", "Quota femminile oltre il (%)"),
    "opens_at": QT_TRANSLATE_NOOP("AuditFields", "Apertura"),
    "closes_at": QT_TRANSLATE_NOOP("AuditFields", "Scadenza"),
    "admission_threshold": QT_TRANSLATE_NOOP("AuditFields", "Soglia di ammissione"),
    "tie_break": QT_TRANSLATE_NOOP("AuditFields", "Criterio di parità"),
    "last_grant_rule": QT_TRANSLATE_NOOP("AuditFields", "Ultimo contributo finanziabile"),
    "constitution_deadline": QT_TRANSLATE_NOOP("AuditFields", "Termine per la costituzione"),
    "report_deadline": QT_TRANSLATE_NOOP("AuditFields", "Termine per il rendiconto"),
    "edition": QT_TRANSLATE_NOOP("AuditFields", "Edizione"),
    "deciding_officer": QT_TRANSLATE_NOOP("AuditFields", "Responsabile che decide"),
    "premises_text": QT_TRANSLATE_NOOP("AuditFields", "Premesse"),
    "legal_references_text": QT_TRANSLATE_NOOP("AuditFields", "Riferimenti normativi"),
    "payment_terms_text": QT_TRANSLATE_NOOP("AuditFields", "Modalità di erogazione"),
    "obligations_text": QT_TRANSLATE_NOOP("AuditFields", "Obblighi"),
    "revocation_text": QT_TRANSLATE_NOOP("AuditFields", "Casi di revoca"),
    "rna_code": QT_TRANSLATE_NOOP("AuditFields", "Codice RNA"),
    "position": QT_TRANSLATE_NOOP("AuditFields", "Posizione"),
    "code": QT_TRANSLATE_NOOP("AuditFields", "Codice"),
    "label": QT_TRANSLATE_NOOP("AuditFields", "Descrizione"),
    "max_points": QT_TRANSLATE_NOOP("AuditFields", "Punteggio massimo"),
    "number": QT_TRANSLATE_NOOP("AuditFields", "Numero"),
    "ranked_on": QT_TRANSLATE_NOOP("AuditFields", "Data della graduatoria"),
    "published": QT_TRANSLATE_NOOP("AuditFields", "Pubblicata"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Motivazione"),
    "granted_cents": QT_TRANSLATE_NOOP("AuditFields", "Contributo concesso"),
    "percent": QT_TRANSLATE_NOOP("AuditFields", "Percentuale"),
    "condition": QT_TRANSLATE_NOOP("AuditFields", "Condizione"),
    "original_name": QT_TRANSLATE_NOOP("AuditFields", "Nome del file"),
    "stored_path": QT_TRANSLATE_NOOP("AuditFields", "File archiviato"),
    "sha256": QT_TRANSLATE_NOOP("AuditFields", "Impronta"),
    "size_bytes": QT_TRANSLATE_NOOP("AuditFields", "Dimensione (byte)"),
    "member_id": QT_TRANSLATE_NOOP("AuditFields", "Componente"),
    "has_conflict": QT_TRANSLATE_NOOP("AuditFields", "Conflitto di interessi"),
    "declared_on": QT_TRANSLATE_NOOP("AuditFields", "Dichiarata il"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Nota"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "Descrizione"),
    "category": QT_TRANSLATE_NOOP("AuditFields", "Categoria"),
    "amount_cents": QT_TRANSLATE_NOOP("AuditFields", "Importo"),
    "eligible": QT_TRANSLATE_NOOP("AuditFields", "Ammissibile"),
    "given": QT_TRANSLATE_NOOP("AuditFields", "Resa"),
    "rule": QT_TRANSLATE_NOOP("AuditFields", "Requisito"),
    "computed": QT_TRANSLATE_NOOP("AuditFields", "Esito calcolato"),
    "detail": QT_TRANSLATE_NOOP("AuditFields", "Dettaglio"),
    "confirmed": QT_TRANSLATE_NOOP("AuditFields", "Esito confermato"),
    "override_reason": QT_TRANSLATE_NOOP("AuditFields", "Motivo della deroga"),
    "confirmed_by": QT_TRANSLATE_NOOP("AuditFields", "Confermata da"),
    "confirmed_at": QT_TRANSLATE_NOOP("AuditFields", "Confermata il"),
    "spent_on": QT_TRANSLATE_NOOP("AuditFields", "Data della spesa"),
    "supplier": QT_TRANSLATE_NOOP("AuditFields", "Fornitore"),
    "document_number": QT_TRANSLATE_NOOP("AuditFields", "Numero del documento"),
    "ineligible_reason": QT_TRANSLATE_NOOP("AuditFields", "Motivo della non ammissibilità"),
    "attachment_path": QT_TRANSLATE_NOOP("AuditFields", "Allegato"),
    "attachment_sha256": QT_TRANSLATE_NOOP("AuditFields", "Impronta dell'allegato"),
    "constituted_on": QT_TRANSLATE_NOOP("AuditFields", "Costituita il"),
    "score": QT_TRANSLATE_NOOP("AuditFields", "Punteggio"),
    "outcome": QT_TRANSLATE_NOOP("AuditFields", "Esito"),
    "eligible_cost_cents": QT_TRANSLATE_NOOP("AuditFields", "Costo ammissibile"),
    "decided_on": QT_TRANSLATE_NOOP("AuditFields", "Decisa il"),
    "amount_to_recover_cents": QT_TRANSLATE_NOOP("AuditFields", "Importo da recuperare"),
    "recovered_cents": QT_TRANSLATE_NOOP("AuditFields", "Importo recuperato"),
    "recovery_status": QT_TRANSLATE_NOOP("AuditFields", "Stato del recupero"),
    "criterion_id": QT_TRANSLATE_NOOP("AuditFields", "Criterio"),
    "points": QT_TRANSLATE_NOOP("AuditFields", "Punti"),
    "from_status": QT_TRANSLATE_NOOP("AuditFields", "Stato precedente"),
    "to_status": QT_TRANSLATE_NOOP("AuditFields", "Nuovo stato"),
    "reply_deadline": QT_TRANSLATE_NOOP("AuditFields", "Termine per la risposta"),
    "gross_cents": QT_TRANSLATE_NOOP("AuditFields", "Importo lordo"),
    "withholding_cents": QT_TRANSLATE_NOOP("AuditFields", "Ritenuta"),
    "liquidation_act": QT_TRANSLATE_NOOP("AuditFields", "Atto di liquidazione"),
    "liquidation_date": QT_TRANSLATE_NOOP("AuditFields", "Data della liquidazione"),
    "paid_on": QT_TRANSLATE_NOOP("AuditFields", "Pagata il"),
    "override_by": QT_TRANSLATE_NOOP("AuditFields", "Deroga disposta da"),
    "tranche_id": QT_TRANSLATE_NOOP("AuditFields", "Rata"),
    "checked_on": QT_TRANSLATE_NOOP("AuditFields", "Verificata il"),
    "passed": QT_TRANSLATE_NOOP("AuditFields", "Superata"),
    "reference": QT_TRANSLATE_NOOP("AuditFields", "Riferimento"),
    "record_type": QT_TRANSLATE_NOOP("AuditFields", "Tipo di record"),
    "record_uuid": QT_TRANSLATE_NOOP("AuditFields", "Record"),
    "year": QT_TRANSLATE_NOOP("AuditFields", "Anno"),
    "issued_on": QT_TRANSLATE_NOOP("AuditFields", "Data"),
    "file_path": QT_TRANSLATE_NOOP("AuditFields", "File"),
    "signed_copy_path": QT_TRANSLATE_NOOP("AuditFields", "Copia firmata"),
    "signed_copy_sha256": QT_TRANSLATE_NOOP("AuditFields", "Impronta della copia firmata"),
    "previous_settings": QT_TRANSLATE_NOOP("AuditFields", "Impostazioni precedenti"),
    "kept_uuid": QT_TRANSLATE_NOOP("AuditFields", "Scheda mantenuta"),
    "dropped_uuid": QT_TRANSLATE_NOOP("AuditFields", "Scheda unita"),
    "dropped_label": QT_TRANSLATE_NOOP("AuditFields", "Scheda unita (nome)"),
    "fields_from_dropped": QT_TRANSLATE_NOOP("AuditFields", "Campi presi dalla scheda unita"),
    "moved_links": QT_TRANSLATE_NOOP("AuditFields", "Collegamenti spostati"),
    "key": QT_TRANSLATE_NOOP("AuditFields", "Chiave"),
    "value": QT_TRANSLATE_NOOP("AuditFields", "Valore"),
    "size_class": QT_TRANSLATE_NOOP("AuditFields", "Classe dimensionale"),
}

# table → (area, kind of record), in the order of the areas in the navigation: the activity log's filter
# lists them all, and each entry names its record's kind with it.
KINDS: dict[str, tuple[str, str]] = {
    "person": (QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"), QT_TRANSLATE_NOOP("AuditFields", "Persona")),
    "organisation": (
        QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"),
        QT_TRANSLATE_NOOP("AuditFields", "Ente o impresa"),
    ),
    "organisation_contact": (
        QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"),
        QT_TRANSLATE_NOOP("AuditFields", "Referente di un ente"),
    ),
    "privacy_acknowledgement": (
        QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"),
        QT_TRANSLATE_NOOP("AuditFields", "Informativa privacy"),
    ),
    "consent": (QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"), QT_TRANSLATE_NOOP("AuditFields", "Consenso")),
    "registry_merge": (
        QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"),
        QT_TRANSLATE_NOOP("AuditFields", "Unione di schede"),
    ),
    "grant_call": (QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"), QT_TRANSLATE_NOOP("AuditFields", "Bando")),
    "grant_call_edition": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Modifica del bando"),
    ),
    "grant_call_municipality": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Comune ammesso dal bando"),
    ),
    "grant_criterion": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Criterio di valutazione"),
    ),
    "grant_tranche_plan": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Rata prevista dal bando"),
    ),
    "grant_commission_member": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Componente della commissione"),
    ),
    "grant_application": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Domanda di contributo"),
    ),
    "grant_co_applicant": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Co-richiedente"),
    ),
    "grant_served_municipality": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Comune servito"),
    ),
    "grant_cost_item": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Voce del piano dei costi"),
    ),
    "grant_declaration": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Dichiarazione della domanda"),
    ),
    "grant_attachment": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Allegato della domanda"),
    ),
    "grant_eligibility_check": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Verifica di ammissibilità"),
    ),
    "grant_status_change": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Cambio di stato della domanda"),
    ),
    "grant_conflict_declaration": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Dichiarazione sul conflitto di interessi"),
    ),
    "grant_score": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Punteggio"),
    ),
    "grant_ranking": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Graduatoria"),
    ),
    "grant_ranking_entry": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Posizione in graduatoria"),
    ),
    "grant_firm": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Impresa costituita"),
    ),
    "grant_tranche": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Rata del contributo"),
    ),
    "grant_payment_check": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Verifica per il pagamento"),
    ),
    "grant_expense": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Spesa rendicontata"),
    ),
    "grant_revocation": (
        QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
        QT_TRANSLATE_NOOP("AuditFields", "Revoca"),
    ),
    "generated_document": (QT_TRANSLATE_NOOP("Navigation", "Documenti"), QT_TRANSLATE_NOOP("AuditFields", "Documento")),
    "user_account": (QT_TRANSLATE_NOOP("Navigation", "Amministrazione"), QT_TRANSLATE_NOOP("AuditFields", "Utente")),
    "organisation_settings": (
        QT_TRANSLATE_NOOP("Navigation", "Amministrazione"),
        QT_TRANSLATE_NOOP("AuditFields", "Ente e progetto"),
    ),
    "app_meta": (QT_TRANSLATE_NOOP("Navigation", "Amministrazione"), QT_TRANSLATE_NOOP("AuditFields", "Impostazione")),
    "audit_entry": (
        QT_TRANSLATE_NOOP("Navigation", "Amministrazione"),
        QT_TRANSLATE_NOOP("AuditFields", "Registro delle attività"),
    ),
    "tombstone": (
        QT_TRANSLATE_NOOP("Navigation", "Amministrazione"),
        QT_TRANSLATE_NOOP("AuditFields", "Eliminazione registrata"),
    ),
}

# Coded fields: (table, field) first, then the field alone. Values outside the enum show as stored.
CODED: dict[tuple[str, str] | str, type] = {
    ("grant_application", "status"): codes.ApplicationStatus,
    ("grant_status_change", "from_status"): codes.ApplicationStatus,
    ("grant_status_change", "to_status"): codes.ApplicationStatus,
    ("grant_call", "status"): codes.CallStatus,
    ("grant_tranche", "status"): codes.TrancheStatus,
    ("grant_ranking", "kind"): codes.RankingKind,
    ("grant_payment_check", "kind"): codes.PaymentCheckKind,
    ("generated_document", "kind"): codes.DocumentKind,
    ("consent", "kind"): ConsentKind,
    ("organisation", "kind"): OrganisationKind,
    "condition": codes.TrancheCondition,
    "outcome": codes.RankingOutcome,
    "rule": codes.EligibilityRule,
    "computed": codes.CheckOutcome,
    "confirmed": codes.CheckOutcome,
    "recovery_status": codes.RecoveryStatus,
    "tie_break": codes.TieBreak,
    "last_grant_rule": codes.LastGrantRule,
    "service_kind": codes.ServiceKind,
    "applicant_kind": codes.ApplicantKind,
    "occupational_status": OccupationalStatus,
    "preferred_contact": PreferredContact,
    "channel": PrivacyChannel,
    "alliance_role": AllianceRole,
    "size_class": SizeClass,
}


def field_title(field: str) -> str:
    title = FIELD_TITLES.get(field)
    return QCoreApplication.translate("AuditFields", title) if title else field


def kind_title(table_name: str) -> str:
    """The kind of record ("Domanda di contributo"); the raw name for a table this version does not know."""
    entry = KINDS.get(table_name)
    return QCoreApplication.translate("AuditFields", entry[1]) if entry else table_name


def area_title(table_name: str) -> str:
    entry = KINDS.get(table_name)
    return QCoreApplication.translate("Navigation", entry[0]) if entry else ""


def filter_choices() -> list[tuple[str, str]]:
    """(label, table) for the log's filter, area by area: «Start-up e contributi › Domanda di contributo»."""
    return [(f"{area_title(name)} › {kind_title(name)}", name) for name in KINDS]


def record_title(table_name: str, record_name: str) -> str:
    """«Persona: Rossi Laura», or the kind alone when the record has no name (deleted, or a detail row)."""
    if not table_name:
        return ""
    kind = kind_title(table_name)
    return tr("{kind}: {name}").format(kind=kind, name=record_name) if record_name else kind


def value_text(value: Any, field: str = "", table_name: str = "") -> str:
    if value is None or value == "":
        return tr("(vuoto)")
    if value == MASK:
        return tr("*** (dato riservato)")
    if value is True:
        return tr("sì")
    if value is False:
        return tr("no")
    enum = CODED.get((table_name, field)) or CODED.get(field)
    if enum is not None and isinstance(value, str):
        try:
            return domain_tr(enum(value).label)
        except ValueError:
            return value
    if field.endswith("_cents") and isinstance(value, int):
        return format_euro(from_cents(value))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"  # an ISO date, as dates read on screen
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")
    return str(value)


def change_text(change, table_name: str = "") -> str:
    return (f"{field_title(change.field)}: {value_text(change.old, change.field, table_name)} → "
            f"{value_text(change.new, change.field, table_name)}")
