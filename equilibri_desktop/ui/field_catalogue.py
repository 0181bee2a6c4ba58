"""What the services of field say, in the interface's language: the catalogue lupdate reads, worded as
domain/field/messages.py says it (tests/test_service_messages.py keeps both equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FIELD_TEXTS: dict[str, str] = {
    "field.sealing.not_this_kind": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file non è {what} di Equilibri Desktop (o è vuoto). Nulla è stato scritto."),
    "field.sealing.other_format": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file usa il formato {version}, questo programma legge il formato {ours}: aggiorna il "
                           "programma. Nulla è stato scritto."),
    "field.sealing.truncated": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file è troncato o alterato: la verifica di integrità non è riuscita. Nulla è stato "
                           "scritto."),
    "field.sealing.wrong_kind": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file è {kind_name}, non {what}. Nulla è stato scritto."),
    "field.sealing.header_altered": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'intestazione del file è alterata. Nulla è stato scritto."),
    "field.sealing.header_damaged": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'intestazione del file è danneggiata o alterata. Nulla è stato scritto."),
    "field.sealing.not_authentic": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file è stato alterato dopo la cifratura: la verifica di autenticità non è riuscita. "
                           "Nulla è stato scritto."),
    "field.sealing.content_unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il contenuto del file non è leggibile. Nulla è stato scritto."),
    "field.capture.note_empty": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi la nota prima di salvarla."),
    "field.capture.note_too_long": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La nota è lunga {length} caratteri: al massimo {maximum}."),
    "field.capture.birth_date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di nascita non è quella del codice fiscale ({birth_date:%d/%m/%Y}): controlla "
                           "l'una o l'altro."),
    "field.decisions_sheet.column_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il foglio «{title}» non ha la colonna «{choice_header}»: usa il resoconto di una prova "
                           "(--dry-run --report)."),
    "field.decisions_sheet.unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file delle decisioni {path} non è un resoconto .xlsx leggibile."),
    "field.decisions_sheet.conflict_choice": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scelta «{choice}» non valida per un conflitto: scrivi campo o ufficio."),
    "field.decisions_sheet.match_choice": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scelta «{choice}» non valida per una corrispondenza: scrivi sì o no."),
    "field.kit.passphrase_short": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La frase segreta deve avere almeno {minimum} caratteri: è l'unica protezione del kit se "
                           "il file o il portatile vanno persi."),
    "field.kit.user_disabled": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'utente «{username}» è disattivato: non può lavorare sul portatile."),
    "field.kit.user_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'utente «{username}» non esiste: scegli un utente attivo per il portatile."),
    "field.laptop.not_laptop": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Questo database non è quello di un portatile da campo."),
    "field.laptop.kit_unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il kit {path} non si può leggere: {reason}."),
    "field.local_db.unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I dati del portatile non sono leggibili."),
    "field.merge.decisions_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Restano da decidere {conflicts} conflitti e {likely} possibili corrispondenze: nulla è "
                           "stato unito. Decidili nella schermata «Rientro dal campo» (o con --decisions), poi ripeti "
                           "l'unione."),
    "field.package.data_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il pacchetto non contiene i dati attesi. Nulla è stato scritto."),
    "field.package.unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il pacchetto {source} non si può leggere: {reason}."),
    "field.returns.no_package": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Non è ancora stato preparato nessun pacchetto di rientro: i dati restano sul portatile."),
    "field.returns.receipt_mismatch": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice di ricevuta non corrisponde all'ultimo pacchetto preparato: controlla di "
                           "averlo copiato bene. I dati restano sul portatile."),
    "field.returns.newer_data": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dopo l'ultimo pacchetto sono state registrate altre informazioni: prepara un nuovo "
                           "pacchetto di rientro e portalo in ufficio. I dati restano sul portatile."),
    "field.wrong_passphrase": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La frase segreta non è quella con cui il file è stato cifrato: controllala e riprova. "
                           "Nulla è stato scritto."),
    "field.other_office": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file è stato preparato per un altro database dell'ufficio: qui non può essere unito. "
                           "Importalo nel database da cui è stato creato il kit. Nulla è stato scritto."),
    "field.schema_newer": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file è stato scritto da una versione più recente del programma (schema {theirs}; "
                           "questo programma usa lo schema {ours}). Aggiorna Equilibri Desktop prima di importarlo. "
                           "Nulla è stato scritto."),
    "field.schema_older": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file è stato scritto da una versione precedente del programma (schema {theirs}; "
                           "questo programma usa lo schema {ours}). Prepara un nuovo kit con la versione in uso in "
                           "ufficio. Nulla è stato scritto."),
    "field.merge.attendance_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "l'iscrizione o la sessione non esistono più in ufficio"),
    "field.merge.attendance_differs": QT_TRANSLATE_NOOP(
        "ServiceMessages", "presenza diversa in ufficio"),
    "field.merge.note_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "l'iscrizione non esiste più in ufficio"),
    "field.merge.participant_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "l'iscrizione non esiste più in ufficio (unita o eliminata): modifica non applicata"),
    "field.merge.folded": QT_TRANSLATE_NOOP(
        "ServiceMessages", "unita all'iscrizione {uuid}"),
    "field.merge.same_fiscal_code": QT_TRANSLATE_NOOP(
        "ServiceMessages", "stesso codice fiscale di una persona dell'anagrafica"),
    "field.merge.similar_people": QT_TRANSLATE_NOOP(
        "ServiceMessages", "persone simili in anagrafica: {count}"),
    "field.merge.changed_both": QT_TRANSLATE_NOOP(
        "ServiceMessages", "modificato sia in ufficio sia sul campo: {fields}"),
}
