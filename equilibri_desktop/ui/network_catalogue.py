"""What the services of network say, in the interface's language: the catalogue lupdate reads, worded as
domain/network/messages.py says it (tests/test_service_messages.py keeps both equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

NETWORK_TEXTS: dict[str, str] = {
    "network.rules.signatory_capacity_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: indica se il firmatario è legale rappresentante o delegato."),
    "network.rules.title": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il titolo dell'accordo."),
    "network.rules.kind": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il tipo di accordo."),
    "network.rules.start_date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data di decorrenza."),
    "network.rules.end_date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La scadenza non può precedere la decorrenza ({start_date:%d/%m/%Y})."),
    "network.rules.in_force_from": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'entrata in vigore non può seguire la scadenza ({end_date:%d/%m/%Y})."),
    "network.rules.withdrawal_notice_days": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il preavviso di recesso non può essere negativo."),
    "network.rules.not_public_body": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{organisation_name} non è una pubblica amministrazione: un accordo ex art. 15 L. "
                           "241/1990 si conclude solo tra amministrazioni pubbliche."),
    "network.rules.two_parties": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un accordo ha almeno due parti."),
    "network.rules.signatory_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: indica chi firma per {organisation_name}."),
    "network.rules.party_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: scegli l'ente o l'impresa dall'anagrafica."),
    "network.rules.party_repeated": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: {organisation_name} è già tra le parti."),
    "network.rules.role_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: scegli il ruolo della parte."),
    "network.rules.negative_contribution": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: gli importi e le ore non possono essere negativi."),
    "network.rules.not_legal_representative": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: {signatory_name} non risulta in anagrafica legale rappresentante di "
                           "{organisation_name}: non ha il potere di firma. Indica il legale rappresentante oppure "
                           "firma come delegato con l'atto di delega."),
    "network.rules.delegation_act_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Riga {row}: {signatory_name} firma come delegato senza atto di delega: indica l'atto che "
                           "gli conferisce il potere di firma."),
    "network.agreements.kind_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il tipo di accordo."),
    "network.agreements.wrong_status": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'accordo {agreement_code} è «{status}»: non si può {doing}."),
    "network.agreements.amendment_reason": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il motivo della modifica."),
    "network.agreements.no_expiry_no_renewal": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un accordo senza scadenza non si rinnova."),
    "network.agreements.withdrawing_party": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli la parte che recede."),
    "network.agreements.kind_fixed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il tipo di un accordo non cambia: creane uno nuovo."),
    "network.agreements.amendment_exists": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esiste già una modifica dell'accordo {original_code}: {amendment_code}."),
    "network.agreements.unexpected_outcome": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esito non previsto per la chiusura di un accordo."),
    "network.attachments.description_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi che cosa contiene l'allegato."),
    "network.attachments.file_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file {name} non esiste o è vuoto."),
    "network.attachments.file_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file «{what}» non è più nella cartella dei dati ({path}): ripristinalo da una copia "
                           "di sicurezza."),
    "network.attachments.file_altered": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file «{what}» è stato modificato dopo essere stato allegato: l'impronta SHA-256 non "
                           "corrisponde più. Non viene aperto; file: {path}."),
    "network.contacts.organisation": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli l'impresa dall'anagrafica."),
    "network.contacts.measure": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi la misura adottata (es. orario flessibile)."),
    "network.contacts.organisation_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli l'impresa dall'anagrafica."),
    "network.contacts.contact_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data del contatto."),
    "network.contacts.kind": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il tipo di contatto."),
    "network.contacts.topics": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un tema indicato non è previsto."),
    "network.contacts.next_step": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il passo successivo che scade in quella data."),
    "network.contacts.next_step_due": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La scadenza del passo successivo precede il contatto."),
    "network.contacts.contact_in_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il contatto non può essere nel futuro: registralo dopo."),
    "network.settings.pending_signature_days": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica un numero di giorni tra 1 e 365."),
    "network.settings.expiry_warning_days": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica un numero di giorni tra 1 e 365."),
    "network.signature_check.p7m_unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file .p7m non è una busta CAdES leggibile."),
    "network.signature_check.pdf_unsigned": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il PDF non contiene firme digitali: per una firma su carta allega la scansione come "
                           "tale."),
    "network.signature_check.p7m_detached": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file .p7m non contiene il documento firmato (firma staccata)."),
    "network.signature_check.p7m_unsigned": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file .p7m non contiene firme."),
    "network.signature_check.not_pdf_nor_p7m": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file {name} non è un PDF né un file firmato .p7m: allega il documento firmato "
                           "digitalmente (PAdES .pdf o CAdES .p7m)."),
    "network.signature_check.pdf_unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file {name} non è un PDF leggibile."),
    "network.signature_check.pdf_damaged": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il PDF non si può leggere: il file è danneggiato."),
    "network.signature_check.certificate_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il certificato di un firmatario manca nella busta .p7m."),
    "network.signature_check.signature_unverifiable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Una firma del PDF non si può verificare ({error_type}): il file è stato alterato o la "
                           "firma è danneggiata."),
    "network.signatures.not_in_signature": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'accordo {agreement_code} non è in firma (è «{status}»)."),
    "network.signatures.party_elsewhere": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La parte indicata non appartiene a questo accordo."),
    "network.signatures.move_refused": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La firma di {name} è «{status}»: non può diventare «{target_label}»."),
    "network.signatures.refusal_reason": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il motivo del rifiuto."),
    "network.signatures.parties_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli almeno una parte che ha firmato."),
    "network.signatures.signed_file": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file {signed_file_name} non esiste."),
    "network.signatures.scan": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file {scan_name} non esiste o è vuoto."),
    "network.signatures.signed_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di firma non può essere futura."),
    "network.signatures.signature_refused": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Firma di {signer} rifiutata: {problem}. Nessuna parte è stata segnata come firmata."),
    "network.signatures.signer_not_party": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file è firmato da {signer} ({signer_fiscal_code}), che non è tra i firmatari "
                           "dell'accordo {agreement_code}. Nessuna parte è stata segnata come firmata."),
    "network.templates.premises_text": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi almeno una premessa (una per riga)."),
    "network.templates.articles_text": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Ogni articolo inizia con una riga «## Titolo»."),
    "network.templates.unchanged": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il testo è uguale a quello in uso: nessuna nuova versione da salvare."),
    "network.templates.obligations_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Manca la riga {marker}: gli impegni delle parti non comparirebbero nell'accordo."),
    "network.rules.lead_many": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica una sola parte capofila."),
    "network.rules.lead_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica quale parte è capofila."),
    "network.records.organisation_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un ente scelto non è più in anagrafica."),
    "network.records.signatory_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un firmatario scelto non è più in anagrafica."),
    "network.records.processor_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il responsabile del trattamento scelto non è più in anagrafica."),
    "network.records.committee_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un ente del comitato non è più in anagrafica."),
    "network.templates.unknown_fields": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Campi sconosciuti: {unknown}. Quelli disponibili: {available}."),
    "network.rules.paper_refused": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un accordo tra pubbliche amministrazioni si sottoscrive con firma digitale o firma "
                           "elettronica qualificata, a pena di nullità ({source}): una scansione firmata a mano non "
                           "basta. Allega il file firmato digitalmente (PDF con firma PAdES o file .p7m)."),
    "network.records.digital_only": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Firma digitale obbligatoria a pena di nullità ({rule}): una scansione firmata a mano non "
                           "basta."),
    "network.reminders.signature_pending": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{agreement_code}: firma di {name} attesa da {days} giorni"),
    "network.reminders.tacit_renewal": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{agreement_code}: si rinnova tacitamente il {day:%d/%m/%Y} (disdetta entro il preavviso)"),
    "network.reminders.expired": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{agreement_code}: è scaduto il {day:%d/%m/%Y}"),
    "network.reminders.expires": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{agreement_code}: scade il {day:%d/%m/%Y}"),
    "network.reminders.follow_up": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{name}: {step} (entro il {day:%d/%m/%Y})"),
    "network.signature_check.content_altered": QT_TRANSLATE_NOOP(
        "ServiceMessages", "il contenuto firmato è stato alterato (l'impronta non corrisponde)"),
    "network.signature_check.signature_invalid": QT_TRANSLATE_NOOP(
        "ServiceMessages", "la firma non è valida per il certificato del firmatario"),
    "network.signature_check.changed_after": QT_TRANSLATE_NOOP(
        "ServiceMessages", "il documento è stato modificato dopo questa firma"),
}
