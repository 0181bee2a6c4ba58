"""What the registry, the imports, the document register, the administration and the demo say, in the
interface's language: the catalogue lupdate reads, worded as domain/registry_messages.py says it
(tests/test_service_messages.py keeps both equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REGISTRY_TEXTS: dict[str, str] = {
    "registry.too_long": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label} è troppo lungo: al massimo {limit} caratteri."),
    "registry.address.municipality_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il comune scelto non è nell'elenco dei comuni."),
    "registry.address.municipality_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Manca il comune dell'indirizzo."),
    "registry.fiscal_code.birthplace_date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice del luogo di nascita {place_code} ({place}) non esisteva alla data di "
                           "nascita ({birth_date:%d/%m/%Y}): il comune è stato istituito dopo o soppresso prima. "
                           "Controlla il codice fiscale sul documento."),
    "id.cf.length_one": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale ha 16 caratteri: ne hai scritto uno."),
    "id.cf.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale ha 16 caratteri: ne hai scritti {count}."),
    "id.cf.alnum": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale contiene solo lettere e cifre."),
    "id.cf.part_names": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I primi sei caratteri (cognome e nome) devono essere lettere."),
    "id.cf.part_year": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il 7° e l'8° carattere (anno di nascita) devono essere cifre."),
    "id.cf.part_month": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il 9° carattere (mese di nascita) deve essere una di A B C D E H L M P R S T."),
    "id.cf.part_day": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il 10° e l'11° carattere (giorno di nascita) devono essere cifre."),
    "id.cf.part_place": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I caratteri dal 12° al 15° (luogo di nascita) devono essere una lettera e tre cifre."),
    "id.cf.part_check": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'ultimo carattere (carattere di controllo) deve essere una lettera."),
    "id.cf.missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il codice fiscale."),
    "id.cf.check_char": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il carattere di controllo non corrisponde: controlla di aver copiato bene il codice."),
    "id.cf.day": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il giorno di nascita nel codice fiscale non esiste."),
    "id.cf.place_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice del luogo di nascita ({place}) non corrisponde a nessun comune o Stato "
                           "esistente alla data di nascita: controlla il codice."),
    "id.cf.provisional_note": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Codice fiscale provvisorio (11 cifre): sostituiscilo con quello definitivo quando "
                           "l'Agenzia delle Entrate lo attribuisce. Sesso, data e luogo di nascita non si ricavano"
                           " dal codice."),
    "id.cf.provisional_length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale provvisorio ha 11 cifre."),
    "id.cf.provisional_check": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La cifra di controllo del codice fiscale provvisorio non corrisponde: controlla di "
                           "aver copiato bene il codice."),
    "id.cf.sex_female": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il sesso non corrisponde al codice fiscale (dal codice: femminile)."),
    "id.cf.sex_male": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il sesso non corrisponde al codice fiscale (dal codice: maschile)."),
    "id.cf.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di nascita non corrisponde al codice fiscale (dal codice: "
                           "{birth_date:%d/%m/%Y})."),
    "id.cf.birth_place_mismatch": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il luogo di nascita non corrisponde al codice fiscale (dal codice: {place})."),
    "id.cf.surname_letters": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il cognome non corrisponde al codice fiscale: le prime tre lettere del codice sono "
                           "{in_code}, dal cognome scritto risulterebbero {expected}."),
    "id.cf.first_name_letters": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il nome non corrisponde al codice fiscale: le lettere 4-6 del codice sono {in_code}, "
                           "dal nome scritto risulterebbero {expected}."),
    "id.vat.missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi la partita IVA."),
    "id.vat.digits": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La partita IVA contiene solo cifre: togli lettere e simboli."),
    "id.vat.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La partita IVA ha 11 cifre: ne hai scritte {count}."),
    "id.vat.checksum": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La cifra di controllo non corrisponde: controlla di aver copiato bene la partita IVA."),
    "id.vat.office": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La partita IVA ha un codice d'ufficio (cifre 8-10) inesistente: controlla il numero."),
    "id.vat.zeros": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La partita IVA non può iniziare con sette zeri."),
    "id.body_cf.missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il codice fiscale dell'ente."),
    "id.body_cf.digits": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale dell'ente contiene solo cifre: togli lettere e simboli."),
    "id.body_cf.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale dell'ente ha 11 cifre: ne hai scritte {count}."),
    "id.body_cf.checksum": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La cifra di controllo non corrisponde: controlla di aver copiato bene il codice "
                           "fiscale dell'ente."),
    "id.body_cf.office": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale dell'ente ha un codice d'ufficio (cifre 8-10) inesistente: controlla"
                           " il numero."),
    "id.body_cf.zeros": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale dell'ente non può iniziare con sette zeri."),
    "id.iban.missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi l'IBAN."),
    "id.iban.it_length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'IBAN italiano ha 27 caratteri: ne hai scritti {count}."),
    "id.iban.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'IBAN non ha la lunghezza prevista per il suo paese."),
    "id.iban.country": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'IBAN deve iniziare con la sigla del paese (IT per l'Italia)."),
    "id.iban.check_digits": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le due cifre di controllo dopo la sigla del paese non corrispondono: controlla di aver"
                           " copiato bene l'IBAN."),
    "id.iban.cin": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il CIN (la lettera dopo le cifre di controllo) non corrisponde ad ABI, CAB e numero di"
                           " conto: controlla di aver copiato bene l'IBAN."),
    "id.iban.invalid": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'IBAN contiene caratteri non ammessi o non ha la struttura prevista."),
    "id.cap.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il CAP ha 5 cifre."),
    "id.cap.other": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il CAP {cap} non appartiene al comune indicato (CAP del comune: {listed})."),
    "id.email.missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi l'indirizzo e-mail."),
    "id.email.spaces": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'indirizzo e-mail non può contenere spazi."),
    "id.email.at": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'indirizzo e-mail deve contenere una chiocciola (@), come in nome@esempio.it."),
    "id.email.domain": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'indirizzo e-mail non è valido: controlla la parte dopo la @."),
    "id.pec.missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi l'indirizzo PEC."),
    "id.pec.spaces": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'indirizzo PEC non può contenere spazi."),
    "id.pec.at": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'indirizzo PEC deve contenere una chiocciola (@), come in nome@esempio.it."),
    "id.pec.domain": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'indirizzo PEC non è valido: controlla la parte dopo la @."),
    "id.cup.length": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il CUP ha 15 caratteri: ne hai scritti {count}."),
    "id.cup.alnum": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il CUP contiene solo lettere e cifre."),
    "id.ateco.format": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice ATECO si scrive come 88.91 oppure 88.91.00."),
    "registry.person.surname_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il cognome."),
    "registry.person.first_name_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi il nome."),
    "registry.person.sex": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il sesso si indica con F o M."),
    "registry.person.birth_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di nascita è nel futuro."),
    "registry.person.birth_too_old": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di nascita è precedente al 1900: controlla l'anno."),
    "registry.person.birth_place_format": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il luogo di nascita si indica con il codice catastale (una lettera e tre cifre, es. "
                           "F205) o scegliendolo dall'elenco."),
    "registry.person.birth_place_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice {place_code} non è un comune né uno Stato."),
    "registry.person.phone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il telefono contiene almeno 6 cifre e solo cifre, spazi e il +."),
    "registry.person.contact_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il contatto preferito dall'elenco."),
    "registry.person.contact_needs_phone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Per usare questo contatto scrivi il telefono."),
    "registry.person.contact_needs_email": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Per usare questo contatto scrivi l'e-mail."),
    "registry.person.contact_needs_pec": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Per usare questo contatto scrivi la PEC."),
    "registry.person.contact_needs_address": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Per usare questo contatto scrivi l'indirizzo."),
    "registry.person.status_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli la condizione occupazionale dall'elenco."),
    "registry.person.did_not_unemployed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data della DID si indica solo per chi è disoccupata/o."),
    "registry.person.did_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data della DID è nel futuro."),
    "registry.person.did_before_birth": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data della DID è precedente alla nascita."),
    "registry.person.protection_body": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica l'ente che ha attestato la situazione di rischio."),
    "registry.person.protection_date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data dell'attestazione."),
    "registry.person.protection_date_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data dell'attestazione è nel futuro."),
    "registry.person.protected_needs_permission": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Solo chi ha il permesso «dati protetti» può segnare una persona come protetta: chiedi "
                           "a un collega abilitato."),
    "registry.person.duplicate_code": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Questo codice fiscale è già registrato per {label}: apri la sua scheda invece di "
                           "crearne una nuova."),
    "registry.person.linked_to_bodies": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La persona è legale rappresentante o referente di {linked} enti: toglila prima da "
                           "quegli enti. Se è un doppione, usa «Unisci» per non perdere i collegamenti."),
    "registry.person.in_applications": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La persona compare in {applications} domande di contributo: non può essere cancellata."
                           " Se è un doppione, usa «Unisci» per non perdere i collegamenti."),
    "registry.person.merge_keeps_protection": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Una delle due persone è protetta: la scheda unita deve restare protetta."),
    "registry.person.merge_needs_permission": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Unire una persona protetta richiede il permesso «dati protetti»."),
    "registry.person.filter_needs_permission": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Filtrare le persone protette richiede il permesso «dati protetti»."),
    "registry.body.employees_negative": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il numero di dipendenti non può essere negativo."),
    "registry.body.employees_total": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il totale dei dipendenti ({total}) non è la somma di donne e uomini ({parts})."),
    "registry.body.name_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi la denominazione."),
    "registry.body.kind_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il tipo di ente dall'elenco."),
    "registry.body.vat_expected": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Per un'impresa serve di solito la partita IVA."),
    "registry.body.role_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il ruolo nell'alleanza dall'elenco."),
    "registry.body.partner_needs_role": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica anche il ruolo nell'alleanza."),
    "registry.body.partner_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di adesione è nel futuro."),
    "registry.body.contact_twice": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La stessa persona compare due volte tra i referenti."),
    "registry.body.representative_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La persona scelta come legale rappresentante non esiste più: scegline un'altra."),
    "registry.body.contact_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Uno dei referenti non esiste più: ricarica la scheda."),
    "registry.body.funded_firm": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'ente è l'impresa costituita di una domanda di contributo finanziata: non può essere "
                           "cancellato. Se è un doppione, usa «Unisci» per non perdere i collegamenti."),
    "registry.profile.body_name": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la denominazione dell'ente."),
    "registry.privacy.version_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la versione dell'informativa consegnata."),
    "registry.privacy.version_too_long": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La versione ha al massimo {maximum} caratteri."),
    "registry.privacy.channel": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli dove è stata consegnata l'informativa."),
    "registry.privacy.ack_day_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data della presa visione."),
    "registry.privacy.ack_day_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data della presa visione è nel futuro."),
    "registry.privacy.consent_kind": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il tipo di consenso."),
    "registry.privacy.consent_day_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data del consenso."),
    "registry.privacy.consent_day_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data del consenso è nel futuro."),
    "registry.privacy.consent_active": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Questo consenso è già stato dato e non è stato revocato."),
    "registry.privacy.withdrawal_day_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data della revoca."),
    "registry.privacy.withdrawal_day_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data della revoca è nel futuro."),
    "registry.privacy.already_withdrawn": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il consenso è già stato revocato."),
    "registry.privacy.withdrawal_before_consent": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La revoca non può precedere il consenso."),
    "imports.column_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Nel file manca la colonna {columns}: indica quale colonna la contiene o aggiungila al "
                           "file."),
    "imports.cancelled": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Importazione annullata: nessun dato è stato scritto."),
    "imports.row.employees": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dipendenti: {problem}"),
    "imports.row.birth_date": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Data di nascita: {problem}"),
    "imports.row.bodies_ambiguous": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I codici o il nome della riga corrispondono a più enti già registrati: unisci prima i "
                           "doppioni, poi importa di nuovo."),
    "imports.row.same_body": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Lo stesso ente compare già alla riga {row} del file."),
    "imports.row.not_distinguishable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Manca un dato che distingua la persona dagli omonimi: codice fiscale, data di nascita,"
                           " telefono o e-mail."),
    "imports.row.people_ambiguous": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La riga corrisponde a {count} persone già registrate: unisci prima i doppioni, poi "
                           "importa di nuovo."),
    "imports.row.same_person": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La stessa persona compare già alla riga {row} del file."),
    "imports.row.completing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Completando la scheda già registrata: {problems}"),
    "documents.number_busy": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Non è stato possibile assegnare un numero al documento: altri utenti stanno generando "
                           "documenti dello stesso tipo. Riprova tra qualche istante."),
    "documents.not_found": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Documento non trovato: potrebbe essere stato generato in un altro database."),
    "documents.original_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file originale del documento n. {number} ({kind_label}) non è più nella cartella "
                           "dei dati ({path}). Ripristinalo da una copia di sicurezza o genera di nuovo il "
                           "documento."),
    "documents.signed_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file della copia firmata del documento n. {number} ({kind_label}) non è più nella "
                           "cartella dei dati ({path}). Ripristinalo da una copia di sicurezza o genera di nuovo "
                           "il documento."),
    "documents.original_changed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file originale del documento n. {number} ({kind_label}) è stato modificato dopo la "
                           "registrazione: l'impronta SHA-256 non corrisponde più. Non viene aperto; file: {path}."),
    "documents.signed_changed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file della copia firmata del documento n. {number} ({kind_label}) è stato "
                           "modificato dopo la registrazione: l'impronta SHA-256 non corrisponde più. Non viene "
                           "aperto; file: {path}."),
    "documents.no_signed_copy": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il documento n. {number} non ha ancora una copia firmata allegata."),
    "documents.signed_suffix": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La copia firmata deve essere un PDF, un file firmato .p7m o una scansione (.tif, .jpg,"
                           " .png)."),
    "documents.source_empty": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file {name} non esiste o è vuoto."),
    "files.executable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file «{name}» è un programma o uno script, non un documento: non si allega. Allega "
                           "il documento (PDF, immagine, foglio di calcolo…)."),
    "admin.backup_setting": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{label}: un numero da {low} a {high}."),
    "admin.second_folder_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La seconda cartella non esiste o non è raggiungibile: collega il disco o la cartella "
                           "di rete e riprova."),
    "admin.second_folder_same": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La seconda cartella deve essere diversa da quella delle copie automatiche."),
    "admin.database_damaged": QT_TRANSLATE_NOOP(
        "ServiceMessages", "PROBLEMA: il file del database {path} {damage}. Il file danneggiato non viene "
                           "cancellato: il ripristino lo mette da parte. {way_out}"),
    "admin.damaged_latest_copy": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'ultima copia di sicurezza sana è {name} (in {folder}): ripristinala da qui o con "
                           "'equilibri-admin restore "
                           '"{path}"'
                           "'."),
    "admin.damaged_no_copy": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Nessuna copia sana in {folder}: ripristina una copia da un altro disco con 'equilibri-"
                           "admin restore FILE'."),
    "access.account_disabled_session": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'account {username} è stato disattivato da un amministratore: la sessione è chiusa. "
                           "Per continuare serve un altro account attivo."),
    "demo.no_municipalities": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Mancano i comuni di riferimento: esegui prima 'equilibri-admin init'."),
    "demo.real_data": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Questo database contiene già dati reali: i dati dimostrativi non vengono aggiunti. Usa"
                           " una cartella dati separata per la demo, ad esempio 'equilibri-admin --data-dir "
                           "CARTELLA-DEMO init --demo'."),
    "demo.users_outside_demo": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Gli utenti dimostrativi si creano solo nella cartella dei dati dimostrativi."),
}
