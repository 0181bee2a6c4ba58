"""What the services of field laptops (kits, return packages, capture, merge decisions) say,
under stable codes with named parameters: the interface words them in its own language
(ui/field_catalogue.py, kept equal by tests/test_service_messages.py); the services' errors keep the
Italian."""

from __future__ import annotations

FIELD_MESSAGES: dict[str, str] = {
    "field.sealing.not_this_kind": "Il file non è {what} di Equilibri Desktop (o è vuoto). Nulla è stato scritto.",
    "field.sealing.other_format": "Il file usa il formato {version}, questo programma legge il formato {ours}: "
                                  "aggiorna il programma. Nulla è stato scritto.",
    "field.sealing.truncated": "Il file è troncato o alterato: la verifica di integrità non è riuscita. Nulla è stato "
                               "scritto.",
    "field.sealing.wrong_kind": "Il file è {kind_name}, non {what}. Nulla è stato scritto.",
    "field.sealing.header_altered": "L'intestazione del file è alterata. Nulla è stato scritto.",
    "field.sealing.header_damaged": "L'intestazione del file è danneggiata o alterata. Nulla è stato scritto.",
    "field.sealing.not_authentic": "Il file è stato alterato dopo la cifratura: la verifica di autenticità non è "
                                   "riuscita. Nulla è stato scritto.",
    "field.sealing.content_unreadable": "Il contenuto del file non è leggibile. Nulla è stato scritto.",
    "field.capture.note_empty": "Scrivi la nota prima di salvarla.",
    "field.capture.note_too_long": "La nota è lunga {length} caratteri: al massimo {maximum}.",
    "field.capture.birth_date": "La data di nascita non è quella del codice fiscale ({birth_date:%d/%m/%Y}): "
                                "controlla l'una o l'altro.",
    "field.decisions_sheet.column_missing": "Il foglio «{title}» non ha la colonna «{choice_header}»: usa il "
                                            "resoconto di una prova (--dry-run --report).",
    "field.decisions_sheet.unreadable": "Il file delle decisioni {path} non è un resoconto .xlsx leggibile.",
    "field.decisions_sheet.conflict_choice": "Scelta «{choice}» non valida per un conflitto: scrivi campo o ufficio.",
    "field.decisions_sheet.match_choice": "Scelta «{choice}» non valida per una corrispondenza: scrivi sì o no.",
    "field.kit.passphrase_short": "La frase segreta deve avere almeno {minimum} caratteri: è l'unica protezione del "
                                  "kit se il file o il portatile vanno persi.",
    "field.kit.user_disabled": "L'utente «{username}» è disattivato: non può lavorare sul portatile.",
    "field.kit.user_unknown": "L'utente «{username}» non esiste: scegli un utente attivo per il portatile.",
    "field.laptop.not_laptop": "Questo database non è quello di un portatile da campo.",
    "field.laptop.kit_unreadable": "Il kit {path} non si può leggere: {reason}.",
    "field.local_db.unreadable": "I dati del portatile non sono leggibili.",
    "field.merge.decisions_missing": "Restano da decidere {conflicts} conflitti e {likely} possibili corrispondenze: "
                                     "nulla è stato unito. Decidili nella schermata «Rientro dal campo» (o con "
                                     "--decisions), poi ripeti l'unione.",
    "field.package.data_missing": "Il pacchetto non contiene i dati attesi. Nulla è stato scritto.",
    "field.package.unreadable": "Il pacchetto {source} non si può leggere: {reason}.",
    "field.returns.no_package": "Non è ancora stato preparato nessun pacchetto di rientro: i dati restano sul "
                                "portatile.",
    "field.returns.receipt_mismatch": "Il codice di ricevuta non corrisponde all'ultimo pacchetto preparato: "
                                      "controlla di averlo copiato bene. I dati restano sul portatile.",
    "field.returns.newer_data": "Dopo l'ultimo pacchetto sono state registrate altre informazioni: prepara un nuovo "
                                "pacchetto di rientro e portalo in ufficio. I dati restano sul portatile.",
    "field.wrong_passphrase": "La frase segreta non è quella con cui il file è stato cifrato: controllala e riprova. "
                              "Nulla è stato scritto.",
    "field.other_office": "Il file è stato preparato per un altro database dell'ufficio: qui non può essere unito. "
                          "Importalo nel database da cui è stato creato il kit. Nulla è stato scritto.",
    "field.schema_newer": "Il file è stato scritto da una versione più recente del programma (schema {theirs}; questo "
                          "programma usa lo schema {ours}). Aggiorna Equilibri Desktop prima di importarlo. Nulla è "
                          "stato scritto.",
    "field.schema_older": "Il file è stato scritto da una versione precedente del programma (schema {theirs}; questo "
                          "programma usa lo schema {ours}). Prepara un nuovo kit con la versione in uso in ufficio. "
                          "Nulla è stato scritto.",
    "field.merge.attendance_gone": "l'iscrizione o la sessione non esistono più in ufficio",
    "field.merge.attendance_differs": "presenza diversa in ufficio",
    "field.merge.note_gone": "l'iscrizione non esiste più in ufficio",
    "field.merge.participant_gone": "l'iscrizione non esiste più in ufficio (unita o eliminata): modifica non "
                                    "applicata",
    "field.merge.folded": "unita all'iscrizione {uuid}",
    "field.merge.same_fiscal_code": "stesso codice fiscale di una persona dell'anagrafica",
    "field.merge.similar_people": "persone simili in anagrafica: {count}",
    "field.merge.changed_both": "modificato sia in ufficio sia sul campo: {fields}",
}
