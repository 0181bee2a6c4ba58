"""What the registry (people, bodies, addresses, identifiers, privacy), the imports, the document register, the
administration and the demo say, under stable codes with named parameters: the interface words them in its own
language (ui/registry_catalogue.py, kept equal by tests/test_service_messages.py); the services' errors, the import
reports and the documents keep the Italian."""

from __future__ import annotations

REGISTRY_MESSAGES: dict[str, str] = {
    # any record: a text too long for its column ({label} is a domain fragment, e.g. «Il cognome»)
    "registry.too_long": "{label} è troppo lungo: al massimo {limit} caratteri.",
    # addresses
    "registry.address.municipality_unknown": "Il comune scelto non è nell'elenco dei comuni.",
    "registry.address.municipality_missing": "Manca il comune dell'indirizzo.",
    # identifiers
    "registry.fiscal_code.birthplace_date": "Il codice del luogo di nascita {place_code} ({place}) non esisteva "
                                            "alla data di nascita ({birth_date:%d/%m/%Y}): il comune è stato "
                                            "istituito dopo o soppresso prima. Controlla il codice fiscale sul "
                                            "documento.",
    # identifiers: codice fiscale, partita IVA, IBAN, CAP, e-mail and PEC, CUP, ATECO
    "id.cf.length_one": "Il codice fiscale ha 16 caratteri: ne hai scritto uno.",
    "id.cf.length": "Il codice fiscale ha 16 caratteri: ne hai scritti {count}.",
    "id.cf.alnum": "Il codice fiscale contiene solo lettere e cifre.",
    "id.cf.part_names": "I primi sei caratteri (cognome e nome) devono essere lettere.",
    "id.cf.part_year": "Il 7° e l'8° carattere (anno di nascita) devono essere cifre.",
    "id.cf.part_month": "Il 9° carattere (mese di nascita) deve essere una di A B C D E H L M P R S T.",
    "id.cf.part_day": "Il 10° e l'11° carattere (giorno di nascita) devono essere cifre.",
    "id.cf.part_place": "I caratteri dal 12° al 15° (luogo di nascita) devono essere una lettera e tre cifre.",
    "id.cf.part_check": "L'ultimo carattere (carattere di controllo) deve essere una lettera.",
    "id.cf.missing": "Scrivi il codice fiscale.",
    "id.cf.check_char": "Il carattere di controllo non corrisponde: controlla di aver copiato bene il codice.",
    "id.cf.day": "Il giorno di nascita nel codice fiscale non esiste.",
    "id.cf.place_unknown": "Il codice del luogo di nascita ({place}) non corrisponde a nessun comune o Stato "
                           "esistente alla data di nascita: controlla il codice.",
    "id.cf.provisional_note": "Codice fiscale provvisorio (11 cifre): sostituiscilo con quello definitivo quando "
                              "l'Agenzia delle Entrate lo attribuisce. Sesso, data e luogo di nascita non si "
                              "ricavano dal codice.",
    "id.cf.provisional_length": "Il codice fiscale provvisorio ha 11 cifre.",
    "id.cf.provisional_check": "La cifra di controllo del codice fiscale provvisorio non corrisponde: controlla di "
                               "aver copiato bene il codice.",
    "id.cf.sex_female": "Il sesso non corrisponde al codice fiscale (dal codice: femminile).",
    "id.cf.sex_male": "Il sesso non corrisponde al codice fiscale (dal codice: maschile).",
    "id.cf.birth_date_mismatch": "La data di nascita non corrisponde al codice fiscale (dal codice: "
                                 "{birth_date:%d/%m/%Y}).",
    "id.cf.birth_place_mismatch": "Il luogo di nascita non corrisponde al codice fiscale (dal codice: {place}).",
    "id.cf.surname_letters": "Il cognome non corrisponde al codice fiscale: le prime tre lettere del codice sono "
                             "{in_code}, dal cognome scritto risulterebbero {expected}.",
    "id.cf.first_name_letters": "Il nome non corrisponde al codice fiscale: le lettere 4-6 del codice sono "
                                "{in_code}, dal nome scritto risulterebbero {expected}.",
    "id.vat.missing": "Scrivi la partita IVA.",
    "id.vat.digits": "La partita IVA contiene solo cifre: togli lettere e simboli.",
    "id.vat.length": "La partita IVA ha 11 cifre: ne hai scritte {count}.",
    "id.vat.checksum": "La cifra di controllo non corrisponde: controlla di aver copiato bene la partita IVA.",
    "id.vat.office": "La partita IVA ha un codice d'ufficio (cifre 8-10) inesistente: controlla il numero.",
    "id.vat.zeros": "La partita IVA non può iniziare con sette zeri.",
    "id.body_cf.missing": "Scrivi il codice fiscale dell'ente.",
    "id.body_cf.digits": "Il codice fiscale dell'ente contiene solo cifre: togli lettere e simboli.",
    "id.body_cf.length": "Il codice fiscale dell'ente ha 11 cifre: ne hai scritte {count}.",
    "id.body_cf.checksum": "La cifra di controllo non corrisponde: controlla di aver copiato bene il codice fiscale "
                           "dell'ente.",
    "id.body_cf.office": "Il codice fiscale dell'ente ha un codice d'ufficio (cifre 8-10) inesistente: controlla il "
                         "numero.",
    "id.body_cf.zeros": "Il codice fiscale dell'ente non può iniziare con sette zeri.",
    "id.iban.missing": "Scrivi l'IBAN.",
    "id.iban.it_length": "L'IBAN italiano ha 27 caratteri: ne hai scritti {count}.",
    "id.iban.length": "L'IBAN non ha la lunghezza prevista per il suo paese.",
    "id.iban.country": "L'IBAN deve iniziare con la sigla del paese (IT per l'Italia).",
    "id.iban.check_digits": "Le due cifre di controllo dopo la sigla del paese non corrispondono: controlla di aver "
                            "copiato bene l'IBAN.",
    "id.iban.cin": "Il CIN (la lettera dopo le cifre di controllo) non corrisponde ad ABI, CAB e numero di conto: "
                   "controlla di aver copiato bene l'IBAN.",
    "id.iban.invalid": "L'IBAN contiene caratteri non ammessi o non ha la struttura prevista.",
    "id.cap.length": "Il CAP ha 5 cifre.",
    "id.cap.other": "Il CAP {cap} non appartiene al comune indicato (CAP del comune: {listed}).",
    "id.email.missing": "Scrivi l'indirizzo e-mail.",
    "id.email.spaces": "L'indirizzo e-mail non può contenere spazi.",
    "id.email.at": "L'indirizzo e-mail deve contenere una chiocciola (@), come in nome@esempio.it.",
    "id.email.domain": "L'indirizzo e-mail non è valido: controlla la parte dopo la @.",
    "id.pec.missing": "Scrivi l'indirizzo PEC.",
    "id.pec.spaces": "L'indirizzo PEC non può contenere spazi.",
    "id.pec.at": "L'indirizzo PEC deve contenere una chiocciola (@), come in nome@esempio.it.",
    "id.pec.domain": "L'indirizzo PEC non è valido: controlla la parte dopo la @.",
    "id.cup.length": "Il CUP ha 15 caratteri: ne hai scritti {count}.",
    "id.cup.alnum": "Il CUP contiene solo lettere e cifre.",
    "id.ateco.format": "Il codice ATECO si scrive come 88.91 oppure 88.91.00.",
    # people
    "registry.person.surname_missing": "Scrivi il cognome.",
    "registry.person.first_name_missing": "Scrivi il nome.",
    "registry.person.sex": "Il sesso si indica con F o M.",
    "registry.person.birth_future": "La data di nascita è nel futuro.",
    "registry.person.birth_too_old": "La data di nascita è precedente al 1900: controlla l'anno.",
    "registry.person.birth_place_format": "Il luogo di nascita si indica con il codice catastale (una lettera e "
                                          "tre cifre, es. F205) o scegliendolo dall'elenco.",
    "registry.person.birth_place_unknown": "Il codice {place_code} non è un comune né uno Stato.",
    "registry.person.phone": "Il telefono contiene almeno 6 cifre e solo cifre, spazi e il +.",
    "registry.person.contact_unknown": "Scegli il contatto preferito dall'elenco.",
    "registry.person.contact_needs_phone": "Per usare questo contatto scrivi il telefono.",
    "registry.person.contact_needs_email": "Per usare questo contatto scrivi l'e-mail.",
    "registry.person.contact_needs_pec": "Per usare questo contatto scrivi la PEC.",
    "registry.person.contact_needs_address": "Per usare questo contatto scrivi l'indirizzo.",
    "registry.person.status_unknown": "Scegli la condizione occupazionale dall'elenco.",
    "registry.person.did_not_unemployed": "La data della DID si indica solo per chi è disoccupata/o.",
    "registry.person.did_future": "La data della DID è nel futuro.",
    "registry.person.did_before_birth": "La data della DID è precedente alla nascita.",
    "registry.person.protection_body": "Indica l'ente che ha attestato la situazione di rischio.",
    "registry.person.protection_date": "Indica la data dell'attestazione.",
    "registry.person.protection_date_future": "La data dell'attestazione è nel futuro.",
    "registry.person.protected_needs_permission": "Solo chi ha il permesso «dati protetti» può segnare una persona "
                                                  "come protetta: chiedi a un collega abilitato.",
    "registry.person.duplicate_code": "Questo codice fiscale è già registrato per {label}: apri la sua scheda "
                                      "invece di crearne una nuova.",
    "registry.person.linked_to_bodies": "La persona è legale rappresentante o referente di {linked} enti: toglila "
                                        "prima da quegli enti. Se è un doppione, usa «Unisci» per non perdere i "
                                        "collegamenti.",
    "registry.person.in_applications": "La persona compare in {applications} domande di contributo: non può essere "
                                       "cancellata. Se è un doppione, usa «Unisci» per non perdere i collegamenti.",
    "registry.person.merge_keeps_protection": "Una delle due persone è protetta: la scheda unita deve restare "
                                              "protetta.",
    "registry.person.merge_needs_permission": "Unire una persona protetta richiede il permesso «dati protetti».",
    "registry.person.filter_needs_permission": "Filtrare le persone protette richiede il permesso «dati protetti».",
    # bodies (organisations) and the office's own letterhead
    "registry.body.employees_negative": "Il numero di dipendenti non può essere negativo.",
    "registry.body.employees_total": "Il totale dei dipendenti ({total}) non è la somma di donne e uomini "
                                     "({parts}).",
    "registry.body.name_missing": "Scrivi la denominazione.",
    "registry.body.kind_unknown": "Scegli il tipo di ente dall'elenco.",
    "registry.body.vat_expected": "Per un'impresa serve di solito la partita IVA.",
    "registry.body.role_unknown": "Scegli il ruolo nell'alleanza dall'elenco.",
    "registry.body.partner_needs_role": "Indica anche il ruolo nell'alleanza.",
    "registry.body.partner_future": "La data di adesione è nel futuro.",
    "registry.body.contact_twice": "La stessa persona compare due volte tra i referenti.",
    "registry.body.representative_gone": "La persona scelta come legale rappresentante non esiste più: scegline "
                                         "un'altra.",
    "registry.body.contact_gone": "Uno dei referenti non esiste più: ricarica la scheda.",
    "registry.body.funded_firm": "L'ente è l'impresa costituita di una domanda di contributo finanziata: non può "
                                 "essere cancellato. Se è un doppione, usa «Unisci» per non perdere i collegamenti.",
    "registry.profile.body_name": "Indica la denominazione dell'ente.",
    # privacy notices and consents
    "registry.privacy.version_missing": "Indica la versione dell'informativa consegnata.",
    "registry.privacy.version_too_long": "La versione ha al massimo {maximum} caratteri.",
    "registry.privacy.channel": "Scegli dove è stata consegnata l'informativa.",
    "registry.privacy.ack_day_missing": "Indica la data della presa visione.",
    "registry.privacy.ack_day_future": "La data della presa visione è nel futuro.",
    "registry.privacy.consent_kind": "Scegli il tipo di consenso.",
    "registry.privacy.consent_day_missing": "Indica la data del consenso.",
    "registry.privacy.consent_day_future": "La data del consenso è nel futuro.",
    "registry.privacy.consent_active": "Questo consenso è già stato dato e non è stato revocato.",
    "registry.privacy.withdrawal_day_missing": "Indica la data della revoca.",
    "registry.privacy.withdrawal_day_future": "La data della revoca è nel futuro.",
    "registry.privacy.already_withdrawn": "Il consenso è già stato revocato.",
    "registry.privacy.withdrawal_before_consent": "La revoca non può precedere il consenso.",
    # imports (the row messages go to the report, which stays Italian)
    "imports.column_missing": "Nel file manca la colonna {columns}: indica quale colonna la contiene o aggiungila "
                              "al file.",
    "imports.cancelled": "Importazione annullata: nessun dato è stato scritto.",
    "imports.row.employees": "Dipendenti: {problem}",
    "imports.row.birth_date": "Data di nascita: {problem}",
    "imports.row.bodies_ambiguous": "I codici o il nome della riga corrispondono a più enti già registrati: unisci "
                                    "prima i doppioni, poi importa di nuovo.",
    "imports.row.same_body": "Lo stesso ente compare già alla riga {row} del file.",
    "imports.row.not_distinguishable": "Manca un dato che distingua la persona dagli omonimi: codice fiscale, data "
                                       "di nascita, telefono o e-mail.",
    "imports.row.people_ambiguous": "La riga corrisponde a {count} persone già registrate: unisci prima i "
                                    "doppioni, poi importa di nuovo.",
    "imports.row.same_person": "La stessa persona compare già alla riga {row} del file.",
    "imports.row.completing": "Completando la scheda già registrata: {problems}",
    # document register
    "documents.number_busy": "Non è stato possibile assegnare un numero al documento: altri utenti stanno "
                             "generando documenti dello stesso tipo. Riprova tra qualche istante.",
    "documents.not_found": "Documento non trovato: potrebbe essere stato generato in un altro database.",
    "documents.original_missing": "Il file originale del documento n. {number} ({kind_label}) non è più nella "
                                  "cartella dei dati ({path}). Ripristinalo da una copia di sicurezza o genera di "
                                  "nuovo il documento.",
    "documents.signed_missing": "Il file della copia firmata del documento n. {number} ({kind_label}) non è più "
                                "nella cartella dei dati ({path}). Ripristinalo da una copia di sicurezza o genera "
                                "di nuovo il documento.",
    "documents.original_changed": "Il file originale del documento n. {number} ({kind_label}) è stato modificato "
                                  "dopo la registrazione: l'impronta SHA-256 non corrisponde più. Non viene aperto; "
                                  "file: {path}.",
    "documents.signed_changed": "Il file della copia firmata del documento n. {number} ({kind_label}) è stato "
                                "modificato dopo la registrazione: l'impronta SHA-256 non corrisponde più. Non viene "
                                "aperto; file: {path}.",
    "documents.no_signed_copy": "Il documento n. {number} non ha ancora una copia firmata allegata.",
    "documents.signed_suffix": "La copia firmata deve essere un PDF, un file firmato .p7m o una scansione "
                               "(.tif, .jpg, .png).",
    "documents.source_empty": "Il file {name} non esiste o è vuoto.",
    "files.executable": "Il file «{name}» è un programma o uno script, non un documento: non si allega. Allega il "
                        "documento (PDF, immagine, foglio di calcolo…).",
    # administration, accounts, demo
    "admin.backup_setting": "{label}: un numero da {low} a {high}.",
    "admin.second_folder_missing": "La seconda cartella non esiste o non è raggiungibile: collega il disco o la "
                                   "cartella di rete e riprova.",
    "admin.second_folder_same": "La seconda cartella deve essere diversa da quella delle copie automatiche.",
    "admin.database_damaged": "PROBLEMA: il file del database {path} {damage}. Il file danneggiato non viene "
                              "cancellato: il ripristino lo mette da parte. {way_out}",
    "admin.damaged_latest_copy": "L'ultima copia di sicurezza sana è {name} (in {folder}): ripristinala da qui o "
                                 "con 'equilibri-admin restore \"{path}\"'.",
    "admin.damaged_no_copy": "Nessuna copia sana in {folder}: ripristina una copia da un altro disco con "
                             "'equilibri-admin restore FILE'.",
    "access.account_disabled_session": "L'account {username} è stato disattivato da un amministratore: la "
                                       "sessione è chiusa. Per continuare serve un altro account attivo.",
    "demo.no_municipalities": "Mancano i comuni di riferimento: esegui prima 'equilibri-admin init'.",
    "demo.real_data": "Questo database contiene già dati reali: i dati dimostrativi non vengono aggiunti. Usa una "
                      "cartella dati separata per la demo, ad esempio 'equilibri-admin --data-dir CARTELLA-DEMO init "
                      "--demo'.",
    "demo.users_outside_demo": "Gli utenti dimostrativi si creano solo nella cartella dei dati dimostrativi.",
}
