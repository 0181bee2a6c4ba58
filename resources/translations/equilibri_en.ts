<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name></name>
    <message>
        <source>Ente, progetto e firmatario</source>
        <translation>Organisation, project and signatory</translation>
    </message>
    <message>
        <source>Servono per l&apos;intestazione dei documenti. Potrai cambiarli in Amministrazione.</source>
        <translation>These are used in document headings. You can change them later under Administration.</translation>
    </message>
    <message>
        <source>Prima configurazione di {app}</source>
        <translation>{app} first-time setup</translation>
    </message>
    <message>
        <source>Benvenuta, benvenuto</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>crei il tuo utente di amministratore</source>
        <translation>create your administrator user</translation>
    </message>
    <message>
        <source>indichi l&apos;ente che usa il programma, il progetto con il suo CUP e chi firma gli atti</source>
        <translation>enter the organisation using the program, the project with its CUP and who signs the documents</translation>
    </message>
    <message>
        <source>Questa installazione è nuova. In pochi passi {steps}.

I dati restano su questo computer, nella cartella:
{folder}</source>
        <translation>This is a new installation. In a few steps you will {steps}.

The data stays on this computer, in the folder:
{folder}</translation>
    </message>
    <message>
        <source>, poi </source>
        <translation>, then </translation>
    </message>
    <message>
        <source>Conferma</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Copia i dettagli</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Preferenze</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Operazione non riuscita</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>Errore imprevisto</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Si è verificato un errore imprevisto. I dati già salvati non sono stati toccati.
Il dettaglio è stato scritto nel registro:
{path}</source>
        <translation>An unexpected error occurred. Data already saved has not been affected.
The details have been written to the log:
{path}</translation>
    </message>
    <message>
        <source>nessuna copia</source>
        <translation>no backup</translation>
    </message>
    <message>
        <source>meno di un minuto fa</source>
        <translation>less than a minute ago</translation>
    </message>
    <message>
        <source>{n} minuti fa</source>
        <translation>{n} minutes ago</translation>
    </message>
    <message>
        <source>{n} ore fa</source>
        <translation>{n} hours ago</translation>
    </message>
    <message>
        <source>{n} giorni fa</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>1 minuto fa</source>
        <translation>1 minute ago</translation>
    </message>
    <message>
        <source>1 ora fa</source>
        <translation>1 hour ago</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Crea &amp;copia di sicurezza</source>
        <translation>Create &amp;backup</translation>
    </message>
    <message>
        <source>&amp;Blocca sessione</source>
        <translation>&amp;Lock session</translation>
    </message>
    <message>
        <source>Cambia pass&amp;word…</source>
        <translation>Change pass&amp;word…</translation>
    </message>
    <message>
        <source>Esci dall&apos;&amp;account</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Esci</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Visualizza</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>&amp;Aggiorna</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Strumenti</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Preferenze…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Apri la cartella dei &amp;dati</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Aiuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Manuale</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Informazioni su {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <source>Informazioni</source>
        <translation>About</translation>
    </message>
    <message>
        <source>{app} {version}
Gestionale della rete di conciliazione «Governare gli equilibri».

Dati: {data}
Database: {db}</source>
        <translation>{app} {version}
Management software for the ‘Governare gli equilibri’ work-life balance network.

Data: {data}
Database: {db}</translation>
    </message>
    <message>
        <source>Utente: {user} — {roles}</source>
        <translation>User: {user} — {roles}</translation>
    </message>
    <message>
        <source>, dati protetti</source>
        <translation>, protected data</translation>
    </message>
    <message>
        <source>Utente: {user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Apertura dei dati…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>Nessun utente collegato.</source>
        <translation>No user signed in.</translation>
    </message>
    <message>
        <source>Accesso non consentito</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>Il tuo utente non ha il permesso di aprire questa parte del programma.</source>
        <translation>Your user account does not have permission to open this part of the program.</translation>
    </message>
    <message>
        <source>Il database è stato sostituito dalla copia: accedi di nuovo.</source>
        <translation>The database has been replaced by the backup: please sign in again.</translation>
    </message>
    <message>
        <source>Ultima copia: {age}</source>
        <translation>Last backup: {age}</translation>
    </message>
    <message>
        <source>Copie: sul server</source>
        <translation>Backups: on the server</translation>
    </message>
    <message>
        <source>Password cambiata</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>La nuova password vale da subito.</source>
        <translation>The new password takes effect immediately.</translation>
    </message>
    <message>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Ci sono modifiche non salvate. Uscire comunque?</source>
        <translation>There are unsaved changes. Exit anyway?</translation>
    </message>
    <message>
        <source>Esci senza salvare</source>
        <translation>Exit without saving</translation>
    </message>
    <message>
        <source>Nuovo accesso necessario</source>
        <translation>Please sign in again</translation>
    </message>
    <message>
        <source>Ci sono modifiche non salvate. Chiudere comunque?</source>
        <translation>There are unsaved changes. Close anyway?</translation>
    </message>
    <message>
        <source>Chiudi senza salvare</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Cartella delle copie: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <source>Copia di sicurezza in corso…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Copia creata: {name}</source>
        <translation>Backup created: {name}</translation>
    </message>
    <message>
        <source>Seconda cartella non raggiungibile</source>
        <translation>Second folder not reachable</translation>
    </message>
    <message>
        <source>Copia non eseguita.</source>
        <translation>Backup not completed.</translation>
    </message>
    <message>
        <source>Copia non eseguita</source>
        <translation>Backup not completed</translation>
    </message>
    <message>
        <source>Scegli la copia da ripristinare</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Copie (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Ripristina copia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Il database attuale sarà sostituito dalla copia
{name}

Prima verrà salvata una copia del database attuale. Le modifiche fatte dopo la data della copia non saranno visibili.</source>
        <translation>The current database will be replaced by the backup
{name}

A copy of the current database will be saved first. Changes made after the date of the backup will no longer be visible.</translation>
    </message>
    <message>
        <source>Ripristina</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Ripristino in corso…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Ripristino completato.</source>
        <translation>Restore completed.</translation>
    </message>
    <message>
        <source>Ripristino completato</source>
        <translation>Restore completed</translation>
    </message>
    <message>
        <source>La copia è stata ripristinata. Il database sostituito è stato salvato come
{name}</source>
        <translation>The backup has been restored. The replaced database has been saved as
{name}</translation>
    </message>
    <message>
        <source>Ripristino non eseguito.</source>
        <translation>Restore not completed.</translation>
    </message>
    <message>
        <source>Ripristino non eseguito</source>
        <translation>Restore not completed</translation>
    </message>
    <message>
        <source>Scegli la seconda cartella delle copie</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <source>Correggi i campi segnalati in rosso.</source>
        <translation>Please correct the fields highlighted in red.</translation>
    </message>
    <message>
        <source>Impostazioni delle copie salvate.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Sola lettura: solo un amministratore può modificare questi dati.</source>
        <translation>Read-only: only an administrator can change this data.</translation>
    </message>
    <message>
        <source>Salvataggio non eseguito</source>
        <translation>Save not completed</translation>
    </message>
    <message>
        <source>Salvato.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Annulla modifiche</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Le modifiche non salvate andranno perse. Continuare?</source>
        <translation>Unsaved changes will be lost. Continue?</translation>
    </message>
    <message>
        <source>Scegli il logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Immagini (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Immagine non leggibile: usa un file PNG o JPEG.</source>
        <translation>The image cannot be read: please use a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Nessun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Preparazione della pagina di prova…</source>
        <translation>Preparing the test page…</translation>
    </message>
    <message>
        <source>Pagina di prova</source>
        <translation>Test page</translation>
    </message>
    <message>
        <source>Il PDF è stato salvato in:
{path}</source>
        <translation>The PDF has been saved to:
{path}</translation>
    </message>
    <message>
        <source>L&apos;ente non è ancora configurato: apri Amministrazione › Ente e progetto.</source>
        <translation>The organisation has not been set up yet: open Administration › Organisation and project.</translation>
    </message>
    <message>
        <source>sul server</source>
        <translation>on the server</translation>
    </message>
    <message>
        <source>Attenzione: non esiste ancora nessuna copia di sicurezza: creane una da Amministrazione › Copie di sicurezza.</source>
        <translation>Warning: there is no backup yet: make one from Administration › Backups.</translation>
    </message>
    <message>
        <source>1 giorno</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} giorni</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Attenzione: l&apos;ultima copia di sicurezza ha {age} (l&apos;avviso scatta dopo {limit} giorni): creane una adesso.</source>
        <translation>Warning: the latest backup is {age} old (the warning starts after {limit} days): make one now.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ente o impresa</source>
        <translation>Organisation or business</translation>
    </message>
    <message>
        <source>inserimento</source>
        <translation>created</translation>
    </message>
    <message>
        <source>modifica</source>
        <translation>modified</translation>
    </message>
    <message>
        <source>Nessuna attività registrata.</source>
        <translation>No activity recorded.</translation>
    </message>
    <message>
        <source>Operazione in corso</source>
        <translation>Operation in progress</translation>
    </message>
    <message>
        <source>Annullamento in corso…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Programma già aperto</source>
        <translation>Program already open</translation>
    </message>
    <message>
        <source>Impossibile aprire i dati</source>
        <translation>Unable to open the data</translation>
    </message>
    <message>
        <source>Apertura e aggiornamento dei dati…</source>
        <translation>Opening and updating the data…</translation>
    </message>
    <message>
        <source>Database danneggiato</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Ripristina l&apos;ultima copia sana</source>
        <translation>Restore the latest sound copy</translation>
    </message>
    <message>
        <source>Ripristino non riuscito</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Chiudi il programma e ripristina la copia indicata prima di continuare a lavorare.</source>
        <translation>Close the program and restore the copy named above before you go on working.</translation>
    </message>
    <message>
        <source>Accesso richiesto</source>
        <translation>Sign-in required</translation>
    </message>
    <message>
        <source>Questi dati hanno utenti: serve l&apos;accesso con nome utente e password. {env}=utente:password vale solo con i dati dimostrativi.</source>
        <translation>This data has users: you must sign in with a username and password. {env}=user:password only works with the demo data.</translation>
    </message>
    <message>
        <source>Accesso non riuscito</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>La password di questo utente è temporanea: va cambiata con un accesso normale.</source>
        <translation>This user&apos;s password is temporary: it must be changed through a normal sign-in.</translation>
    </message>
    <message>
        <source>Scegli una nuova password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Hai usato una password temporanea. Prima di continuare scegline una tua, che conoscerai solo tu: nemmeno l&apos;amministratore potrà vederla.</source>
        <translation>You have used a temporary password. Before continuing, choose one of your own that only you will know: not even the administrator will be able to see it.</translation>
    </message>
    <message>
        <source>Cambia la password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Per cambiare la password scrivi prima quella attuale.</source>
        <translation>To change the password, first enter your current one.</translation>
    </message>
    <message>
        <source>Almeno {n} caratteri, senza il nome utente. Una frase di qualche parola è facile da ricordare e difficile da indovinare.</source>
        <translation>At least {n} characters, not containing the username. A phrase of a few words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Cambia password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Scrivi la password attuale.</source>
        <translation>Enter the current password.</translation>
    </message>
    <message>
        <source>Le due password non coincidono: riscrivile.</source>
        <translation>The two passwords do not match: please enter them again.</translation>
    </message>
    <message>
        <source>Account dell&apos;amministratore</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Crea il tuo utente: con questo accederai da ora in poi.</source>
        <translation>Create your user account: you will use it to sign in from now on.</translation>
    </message>
    <message>
        <source>La password deve avere almeno {n} caratteri e non contenere il nome utente. Una frase di qualche parola è facile da ricordare. Nessuno potrà recuperarla: se la dimentichi, un altro amministratore dovrà reimpostarla.</source>
        <translation>The password must be at least {n} characters long and must not contain the username. A phrase of a few words is easy to remember. Nobody can recover it: if you forget it, another administrator will have to reset it.</translation>
    </message>
    <message>
        <source>Amministratore non creato</source>
        <translation>Administrator not created</translation>
    </message>
    <message>
        <source>Accesso — {app}</source>
        <translation>Sign in — {app}</translation>
    </message>
    <message>
        <source>Accesso a {app}</source>
        <translation>Sign in to {app}</translation>
    </message>
    <message>
        <source>Accedi</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Esci</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source> + dati protetti</source>
        <translation> + protected data</translation>
    </message>
    <message>
        <source>Scrivi il tuo nome utente.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Scrivi la password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Nuovo utente</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Crea utente</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Ruoli di {user}</source>
        <translation>Roles of {user}</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ci sono modifiche non salvate di una sessione precedente: recuperarle?</source>
        <translation>There are unsaved changes from a previous session: recover them?</translation>
    </message>
    <message>
        <source>Recupera</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Campi modificati</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>Dettaglio</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tutte</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tutti</source>
        <translation>All</translation>
    </message>
    <message>
        <source>1 voce</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} voci</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>Non è un codice di record valido: copialo dalla scheda o dall&apos;esportazione (32 cifre e lettere, con i trattini).</source>
        <translation>This is not a valid record ID: copy it from the record or from the export (32 digits and letters, with hyphens).</translation>
    </message>
    <message>
        <source>Nessuna voce scelta.</source>
        <translation>No entry selected.</translation>
    </message>
    <message>
        <source>Voce n. {id} — {when} — {user} — {action}</source>
        <translation>Entry no. {id} — {when} — {user} — {action}</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Su: {record}</source>
        <translation>About: {record}</translation>
    </message>
    <message>
        <source>Dettaglio: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
    <message>
        <source>Nessun campo modificato.</source>
        <translation>No fields changed.</translation>
    </message>
    <message>
        <source>Forma registrata: {raw}</source>
        <translation>As recorded: {raw}</translation>
    </message>
    <message>
        <source>Verifica in corso…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Verifica dell&apos;integrità del registro delle attività…</source>
        <translation>Checking the integrity of the activity log…</translation>
    </message>
    <message>
        <source>Verifica non eseguita</source>
        <translation>Check not completed</translation>
    </message>
    <message>
        <source>Registro integro: {n} voci controllate, nessuna modificata, cancellata o spostata. Ultima voce n. {last}, impronta {digest}. Annotala fuori dal programma: permette di accorgersi anche di voci tolte in fondo.</source>
        <translation>Log intact: {n} entries checked, none modified, deleted or moved. Last entry no. {last}, fingerprint {digest}. Note it down outside the program: it also makes it possible to detect entries removed from the end.</translation>
    </message>
    <message>
        <source>ATTENZIONE: il registro è stato alterato alla voce n. {id}: {reason}. Le {n} voci precedenti sono integre. Conserva una copia del database e avvisa il responsabile della protezione dei dati.</source>
        <translation>WARNING: the log has been tampered with at entry no. {id}: {reason}. The {n} previous entries are intact. Keep a copy of the database and inform the data protection officer.</translation>
    </message>
    <message>
        <source>Registro delle attività alterato</source>
        <translation>Activity log tampered with</translation>
    </message>
    <message>
        <source>Esporta il registro delle attività</source>
        <translation>Export the activity log</translation>
    </message>
    <message>
        <source>Cartella di lavoro Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Esportazione del registro delle attività…</source>
        <translation>Exporting the activity log…</translation>
    </message>
    <message>
        <source>Esportazione non eseguita</source>
        <translation>Export not completed</translation>
    </message>
    <message>
        <source>Esportate {n} voci in {file}.</source>
        <translation>Exported {n} entries to {file}.</translation>
    </message>
    <message>
        <source>Disattivato</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Bloccato fino alle {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Attivo, password temporanea</source>
        <translation>Active, temporary password</translation>
    </message>
    <message>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Disattiva…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>&amp;Riattiva</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>Utente {user} creato.</source>
        <translation>User {user} created.</translation>
    </message>
    <message>
        <source>Ruoli di {user} salvati: valgono dal suo prossimo accesso.</source>
        <translation>Roles of {user} saved: they take effect from their next sign-in.</translation>
    </message>
    <message>
        <source>Disattiva utente</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>{name} ({user}) non potrà più accedere. Le sue attività restano nel registro e potrai riattivarlo in seguito.</source>
        <translation>{name} ({user}) will no longer be able to sign in. Their activities remain in the log and you can reactivate the user later.</translation>
    </message>
    <message>
        <source>Disattiva</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Utente {user} disattivato.</source>
        <translation>User {user} deactivated.</translation>
    </message>
    <message>
        <source>Utente {user} riattivato.</source>
        <translation>User {user} reactivated.</translation>
    </message>
    <message>
        <source>Reimposta password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>La password attuale di {user} smetterà di funzionare e ne sarà generata una temporanea, da consegnare di persona. Continuare?</source>
        <translation>The current password of {user} will stop working and a temporary one will be generated, to be handed over in person. Continue?</translation>
    </message>
    <message>
        <source>Reimposta</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Password di {user} reimpostata.</source>
        <translation>Password of {user} reset.</translation>
    </message>
    <message>
        <source>Utente {user} sbloccato.</source>
        <translation>User {user} unlocked.</translation>
    </message>
    <message>
        <source>Operazione non eseguita</source>
        <translation>Operation not completed</translation>
    </message>
    <message>
        <source>Password temporanea di {user}: consegnala di persona. Non sarà più mostrata; al primo accesso l&apos;utente ne sceglierà una sua.</source>
        <translation>Temporary password for {user}: hand it over in person. It will not be shown again; at first sign-in the user will choose their own.</translation>
    </message>
    <message>
        <source>Sessione bloccata</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>Per riprendere il lavoro, {name} scriva la propria password.</source>
        <translation>To resume work, {name} must enter their password.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>S&amp;blocca</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Cambia &amp;utente</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>Password non corretta.</source>
        <translation>Incorrect password.</translation>
    </message>
    <message>
        <source>Unisci due schede</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Scheda A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <source>Scheda B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <source>(vuoto)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Tutte e due, una dopo l&apos;altra</source>
        <translation>Both, one after the other</translation>
    </message>
    <message>
        <source>La scheda «{drop}» verrà eliminata e tutti i suoi collegamenti passeranno a «{keep}». L&apos;unione resta nella storia della scheda. Continuare?</source>
        <translation>The record ‘{drop}’ will be deleted and all its links will move to ‘{keep}’. The merge remains in the record history. Continue?</translation>
    </message>
    <message>
        <source>Unisci</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Unione delle schede…</source>
        <translation>Merging the records…</translation>
    </message>
    <message>
        <source>Unione non eseguita: {reason}</source>
        <translation>Merge not completed: {reason}</translation>
    </message>
    <message>
        <source>*** (dato riservato)</source>
        <translation>*** (confidential)</translation>
    </message>
    <message>
        <source>Storia delle modifiche</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Ap&amp;ri</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Apri copia fir&amp;mata</source>
        <translation>Open si&amp;gned copy</translation>
    </message>
    <message>
        <source>Stam&amp;pa</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Allega copia firmata…</source>
        <translation>Attach signed copy…</translation>
    </message>
    <message>
        <source>Genera:</source>
        <translation>Generate:</translation>
    </message>
    <message>
        <source>Nessun record scelto.</source>
        <translation>No record selected.</translation>
    </message>
    <message>
        <source>Nessun documento generato per questo record.</source>
        <translation>No document generated for this record.</translation>
    </message>
    <message>
        <source>Copia firmata non allegata</source>
        <translation>Signed copy not attached</translation>
    </message>
    <message>
        <source>Copia firmata allegata al documento n. {number} (impronta {sha}…).</source>
        <translation>Signed copy attached to document no. {number} (fingerprint {sha}…).</translation>
    </message>
    <message>
        <source>Comunicazione {done} di {total}…</source>
        <translation>Letter {done} of {total}…</translation>
    </message>
    <message>
        <source>Generazione delle comunicazioni di concessione…</source>
        <translation>Generating the grant award letters…</translation>
    </message>
    <message>
        <source>Generazione del documento…</source>
        <translation>Generating the document…</translation>
    </message>
    <message>
        <source>Generato: {kind} n. {number}.</source>
        <translation>Generated: {kind} no. {number}.</translation>
    </message>
    <message>
        <source>Generazione interrotta: {done} comunicazioni su {total}; quelle generate sono nelle schede delle domande.</source>
        <translation>Generation interrupted: {done} letters of {total}; those generated are in the application records.</translation>
    </message>
    <message>
        <source>Generate {done} comunicazioni di concessione; sono nelle schede delle domande.</source>
        <translation>Generated {done} grant award letters; they are in the application records.</translation>
    </message>
    <message>
        <source>Unione delle comunicazioni…</source>
        <translation>Joining the communications…</translation>
    </message>
    <message>
        <source>Comunicazioni di concessione</source>
        <translation>Grant award letters</translation>
    </message>
    <message>
        <source>Documento non generato</source>
        <translation>Document not generated</translation>
    </message>
    <message>
        <source>Errore imprevisto durante la generazione del documento.</source>
        <translation>Unexpected error while generating the document.</translation>
    </message>
    <message>
        <source>Nessuna attività registrata per questo record.</source>
        <translation>No activity recorded for this record.</translation>
    </message>
    <message>
        <source>Creata il {created} da {created_by}; ultima modifica il {updated} da {updated_by}.</source>
        <translation>Created on {created} by {created_by}; last modified on {updated} by {updated_by}.</translation>
    </message>
    <message>
        <source>Scheda non disponibile</source>
        <translation>Record not available</translation>
    </message>
    <message>
        <source>Salvato, con questi avvisi:</source>
        <translation>Saved, with these warnings:</translation>
    </message>
    <message>
        <source>Spese rendicontate {total}: ammissibili &lt;b&gt;{eligible}&lt;/b&gt;, non ammissibili {ineligible}.</source>
        <translation>Expenses reported {total}: eligible &lt;b&gt;{eligible}&lt;/b&gt;, ineligible {ineligible}.</translation>
    </message>
    <message>
        <source>Contributo dovuto: il minore tra il concesso ({granted}) e il {share}% delle spese ammissibili = &lt;b&gt;{due}&lt;/b&gt;; meno le altre tranche ({others}) → saldo &lt;b&gt;{balance}&lt;/b&gt;.</source>
        <translation>Grant due: the lower of the amount granted ({granted}) and {share}% of eligible expenses = &lt;b&gt;{due}&lt;/b&gt;; minus the other instalments ({others}) → balance &lt;b&gt;{balance}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Già erogati {excess} oltre il dovuto: da recuperare.</source>
        <translation>{excess} already paid above the amount due: to be recovered.</translation>
    </message>
    <message>
        <source>L&apos;anticipo erogato supera di {excess} le spese rendicontate finora: è regolare, il conto si chiude con il rendiconto finale.</source>
        <translation>The advance paid exceeds the expenses reported so far by {excess}: this is lawful, the account is settled with the final report.</translation>
    </message>
    <message>
        <source>Rendiconto finale presentato: il saldo segue le correzioni.</source>
        <translation>Final expense report submitted: the balance follows the corrections.</translation>
    </message>
    <message>
        <source>Il saldo sarà ricalcolato quando presenti il rendiconto finale.</source>
        <translation>The balance will be recalculated when you submit the final expense report.</translation>
    </message>
    <message>
        <source>Elimina spesa</source>
        <translation>Delete expense</translation>
    </message>
    <message>
        <source>Togliere dal rendiconto la spesa di {amount} di «{supplier}»?</source>
        <translation>Remove the expense of {amount} from ‘{supplier}’ from the expense report?</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Spesa non eliminata</source>
        <translation>Expense not deleted</translation>
    </message>
    <message>
        <source>Rendiconto finale</source>
        <translation>Final expense report</translation>
    </message>
    <message>
        <source>Registrare il rendiconto finale? La domanda passa a «Rendicontata» e il saldo è ricalcolato dalle spese ammissibili.</source>
        <translation>Record the final expense report? The application moves to ‘Rendicontata’ (expenses reported) and the balance is recalculated from the eligible expenses.</translation>
    </message>
    <message>
        <source>Presenta</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Rendiconto non presentato</source>
        <translation>Expense report not submitted</translation>
    </message>
    <message>
        <source>Eliminare la scheda di {name}? L&apos;eliminazione resta nel registro delle attività.</source>
        <translation>Delete the record for {name}? The deletion is kept in the activity log.</translation>
    </message>
    <message>
        <source>Eliminazione non eseguita</source>
        <translation>Deletion not completed</translation>
    </message>
    <message>
        <source>nascita {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>P.IVA {code}</source>
        <translation>VAT no. {code}</translation>
    </message>
    <message>
        <source>C.F. {code}</source>
        <translation>Tax code {code}</translation>
    </message>
    <message>
        <source>Stesso codice: non si può registrare di nuovo. Apri questa scheda.</source>
        <translation>Same code: it cannot be registered again. Open this record.</translation>
    </message>
    <message>
        <source>Apri la scheda di {name}</source>
        <translation>Open the record for {name}</translation>
    </message>
    <message>
        <source>Apri la scheda già registrata</source>
        <translation>Open the registered record</translation>
    </message>
    <message>
        <source>Già registrato: apri la scheda esistente.</source>
        <translation>Already registered: open the existing record.</translation>
    </message>
    <message>
        <source>Apri la scheda esistente</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Quello che hai scritto in questo modulo non verrà salvato. Aprire la scheda esistente?</source>
        <translation>What you have entered in this form will not be saved. Open the existing record?</translation>
    </message>
    <message>
        <source>Apri la scheda</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>
… e altre {n}</source>
        <translation>
… and {n} more</translation>
    </message>
    <message>
        <source>Eliminare questa scheda?</source>
        <translation>Delete this record?</translation>
    </message>
    <message>
        <source>Eliminare queste {n} schede?</source>
        <translation>Delete these {n} records?</translation>
    </message>
    <message>
        <source>L&apos;eliminazione resta nel registro delle attività. Se sono doppioni, usa «Unisci» per non perdere i collegamenti.</source>
        <translation>The deletion is kept in the activity log. If they are duplicates, use ‘Merge’ so that no links are lost.</translation>
    </message>
    <message>
        <source>Schede eliminate: {n}.</source>
        <translation>Records deleted: {n}.</translation>
    </message>
    <message>
        <source>Unione non possibile</source>
        <translation>Merge not possible</translation>
    </message>
    <message>
        <source>Schede unite: i collegamenti sono stati spostati sulla scheda conservata.</source>
        <translation>Records merged: the links have been moved to the record kept.</translation>
    </message>
    <message>
        <source>persone</source>
        <translation>people</translation>
    </message>
    <message>
        <source>enti</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>Esporta l&apos;elenco in Excel</source>
        <translation>Export the list to Excel</translation>
    </message>
    <message>
        <source>Esportazione dell&apos;elenco…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <source>Esportazione completata</source>
        <translation>Export completed</translation>
    </message>
    <message>
        <source>1 domanda</source>
        <translation>1 application</translation>
    </message>
    <message>
        <source>{n} domande</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Ricevuta il</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codice pubblico: sostituisce il nome nelle graduatorie pubblicate</source>
        <translation>Public code: replaces the name in published rankings</translation>
    </message>
    <message>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bando</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Tutti i bandi</source>
        <translation>All calls</translation>
    </message>
    <message>
        <source>Ricerca non eseguita</source>
        <translation>Search not completed</translation>
    </message>
    <message>
        <source>{n} donne</source>
        <translation>{n} women</translation>
    </message>
    <message>
        <source>{n} uomini</source>
        <translation>{n} men</translation>
    </message>
    <message>
        <source>, dal {date}</source>
        <translation>, since {date}</translation>
    </message>
    <message>
        <source>Aderente all&apos;alleanza</source>
        <translation>Alliance member</translation>
    </message>
    <message>
        <source>11 cifre, o 16 caratteri per una ditta individuale</source>
        <translation>11 digits, or 16 characters for a sole trader</translation>
    </message>
    <message>
        <source>Non aderisce</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <source>Nuovo ente</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Modifica: {name}</source>
        <translation>Edit: {name}</translation>
    </message>
    <message>
        <source>Scegli la persona dall&apos;elenco che compare mentre scrivi (se non c&apos;è, registrala prima tra le persone).</source>
        <translation>Choose the person from the list that appears as you type (if they are not listed, register them under People first).</translation>
    </message>
    <message>
        <source>Dimensione: {size}</source>
        <translation>Size: {size}</translation>
    </message>
    <message>
        <source>1 ente</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{n} enti</source>
        <translation>{n} organisations</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Residenza</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Contatto preferito</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>Condizione lavorativa</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Protezione</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Denominazione</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capofila</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <source>Aggiornamento degli accordi…</source>
        <translation>Updating the agreements…</translation>
    </message>
    <message>
        <source>1 accordo</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <source>{n} accordi</source>
        <translation>{n} agreements</translation>
    </message>
    <message>
        <source>Il fornitore che tratta i dati per conto delle parti…</source>
        <translation>The supplier processing data on the parties&apos; behalf…</translation>
    </message>
    <message>
        <source>Salvataggio dell&apos;accordo…</source>
        <translation>Saving the agreement…</translation>
    </message>
    <message>
        <source>Accordo {code} salvato.</source>
        <translation>Agreement {code} saved.</translation>
    </message>
    <message>
        <source>Manda in firma</source>
        <translation>Send for signature</translation>
    </message>
    <message>
        <source>Dopo l&apos;invio in firma il testo non si modifica più: ogni modifica diventa una nuova versione. Continuare?</source>
        <translation>Once sent for signature the text can no longer be edited: every change becomes a new version. Continue?</translation>
    </message>
    <message>
        <source>Modifica dell&apos;accordo</source>
        <translation>Amend the agreement</translation>
    </message>
    <message>
        <source>Motivo della modifica (nuova versione):</source>
        <translation>Reason for the amendment (new version):</translation>
    </message>
    <message>
        <source>Scaduto</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Rinnovato per un altro periodo</source>
        <translation>Renewed for another term</translation>
    </message>
    <message>
        <source>Recesso della parte scelta in «Firme»</source>
        <translation>Withdrawal of the party chosen under “Signatures”</translation>
    </message>
    <message>
        <source>Chiudi o rinnova</source>
        <translation>Close or renew</translation>
    </message>
    <message>
        <source>Esito:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Testo del modello</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>Il testo di premesse e articoli di questa bozza sarà sostituito da quello del modello corrente. Continuare?</source>
        <translation>The premises and articles of this draft will be replaced by the current template&apos;s text. Continue?</translation>
    </message>
    <message>
        <source>Esporta gli accordi</source>
        <translation>Export the agreements</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} accordi esportati in {path}.</source>
        <translation>{n} agreements exported to {path}.</translation>
    </message>
    <message>
        <source>Forma giuridica</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>nata il {day}</source>
        <translation>born on {day}</translation>
    </message>
    <message>
        <source>indirizzo riservato</source>
        <translation>confidential address</translation>
    </message>
    <message>
        <source>CF {code}</source>
        <translation>Tax code {code}</translation>
    </message>
    <message>
        <source>senza codice fiscale</source>
        <translation>no tax code</translation>
    </message>
    <message>
        <source>— scegli il bando —</source>
        <translation>— choose the call —</translation>
    </message>
    <message>
        <source>Persona non disponibile</source>
        <translation>Person not available</translation>
    </message>
    <message>
        <source>Co-richiedenti</source>
        <translation>Co-applicants</translation>
    </message>
    <message>
        <source>Questa persona è già indicata.</source>
        <translation>This person has already been entered.</translation>
    </message>
    <message>
        <source>, DID del {date}</source>
        <translation>, DID of {date}</translation>
    </message>
    <message>
        <source>protetta ({body}, {date})</source>
        <translation>protected ({body}, {date})</translation>
    </message>
    <message>
        <source>Codice fiscale: {code}</source>
        <translation>Tax code: {code}</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Sede legale</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <source>Dipendenti</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Codice ATECO</source>
        <translation>ATECO code</translation>
    </message>
    <message>
        <source>Alleanza</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC: {pec}</source>
        <translation>PEC: {pec}</translation>
    </message>
    <message>
        <source>Aderenti all&apos;alleanza</source>
        <translation>Alliance members</translation>
    </message>
    <message>
        <source>Non aderenti</source>
        <translation>Non-members</translation>
    </message>
    <message>
        <source>Esportati {n} enti in {file}. IBAN e note restano nel programma.</source>
        <translation>Exported {n} organisations to {file}. IBANs and notes remain in the program.</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{n} persone</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>Cognome e nome</source>
        <translation>Surname and first name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Nascita</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Indirizzo riservato</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <source>Condizione</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Informativa</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>⚠ manca</source>
        <translation>⚠ missing</translation>
    </message>
    <message>
        <source>Nessuna presa visione dell&apos;informativa privacy registrata</source>
        <translation>No privacy notice acknowledgement recorded</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Esportate {n} persone in {file}.</source>
        <translation>Exported {n} people to {file}.</translation>
    </message>
    <message>
        <source>Le persone protette non sono mai incluse nelle esportazioni, qualunque sia il filtro.</source>
        <translation>Protected people are never included in exports, whatever the filter.</translation>
    </message>
    <message>
        <source>Escluse da questo elenco: {n}.</source>
        <translation>Excluded from this list: {n}.</translation>
    </message>
    <message>
        <source>Legale rappresentante</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Referente</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Femmina</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Maschio</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Co-richiedente</source>
        <translation>Co-applicant</translation>
    </message>
    <message>
        <source>Indirizzo riservato (persona protetta): serve il permesso «dati protetti».</source>
        <translation>Confidential address (protected person): the ‘protected data’ permission is required.</translation>
    </message>
    <message>
        <source>Persona protetta: attestata da {body} il {date}.</source>
        <translation>Protected person: certified by {body} on {date}.</translation>
    </message>
    <message>
        <source>bozza</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>⚠ Informativa privacy non ancora ricevuta</source>
        <translation>⚠ Privacy notice not yet received</translation>
    </message>
    <message>
        <source>Persona protetta</source>
        <translation>Protected person</translation>
    </message>
    <message>
        <source>Nuova persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Dal codice: {summary}</source>
        <translation>From the code: {summary}</translation>
    </message>
    <message>
        <source>Via e numero civico</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>da confermare</source>
        <translation>to be confirmed</translation>
    </message>
    <message>
        <source>Ri&amp;calcola</source>
        <translation>Re&amp;calculate</translation>
    </message>
    <message>
        <source>Conferma t&amp;utto</source>
        <translation>Confirm &amp;all</translation>
    </message>
    <message>
        <source>Modifica &amp;esito…</source>
        <translation>Change &amp;outcome…</translation>
    </message>
    <message>
        <source>Rileggi i dati della domanda e del bando e ricalcola le verifiche</source>
        <translation>Reread the application and call data and recalculate the checks</translation>
    </message>
    <message>
        <source>Conferma le verifiche calcolate come soddisfatte o non soddisfatte</source>
        <translation>Confirm the calculated checks as met or not met</translation>
    </message>
    <message>
        <source>Conferma o cambia l&apos;esito della riga scelta (Invio o doppio clic)</source>
        <translation>Confirm or change the outcome of the selected row (Enter or double-click)</translation>
    </message>
    <message>
        <source>Verifica dei requisiti</source>
        <translation>Requirements check</translation>
    </message>
    <message>
        <source>{user}, {when}</source>
        <translation>{user}, {when}</translation>
    </message>
    <message>
        <source>Una domanda nuova: compila le schede, poi «Protocolla». Dopo la chiusura del bando «Avvia istruttoria» calcola qui i requisiti da confermare.</source>
        <translation>A new application: fill in the tabs, then «Assign protocol no.». Once the call has closed, «Start eligibility check» computes here the requirements to confirm.</translation>
    </message>
    <message>
        <source>Requisiti non ancora calcolati: si calcolano con «Avvia istruttoria», dopo la chiusura del bando (o subito per un bando a sportello).</source>
        <translation>Requirements not computed yet: «Start eligibility check» computes them after the call closes (at once for a call ‘a sportello’, open desk).</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a4b00&apos;&gt;Da completare&lt;/b&gt;: 1 verifica da confermare ({rules}).</source>
        <translation>&lt;b style=&apos;color:#8a4b00&apos;&gt;To complete&lt;/b&gt;: 1 check to confirm ({rules}).</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;✖ Non ammissibile&lt;/b&gt;: almeno un requisito confermato non è soddisfatto.</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;✖ Not eligible&lt;/b&gt;: at least one confirmed requirement is not met.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1d6b36&apos;&gt;✔ Requisiti confermati&lt;/b&gt;: la domanda è ammissibile.</source>
        <translation>&lt;b style=&apos;color:#1d6b36&apos;&gt;✔ Requirements confirmed&lt;/b&gt;: the application is eligible.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a4b00&apos;&gt;Da completare&lt;/b&gt;: {n} verifiche da confermare ({rules}).</source>
        <translation>&lt;b style=&apos;color:#8a4b00&apos;&gt;To be completed&lt;/b&gt;: {n} check(s) to confirm ({rules}).</translation>
    </message>
    <message>
        <source>in vigore</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>revocato</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Togli la registrazione</source>
        <translation>Remove the entry</translation>
    </message>
    <message>
        <source>Togliere questa presa visione dell&apos;informativa? Usalo solo per una registrazione fatta per errore: la rimozione resta nel registro delle attività.</source>
        <translation>Remove this privacy notice acknowledgement? Only use this for an entry made by mistake: the removal is kept in the activity log.</translation>
    </message>
    <message>
        <source>✔ integro</source>
        <translation>✔ intact</translation>
    </message>
    <message>
        <source>⚠ modificato dopo l&apos;acquisizione</source>
        <translation>⚠ modified after it was added</translation>
    </message>
    <message>
        <source>✖ file mancante</source>
        <translation>✖ file missing</translation>
    </message>
    <message>
        <source>{n} byte</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Attenzione: 1 allegato non corrisponde più al file acquisito.</source>
        <translation>Warning: 1 attachment no longer matches the file added.</translation>
    </message>
    <message>
        <source>Attenzione: {n} allegati non corrispondono più ai file acquisiti.</source>
        <translation>Warning: {n} attachments no longer match the files added.</translation>
    </message>
    <message>
        <source>1 allegato, integro.</source>
        <translation>1 attachment, intact.</translation>
    </message>
    <message>
        <source>{n} allegati, tutti integri.</source>
        <translation>{n} attachments, all intact.</translation>
    </message>
    <message>
        <source>Salva la domanda per allegare i file.</source>
        <translation>Save the application to attach files.</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Allegato non aggiunto</source>
        <translation>Attachment not added</translation>
    </message>
    <message>
        <source>File allegati: {n}, copiati nella cartella dei dati.</source>
        <translation>Files attached: {n}, copied into the data folder.</translation>
    </message>
    <message>
        <source>Allegato non disponibile</source>
        <translation>Attachment not available</translation>
    </message>
    <message>
        <source>File mancante</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>Il file non è più nella cartella dei dati: {path}</source>
        <translation>The file is no longer in the data folder: {path}</translation>
    </message>
    <message>
        <source>File modificato</source>
        <translation>File modified</translation>
    </message>
    <message>
        <source>Il file non corrisponde più a quello acquisito (l&apos;impronta SHA-256 è diversa): qualcuno lo ha modificato nella cartella dei dati. Aprirlo comunque?</source>
        <translation>The file no longer matches the one added (the SHA-256 fingerprint is different): someone has modified it in the data folder. Open it anyway?</translation>
    </message>
    <message>
        <source>Apri comunque</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Togli l&apos;allegato</source>
        <translation>Remove the attachment</translation>
    </message>
    <message>
        <source>Togliere «{name}» dalla domanda? Il file viene spostato nel cestino della cartella dei dati.</source>
        <translation>Remove ‘{name}’ from the application? The file is moved to the recycle bin of the data folder.</translation>
    </message>
    <message>
        <source>Togli</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Allegato non tolto</source>
        <translation>Attachment not removed</translation>
    </message>
    <message>
        <source>Presa visione dell&apos;informativa privacy</source>
        <translation>Privacy notice acknowledgement</translation>
    </message>
    <message>
        <source>Consenso facoltativo</source>
        <translation>Optional consent</translation>
    </message>
    <message>
        <source>Revoca del consenso «{kind}» dato il {date}: resta nello storico con le due date.</source>
        <translation>Withdrawal of the ‘{kind}’ consent given on {date}: it remains in the history with both dates.</translation>
    </message>
    <message>
        <source>Revoca del consenso</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>Scheda collegata</source>
        <translation>Linked record</translation>
    </message>
    <message>
        <source>&amp;8 Regole e atto</source>
        <translation>&amp;8 Rules and act</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;1 Generale</source>
        <translation>&amp;1 General</translation>
    </message>
    <message>
        <source>&amp;2 Importi e requisiti</source>
        <translation>&amp;2 Amounts and requirements</translation>
    </message>
    <message>
        <source>&amp;3 Griglia e graduatoria</source>
        <translation>&amp;3 Scoring and ranking</translation>
    </message>
    <message>
        <source>&amp;4 Erogazione</source>
        <translation>&amp;4 Payment</translation>
    </message>
    <message>
        <source>&amp;5 Testi della determinazione</source>
        <translation>&amp;5 Decision texts</translation>
    </message>
    <message>
        <source>&amp;6 Commissione</source>
        <translation>&amp;6 Committee</translation>
    </message>
    <message>
        <source>&amp;7 Edizioni</source>
        <translation>&amp;7 Editions</translation>
    </message>
    <message>
        <source>Esc chiude</source>
        <translation>Esc closes</translation>
    </message>
    <message>
        <source>Ctrl+S salva · Esc chiude</source>
        <translation>Ctrl+S saves · Esc closes</translation>
    </message>
    <message>
        <source>Nuovo bando</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>In preparazione</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>{status} · edizione {edition}</source>
        <translation>{status} · edition {edition}</translation>
    </message>
    <message>
        <source> · valutazioni iniziate</source>
        <translation> · evaluations started</translation>
    </message>
    <message>
        <source>Scrivi la data come gg/mm/aaaa, per esempio 07/05/1979.</source>
        <translation>Enter the date as dd/mm/yyyy, for example 07/05/1979.</translation>
    </message>
    <message>
        <source>Questa data non esiste: controlla giorno e mese.</source>
        <translation>This date does not exist: please check the day and month.</translation>
    </message>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>16 lettere e cifre</source>
        <translation>16 letters and digits</translation>
    </message>
    <message>
        <source>Compila dal codice fiscale</source>
        <translation>Fill in from tax code</translation>
    </message>
    <message>
        <source>Riporta nel modulo sesso, data e luogo di nascita letti dal codice fiscale (Ctrl+K)</source>
        <translation>Copies the sex, date and place of birth read from the tax code into the form (Ctrl+K)</translation>
    </message>
    <message>
        <source>Il codice fiscale contiene solo lettere e cifre.</source>
        <translation>The tax code contains only letters and digits.</translation>
    </message>
    <message>
        <source>Il codice fiscale ha 16 caratteri: ne hai scritti {n}.</source>
        <translation>The tax code has 16 characters: you have entered {n}.</translation>
    </message>
    <message>
        <source>Il codice fiscale dell&apos;ente ha 11 cifre: ne hai scritte {n}.</source>
        <translation>The organisation&apos;s tax code has 11 digits: you have entered {n}.</translation>
    </message>
    <message>
        <source>nata</source>
        <translation>born</translation>
    </message>
    <message>
        <source>nato</source>
        <translation>born</translation>
    </message>
    <message>
        <source>{sex}, {born} il {date} a {place}</source>
        <translation>{sex}, {born} on {date} in {place}</translation>
    </message>
    <message>
        <source> (codice omocodico)</source>
        <translation> (omocode variant)</translation>
    </message>
    <message>
        <source>Scegli dall&apos;elenco o scrivi il comune</source>
        <translation>Choose from the list or type the municipality</translation>
    </message>
    <message>
        <source>Scegli la persona dall&apos;elenco che compare mentre scrivi.</source>
        <translation>Choose the person from the list that appears as you type.</translation>
    </message>
    <message>
        <source>Questa persona è già tra i referenti.</source>
        <translation>This person is already a contact person.</translation>
    </message>
    <message>
        <source>Importazione completata</source>
        <translation>Import completed</translation>
    </message>
    <message>
        <source>Simulazione</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Ecco che cosa succederebbe: nessun dato è stato ancora scritto. «Importa» esegue l&apos;importazione, tutta insieme; «Indietro» per correggere le colonne.</source>
        <translation>This is what would happen: no data has been written yet. ‘Import’ carries out the whole import in one go; ‘Back’ lets you correct the columns.</translation>
    </message>
    <message>
        <source>&amp;Importa</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Righe lette: {n}. Le schede nuove e completate sono nell&apos;anagrafica.</source>
        <translation>Rows read: {n}. The new and completed records are in the registry.</translation>
    </message>
    <message>
        <source>Righe lette: {n}. Le righe scartate non verranno importate: il resoconto dirà perché e un file a parte le raccoglierà per correggerle e importarle di nuovo.</source>
        <translation>Rows read: {n}. Rejected rows will not be imported: the report will say why, and a separate file will collect them so that they can be corrected and imported again.</translation>
    </message>
    <message>
        <source>Esito riga per riga:</source>
        <translation>Outcome row by row:</translation>
    </message>
    <message>
        <source>Esito delle prime {n} righe (tutte nel resoconto):</source>
        <translation>Outcome of the first {n} rows (all of them in the report):</translation>
    </message>
    <message>
        <source>Resoconto: {path}</source>
        <translation>Report: {path}</translation>
    </message>
    <message>
        <source>Scegli il foglio da importare</source>
        <translation>Choose the sheet to import</translation>
    </message>
    <message>
        <source>Fogli di calcolo (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>File da importare</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Scegli il file da importare.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>Si importano fogli .xlsx o file .csv: salva il foglio in uno di questi formati.</source>
        <translation>Only .xlsx sheets or .csv files can be imported: please save the sheet in one of these formats.</translation>
    </message>
    <message>
        <source>Il file non esiste: controlla il percorso.</source>
        <translation>The file does not exist: please check the path.</translation>
    </message>
    <message>
        <source>Il file non si può leggere: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Ogni colonna del file diventa un dato della scheda. Le colonne riconosciute sono già assegnate: correggi quelle sbagliate e scegli «non importare» per quelle da ignorare.</source>
        <translation>Each column of the file becomes an item of the record. Recognised columns are already assigned: correct any wrong ones and choose ‘do not import’ for those to ignore.</translation>
    </message>
    <message>
        <source>ultima riga del foglio: {n}</source>
        <translation>last row of the sheet: {n}</translation>
    </message>
    <message>
        <source>{n} colonne</source>
        <translation>{n} columns</translation>
    </message>
    <message>
        <source>codifica {encoding}, separatore «{delimiter}»</source>
        <translation>encoding {encoding}, separator ‘{delimiter}’</translation>
    </message>
    <message>
        <source>{file}: {details}.</source>
        <translation>{file}: {details}.</translation>
    </message>
    <message>
        <source>(senza titolo)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>— non importare —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>Ogni dato viene da una sola colonna: {fields} è scelto più volte.</source>
        <translation>Each item comes from a single column: {fields} is chosen more than once.</translation>
    </message>
    <message>
        <source>Importa da un foglio di calcolo</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>&lt; &amp;Indietro</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>A&amp;vanti &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Fine</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Simulazione dell&apos;importazione…</source>
        <translation>Simulating the import…</translation>
    </message>
    <message>
        <source>Importazione in corso…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importazione annullata: nessun dato è stato scritto.</source>
        <translation>Import cancelled: no data has been written.</translation>
    </message>
    <message>
        <source>Importazione non eseguita: {reason}</source>
        <translation>Import not completed: {reason}</translation>
    </message>
    <message>
        <source>Cerca la persona: cognome e nome, codice fiscale…</source>
        <translation>Find the person: surname and name, tax code…</translation>
    </message>
    <message>
        <source>Riservato al responsabile del procedimento</source>
        <translation>Reserved for the procedure officer</translation>
    </message>
    <message>
        <source>Avvia &amp;istruttoria</source>
        <translation>Start el&amp;igibility check</translation>
    </message>
    <message>
        <source>Riprendi l&apos;&amp;istruttoria</source>
        <translation>Resume el&amp;igibility check</translation>
    </message>
    <message>
        <source>&amp;1 Richiedente</source>
        <translation>&amp;1 Applicant</translation>
    </message>
    <message>
        <source>&amp;2 Progetto d&apos;impresa</source>
        <translation>&amp;2 Business project</translation>
    </message>
    <message>
        <source>&amp;3 Piano dei costi</source>
        <translation>&amp;3 Cost plan</translation>
    </message>
    <message>
        <source>&amp;4 Dichiarazioni</source>
        <translation>&amp;4 Declarations</translation>
    </message>
    <message>
        <source>&amp;5 Allegati</source>
        <translation>&amp;5 Attachments</translation>
    </message>
    <message>
        <source>&amp;6 Istruttoria</source>
        <translation>&amp;6 Eligibility check</translation>
    </message>
    <message>
        <source>&amp;7 Storico</source>
        <translation>&amp;7 History</translation>
    </message>
    <message>
        <source>Protocolla la domanda</source>
        <translation>Assign a protocol number to the application</translation>
    </message>
    <message>
        <source>Assegnare adesso numero di protocollo, data e ora di ricevimento? Non si potranno più cambiare.</source>
        <translation>Assign the protocol number and the date and time of receipt now? They cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>Protocolla</source>
        <translation>Assign number</translation>
    </message>
    <message>
        <source>Protocollazione non eseguita</source>
        <translation>Protocol number not assigned</translation>
    </message>
    <message>
        <source>Protocollata: n. {protocol}.</source>
        <translation>Protocol number assigned: {protocol}.</translation>
    </message>
    <message>
        <source>Salva prima le modifiche della domanda (Ctrl+S), poi ripeti il passaggio.</source>
        <translation>Save the changes to the application first (Ctrl+S), then repeat the step.</translation>
    </message>
    <message>
        <source>Passaggio non eseguito</source>
        <translation>Step not completed</translation>
    </message>
    <message>
        <source>Riprendi l&apos;istruttoria</source>
        <translation>Resume eligibility check</translation>
    </message>
    <message>
        <source>Annota che cosa è arrivato (integrazione o osservazioni) e la data.</source>
        <translation>Note what has arrived (additional information or observations) and the date.</translation>
    </message>
    <message>
        <source>Riprendi</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Richiesta di integrazione</source>
        <translation>Request for additional information</translation>
    </message>
    <message>
        <source>Scrivi che cosa manca: documenti o dati da integrare. La richiedente ha il termine indicato.</source>
        <translation>Write what is missing: documents or data to be supplied. The applicant has until the deadline shown.</translation>
    </message>
    <message>
        <source>Richiedi</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Preavviso di rigetto</source>
        <translation>Notice of intended rejection</translation>
    </message>
    <message>
        <source>I motivi che impediscono l&apos;accoglimento della domanda (art. 10-bis L. 241/1990). La richiedente può presentare osservazioni entro il termine.</source>
        <translation>The reasons that prevent the application from being accepted (art. 10-bis L. 241/1990). The applicant may submit observations by the deadline.</translation>
    </message>
    <message>
        <source>Comunica i motivi</source>
        <translation>Send the reasons</translation>
    </message>
    <message>
        <source>Ammissione alla valutazione</source>
        <translation>Admission to evaluation</translation>
    </message>
    <message>
        <source>La domanda ha superato la verifica dei requisiti e passa alla valutazione di merito.</source>
        <translation>The application has passed the requirements check and moves on to the merit evaluation.</translation>
    </message>
    <message>
        <source>Ammetti</source>
        <translation>Admit</translation>
    </message>
    <message>
        <source>Esclusione definitiva dopo il preavviso di rigetto.</source>
        <translation>Final exclusion after the notice of intended rejection.</translation>
    </message>
    <message>
        <source>Termine per le osservazioni: {day}.</source>
        <translation>Deadline for observations: {day}.</translation>
    </message>
    <message>
        <source>Esclusione</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>Escludi</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Rinuncia</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Registra la rinuncia della richiedente: indica la sua comunicazione (data, protocollo).</source>
        <translation>Record the applicant&apos;s withdrawal: give the reference of her letter (date, protocol no.).</translation>
    </message>
    <message>
        <source>Registra la rinuncia</source>
        <translation>Record the withdrawal</translation>
    </message>
    <message>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Importo non valido alla riga {rows}: scrivilo in euro, per esempio 1.234,56.</source>
        <translation>Invalid amount in row {rows}: enter it in euros, for example 1.234,56.</translation>
    </message>
    <message>
        <source>Totale {total} · ammissibili {eligible} · non ammissibili {other}</source>
        <translation>Total {total} · eligible {eligible} · ineligible {other}</translation>
    </message>
    <message>
        <source>cofinanziamento {share}% delle spese ammissibili</source>
        <translation>co-financing {share}% of eligible expenses</translation>
    </message>
    <message>
        <source>Cofinanziamento sotto il minimo del bando ({minimum}%): aumenta la quota propria.</source>
        <translation>Co-financing below the call&apos;s minimum ({minimum}%): raise the own share.</translation>
    </message>
    <message>
        <source>Obbligatorio</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Facoltativo</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Permette l&apos;esclusione prima della scadenza del termine: le osservazioni sono arrivate e non superano i motivi.</source>
        <translation>Allows exclusion before the deadline: the observations have arrived and do not overcome the reasons.</translation>
    </message>
    <message>
        <source>termine: {day}</source>
        <translation>deadline: {day}</translation>
    </message>
    <message>
        <source>Scegli i file da allegare</source>
        <translation>Choose the files to attach</translation>
    </message>
    <message>
        <source>Documenti (*.pdf *.p7m *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.xls *.xlsx *.ods);;Tutti i file (*)</source>
        <translation>Documents (*.pdf *.p7m *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.xls *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>solo per società</source>
        <translation>companies only</translation>
    </message>
    <message>
        <source>Domanda non disponibile</source>
        <translation>Application not available</translation>
    </message>
    <message>
        <source>Salvata, con alcune cose da completare.</source>
        <translation>Saved, with a few things still to complete.</translation>
    </message>
    <message>
        <source>Salvata.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nuova domanda</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Non ancora salvata</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Compila i dati e salva (Ctrl+S) come bozza, oppure «Protocolla» per registrarla come ricevuta adesso.</source>
        <translation>Fill in the details and save (Ctrl+S) as a draft, or use ‘Assign protocol no.’ to record it as received now.</translation>
    </message>
    <message>
        <source>Domanda {protocol}</source>
        <translation>Application {protocol}</translation>
    </message>
    <message>
        <source>Bozza</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>risposta entro il {day}</source>
        <translation>reply by {day}</translation>
    </message>
    <message>
        <source>Ricevuta il {when}</source>
        <translation>Received on {when}</translation>
    </message>
    <message>
        <source>Non ancora protocollata</source>
        <translation>No protocol number yet</translation>
    </message>
    <message>
        <source>codice pubblico {code}</source>
        <translation>public code {code}</translation>
    </message>
    <message>
        <source>Apri il bando alle domande</source>
        <translation>Open the call for applications</translation>
    </message>
    <message>
        <source>Riapri il bando alle domande</source>
        <translation>Reopen the call for applications</translation>
    </message>
    <message>
        <source>Chiudi le domande e avvia la valutazione</source>
        <translation>Close applications and start the evaluation</translation>
    </message>
    <message>
        <source>Riporta in valutazione</source>
        <translation>Return to evaluation</translation>
    </message>
    <message>
        <source>Concludi il bando (graduatoria definitiva approvata)</source>
        <translation>Conclude the call (final ranking approved)</translation>
    </message>
    <message>
        <source>Riporta in preparazione</source>
        <translation>Return to preparation</translation>
    </message>
    <message>
        <source>Nuova edizione del bando</source>
        <translation>New edition of the call</translation>
    </message>
    <message>
        <source>Le valutazioni della commissione sono già iniziate e hai cambiato: {changes}.
Salvando si crea l&apos;edizione {edition} del bando; quella attuale resta registrata.

Scrivi il motivo della modifica (per esempio l&apos;atto che la dispone):</source>
        <translation>The committee&apos;s evaluations have already started and you have changed: {changes}.
Saving creates edition {edition} of the call; the current one remains on record.

Write the reason for the change (for example the act ordering it):</translation>
    </message>
    <message>
        <source>Non salvato: serve il motivo della nuova edizione.</source>
        <translation>Not saved: the new edition needs a reason.</translation>
    </message>
    <message>
        <source>Cambia stato</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Prima salvo le modifiche al bando. Continuare?</source>
        <translation>The changes to the call will be saved first. Continue?</translation>
    </message>
    <message>
        <source>Salva e continua</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <source>{action}: «{title}». Confermi?</source>
        <translation>{action}: ‘{title}’. Confirm?</translation>
    </message>
    <message>
        <source>Stato non cambiato</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Stato: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <source>Salva il bando prima di nominare la commissione.</source>
        <translation>Save the call before appointing the committee.</translation>
    </message>
    <message>
        <source>Nessun altro utente ha il ruolo di commissario: l&apos;amministratore lo assegna in Amministrazione › Utenti.</source>
        <translation>No other user has the committee member role: the administrator assigns it under Administration › Users.</translation>
    </message>
    <message>
        <source>nessun limite di età</source>
        <translation>no age limit</translation>
    </message>
    <message>
        <source>età da {low} anni</source>
        <translation>aged {low} or over</translation>
    </message>
    <message>
        <source>età fino a {high} anni</source>
        <translation>aged up to {high}</translation>
    </message>
    <message>
        <source>età da {low} a {high} anni</source>
        <translation>aged {low} to {high}</translation>
    </message>
    <message>
        <source>Prima della modifica: dotazione € {budget}, contributo massimo € {grant}, soglia {threshold} punti, {ages}.</source>
        <translation>Before the change: budget € {budget}, maximum grant € {grant}, pass mark {threshold} points, {ages}.</translation>
    </message>
    <message>
        <source>Nomina non eseguita</source>
        <translation>Appointment not completed</translation>
    </message>
    <message>
        <source>Togli dalla commissione</source>
        <translation>Remove from the committee</translation>
    </message>
    <message>
        <source>Togliere {name} dalla commissione?</source>
        <translation>Remove {name} from the committee?</translation>
    </message>
    <message>
        <source>Componente non tolto</source>
        <translation>Member not removed</translation>
    </message>
    <message>
        <source>Scrivi un numero.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Scrivi l&apos;età in anni, solo cifre.</source>
        <translation>Enter the age in years, digits only.</translation>
    </message>
    <message>
        <source>I 9 comuni del Sud Est Milano</source>
        <translation>The 9 municipalities of South-East Milan</translation>
    </message>
    <message>
        <source>{n} comuni scelti su {total}</source>
        <translation>{n} municipalities chosen out of {total}</translation>
    </message>
    <message>
        <source>1 bando</source>
        <translation>1 call</translation>
    </message>
    <message>
        <source>{n} bandi</source>
        <translation>{n} calls</translation>
    </message>
    <message>
        <source>Bando non disponibile</source>
        <translation>Call not available</translation>
    </message>
    <message>
        <source>Scrivi un numero nella riga {rows}.</source>
        <translation>Enter a number in row {rows}.</translation>
    </message>
    <message>
        <source>Totale: {points} punti</source>
        <translation>Total: {points} points</translation>
    </message>
    <message>
        <source>Totale: {percent}%</source>
        <translation>Total: {percent}%</translation>
    </message>
    <message>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Oggetto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Riferito a</source>
        <translation>Relates to</translation>
    </message>
    <message>
        <source>Autore</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Copia firmata</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>1 documento</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>{n} documenti</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>Nessun documento corrisponde ai filtri.</source>
        <translation>No document matches the filters.</translation>
    </message>
    <message>
        <source>Nessun documento generato finora: la determinazione, gli allegati e le comunicazioni si generano in Graduatorie, le lettere dalle domande.</source>
        <translation>No document generated yet: the decision, the annexes and the communications are generated in Rankings, the letters from the applications.</translation>
    </message>
    <message>
        <source>Esito della verifica</source>
        <translation>Check outcome</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rule}&lt;/b&gt;&lt;br&gt;Calcolato: {computed}&lt;br&gt;{detail}</source>
        <translation>&lt;b&gt;{rule}&lt;/b&gt;&lt;br&gt;Calculated: {computed}&lt;br&gt;{detail}</translation>
    </message>
    <message>
        <source>&amp;Soddisfatto</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <source>&amp;Non soddisfatto</source>
        <translation>&amp;Not met</translation>
    </message>
    <message>
        <source>&amp;Motivo (obbligatorio se l&apos;esito è diverso da quello calcolato):</source>
        <translation>&amp;Reason (required if the outcome differs from the calculated one):</translation>
    </message>
    <message>
        <source>Scrivi il motivo (almeno {n} caratteri): l&apos;esito è diverso da quello calcolato.</source>
        <translation>Write the reason (at least {n} characters): the outcome differs from the calculated one.</translation>
    </message>
    <message>
        <source>Dichiarazione sul conflitto di interessi</source>
        <translation>Declaration on conflict of interest</translation>
    </message>
    <message>
        <source>Domanda {application}.

Ai sensi dell&apos;art. 6-bis della L. 241/1990 e dell&apos;art. 7 del D.P.R. 62/2013 dichiaro, sotto la mia responsabilità:</source>
        <translation>Application {application}.

Under art. 6-bis of L. 241/1990 and art. 7 of D.P.R. 62/2013 I declare, under my own responsibility:</translation>
    </message>
    <message>
        <source>&amp;di non trovarmi in alcuna situazione di conflitto di interessi, anche potenziale</source>
        <translation>that I have &amp;no conflict of interest, not even a potential one</translation>
    </message>
    <message>
        <source>di trovarmi in &amp;conflitto di interessi: mi astengo dalla valutazione</source>
        <translation>that I have a &amp;conflict of interest: I abstain from the evaluation</translation>
    </message>
    <message>
        <source>&amp;Note (facoltative)</source>
        <translation>N&amp;otes (optional)</translation>
    </message>
    <message>
        <source>&amp;Registra la dichiarazione</source>
        <translation>&amp;Record the declaration</translation>
    </message>
    <message>
        <source>Scegli una delle due dichiarazioni.</source>
        <translation>Choose one of the two declarations.</translation>
    </message>
    <message>
        <source>da dichiarare</source>
        <translation>to be declared</translation>
    </message>
    <message>
        <source>sì: mi astengo</source>
        <translation>yes: I abstain</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{done}/{count} · {total}</source>
        <translation>{done}/{count} · {total}</translation>
    </message>
    <message>
        <source>completa</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incompleta</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>Tutti i commissari hanno completato la scheda.</source>
        <translation>All committee members have completed the evaluation sheet.</translation>
    </message>
    <message>
        <source>Non fai parte della commissione di nessun bando: i componenti sono indicati nella scheda del bando.</source>
        <translation>You are not on the committee of any call: the members are listed in the call record.</translation>
    </message>
    <message>
        <source>Componente: {name} ({role})</source>
        <translation>Member: {name} ({role})</translation>
    </message>
    <message>
        <source>Punteggi non salvati</source>
        <translation>Scores not saved</translation>
    </message>
    <message>
        <source>I punteggi di questa domanda non sono stati salvati. Scartarli?</source>
        <translation>The scores for this application have not been saved. Discard them?</translation>
    </message>
    <message>
        <source>Scarta</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Domande in valutazione: {n}; completate da te: {done}.</source>
        <translation>Applications under evaluation: {n}; completed by you: {done}.</translation>
    </message>
    <message>
        <source>Scegli una domanda dall&apos;elenco.</source>
        <translation>Choose an application from the list.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Domanda {protocol}&lt;/b&gt; — codice {code}</source>
        <translation>&lt;b&gt;Application {protocol}&lt;/b&gt; — code {code}</translation>
    </message>
    <message>
        <source>Conflitto di interessi: &lt;b&gt;non ancora dichiarato&lt;/b&gt;. Dichiara prima di assegnare i punti.</source>
        <translation>Conflict of interest: &lt;b&gt;not yet declared&lt;/b&gt;. Declare it before giving points.</translation>
    </message>
    <message>
        <source>Hai dichiarato un &lt;b&gt;conflitto di interessi&lt;/b&gt; il {day}: ti astieni.</source>
        <translation>You declared a &lt;b&gt;conflict of interest&lt;/b&gt; on {day}: you abstain.</translation>
    </message>
    <message>
        <source>Nessun conflitto di interessi (dichiarato il {day}).</source>
        <translation>No conflict of interest (declared on {day}).</translation>
    </message>
    <message>
        <source>Totale: &lt;b&gt;{total}&lt;/b&gt; su {max} — criteri valutati {done} di {count}</source>
        <translation>Total: &lt;b&gt;{total}&lt;/b&gt; out of {max} — criteria scored {done} of {count}</translation>
    </message>
    <message>
        <source>Conflitto di interessi</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>I punti che hai già assegnato a questa domanda saranno tolti. Continuare?</source>
        <translation>The points you have already given to this application will be removed. Continue?</translation>
    </message>
    <message>
        <source>Togli i punti</source>
        <translation>Remove the points</translation>
    </message>
    <message>
        <source>Registrazione della dichiarazione</source>
        <translation>Recording the declaration</translation>
    </message>
    <message>
        <source>Dichiarazione registrata.</source>
        <translation>Declaration recorded.</translation>
    </message>
    <message>
        <source>Correggi i punteggi segnalati in rosso.</source>
        <translation>Please correct the scores highlighted in red.</translation>
    </message>
    <message>
        <source>Salvataggio dei punteggi</source>
        <translation>Saving the scores</translation>
    </message>
    <message>
        <source>Punteggi della domanda {code} salvati.</source>
        <translation>Scores for application {code} saved.</translation>
    </message>
    <message>
        <source>Da 0 a {max} punti</source>
        <translation>From 0 to {max} points</translation>
    </message>
    <message>
        <source>su {max}</source>
        <translation>out of {max}</translation>
    </message>
    <message>
        <source>Positivo</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Negativo</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source> (da altra tranche)</source>
        <translation> (from another instalment)</translation>
    </message>
    <message>
        <source>Tranche «{status}» il {day}.</source>
        <translation>Instalment ‘{status}’ on {day}.</translation>
    </message>
    <message>
        <source>Pagata con deroga da {user}: {reason}</source>
        <translation>Paid under a waiver by {user}: {reason}</translation>
    </message>
    <message>
        <source>Pagamento bloccato: manca 1 condizione (in rosso).</source>
        <translation>Payment blocked: 1 condition missing (in red).</translation>
    </message>
    <message>
        <source>Pagamento bloccato: mancano {n} condizioni (in rosso).</source>
        <translation>Payment blocked: {n} conditions missing (in red).</translation>
    </message>
    <message>
        <source>Solo il responsabile del procedimento può pagare.</source>
        <translation>Only the procedure officer can make payments.</translation>
    </message>
    <message>
        <source>Tutte le condizioni sono soddisfatte per un pagamento del {day}.</source>
        <translation>All conditions are met for a payment on {day}.</translation>
    </message>
    <message>
        <source>Il pagamento spetta al responsabile del procedimento.</source>
        <translation>Payments are made by the procedure officer.</translation>
    </message>
    <message>
        <source>Scrivi l&apos;importo in euro, per esempio 1.234,56.</source>
        <translation>Enter the amount in euros, for example 1.234,56.</translation>
    </message>
    <message>
        <source>Nuova spesa</source>
        <translation>New expense</translation>
    </message>
    <message>
        <source>Modifica spesa</source>
        <translation>Edit expense</translation>
    </message>
    <message>
        <source>Scegli il file della ricevuta</source>
        <translation>Choose the receipt file</translation>
    </message>
    <message>
        <source>Documenti (*.pdf *.jpg *.jpeg *.png *.p7m);;Tutti i file (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.p7m);;All files (*)</translation>
    </message>
    <message>
        <source>Spesa non salvata</source>
        <translation>Expense not saved</translation>
    </message>
    <message>
        <source>L&apos;impresa è registrata anche in Anagrafiche › Enti e imprese.</source>
        <translation>The business is also registered under Registry › Organisations and businesses.</translation>
    </message>
    <message>
        <source>R&amp;egistra costituzione</source>
        <translation>R&amp;ecord incorporation</translation>
    </message>
    <message>
        <source>Salva impr&amp;esa</source>
        <translation>Save busin&amp;ess</translation>
    </message>
    <message>
        <source>Impresa non registrata</source>
        <translation>Business not recorded</translation>
    </message>
    <message>
        <source>Revoca del contributo</source>
        <translation>Revocation of the grant</translation>
    </message>
    <message>
        <source>Proposto: quanto è stato pagato ({paid}). Puoi aggiungere gli interessi legali.</source>
        <translation>Proposed: the amount paid ({paid}). You can add statutory interest.</translation>
    </message>
    <message>
        <source>Revoca</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoca non registrata</source>
        <translation>Revocation not recorded</translation>
    </message>
    <message>
        <source>Il contributo si revoca se l&apos;impresa non è costituita nei termini, l&apos;attività cessa, il rendiconto non arriva o le dichiarazioni risultano false. Le tranche non pagate sono annullate; si chiede indietro quanto pagato.</source>
        <translation>The grant is revoked if the business is not set up by the deadline, the activity ceases, the expense report does not arrive or the declarations prove false. Unpaid instalments are cancelled; the amount paid is claimed back.</translation>
    </message>
    <message>
        <source>La revoca spetta al responsabile del procedimento.</source>
        <translation>Revocation is for the procedure officer.</translation>
    </message>
    <message>
        <source>Una domanda «{status}» non si può revocare.</source>
        <translation>An application with status ‘{status}’ cannot be revoked.</translation>
    </message>
    <message>
        <source>Contributo revocato.</source>
        <translation>Grant revoked.</translation>
    </message>
    <message>
        <source>Recupero non registrato</source>
        <translation>Recovery not recorded</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Sola lettura: per registrare imprese, verifiche e spese serve il permesso «pagamenti».</source>
        <translation>Read-only: recording businesses, checks and expenses requires the ‘payments’ permission.</translation>
    </message>
    <message>
        <source>Nessuna domanda finanziata.</source>
        <translation>No funded applications.</translation>
    </message>
    <message>
        <source>Domanda {protocol} ({code}) — {name}, «{business}» — {status}: concesso {granted}, pagato {paid}, da pagare {remaining}</source>
        <translation>Application {protocol} ({code}) — {name}, ‘{business}’ — {status}: granted {granted}, paid {paid}, to pay {remaining}</translation>
    </message>
    <message>
        <source>Impresa registrata: tranche calcolate dal piano del bando.</source>
        <translation>Business recorded: instalments calculated from the call&apos;s payment plan.</translation>
    </message>
    <message>
        <source>Esporta tabella trasparenza</source>
        <translation>Export transparency table</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV per Excel, separato da punto e virgola (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <source>Esportazione in corso…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Esportazione della tabella trasparenza…</source>
        <translation>Exporting the transparency table…</translation>
    </message>
    <message>
        <source>Tabella trasparenza esportata in {path}: {rows} contributi, {hidden} indicati solo con il codice della domanda.</source>
        <translation>Transparency table exported to {path}: {rows} grants, {hidden} shown only by application code.</translation>
    </message>
    <message>
        <source>Esportazione non riuscita.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <source>Esportazione non riuscita</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Regolare / positivo</source>
        <translation>Compliant / positive</translation>
    </message>
    <message>
        <source>Non regolare / negativo</source>
        <translation>Not compliant / negative</translation>
    </message>
    <message>
        <source>Paga con una deroga</source>
        <translation>Pay under a waiver</translation>
    </message>
    <message>
        <source>Mancano queste condizioni:
{missing}

Scrivi il motivo per cui paghi comunque (resta agli atti con il tuo nome):</source>
        <translation>These conditions are missing:
{missing}

Write the reason why you are paying anyway (it stays on record with your name):</translation>
    </message>
    <message>
        <source>Verifiche: {tranche}</source>
        <translation>Checks: {tranche}</translation>
    </message>
    <message>
        <source>Verifiche della tranche</source>
        <translation>Instalment checks</translation>
    </message>
    <message>
        <source>Registrazione della verifica</source>
        <translation>Recording the check</translation>
    </message>
    <message>
        <source>Pagamento della tranche</source>
        <translation>Paying the instalment</translation>
    </message>
    <message>
        <source>Pagamento non eseguito</source>
        <translation>Payment not made</translation>
    </message>
    <message>
        <source>Per pagare con una deroga scrivi il motivo.</source>
        <translation>To pay under a waiver, write the reason.</translation>
    </message>
    <message>
        <source>Paga tranche</source>
        <translation>Pay instalment</translation>
    </message>
    <message>
        <source>Registrare il pagamento di «{label}»: lordo {gross}, ritenuta {withheld}, netto {net}?</source>
        <translation>Record the payment of ‘{label}’: gross {gross}, withholding {withheld}, net {net}?</translation>
    </message>
    <message>
        <source>Paga</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Per esempio: verbale della commissione n. 3 del 12/06/2026</source>
        <translation>For example: committee minutes no. 3 of 12/06/2026</translation>
    </message>
    <message>
        <source>&amp;Data dell&apos;atto</source>
        <translation>&amp;Date of the act</translation>
    </message>
    <message>
        <source>&amp;Motivo o riferimento</source>
        <translation>&amp;Reason or reference</translation>
    </message>
    <message>
        <source>Indica la data dell&apos;atto.</source>
        <translation>Enter the date of the act.</translation>
    </message>
    <message>
        <source>Scrivi il motivo.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <source>Anteprima</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anteprima&lt;/b&gt; calcolata ora con i punteggi attuali — non salvata</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt; calculated now with the current scores — not saved</translation>
    </message>
    <message>
        <source>pubblicata</source>
        <translation>published</translation>
    </message>
    <message>
        <source>non pubblicata</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind} n. {number}&lt;/b&gt; del {day} — {published}</source>
        <translation>&lt;b&gt;{kind} no. {number}&lt;/b&gt; of {day} — {published}</translation>
    </message>
    <message>
        <source>Congelata da {user} il {when}. {reason}</source>
        <translation>Frozen by {user} on {when}. {reason}</translation>
    </message>
    <message>
        <source>Dotazione {budget} · contributi assegnati {granted} · residuo {left}</source>
        <translation>Budget {budget} · grants awarded {granted} · remaining {left}</translation>
    </message>
    <message>
        <source>La graduatoria sarà salvata così com&apos;è e non cambierà più. Le domande passeranno a «finanziata», «ammessa non finanziata» o «non ammessa».</source>
        <translation>The ranking will be saved as it is and will not change again. The applications will move to ‘finanziata’ (funded), ‘ammessa non finanziata’ (eligible, not funded) or ‘non ammessa’ (not admitted).</translation>
    </message>
    <message>
        <source>La graduatoria provvisoria sarà salvata così com&apos;è e non cambierà più; le domande passano «in graduatoria». La definitiva si congela dopo l&apos;esame delle eventuali osservazioni.</source>
        <translation>The provisional ranking will be saved as it is and will not change again; the applications move to ‘in graduatoria’ (ranked). The final ranking is frozen after any observations have been examined.</translation>
    </message>
    <message>
        <source>Scrivi il motivo dell&apos;approvazione anticipata.</source>
        <translation>Write the reason for approving it early.</translation>
    </message>
    <message>
        <source>Congela</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>{kind} congelata.</source>
        <translation>{kind} frozen.</translation>
    </message>
    <message>
        <source>Pubblica la graduatoria</source>
        <translation>Publish the ranking</translation>
    </message>
    <message>
        <source>La {kind} n. {number} sarà segnata come pubblicata. Da quel momento è la versione che il pubblico ha visto: non si modifica e ogni cambiamento richiede una nuova versione.</source>
        <translation>The {kind} no. {number} will be marked as published. From then on it is the version the public has seen: it cannot be modified and any change requires a new version.</translation>
    </message>
    <message>
        <source>Pubblica</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Graduatoria n. {number} pubblicata.</source>
        <translation>Ranking no. {number} published.</translation>
    </message>
    <message>
        <source>Scorrimento della graduatoria</source>
        <translation>Moving down the ranking</translation>
    </message>
    <message>
        <source>I contributi delle domande rinunciate o revocate (e l&apos;eventuale dotazione aggiunta al bando) finanziano le successive in graduatoria. Sarà salvata una nuova versione; la n. {number} resta com&apos;è.</source>
        <translation>The grants of withdrawn or revoked applications (and any budget added to the call) fund the next applications in the ranking. A new version will be saved; no. {number} stays as it is.</translation>
    </message>
    <message>
        <source>Esegui lo scorrimento</source>
        <translation>Move down the ranking</translation>
    </message>
    <message>
        <source>Scorrimento registrato come nuova versione.</source>
        <translation>Moving down the ranking recorded as a new version.</translation>
    </message>
    <message>
        <source>Operazione sulla graduatoria</source>
        <translation>Ranking operation</translation>
    </message>
    <message>
        <source>nominativo riservato</source>
        <translation>name withheld</translation>
    </message>
    <message>
        <source>Selezionata per vulnerabilità: mai pubblicata per nome.</source>
        <translation>Selected for vulnerability: never published by name.</translation>
    </message>
    <message>
        <source>Valutazione incompleta per una domanda: la graduatoria si può congelare quando tutti i commissari hanno finito.</source>
        <translation>Evaluation incomplete for one application: the ranking can be frozen when all committee members have finished.</translation>
    </message>
    <message>
        <source>Valutazione incompleta per {n} domande: la graduatoria si può congelare quando tutti i commissari hanno finito.</source>
        <translation>Evaluation incomplete for {n} applications: the ranking can be frozen when all committee members have finished.</translation>
    </message>
    <message>
        <source>… e altre {n}: vedi la colonna «Valutazione» nella schermata Valutazione.</source>
        <translation>… and {n} more: see the ‘Evaluation’ column in the Evaluation screen.</translation>
    </message>
    <message>
        <source>Una domanda è ancora in istruttoria: la graduatoria definitiva attende la fine delle verifiche.</source>
        <translation>One application is still under eligibility check: the final ranking waits for the checks to finish.</translation>
    </message>
    <message>
        <source>{n} domande sono ancora in istruttoria: la graduatoria definitiva attende la fine delle verifiche.</source>
        <translation>{n} applications are still under eligibility check: the final ranking waits for the checks to finish.</translation>
    </message>
    <message>
        <source>La graduatoria definitiva è stata congelata: per finanziare altre domande usa lo scorrimento dall&apos;ultima versione pubblicata.</source>
        <translation>The final ranking has been frozen: to fund other applications, move down the ranking from the latest published version.</translation>
    </message>
    <message>
        <source>Allega la copia firmata</source>
        <translation>Attach the signed copy</translation>
    </message>
    <message>
        <source>Documento alterato o mancante</source>
        <translation>Document altered or missing</translation>
    </message>
    <message>
        <source>Nessun programma per i PDF</source>
        <translation>No program for PDFs</translation>
    </message>
    <message>
        <source>Il sistema non ha un programma predefinito per aprire {name}. Il file è in {path}.</source>
        <translation>The system has no default program to open {name}. The file is in {path}.</translation>
    </message>
    <message>
        <source>Stampa dal visualizzatore</source>
        <translation>Print from the viewer</translation>
    </message>
    <message>
        <source>La stampa diretta non è disponibile su questo computer: il documento si apre nel visualizzatore PDF, da cui puoi stamparlo.</source>
        <translation>Direct printing is not available on this computer: the document opens in the PDF viewer, from which you can print it.</translation>
    </message>
    <message>
        <source>Scrivi il numero come 15.000,50 (punto per le migliaia, virgola per i decimali).</source>
        <translation>Enter the number as 15.000,50 (full stop for thousands, comma for decimals).</translation>
    </message>
    <message>
        <source>Scrivi solo cifre, con la virgola per i decimali (per esempio 15.000,50).</source>
        <translation>Enter digits only, with a comma for decimals (for example 15.000,50).</translation>
    </message>
    <message>
        <source>Al massimo {n} decimali.</source>
        <translation>At most {n} decimal places.</translation>
    </message>
    <message>
        <source>Scrivi un numero intero.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Il numero non può essere negativo.</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <source>Dati da correggere</source>
        <translation>Data to correct</translation>
    </message>
    <message>
        <source>Operazione in corso…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Alla chiusura del bando</source>
        <translation>At the call&apos;s closing</translation>
    </message>
    <message>
        <source>Alla presentazione della domanda</source>
        <translation>At the application&apos;s submission</translation>
    </message>
    <message>
        <source>Manuale</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Voce</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Ammissibile</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Apri in sola lettura</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Progetto</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Piano dei costi</source>
        <translation>Cost plan</translation>
    </message>
    <message>
        <source>Allegati</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Scegli una domanda: qui compaiono il progetto, i costi e gli allegati.</source>
        <translation>Choose an application: its project, costs and attachments appear here.</translation>
    </message>
    <message>
        <source>Servizio e attività</source>
        <translation>Service and activity</translation>
    </message>
    <message>
        <source>Destinatari</source>
        <translation>Target users</translation>
    </message>
    <message>
        <source>Forma giuridica prevista</source>
        <translation>Planned legal form</translation>
    </message>
    <message>
        <source>Totale {total} · ammissibili {eligible} · cofinanziamento proprio {own}</source>
        <translation>Total {total} · eligible {eligible} · own co-financing {own}</translation>
    </message>
    <message>
        <source>Nessun allegato.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Allegati ({n})</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>Apertura dell&apos;allegato</source>
        <translation>Opening the attachment</translation>
    </message>
    <message>
        <source>Allegato non trovato</source>
        <translation>Attachment not found</translation>
    </message>
    <message>
        <source>Il file dell&apos;allegato non è più nella cartella dei dati: avvisa l&apos;ufficio.</source>
        <translation>The attachment&apos;s file is no longer in the data folder: tell the office.</translation>
    </message>
    <message>
        <source>Allegato modificato</source>
        <translation>Attachment changed</translation>
    </message>
    <message>
        <source>Il file non corrisponde più a quello ricevuto: lo apro comunque, ma avvisa l&apos;ufficio.</source>
        <translation>The file no longer matches the one received: it opens anyway, but tell the office.</translation>
    </message>
    <message>
        <source>Registra accettazione</source>
        <translation>Record acceptance</translation>
    </message>
    <message>
        <source>Accettata il</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Contributo accettato dalla beneficiaria il {day}.</source>
        <translation>Grant accepted by the beneficiary on {day}.</translation>
    </message>
    <message>
        <source>Registra la data in cui la beneficiaria ha accettato il contributo: i pagamenti partono da lì.</source>
        <translation>Record the date the beneficiary accepted the grant: payments start from there.</translation>
    </message>
    <message>
        <source>Registrazione dell&apos;accettazione</source>
        <translation>Recording the acceptance</translation>
    </message>
    <message>
        <source>Da fare</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Pratica</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Niente in attesa per il tuo ruolo.</source>
        <translation>Nothing waiting for your role.</translation>
    </message>
    <message>
        <source>Rete e accordi: promemoria</source>
        <translation>Network and agreements: reminders</translation>
    </message>
    <message>
        <source>Firma in attesa</source>
        <translation>Signature pending</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Rinnovo</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Da ricontattare</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>(assegnato al salvataggio)</source>
        <translation>(assigned when saved)</translation>
    </message>
    <message>
        <source>Nuovo</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Versioni: {list}</source>
        <translation>Versions: {list}</translation>
    </message>
    <message>
        <source>Il testo di premesse e articoli sarà quello del modello corrente.</source>
        <translation>Premises and articles will be the current template&apos;s text.</translation>
    </message>
    <message>
        <source>Testo: {source}.</source>
        <translation>Text: {source}.</translation>
    </message>
    <message>
        <source>Il modello ha una versione più recente.</source>
        <translation>The template has a newer version.</translation>
    </message>
    <message>
        <source>Modifica: {reason}</source>
        <translation>Amendment: {reason}</translation>
    </message>
    <message>
        <source>In vigore dal {day}, quando tutte le parti avranno firmato.</source>
        <translation>In force from {day}, once every party has signed.</translation>
    </message>
    <message>
        <source>Recesso efficace dal {day}: da quel giorno l&apos;accordo cessa.</source>
        <translation>Withdrawal effective from {day}: the agreement ends that day.</translation>
    </message>
    <message>
        <source>Cerca l&apos;ente o l&apos;impresa in anagrafica…</source>
        <translation>Search the organisation or business in the registry…</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Firmatario</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Qualità</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>In denaro</source>
        <translation>In cash</translation>
    </message>
    <message>
        <source>In natura</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Nessun legale rappresentante o referente in anagrafica</source>
        <translation>No legal representative or contact person in the registry</translation>
    </message>
    <message>
        <source>Inviato il</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Firmato il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Motivo del rifiuto</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Un accordo tra pubbliche amministrazioni si firma solo digitalmente (art. 15 c. 2-bis L. 241/1990), a pena di nullità.</source>
        <translation>An agreement between public administrations can only be signed digitally (art. 15 para. 2-bis Law 241/1990), or it is void.</translation>
    </message>
    <message>
        <source>Nessun file firmato digitalmente allegato.</source>
        <translation>No digitally signed file attached.</translation>
    </message>
    <message>
        <source>Allegato</source>
        <translation>Annex</translation>
    </message>
    <message>
        <source>Firmato digitalmente</source>
        <translation>Digitally signed</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Registrazione della firma…</source>
        <translation>Recording the signature…</translation>
    </message>
    <message>
        <source>Firme</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Scegli nella tabella la parte a cui è stato inviato.</source>
        <translation>Choose in the table the party it was sent to.</translation>
    </message>
    <message>
        <source>Scegli nella tabella la parte che ha rifiutato.</source>
        <translation>Choose in the table the party that refused.</translation>
    </message>
    <message>
        <source>Rifiuto della firma</source>
        <translation>Signature refused</translation>
    </message>
    <message>
        <source>Motivo del rifiuto:</source>
        <translation>Reason for refusal:</translation>
    </message>
    <message>
        <source>Scegli nella tabella le parti che hanno firmato su carta (una o più, anche tutte su una sola scansione).</source>
        <translation>Choose in the table the parties that signed on paper (one or more, even all on a single scan).</translation>
    </message>
    <message>
        <source>Allega un file all&apos;accordo</source>
        <translation>Attach a file to the agreement</translation>
    </message>
    <message>
        <source>Documenti (*.pdf *.p7m *.jpg *.png *.tif *.odt *.docx *.xlsx)</source>
        <translation>Documents (*.pdf *.p7m *.jpg *.png *.tif *.odt *.docx *.xlsx)</translation>
    </message>
    <message>
        <source>Copia dell&apos;allegato…</source>
        <translation>Copying the annex…</translation>
    </message>
    <message>
        <source>Scansione firmata</source>
        <translation>Signed scan</translation>
    </message>
    <message>
        <source>Scansioni (*.pdf *.jpg *.png *.tif)</source>
        <translation>Scans (*.pdf *.jpg *.png *.tif)</translation>
    </message>
    <message>
        <source>Documento firmato digitalmente</source>
        <translation>Digitally signed document</translation>
    </message>
    <message>
        <source>Firmati digitalmente (*.pdf *.p7m)</source>
        <translation>Digitally signed (*.pdf *.p7m)</translation>
    </message>
    <message>
        <source>Generazione del PDF…</source>
        <translation>Generating the PDF…</translation>
    </message>
    <message>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cerca l&apos;impresa in anagrafica…</source>
        <translation>Search the business in the registry…</translation>
    </message>
    <message>
        <source> (fatto)</source>
        <translation> (done)</translation>
    </message>
    <message>
        <source>ATECO</source>
        <translation>ATECO</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Passo successivo</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Entro il</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Agente</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Temi</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Misura</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Risultati</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Registrazione del contatto…</source>
        <translation>Recording the contact…</translation>
    </message>
    <message>
        <source>Catalogo delle buone pratiche</source>
        <translation>Good practices catalogue</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Tipo di ente</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Accordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>{p} partner, {a}</source>
        <translation>{p} partners, {a}</translation>
    </message>
    <message>
        <source>Presente</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Presenti {n} su {total}</source>
        <translation>Present {n} of {total}</translation>
    </message>
    <message>
        <source>Registrazione della presenza…</source>
        <translation>Recording attendance…</translation>
    </message>
    <message>
        <source>Foglio firme…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <source>Fogli firme di tutte le sessioni…</source>
        <translation>Sign-in sheets of every session…</translation>
    </message>
    <message>
        <source>Totali</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Eventi</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Partecipanti presenti</source>
        <translation>Participants present</translation>
    </message>
    <message>
        <source>Iscrizioni</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Ore erogate</source>
        <translation>Hours delivered</translation>
    </message>
    <message>
        <source>Attestati</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Fascia d&apos;età</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Tipo di partecipante</source>
        <translation>Participant type</translation>
    </message>
    <message>
        <source>Tipo di evento</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Gruppo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Valore</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Esporta gli indicatori</source>
        <translation>Export the indicators</translation>
    </message>
    <message>
        <source>Esportazione…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Indicatori esportati in {path}</source>
        <translation>Indicators exported to {path}</translation>
    </message>
    <message>
        <source>Iscritti</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Attesa</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Tutti i tipi</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Sc&amp;heda</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Indicatori</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Partecipanti</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;ttestati</source>
        <translation>&amp;Certificates</translation>
    </message>
    <message>
        <source>P&amp;resenze</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>&amp;Questionari</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <source>{n} eventi</source>
        <translation>{n} events</translation>
    </message>
    <message>
        <source>Nata/o il</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Anagrafica</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>da completare</source>
        <translation>to complete</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Dall&apos;anagrafica: premi Iscrivi (i dati vengono dalla scheda).</source>
        <translation>From the registry: press Register (the data comes from the record).</translation>
    </message>
    <message>
        <source>Iscrizione…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>{name} era già iscritta/o: dati uniti alla stessa iscrizione.</source>
        <translation>{name} was already registered: the data was merged into the same registration.</translation>
    </message>
    <message>
        <source>{name} in lista d&apos;attesa ({n}°).</source>
        <translation>{name} on the waiting list (no. {n}).</translation>
    </message>
    <message>
        <source>{name} iscritta/o.</source>
        <translation>{name} registered.</translation>
    </message>
    <message>
        <source>Annulla l&apos;iscrizione</source>
        <translation>Cancel the registration</translation>
    </message>
    <message>
        <source>Annullare l&apos;iscrizione di {name}? Il posto passa al primo in lista d&apos;attesa.</source>
        <translation>Cancel the registration of {name}? The place goes to the first on the waiting list.</translation>
    </message>
    <message>
        <source>Cambio di stato…</source>
        <translation>Changing status…</translation>
    </message>
    <message>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>Dalla lista d&apos;attesa è passata/o tra gli iscritti: {n}.</source>
        <translation>Moved up from the waiting list: {n}.</translation>
    </message>
    <message>
        <source>Doppioni</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Nessuna persona risulta iscritta due volte.</source>
        <translation>Nobody is registered twice.</translation>
    </message>
    <message>
        <source>Unisci i doppioni</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Stesse persone iscritte più volte:
{names}

Unire le iscrizioni?</source>
        <translation>The same people registered more than once:
{names}

Merge the registrations?</translation>
    </message>
    <message>
        <source>Iscrizioni unite: {n}.</source>
        <translation>Registrations merged: {n}.</translation>
    </message>
    <message>
        <source>Unione dei doppioni…</source>
        <translation>Merging duplicates…</translation>
    </message>
    <message>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Docente / relatore</source>
        <translation>Trainer / speaker</translation>
    </message>
    <message>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Sessione {n}: data gg/mm/aaaa e orari hh:mm.</source>
        <translation>Session {n}: date dd/mm/yyyy and times hh:mm.</translation>
    </message>
    <message>
        <source>Totale: {hours}</source>
        <translation>Total: {hours}</translation>
    </message>
    <message>
        <source>I posti sono un numero intero (vuoto: illimitati).</source>
        <translation>Places are a whole number (empty: unlimited).</translation>
    </message>
    <message>
        <source>Una percentuale, es. 75.</source>
        <translation>A percentage, e.g. 75.</translation>
    </message>
    <message>
        <source>Salvataggio dell&apos;evento…</source>
        <translation>Saving the event…</translation>
    </message>
    <message>
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Frequenza</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Attestato</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>emesso</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>da emettere</source>
        <translation>to issue</translation>
    </message>
    <message>
        <source>Attestato a chi ha frequentato almeno il {pct}% di {hours}.</source>
        <translation>Certificate for whoever attended at least {pct}% of {hours}.</translation>
    </message>
    <message>
        <source>&amp;Emetti gli attestati ({n})</source>
        <translation>Iss&amp;ue the certificates ({n})</translation>
    </message>
    <message>
        <source>Emissione degli attestati…</source>
        <translation>Issuing the certificates…</translation>
    </message>
    <message>
        <source>Emessi {n} attestati; {skip} non raggiungono il minimo.</source>
        <translation>{n} certificates issued; {skip} below the minimum.</translation>
    </message>
    <message>
        <source>Interrotto: emessi {n} attestati, gli altri alla prossima emissione.</source>
        <translation>Stopped: {n} certificates issued, the others at the next run.</translation>
    </message>
    <message>
        <source>Il file è in {path}.</source>
        <translation>The file is in {path}.</translation>
    </message>
    <message>
        <source>Domanda</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Risposte</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Questionari: {n}.</source>
        <translation>Questionnaires: {n}.</translation>
    </message>
    <message>
        <source>Registrazione del questionario…</source>
        <translation>Recording the questionnaire…</translation>
    </message>
    <message>
        <source>Salvataggio…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Relazione n. {n} registrata tra i documenti.</source>
        <translation>Activity report no. {n} recorded among the documents.</translation>
    </message>
    <message>
        <source>Stampa della relazione…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <source>Scheda</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Incontri</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Questionari</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Piano di welfare</source>
        <translation>Welfare plan</translation>
    </message>
    <message>
        <source>Documenti</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Rapporto n. {n} registrato.</source>
        <translation>Report no. {n} recorded.</translation>
    </message>
    <message>
        <source>Incarico</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Impresa o rete</source>
        <translation>Firm or network</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Avvio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>{n} incarichi</source>
        <translation>{n} engagements</translation>
    </message>
    <message>
        <source>Tutti gli anni</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Imprese seguite</source>
        <translation>Firms assisted</translation>
    </message>
    <message>
        <source>Incarichi di consulenza</source>
        <translation>Consulting engagements</translation>
    </message>
    <message>
        <source>di cui reti di imprese</source>
        <translation>of which networks of firms</translation>
    </message>
    <message>
        <source>Ore di consulenza</source>
        <translation>Consulting hours</translation>
    </message>
    <message>
        <source>Risposte all&apos;indagine</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Piani adottati</source>
        <translation>Plans adopted</translation>
    </message>
    <message>
        <source>Lavoratrici coperte</source>
        <translation>Women workers covered</translation>
    </message>
    <message>
        <source>Lavoratori coperti</source>
        <translation>Men workers covered</translation>
    </message>
    <message>
        <source>Indicatore</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Categoria fiscale</source>
        <translation>Tax category</translation>
    </message>
    <message>
        <source>Misure</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Misure nei piani adottati, per categoria</source>
        <translation>Measures in adopted plans, by category</translation>
    </message>
    <message>
        <source>Esporta indicatori</source>
        <translation>Export indicators</translation>
    </message>
    <message>
        <source>Indicatori salvati in {p}.</source>
        <translation>Indicators saved to {p}.</translation>
    </message>
    <message>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Passi successivi</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Ore di consulenza: {h}</source>
        <translation>Consulting hours: {h}</translation>
    </message>
    <message>
        <source>Elimina incontro</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Eliminare l&apos;incontro «{t}»?</source>
        <translation>Delete the meeting ‘{t}’?</translation>
    </message>
    <message>
        <source>Servizio locale di un Comune o del Terzo settore</source>
        <translation>Local service of a municipality or of the third sector</translation>
    </message>
    <message>
        <source>Salva il piano per vedere trattamento fiscale e deducibilità.</source>
        <translation>Save the plan to see its tax treatment and deductibility.</translation>
    </message>
    <message>
        <source>&lt;b&gt;STIMA&lt;/b&gt; (non un conteggio di busta paga): rispetto a pagare lo stesso valore in retribuzione, {gain} netti in più per i lavoratori e {saving} di minor costo per l&apos;impresa.</source>
        <translation>&lt;b&gt;ESTIMATE&lt;/b&gt; (not a payroll calculation): compared with paying the same value as salary, {gain} more net for the workers and {saving} less cost for the firm.</translation>
    </message>
    <message>
        <source>€ per lavoratore</source>
        <translation>€ per worker</translation>
    </message>
    <message>
        <source>€ al giorno</source>
        <translation>€ per day</translation>
    </message>
    <message>
        <source>Lavoratori</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Figli a carico</source>
        <translation>Dependent children</translation>
    </message>
    <message>
        <source>Esito {y}</source>
        <translation>Outcome {y}</translation>
    </message>
    <message>
        <source>Regola applicata</source>
        <translation>Rule applied</translation>
    </message>
    <message>
        <source>Fonte</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Esente</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Tassato</source>
        <translation>Taxed</translation>
    </message>
    <message>
        <source>da calcolare</source>
        <translation>to be calculated</translation>
    </message>
    <message>
        <source>Servizio di {p}</source>
        <translation>Service of {p}</translation>
    </message>
    <message>
        <source>Calcolo del piano…</source>
        <translation>Calculating the plan…</translation>
    </message>
    <message>
        <source>Piano salvato.</source>
        <translation>Plan saved.</translation>
    </message>
    <message>
        <source>Documento n. {n} registrato.</source>
        <translation>Document no. {n} recorded.</translation>
    </message>
    <message>
        <source>Stampa…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Tutte le imprese</source>
        <translation>All firms</translation>
    </message>
    <message>
        <source>L&apos;impresa</source>
        <translation>The firm</translation>
    </message>
    <message>
        <source>Risposte: {n}</source>
        <translation>Answers: {n}</translation>
    </message>
    <message>
        <source>Meno di {m} risposte: per tutelare l&apos;anonimato non si mostrano risultati.</source>
        <translation>Fewer than {m} answers: results are not shown, to protect anonymity.</translation>
    </message>
    <message>
        <source>Categoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Interesse medio per categoria (1-5)</source>
        <translation>Mean interest by category (1-5)</translation>
    </message>
    <message>
        <source>Tutte le risposte</source>
        <translation>All answers</translation>
    </message>
    <message>
        <source>Interesse medio per sesso</source>
        <translation>Mean interest by sex</translation>
    </message>
    <message>
        <source>Non mostrati (meno di {m} risposte): {groups}.</source>
        <translation>Not shown (fewer than {m} answers): {groups}.</translation>
    </message>
    <message>
        <source>Stampa del rapporto…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <source>Importa le risposte all&apos;indagine</source>
        <translation>Import the survey answers</translation>
    </message>
    <message>
        <source>Colonne riconosciute: {columns}; la colonna «impresa» indica l&apos;impresa di una rete.</source>
        <translation>Recognised columns: {columns}; the ‘impresa’ column gives the firm of a network.</translation>
    </message>
    <message>
        <source>File delle risposte</source>
        <translation>Answers file</translation>
    </message>
    <message>
        <source>Lettura del file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Riga</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Colonna</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>{f}: {r} righe lette, {p} problemi. Nessuna risposta importata: correggi il file e controllalo di nuovo.</source>
        <translation>{f}: {r} rows read, {p} problems. No answer imported: correct the file and check it again.</translation>
    </message>
    <message>
        <source>{f}: {r} risposte corrette, pronte per l&apos;importazione.</source>
        <translation>{f}: {r} correct answers, ready to import.</translation>
    </message>
    <message>
        <source>{f}: {n} risposte importate.</source>
        <translation>{f}: {n} answers imported.</translation>
    </message>
    <message>
        <source>Non indicata</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Risposte registrate: {n}</source>
        <translation>Answers recorded: {n}</translation>
    </message>
    <message>
        <source>Premesso che</source>
        <translation>Whereas</translation>
    </message>
    <message>
        <source>[qui gli impegni e i contributi di ciascuna parte]</source>
        <translation>[here each party&apos;s obligations and contributions]</translation>
    </message>
    <message>
        <source>Modelli di accordo</source>
        <translation>Agreement templates</translation>
    </message>
    <message>
        <source>Il testo modificato non è stato salvato: lasciarlo?</source>
        <translation>The changed text has not been saved: leave it?</translation>
    </message>
    <message>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Salvata il</source>
        <translation>Saved on</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>Accordi</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In uso: versione {n} del {day}</source>
        <translation>In use: version {n} of {day}</translation>
    </message>
    <message>
        <source>In uso: testo predefinito</source>
        <translation>In use: built-in text</translation>
    </message>
    <message>
        <source>Il testo modificato non è stato salvato: sostituirlo con quello della versione scelta?</source>
        <translation>The changed text has not been saved: replace it with the chosen version&apos;s?</translation>
    </message>
    <message>
        <source>Testo della versione {n} ripreso: salvalo per renderlo quello in uso.</source>
        <translation>Text of version {n} taken up: save it to make it the one in use.</translation>
    </message>
    <message>
        <source>Anteprima del PDF…</source>
        <translation>PDF preview…</translation>
    </message>
    <message>
        <source>Salvataggio del modello…</source>
        <translation>Saving the template…</translation>
    </message>
    <message>
        <source>Salvata la versione {n}: i nuovi accordi partono da questo testo.</source>
        <translation>Version {n} saved: new agreements start from this text.</translation>
    </message>
    <message>
        <source>Promemoria salvati: firme in attesa da più di {p} giorni, scadenze entro {e} giorni.</source>
        <translation>Reminders saved: signatures pending for more than {p} days, expiries within {e} days.</translation>
    </message>
    <message>
        <source>&amp;6 Eventi e formazione</source>
        <translation>&amp;6 Events and training</translation>
    </message>
    <message>
        <source>&amp;7 Rete e welfare</source>
        <translation>&amp;7 Network and welfare</translation>
    </message>
    <message>
        <source>&amp;7 Eventi e formazione</source>
        <translation>&amp;7 Events and training</translation>
    </message>
    <message>
        <source>Donne</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Uomini</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Non indicato</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>fino a 17</source>
        <translation>up to 17</translation>
    </message>
    <message>
        <source>65 e oltre</source>
        <translation>65 and over</translation>
    </message>
    <message>
        <source>non indicata</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Iscrivi</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Salva i dati</source>
        <translation>Save the data</translation>
    </message>
    <message>
        <source>Completa o correggi i dati di {name}, poi Invio; Esc torna all&apos;iscrizione.</source>
        <translation>Complete or correct {name}&apos;s data, then Enter; Esc goes back to registering.</translation>
    </message>
    <message>
        <source>Dati di {name} salvati.</source>
        <translation>{name}&apos;s data saved.</translation>
    </message>
    <message>
        <source>Modifica annullata: nulla è stato salvato.</source>
        <translation>Change cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Receduto il</source>
        <translation>Withdrew on</translation>
    </message>
    <message>
        <source>Accordi: {n}</source>
        <translation>Agreements: {n}</translation>
    </message>
    <message>
        <source>fatto</source>
        <translation>done</translation>
    </message>
    <message>
        <source>entro il {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>Sintesi</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Prossimo passo</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Prossimo passo entro</source>
        <translation>Next step by</translation>
    </message>
    <message>
        <source>Contatti con l&apos;agente di rete</source>
        <translation>Contacts with the network agent</translation>
    </message>
    <message>
        <source>Contatti: {n}</source>
        <translation>Contacts: {n}</translation>
    </message>
    <message>
        <source>Buone pratiche: {n}</source>
        <translation>Good practices: {n}</translation>
    </message>
    <message>
        <source>Incarichi: {n}</source>
        <translation>Engagements: {n}</translation>
    </message>
    <message>
        <source>Ele&amp;nco</source>
        <translation>L&amp;ist</translation>
    </message>
    <message>
        <source>Buone pratiche</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <source>Apr&amp;i</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Rete di imprese</source>
        <translation>Network of firms</translation>
    </message>
    <message>
        <source>Consulente</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Consulenza welfare</source>
        <translation>Welfare consulting</translation>
    </message>
    <message>
        <source>Righe: {n}</source>
        <translation>Rows: {n}</translation>
    </message>
    <message>
        <source>Elenco non disponibile</source>
        <translation>List not available</translation>
    </message>
    <message>
        <source>Organizzatore</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Persone formate</source>
        <translation>People trained</translation>
    </message>
    <message>
        <source>A&amp;pri l&apos;evento</source>
        <translation>Ope&amp;n the event</translation>
    </message>
    <message>
        <source>Apri la pers&amp;ona</source>
        <translation>Open the &amp;person</translation>
    </message>
    <message>
        <source>Iscritta all&apos;evento senza scheda in anagrafica: la scheda si completa dall&apos;evento.</source>
        <translation>Registered at the event without a registry record: the record is completed from the event.</translation>
    </message>
    <message>
        <source>Partecipazioni: {n}</source>
        <translation>Registrations: {n}</translation>
    </message>
    <message>
        <source>Eventi: {n}</source>
        <translation>Events: {n}</translation>
    </message>
    <message>
        <source>Evento</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Ruolo dell&apos;ente</source>
        <translation>Organisation&apos;s role</translation>
    </message>
    <message>
        <source>Partecipanti dell&apos;ente</source>
        <translation>Participants from it</translation>
    </message>
    <message>
        <source>Eventi organizzati o come partner</source>
        <translation>Events organised or as a partner</translation>
    </message>
    <message>
        <source>Apr&amp;i l&apos;attestato</source>
        <translation>Open the cert&amp;ificate</translation>
    </message>
    <message>
        <source>Ore frequentate</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Eventi e corsi</source>
        <translation>Events and courses</translation>
    </message>
    <message>
        <source>Iscrizioni: {n}</source>
        <translation>Registrations: {n}</translation>
    </message>
    <message>
        <source>Apri un kit da campo</source>
        <translation>Open a field kit</translation>
    </message>
    <message>
        <source>Kit da campo (*.eqk)</source>
        <translation>Field kits (*.eqk)</translation>
    </message>
    <message>
        <source>Apri un &amp;kit da campo…</source>
        <translation>Open a field &amp;kit…</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sul campo</source>
        <translation>In the field</translation>
    </message>
    <message>
        <source>Nel kit</source>
        <translation>In the kit</translation>
    </message>
    <message>
        <source>In ufficio</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>Scelta</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>In anagrafica</source>
        <translation>In the registry</translation>
    </message>
    <message>
        <source>Somiglianza</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Tieni il campo</source>
        <translation>Keep the field value</translation>
    </message>
    <message>
        <source>Tieni l&apos;ufficio</source>
        <translation>Keep the office value</translation>
    </message>
    <message>
        <source>Dove salvare il kit</source>
        <translation>Where to save the kit</translation>
    </message>
    <message>
        <source>Scegli il pacchetto di rientro</source>
        <translation>Choose the return package</translation>
    </message>
    <message>
        <source>Pacchetti di rientro (*.eqr);;Tutti i file (*)</source>
        <translation>Return packages (*.eqr);;All files (*)</translation>
    </message>
    <message>
        <source>Dove salvare il resoconto</source>
        <translation>Where to save the report</translation>
    </message>
    <message>
        <source>Fogli Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Frase segreta del kit</source>
        <translation>Kit passphrase</translation>
    </message>
    <message>
        <source>Preparazione del kit…</source>
        <translation>Preparing the kit…</translation>
    </message>
    <message>
        <source>Kit non preparato</source>
        <translation>Kit not prepared</translation>
    </message>
    <message>
        <source>Kit pronto</source>
        <translation>Kit ready</translation>
    </message>
    <message>
        <source>{path}
{sessions} sessioni, {lookup} persone iscritte per il riconoscimento, utente {user}.
Comunica la frase segreta a voce, mai insieme al file.</source>
        <translation>{path}
{sessions} sessions, {lookup} registered people for recognition, user {user}.
Tell the passphrase in person, never together with the file.</translation>
    </message>
    <message>
        <source>Frase segreta del pacchetto</source>
        <translation>Package passphrase</translation>
    </message>
    <message>
        <source>Verifica e prova del pacchetto…</source>
        <translation>Checking and rehearsing the package…</translation>
    </message>
    <message>
        <source>Pacchetto rifiutato</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <source>{path} — evento «{event}»: prova eseguita, nulla è stato scritto.</source>
        <translation>{path} — event ‘{event}’: dry run done, nothing was written.</translation>
    </message>
    <message>
        <source>deciso: {what}</source>
        <translation>decided: {what}</translation>
    </message>
    <message>
        <source>stessa persona</source>
        <translation>same person</translation>
    </message>
    <message>
        <source>persona nuova</source>
        <translation>new person</translation>
    </message>
    <message>
        <source>deciso</source>
        <translation>decided</translation>
    </message>
    <message>
        <source> — da decidere: {n}</source>
        <translation> — to decide: {n}</translation>
    </message>
    <message>
        <source>Resoconto salvato: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Resoconto…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Unire il pacchetto?</source>
        <translation>Merge the package?</translation>
    </message>
    <message>
        <source>Le iscrizioni, le presenze e le note del portatile entrano nel database con le scelte fatte, in un&apos;unica operazione.</source>
        <translation>The laptop&apos;s registrations, attendance and notes enter the database with the choices made, in a single operation.</translation>
    </message>
    <message>
        <source>Unione del pacchetto…</source>
        <translation>Merging the package…</translation>
    </message>
    <message>
        <source>Unione non eseguita</source>
        <translation>Merge not done</translation>
    </message>
    <message>
        <source>Unione eseguita. Codice di ricevuta per il portatile: {code}</source>
        <translation>Merge done. Receipt code for the laptop: {code}</translation>
    </message>
    <message>
        <source>CAMPO — {event} — {app}</source>
        <translation>FIELD — {event} — {app}</translation>
    </message>
    <message>
        <source>CAMPO · {event} · lavora {user} · dati cifrati su questo portatile</source>
        <translation>FIELD · {event} · working: {user} · data encrypted on this laptop</translation>
    </message>
    <message>
        <source>&amp;1 Iscrizioni, consensi e note</source>
        <translation>&amp;1 Registrations, consents and notes</translation>
    </message>
    <message>
        <source>&amp;2 Presenze</source>
        <translation>&amp;2 Attendance</translation>
    </message>
    <message>
        <source>&amp;3 Rientro in ufficio</source>
        <translation>&amp;3 Return to the office</translation>
    </message>
    <message>
        <source>Dati cancellati</source>
        <translation>Data deleted</translation>
    </message>
    <message>
        <source>L&apos;ufficio ha ricevuto tutto: i dati dell&apos;evento sono stati cancellati da questo portatile.</source>
        <translation>The office has received everything: the event&apos;s data has been deleted from this laptop.</translation>
    </message>
    <message>
        <source>Iscrizione non confermata</source>
        <translation>Registration not confirmed</translation>
    </message>
    <message>
        <source>Nel modulo c&apos;è un&apos;iscrizione non ancora confermata. Chiudere comunque?</source>
        <translation>The form holds a registration not yet confirmed. Close anyway?</translation>
    </message>
    <message>
        <source>Kit da campo: {name}</source>
        <translation>Field kit: {name}</translation>
    </message>
    <message>
        <source>Apertura del kit e dei dati del portatile…</source>
        <translation>Opening the kit and the laptop&apos;s data…</translation>
    </message>
    <message>
        <source>Kit non aperto</source>
        <translation>Kit not opened</translation>
    </message>
    <message>
        <source>&amp;Frase segreta</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Ripeti la frase</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <source>Le due frasi non coincidono.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Scrivi la frase segreta.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Versione {version}. {text}</source>
        <translation>Version {version}. {text}</translation>
    </message>
    <message>
        <source>Iscrizioni all&apos;evento: {n}</source>
        <translation>Registrations for the event: {n}</translation>
    </message>
    <message>
        <source>Salvataggio dell&apos;iscrizione…</source>
        <translation>Saving the registration…</translation>
    </message>
    <message>
        <source>Iscrizione non salvata</source>
        <translation>Registration not saved</translation>
    </message>
    <message>
        <source>{name} era già iscritta/o: iscrizione completata.</source>
        <translation>{name} was already registered: registration completed.</translation>
    </message>
    <message>
        <source>{name} iscritta/o e salvata/o.</source>
        <translation>{name} registered and saved.</translation>
    </message>
    <message>
        <source>Seleziona prima una persona nell&apos;elenco.</source>
        <translation>First select a person in the list.</translation>
    </message>
    <message>
        <source>Consensi di {name} salvati.</source>
        <translation>Consents of {name} saved.</translation>
    </message>
    <message>
        <source>Salvataggio dei consensi…</source>
        <translation>Saving the consents…</translation>
    </message>
    <message>
        <source>Salvataggio della nota…</source>
        <translation>Saving the note…</translation>
    </message>
    <message>
        <source>Dove salvare il pacchetto di rientro</source>
        <translation>Where to save the return package</translation>
    </message>
    <message>
        <source>Pacchetti di rientro (*.eqr)</source>
        <translation>Return packages (*.eqr)</translation>
    </message>
    <message>
        <source>Sul portatile: {p} iscrizioni, {a} presenze, {n} note.</source>
        <translation>On the laptop: {p} registrations, {a} attendance marks, {n} notes.</translation>
    </message>
    <message>
        <source>Nessun pacchetto di rientro ancora preparato.</source>
        <translation>No return package prepared yet.</translation>
    </message>
    <message>
        <source>Ultimo pacchetto: {path} ({at}). Dopo di allora ci sono altre registrazioni: prepara un nuovo pacchetto prima di chiedere la ricevuta.</source>
        <translation>Last package: {path} ({at}). More has been recorded since: prepare a new package before asking for the receipt.</translation>
    </message>
    <message>
        <source>Ultimo pacchetto: {path} ({at}), completo: portalo in ufficio.</source>
        <translation>Last package: {path} ({at}), complete: take it to the office.</translation>
    </message>
    <message>
        <source>Preparazione del pacchetto di rientro…</source>
        <translation>Preparing the return package…</translation>
    </message>
    <message>
        <source>Pacchetto non preparato</source>
        <translation>Package not prepared</translation>
    </message>
    <message>
        <source>Pacchetto di rientro pronto</source>
        <translation>Return package ready</translation>
    </message>
    <message>
        <source>{path}
{p} iscrizioni, {a} presenze, {n} note. I dati restano sul portatile fino al codice di ricevuta dell&apos;ufficio.</source>
        <translation>{path}
{p} registrations, {a} attendance marks, {n} notes. The data stays on the laptop until the office&apos;s receipt code.</translation>
    </message>
    <message>
        <source>Cancellare i dati del portatile?</source>
        <translation>Delete the laptop&apos;s data?</translation>
    </message>
    <message>
        <source>Con la ricevuta dell&apos;ufficio i dati di questo evento vengono cancellati dal portatile. Il programma si chiude.</source>
        <translation>With the office&apos;s receipt the data of this event is deleted from the laptop. The program closes.</translation>
    </message>
    <message>
        <source>Cancella i dati</source>
        <translation>Delete the data</translation>
    </message>
    <message>
        <source>Verifica della ricevuta…</source>
        <translation>Checking the receipt…</translation>
    </message>
    <message>
        <source>Ricevuta non accettata</source>
        <translation>Receipt not accepted</translation>
    </message>
    <message>
        <source>Registrata da</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Fase non registrata</source>
        <translation>Stage not recorded</translation>
    </message>
    <message>
        <source>Spazio</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Posti</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Infanzia</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>nessuna</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Convenzioni del gestore (modulo Accordi): {a}</source>
        <translation>The operator&apos;s conventions (Agreements module): {a}</translation>
    </message>
    <message>
        <source>Forma</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Spazio non salvato</source>
        <translation>Space not saved</translation>
    </message>
    <message>
        <source>Postazione non registrata</source>
        <translation>Seat not recorded</translation>
    </message>
    <message>
        <source>Esportata</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Inviata</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>{n} comunicazioni da inviare, {late} scadute.</source>
        <translation>{n} communications to send, {late} overdue.</translation>
    </message>
    <message>
        <source>Testo separato da punto e virgola (*.csv)</source>
        <translation>Semicolon-separated text (*.csv)</translation>
    </message>
    <message>
        <source>Esporta per il Ministero</source>
        <translation>Export for the Ministry</translation>
    </message>
    <message>
        <source>{n} comunicazioni salvate in {p}.</source>
        <translation>{n} communications saved in {p}.</translation>
    </message>
    <message>
        <source>Registra l&apos;invio</source>
        <translation>Record the sending</translation>
    </message>
    <message>
        <source>Scegli una comunicazione nell&apos;elenco.</source>
        <translation>Choose a communication in the list.</translation>
    </message>
    <message>
        <source>Invio non registrato</source>
        <translation>Sending not recorded</translation>
    </message>
    <message>
        <source>Tutte le fasi</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Percorso</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Valutazione</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Regolamento</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Comunicazioni al Ministero</source>
        <translation>Ministry communications</translation>
    </message>
    <message>
        <source>Impresa o ente</source>
        <translation>Firm or body</translation>
    </message>
    <message>
        <source>Invii</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>{n} percorsi</source>
        <translation>{n} pathways</translation>
    </message>
    <message>
        <source>non mostrato (meno di 5)</source>
        <translation>not shown (fewer than 5)</translation>
    </message>
    <message>
        <source>Organizzazioni in percorso</source>
        <translation>Organisations on a pathway</translation>
    </message>
    <message>
        <source>con regolamento adottato</source>
        <translation>with an adopted regulation</translation>
    </message>
    <message>
        <source>Accordi individuali</source>
        <translation>Individual agreements</translation>
    </message>
    <message>
        <source>Giornate agili a settimana</source>
        <translation>Agile days a week</translation>
    </message>
    <message>
        <source>Ore di viaggio risparmiate a settimana</source>
        <translation>Commuting hours saved a week</translation>
    </message>
    <message>
        <source>Km risparmiati a settimana</source>
        <translation>Km saved a week</translation>
    </message>
    <message>
        <source>Comunicazioni da inviare</source>
        <translation>Communications to send</translation>
    </message>
    <message>
        <source>Comunicazioni in ritardo</source>
        <translation>Late communications</translation>
    </message>
    <message>
        <source>Postazioni e voucher di coworking</source>
        <translation>Coworking seats and vouchers</translation>
    </message>
    <message>
        <source>Organizzazioni per fase</source>
        <translation>Organisations by stage</translation>
    </message>
    <message>
        <source>Organizzazioni</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Sesso: gruppi sotto 5</source>
        <translation>Sex: groups under 5</translation>
    </message>
    <message>
        <source>Priorità: gruppi sotto 5</source>
        <translation>Priority: groups under 5</translation>
    </message>
    <message>
        <source>Lavoratori con accordo in corso</source>
        <translation>Workers with an agreement in force</translation>
    </message>
    <message>
        <source>Benessere</source>
        <translation>Well-being</translation>
    </message>
    <message>
        <source>Equilibrio vita-lavoro</source>
        <translation>Work-life balance</translation>
    </message>
    <message>
        <source>Organizzazione</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Questionari: prima e dopo (1–5)</source>
        <translation>Questionnaires: before and after (1–5)</translation>
    </message>
    <message>
        <source>Prima</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Dopo</source>
        <translation>After</translation>
    </message>
    <message>
        <source> anni</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Lavoratore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Giorni agili</source>
        <translation>Agile days</translation>
    </message>
    <message>
        <source>Priorità</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Stampato</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>{n} accordi, {p} stampati</source>
        <translation>{n} agreements, {p} printed</translation>
    </message>
    <message>
        <source>Accordo non salvato</source>
        <translation>Agreement not saved</translation>
    </message>
    <message>
        <source>Stampa non eseguita</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Impostazione non salvata</source>
        <translation>Setting not saved</translation>
    </message>
    <message>
        <source>Valutazione non salvata</source>
        <translation>Assessment not saved</translation>
    </message>
    <message>
        <source>Lavoro agile: comunicazioni al Ministero in scadenza</source>
        <translation>Agile work: Ministry communications falling due</translation>
    </message>
    <message>
        <source>Altri lavoratori</source>
        <translation>Other workers</translation>
    </message>
    <message>
        <source>Categorie prioritarie (art. 18 c. 3-bis)</source>
        <translation>Priority categories (art. 18 c. 3-bis)</translation>
    </message>
    <message>
        <source>meno di {n}</source>
        <translation>fewer than {n}</translation>
    </message>
    <message>
        <source>Donna</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Uomo</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Questionario non salvato</source>
        <translation>Questionnaire not saved</translation>
    </message>
    <message>
        <source>Medie dei questionari (gruppi con meno di {n} persone non mostrati). Gruppi nascosti: {h}.</source>
        <translation>Questionnaire averages (groups of fewer than {n} people not shown). Hidden groups: {h}.</translation>
    </message>
    <message>
        <source>Nessun questionario.</source>
        <translation>No questionnaires.</translation>
    </message>
    <message>
        <source>Equilibrio</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Ore/sett.</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <source>Km/sett.</source>
        <translation>Km/week</translation>
    </message>
    <message>
        <source>Regolamento non salvato</source>
        <translation>Regulation not saved</translation>
    </message>
    <message>
        <source>Recesso dall&apos;accordo</source>
        <translation>Withdrawal from the agreement</translation>
    </message>
    <message>
        <source>Recesso dall&apos;accordo di {name}: il preavviso deve rispettare l&apos;accordo e la legge, salvo giustificato motivo.</source>
        <translation>Withdrawal from {name}&apos;s agreement: the notice must respect the agreement and the law, unless for justified cause.</translation>
    </message>
    <message>
        <source>&amp;Registra il recesso</source>
        <translation>&amp;Record the withdrawal</translation>
    </message>
    <message>
        <source>Indica la data.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>Recesso non registrato</source>
        <translation>Withdrawal not recorded</translation>
    </message>
    <message>
        <source>Le verifiche si calcolano la prima volta con «Avvia istruttoria»; poi qui si ricalcolano.</source>
        <translation>«Start eligibility check» computes the checks the first time; after that they are recomputed here.</translation>
    </message>
    <message>
        <source>1 comune scelto su {total}</source>
        <translation>1 municipality chosen out of {total}</translation>
    </message>
    <message>
        <source>Non aspettare</source>
        <translation>Do not wait</translation>
    </message>
    <message>
        <source>Chiusura precedente in corso</source>
        <translation>Previous session closing</translation>
    </message>
    <message>
        <source>Calcolo dell&apos;anteprima della graduatoria…</source>
        <translation>Computing the ranking preview…</translation>
    </message>
    <message>
        <source>oltre {count}</source>
        <translation>more than {count}</translation>
    </message>
    <message>
        <source>Conteggio dei risultati…</source>
        <translation>Counting the results…</translation>
    </message>
    <message>
        <source>Conteggio non eseguito</source>
        <translation>Count not done</translation>
    </message>
    <message>
        <source>&amp;8 De minimis e RNA</source>
        <translation>&amp;8 De minimis and RNA</translation>
    </message>
    <message>
        <source>Verbale: segretario e sedute…</source>
        <translation>Minutes: secretary and sittings…</translation>
    </message>
    <message>
        <source>Informativa privacy alle richiedenti…</source>
        <translation>Privacy notice to applicants…</translation>
    </message>
    <message>
        <source>Minimo</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Riservato</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Punteggio minimo del criterio: sotto questo la domanda non è ammessa. Vuoto: nessun minimo.</source>
        <translation>Minimum score of the criterion: below it the application is not admitted. Empty: no minimum.</translation>
    </message>
    <message>
        <source>I punteggi del criterio possono rivelare situazioni di disagio: nel verbale vanno solo nell&apos;allegato riservato.</source>
        <translation>The criterion&apos;s scores may reveal hardship: in the minutes they go only in the restricted annex.</translation>
    </message>
    <message>
        <source>Scrivi un numero come minimo nella riga {rows}, o lascialo vuoto.</source>
        <translation>Write a number as the minimum in row {rows}, or leave it empty.</translation>
    </message>
    <message>
        <source>&amp;Pubblicata all&apos;Albo dal</source>
        <translation>&amp;Published on the notice board from</translation>
    </message>
    <message>
        <source>Indica la data di pubblicazione.</source>
        <translation>Give the publication date.</translation>
    </message>
    <message>
        <source>La pubblicazione non può essere nel futuro.</source>
        <translation>The publication cannot be in the future.</translation>
    </message>
    <message>
        <source>La pubblicazione non può precedere la graduatoria ({day}).</source>
        <translation>The publication cannot come before the ranking ({day}).</translation>
    </message>
    <message>
        <source>Salva la domanda prima di registrare il codice COR.</source>
        <translation>Save the application before recording the COR code.</translation>
    </message>
    <message>
        <source>Codice COR registrato: la determinazione e la comunicazione lo riportano.</source>
        <translation>COR code recorded: the decision and the letter print it.</translation>
    </message>
    <message>
        <source>Il codice COR si ottiene registrando l&apos;aiuto nel Registro nazionale aiuti prima della concessione (D.M. 115/2017, art. 9).</source>
        <translation>The COR code is obtained by registering the aid in the national state-aid register before the grant (D.M. 115/2017, art. 9).</translation>
    </message>
    <message>
        <source>Registrazione del codice COR</source>
        <translation>Recording the COR code</translation>
    </message>
    <message>
        <source>Codice COR non registrato</source>
        <translation>COR code not recorded</translation>
    </message>
    <message>
        <source>Avvio del procedimento di revoca</source>
        <translation>Opening of the revocation procedure</translation>
    </message>
    <message>
        <source>La comunicazione di avvio dice all&apos;impresa perché si intende revocare il contributo e le dà un termine per presentare controdeduzioni (artt. 7-8 L. 241/1990). La revoca si adotta dopo il termine e risponde alle controdeduzioni.</source>
        <translation>The notice tells the firm why the grant is to be revoked and gives it a term for counter-arguments (artt. 7-8 L. 241/1990). The revocation is adopted after the term and answers the counter-arguments.</translation>
    </message>
    <message>
        <source> giorni</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Motivo: impresa &amp;non costituita nei termini</source>
        <translation>Reason: firm &amp;not constituted in time</translation>
    </message>
    <message>
        <source>&amp;Data della comunicazione</source>
        <translation>&amp;Date of the notice</translation>
    </message>
    <message>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Termine per le controdeduzioni</source>
        <translation>&amp;Term for counter-arguments</translation>
    </message>
    <message>
        <source>Registra l&apos;avvio</source>
        <translation>Record the notice</translation>
    </message>
    <message>
        <source>Avvio della revoca non registrato</source>
        <translation>Revocation notice not recorded</translation>
    </message>
    <message>
        <source>Controdeduzioni e risposta</source>
        <translation>Counter-arguments and answer</translation>
    </message>
    <message>
        <source>&amp;Controdeduzioni dell&apos;impresa</source>
        <translation>The firm&apos;s &amp;counter-arguments</translation>
    </message>
    <message>
        <source>&amp;Risposta nel provvedimento</source>
        <translation>&amp;Answer in the act</translation>
    </message>
    <message>
        <source>Il provvedimento di revoca riporta le controdeduzioni presentate e la risposta dell&apos;ufficio (art. 10 L. 241/1990).</source>
        <translation>The revocation act states the counter-arguments presented and the office&apos;s answer (art. 10 L. 241/1990).</translation>
    </message>
    <message>
        <source>Controdeduzioni non salvate</source>
        <translation>Counter-arguments not saved</translation>
    </message>
    <message>
        <source>Avvia il procedi&amp;mento di revoca…</source>
        <translation>Open the revocation procedure (&amp;m)…</translation>
    </message>
    <message>
        <source>Controdeduzioni…</source>
        <translation>Counter-arguments…</translation>
    </message>
    <message>
        <source>Prima della revoca si comunica all&apos;impresa l&apos;avvio del procedimento.</source>
        <translation>Before the revocation the firm is notified that the procedure is opened.</translation>
    </message>
    <message>
        <source>Avvio del procedimento comunicato il {day}: controdeduzioni entro {days} giorni dal ricevimento (non prima del {end}).</source>
        <translation>Procedure opened on {day}: counter-arguments within {days} days of receipt (not before {end}).</translation>
    </message>
    <message>
        <source>Verbale della commissione</source>
        <translation>Commission minutes</translation>
    </message>
    <message>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Luogo (se diverso)</source>
        <translation>Place (if different)</translation>
    </message>
    <message>
        <source>Aggiungi &amp;seduta</source>
        <translation>Add &amp;sitting</translation>
    </message>
    <message>
        <source>&amp;Togli seduta</source>
        <translation>&amp;Remove sitting</translation>
    </message>
    <message>
        <source>Segretario &amp;verbalizzante</source>
        <translation>Minute-taking &amp;secretary</translation>
    </message>
    <message>
        <source>&amp;Luogo delle sedute</source>
        <translation>&amp;Place of the sittings</translation>
    </message>
    <message>
        <source>Sedute (giorno gg/mm/aaaa, orari hh:mm): il verbale le riporta.</source>
        <translation>Sittings (day dd/mm/yyyy, times hh:mm): the minutes print them.</translation>
    </message>
    <message>
        <source>Riga {row}: scrivi il giorno come gg/mm/aaaa e gli orari come hh:mm.</source>
        <translation>Row {row}: write the day as dd/mm/yyyy and the times as hh:mm.</translation>
    </message>
    <message>
        <source>Salvataggio del verbale</source>
        <translation>Saving the minutes&apos; details</translation>
    </message>
    <message>
        <source>Dati del verbale non salvati</source>
        <translation>Minutes&apos; details not saved</translation>
    </message>
    <message>
        <source>Sc&amp;hema dell&apos;atto di liquidazione</source>
        <translation>Draft of the payment act (&amp;q)</translation>
    </message>
    <message>
        <source>Genera la bozza dell&apos;atto di liquidazione della tranche scelta: la trovi nei documenti della domanda.</source>
        <translation>Drafts the payment act of the chosen tranche: you find it among the application&apos;s documents.</translation>
    </message>
    <message>
        <source>Atto di liquidazione</source>
        <translation>Payment act</translation>
    </message>
    <message>
        <source>Atto di liquidazione non generato</source>
        <translation>Payment act not generated</translation>
    </message>
    <message>
        <source>Atto di liquidazione n. {number} generato: è nei documenti della domanda.</source>
        <translation>Payment act no. {number} generated: it is among the application&apos;s documents.</translation>
    </message>
    <message>
        <source>Informativa privacy alle richiedenti</source>
        <translation>Privacy notice to applicants</translation>
    </message>
    <message>
        <source>es. 2/2026: la versione registrata in anagrafica</source>
        <translation>e.g. 2/2026: the version recorded in the registry</translation>
    </message>
    <message>
        <source>&amp;Contatto del DPO</source>
        <translation>DPO &amp;contact</translation>
    </message>
    <message>
        <source>&amp;Versione dell&apos;informativa</source>
        <translation>Notice &amp;version</translation>
    </message>
    <message>
        <source>C&amp;onservazione dei dati</source>
        <translation>Data ret&amp;ention</translation>
    </message>
    <message>
        <source>Salvataggio dell&apos;informativa</source>
        <translation>Saving the privacy notice</translation>
    </message>
    <message>
        <source>Informativa non salvata</source>
        <translation>Privacy notice not saved</translation>
    </message>
    <message>
        <source>Attenzione: forse è già nell&apos;elenco come {names} (nome simile, stessa data di nascita o stesso comune). Controlla con la persona: se è lei/lui, annota il doppione per l&apos;ufficio.</source>
        <translation>Careful: this may be {names}, already in the list (similar name, same date of birth or same municipality). Check with the person: if it is her/him, note the duplicate for the office.</translation>
    </message>
    <message>
        <source>nuova</source>
        <translation>new</translation>
    </message>
    <message>
        <source>collegata all&apos;anagrafica</source>
        <translation>linked to the registry</translation>
    </message>
    <message>
        <source>unita a un&apos;iscrizione già presente</source>
        <translation>folded into an existing registration</translation>
    </message>
    <message>
        <source>aggiornata</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>già unita, nessuna modifica</source>
        <translation>already merged, no change</translation>
    </message>
    <message>
        <source>conflitto da decidere</source>
        <translation>conflict to decide</translation>
    </message>
    <message>
        <source>possibile corrispondenza da decidere</source>
        <translation>possible match to decide</translation>
    </message>
    <message>
        <source>scartata</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>iscrizione</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>presenza</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>nota</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Stato dell&apos;iscrizione</source>
        <translation>Registration status</translation>
    </message>
    <message>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Informativa ricevuta il</source>
        <translation>Privacy notice received on</translation>
    </message>
    <message>
        <source>Consenso foto e video</source>
        <translation>Photo and video consent</translation>
    </message>
    <message>
        <source>Consenso comunicazioni</source>
        <translation>Newsletter consent</translation>
    </message>
    <message>
        <source>Consensi raccolti il</source>
        <translation>Consents collected on</translation>
    </message>
    <message>
        <source>Consensi raccolti da</source>
        <translation>Consents collected by</translation>
    </message>
    <message>
        <source>Presenza</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>modificato sia in ufficio sia sul campo: {fields}</source>
        <translation>changed both in the office and in the field: {fields}</translation>
    </message>
    <message>
        <source>persone simili in anagrafica: {n}</source>
        <translation>similar people in the registry: {n}</translation>
    </message>
    <message>
        <source>Postazione non salvata</source>
        <translation>Seat not saved</translation>
    </message>
    <message>
        <source>Eliminare la postazione?</source>
        <translation>Delete the seat?</translation>
    </message>
    <message>
        <source>{kind} di {person} dal {start} al {end}: la registrazione sarà eliminata.</source>
        <translation>{kind} of {person} from {start} to {end}: the record will be deleted.</translation>
    </message>
    <message>
        <source>&amp;Elimina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Postazione non eliminata</source>
        <translation>Seat not deleted</translation>
    </message>
    <message>
        <source>Annullare la comunicazione?</source>
        <translation>Cancel the communication?</translation>
    </message>
    <message>
        <source>La comunicazione di {kind} per {worker} (ricevuta {receipt}) è stata inviata per errore: si prepara l&apos;annullamento da inviare al Ministero.</source>
        <translation>The {kind} communication for {worker} (receipt {receipt}) was sent by mistake: a cancellation to send to the Ministry is prepared.</translation>
    </message>
    <message>
        <source>Prepara l&apos;&amp;annullamento</source>
        <translation>Prepare the &amp;cancellation</translation>
    </message>
    <message>
        <source>Annullamento non registrato</source>
        <translation>Cancellation not recorded</translation>
    </message>
    <message>
        <source>{organisation}: comunicazione di {kind} per {worker} scaduta il {day}</source>
        <translation>{organisation}: {kind} communication for {worker} overdue since {day}</translation>
    </message>
    <message>
        <source>{organisation}: comunicazione di {kind} per {worker} entro il {day}</source>
        <translation>{organisation}: {kind} communication for {worker} due by {day}</translation>
    </message>
    <message>
        <source>Momento</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Inserito il</source>
        <translation>Entered on</translation>
    </message>
    <message>
        <source>Eliminare il questionario?</source>
        <translation>Delete the questionnaire?</translation>
    </message>
    <message>
        <source>Il questionario n. {n} ({phase}, inserito il {day}) esce dalle medie.</source>
        <translation>Questionnaire no. {n} ({phase}, entered on {day}) leaves the averages.</translation>
    </message>
    <message>
        <source>Questionario non eliminato</source>
        <translation>Questionnaire not deleted</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>Righe elaborate: {done} di circa {total}</source>
        <translation>Rows processed: {done} of about {total}</translation>
    </message>
    <message>
        <source>Righe elaborate: {done}</source>
        <translation>Rows processed: {done}</translation>
    </message>
    <message>
        <source>tempo rimanente: circa {left}</source>
        <translation>time left: about {left}</translation>
    </message>
    <message>
        <source>Un contributo parziale non accettato entro il termine è decaduto: disponibile per lo scorrimento.</source>
        <translation>A partial grant not accepted within the term has lapsed: available for the ranking slide.</translation>
    </message>
    <message>
        <source>{n} contributi parziali non accettati entro il termine sono decaduti: disponibili per lo scorrimento.</source>
        <translation>{n} partial grants not accepted within the term have lapsed: available for the ranking slide.</translation>
    </message>
    <message>
        <source>Termini di accettazione alla data d&apos;ufficio…</source>
        <translation>Acceptance terms at the office date…</translation>
    </message>
</context>
<context>
    <name>AgreementsForm</name>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>codice o titolo</source>
        <translation>code or title</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>S&amp;tato</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Sett&amp;ore</source>
        <translation>Sect&amp;or</translation>
    </message>
    <message>
        <source>&amp;Esporta .xlsx…</source>
        <translation>&amp;Export .xlsx…</translation>
    </message>
    <message>
        <source>&amp;Nuovo accordo</source>
        <translation>&amp;New agreement</translation>
    </message>
    <message>
        <source>Dati</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ti&amp;po</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>T&amp;itolo</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Oggetto</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>&amp;Decorrenza</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Sca&amp;denza</source>
        <translation>E&amp;xpiry</translation>
    </message>
    <message>
        <source>Prea&amp;vviso recesso (giorni)</source>
        <translation>Withdrawal &amp;notice (days)</translation>
    </message>
    <message>
        <source>Rinnovo &amp;tacito</source>
        <translation>&amp;Tacit renewal</translation>
    </message>
    <message>
        <source> mesi</source>
        <translation> months</translation>
    </message>
    <message>
        <source>C&amp;UP</source>
        <translation>C&amp;UP</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Accordo &amp;interno / istruzioni</source>
        <translation>&amp;Internal arrangement / instructions</translation>
    </message>
    <message>
        <source>Co&amp;mitato di indirizzo</source>
        <translation>Steering co&amp;mmittee</translation>
    </message>
    <message>
        <source>un componente per riga: Nome Cognome – ruolo</source>
        <translation>one member per line: First Last – role</translation>
    </message>
    <message>
        <source>Parti</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>&amp;Ente</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Ruolo</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Firmatario</source>
        <translation>Si&amp;gnatory</translation>
    </message>
    <message>
        <source>&amp;Qualità</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>Atto di de&amp;lega</source>
        <translation>De&amp;legation act</translation>
    </message>
    <message>
        <source>I&amp;mpegni</source>
        <translation>Co&amp;mmitments</translation>
    </message>
    <message>
        <source>un impegno per riga</source>
        <translation>one commitment per line</translation>
    </message>
    <message>
        <source>In &amp;denaro €</source>
        <translation>In &amp;cash €</translation>
    </message>
    <message>
        <source>In natura: &amp;ore</source>
        <translation>In kind: &amp;hours</translation>
    </message>
    <message>
        <source>× &amp;tariffa €/ora</source>
        <translation>× &amp;rate €/hour</translation>
    </message>
    <message>
        <source>To&amp;gli parte</source>
        <translation>Re&amp;move party</translation>
    </message>
    <message>
        <source>&amp;Aggiungi parte</source>
        <translation>&amp;Add party</translation>
    </message>
    <message>
        <source>Firme</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Segna &amp;inviato</source>
        <translation>Mark as s&amp;ent</translation>
    </message>
    <message>
        <source>Registra &amp;rifiuto…</source>
        <translation>Record &amp;refusal…</translation>
    </message>
    <message>
        <source>Firma su &amp;carta (scansione)…</source>
        <translation>&amp;Paper signature (scan)…</translation>
    </message>
    <message>
        <source>Allega firmato &amp;digitalmente…</source>
        <translation>Attach &amp;digitally signed…</translation>
    </message>
    <message>
        <source>Esito dell&apos;ultima verifica delle firme</source>
        <translation>Outcome of the latest signature check</translation>
    </message>
    <message>
        <source>Documenti</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Blocchi firma per firma &amp;digitale</source>
        <translation>Signature blocks for &amp;digital signature</translation>
    </message>
    <message>
        <source>&amp;Genera PDF dell&apos;accordo</source>
        <translation>&amp;Generate the agreement PDF</translation>
    </message>
    <message>
        <source>&amp;Apri</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Modifica (nuova versione)…</source>
        <translation>&amp;Amend (new version)…</translation>
    </message>
    <message>
        <source>C&amp;hiudi / rinnova…</source>
        <translation>C&amp;lose / renew…</translation>
    </message>
    <message>
        <source>Manda in &amp;firma</source>
        <translation>Send for si&amp;gnature</translation>
    </message>
    <message>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>In &amp;vigore dal</source>
        <translation>In &amp;force from</translation>
    </message>
    <message>
        <source>Vuoto: in vigore alla firma dell&apos;ultima parte. Con una data: in vigore da quel giorno, se tutte le parti hanno firmato.</source>
        <translation>Empty: in force when the last party signs. With a date: in force from that day, if every party has signed.</translation>
    </message>
    <message>
        <source>Responsabile &amp;art. 28</source>
        <translation>Processor (&amp;art. 28)</translation>
    </message>
    <message>
        <source>Contributo in &amp;natura</source>
        <translation>Contribution in &amp;kind</translation>
    </message>
    <message>
        <source>es. ore di personale educativo, uso di spazi</source>
        <translation>e.g. hours of educational staff, use of premises</translation>
    </message>
    <message>
        <source>Usa il testo del &amp;modello corrente</source>
        <translation>Use the current te&amp;mplate&apos;s text</translation>
    </message>
    <message>
        <source>Allegati, scansioni e file firmati</source>
        <translation>Annexes, scans and signed files</translation>
    </message>
    <message>
        <source>che cosa contiene, es. scheda del progetto</source>
        <translation>what it contains, e.g. project sheet</translation>
    </message>
    <message>
        <source>Allega &amp;file…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <source>Apri a&amp;llegato</source>
        <translation>Open a&amp;nnex</translation>
    </message>
</context>
<context>
    <name>ApplicationApplicantTab</name>
    <message>
        <source>&amp;Bando</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>&amp;Richiedente</source>
        <translation>&amp;Applicant</translation>
    </message>
    <message>
        <source>&amp;Condizione occupazionale</source>
        <translation>Employment stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Data della DID</source>
        <translation>DID dat&amp;e</translation>
    </message>
    <message>
        <source>For&amp;ma dell&apos;impresa</source>
        <translation>Business for&amp;m</translation>
    </message>
    <message>
        <source>Selezionata per un percorso di vuln&amp;erabilità: mai pubblicata per nome</source>
        <translation>Selected through a vulnera&amp;bility pathway: never published by name</translation>
    </message>
    <message>
        <source>Co-richiedenti (solo per società e cooperative)</source>
        <translation>Co-applicants (companies and cooperatives only)</translation>
    </message>
    <message>
        <source>C&amp;o-richiedente</source>
        <translation>Co-applica&amp;nt</translation>
    </message>
    <message>
        <source>R&amp;uolo</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>es. socia</source>
        <translation>e.g. partner</translation>
    </message>
    <message>
        <source>A&amp;ggiungi</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Togli</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>ApplicationAttachmentsTab</name>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Aggiunto</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tipo &amp;di allegato</source>
        <translation>Attachment t&amp;ype</translation>
    </message>
    <message>
        <source>A&amp;ggiungi file…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Ap&amp;ri</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>V&amp;erifica</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Togli…</source>
        <translation>&amp;Remove…</translation>
    </message>
</context>
<context>
    <name>ApplicationCostsTab</name>
    <message>
        <source>Una riga per voce di spesa; l&apos;importo in euro (es. 1.234,56). Togli la spunta «Ammissibile» alle spese che il bando non copre.</source>
        <translation>One row per expense item; the amount in euros (e.g. 1.234,56). Untick ‘Eligible’ for expenses the call does not cover.</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Categoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Importo (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Ammissibile</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Bene strumentale</source>
        <translation>Capital good</translation>
    </message>
    <message>
        <source>A&amp;ggiungi voce</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>&amp;Togli la voce</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Cofinanziamento p&amp;roprio (€)</source>
        <translation>Own &amp;co-financing (€)</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
</context>
<context>
    <name>ApplicationDeMinimisTab</name>
    <message>
        <source>Aiuti «de minimis» dichiarati dalla richiedente</source>
        <translation>De minimis aid declared by the applicant</translation>
    </message>
    <message>
        <source>Importo ricevu&amp;to</source>
        <translation>Amount rec&amp;eived</translation>
    </message>
    <message>
        <source>Ricevuti dall&apos;impresa unica negli ultimi tre anni mobili. Massimale {ceiling} ({source}); si salva con la domanda (Ctrl+S).</source>
        <translation>Received by the single undertaking in the last rolling three years. Ceiling {ceiling} ({source}); saved with the application (Ctrl+S).</translation>
    </message>
    <message>
        <source>Registro nazionale aiuti</source>
        <translation>National State Aid Register</translation>
    </message>
    <message>
        <source>Codice C&amp;OR</source>
        <translation>C&amp;OR code</translation>
    </message>
    <message>
        <source>Verifica de minimis &amp;del</source>
        <translation>De minimis check &amp;dated</translation>
    </message>
    <message>
        <source>Registra il codice &amp;COR</source>
        <translation>Record the &amp;COR code</translation>
    </message>
</context>
<context>
    <name>ApplicationDeclarationsTab</name>
    <message>
        <source>Dichiarazioni sostitutive (artt. 46 e 47 DPR 445/2000) rese dalla richiedente nella domanda: spunta quelle presenti e firmate.</source>
        <translation>Self-declarations (arts. 46 and 47 DPR 445/2000) made by the applicant in the application: tick those present and signed.</translation>
    </message>
    <message>
        <source>Segna &amp;tutte come rese</source>
        <translation>Mark &amp;all as made</translation>
    </message>
</context>
<context>
    <name>ApplicationHistoryTab</name>
    <message>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>From</translation>
    </message>
    <message>
        <source>A</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Termine per rispondere</source>
        <translation>Reply deadline</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <source>← Ele&amp;nco</source>
        <translation>← &amp;List</translation>
    </message>
    <message>
        <source>Esc quando non ci sono modifiche</source>
        <translation>Esc when there are no changes</translation>
    </message>
    <message>
        <source>Procedimento:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>&amp;Protocolla</source>
        <translation>Assign &amp;protocol no.</translation>
    </message>
    <message>
        <source>Assegna numero di protocollo, data e ora di ricevimento</source>
        <translation>Assigns the protocol number and the date and time of receipt</translation>
    </message>
    <message>
        <source>Avvia &amp;istruttoria</source>
        <translation>Start el&amp;igibility check</translation>
    </message>
    <message>
        <source>Richiedi integra&amp;zione…</source>
        <translation>Re&amp;quest more information…</translation>
    </message>
    <message>
        <source>Preavviso di rigetto…</source>
        <translation>Notice of intended rejection…</translation>
    </message>
    <message>
        <source>Comunicazione dei motivi ostativi (art. 10-bis L. 241/1990)</source>
        <translation>Notice of the reasons preventing acceptance (art. 10-bis L. 241/1990)</translation>
    </message>
    <message>
        <source>Ammetti…</source>
        <translation>Admit…</translation>
    </message>
    <message>
        <source>Escludi…</source>
        <translation>Exclude…</translation>
    </message>
    <message>
        <source>Rinuncia…</source>
        <translation>Withdrawal…</translation>
    </message>
    <message>
        <source>Ctrl+S salva · Esc annulla</source>
        <translation>Ctrl+S saves · Esc cancels</translation>
    </message>
    <message>
        <source>Sa&amp;lva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>ApplicationProjectTab</name>
    <message>
        <source>Nome dell&apos;impr&amp;esa</source>
        <translation>Business &amp;name</translation>
    </message>
    <message>
        <source>Servi&amp;zio offerto</source>
        <translation>Service &amp;offered</translation>
    </message>
    <message>
        <source>Desc&amp;rizione del servizio</source>
        <translation>Service &amp;description</translation>
    </message>
    <message>
        <source>Obbligatoria per «Altro servizio di conciliazione»</source>
        <translation>Required for ‘Altro servizio di conciliazione’ (other work-life balance service)</translation>
    </message>
    <message>
        <source>Des&amp;tinatari</source>
        <translation>Target &amp;users</translation>
    </message>
    <message>
        <source>es. famiglie con bambini 0-3 anni di San Donato Milanese</source>
        <translation>e.g. families with children aged 0-3 in San Donato Milanese</translation>
    </message>
    <message>
        <source>Forma giuri&amp;dica prevista</source>
        <translation>Planned le&amp;gal form</translation>
    </message>
    <message>
        <source>&amp;Codice ATECO</source>
        <translation>&amp;ATECO code</translation>
    </message>
    <message>
        <source>88.91.00</source>
        <translation>88.91.00</translation>
    </message>
    <message>
        <source>&amp;Quota di capitale femminile (%)</source>
        <translation>Women&apos;s share of &amp;capital (%)</translation>
    </message>
    <message>
        <source>Donne nell&apos;a&amp;mministrazione (%)</source>
        <translation>Women in &amp;management (%)</translation>
    </message>
    <message>
        <source>Com&amp;uni serviti</source>
        <translation>Municipalities se&amp;rved</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Not&amp;es</translation>
    </message>
</context>
<context>
    <name>ApplicationReasonDialog</name>
    <message>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Giorni per rispondere</source>
        <translation>&amp;Days to reply</translation>
    </message>
    <message>
        <source>La &amp;risposta della richiedente è già arrivata</source>
        <translation>The applicant&apos;s reply has already &amp;arrived</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApplicationReviewTab</name>
    <message>
        <source>La verifica dei requisiti di ammissibilità non è disponibile in questa versione.</source>
        <translation>The eligibility requirements check is not available in this version.</translation>
    </message>
</context>
<context>
    <name>ApplicationsList</name>
    <message>
        <source>Domande di contributo per start-up femminili</source>
        <translation>Grant applications for women-led start-ups</translation>
    </message>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Protocollo (2026/7), codice pubblico, richiedente o nome dell&apos;impresa</source>
        <translation>Protocol no. (2026/7), public code, applicant or business name</translation>
    </message>
    <message>
        <source>&amp;Bando</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>S&amp;tato</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>A&amp;zzera i filtri</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Ctrl+N nuova domanda · Ctrl+F cerca · Invio apre</source>
        <translation>Ctrl+N new application · Ctrl+F search · Enter opens</translation>
    </message>
    <message>
        <source>&amp;Nuova domanda</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>A&amp;pri la domanda</source>
        <translation>&amp;Open application</translation>
    </message>
    <message>
        <source>Invio o doppio clic</source>
        <translation>Enter or double-click</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Filtri</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>&amp;Utente</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Tabella</source>
        <translation>Ta&amp;ble</translation>
    </message>
    <message>
        <source>Azi&amp;one</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Dal</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>A&amp;l</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>codice del record (UUID), es. dalla scheda o dall&apos;esportazione</source>
        <translation>record ID (UUID), e.g. from the record or the export</translation>
    </message>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>A&amp;zzera i filtri</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Dettaglio della voce</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <source>Scegli una voce dell&apos;elenco per vederne i campi modificati.</source>
        <translation>Choose an entry in the list to see its changed fields.</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Prima</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Dopo</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Verifica &amp;integrità</source>
        <translation>Check &amp;integrity</translation>
    </message>
    <message>
        <source>Ricalcola l&apos;impronta di ogni voce: trova voci modificate, cancellate o spostate.</source>
        <translation>Recalculates the fingerprint of every entry: finds modified, deleted or moved entries.</translation>
    </message>
    <message>
        <source>&amp;Esporta in Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Denominazione</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Codice del luogo di nascita</source>
        <translation>Place of birth code</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Condizione lavorativa</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Data della DID</source>
        <translation>DID date</translation>
    </message>
    <message>
        <source>Contatto preferito</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>CAP del domicilio</source>
        <translation>Domicile postcode</translation>
    </message>
    <message>
        <source>Comune del domicilio</source>
        <translation>Domicile municipality</translation>
    </message>
    <message>
        <source>Forma giuridica</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Codice ATECO</source>
        <translation>ATECO code</translation>
    </message>
    <message>
        <source>Dipendenti</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Dipendenti donne</source>
        <translation>Female employees</translation>
    </message>
    <message>
        <source>Dipendenti uomini</source>
        <translation>Male employees</translation>
    </message>
    <message>
        <source>Ruolo nell&apos;alleanza</source>
        <translation>Alliance role</translation>
    </message>
    <message>
        <source>Partner dal</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <source>Legale rappresentante</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Dato il</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Revocato il</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Ricevuta il</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Versione dell&apos;informativa</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <source>Password cambiata il</source>
        <translation>Password changed on</translation>
    </message>
    <message>
        <source>Dicitura del finanziamento</source>
        <translation>Funding statement</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Persona protetta</source>
        <translation>Protected person</translation>
    </message>
    <message>
        <source>Ente che dispone la protezione</source>
        <translation>Organisation ordering the protection</translation>
    </message>
    <message>
        <source>Data della protezione</source>
        <translation>Protection date</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ruoli</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Dati protetti</source>
        <translation>Protected data</translation>
    </message>
    <message>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password temporanea</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Tentativi non riusciti</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Bloccato fino a</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Ultimo accesso</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Denominazione dell&apos;ente</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Titolo del progetto</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Firmatario</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Ruolo del firmatario</source>
        <translation>Signatory&apos;s role</translation>
    </message>
    <message>
        <source>Bando</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Domanda</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Anno di protocollo</source>
        <translation>Protocol year</translation>
    </message>
    <message>
        <source>Numero di protocollo</source>
        <translation>Protocol number</translation>
    </message>
    <message>
        <source>Codice pubblico</source>
        <translation>Public code</translation>
    </message>
    <message>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tipo di richiedente</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>Nome dell&apos;attività</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Tipo di servizio</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Descrizione del servizio</source>
        <translation>Service description</translation>
    </message>
    <message>
        <source>Destinatari</source>
        <translation>Target users</translation>
    </message>
    <message>
        <source>Forma giuridica prevista</source>
        <translation>Planned legal form</translation>
    </message>
    <message>
        <source>Cofinanziamento proprio</source>
        <translation>Own co-financing</translation>
    </message>
    <message>
        <source>Quote detenute da donne (%)</source>
        <translation>Shares held by women (%)</translation>
    </message>
    <message>
        <source>Donne nell&apos;organo amministrativo (%)</source>
        <translation>Women on the board (%)</translation>
    </message>
    <message>
        <source>Percorso di fragilità</source>
        <translation>Vulnerability pathway</translation>
    </message>
    <message>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Numero dell&apos;atto</source>
        <translation>Act number</translation>
    </message>
    <message>
        <source>Data dell&apos;atto</source>
        <translation>Act date</translation>
    </message>
    <message>
        <source>Dotazione</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Contributo massimo</source>
        <translation>Maximum grant</translation>
    </message>
    <message>
        <source>Quota massima dei costi (%)</source>
        <translation>Maximum share of costs (%)</translation>
    </message>
    <message>
        <source>Cofinanziamento minimo (%)</source>
        <translation>Minimum co-financing (%)</translation>
    </message>
    <message>
        <source>Età minima</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>Età massima</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>Condizioni occupazionali ammesse</source>
        <translation>Eligible occupational statuses</translation>
    </message>
    <message>
        <source>Quota femminile oltre il (%)</source>
        <translation>Women&apos;s share above (%)</translation>
    </message>
    <message>
        <source>Apertura</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Soglia di ammissione</source>
        <translation>Admission threshold</translation>
    </message>
    <message>
        <source>Criterio di parità</source>
        <translation>Tie-break rule</translation>
    </message>
    <message>
        <source>Ultimo contributo finanziabile</source>
        <translation>Last fundable grant</translation>
    </message>
    <message>
        <source>Termine per la costituzione</source>
        <translation>Deadline for setting up the firm</translation>
    </message>
    <message>
        <source>Termine per il rendiconto</source>
        <translation>Deadline for the expense report</translation>
    </message>
    <message>
        <source>Edizione</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Responsabile che decide</source>
        <translation>Deciding officer</translation>
    </message>
    <message>
        <source>Premesse</source>
        <translation>Recitals</translation>
    </message>
    <message>
        <source>Riferimenti normativi</source>
        <translation>Legal references</translation>
    </message>
    <message>
        <source>Modalità di erogazione</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Obblighi</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Casi di revoca</source>
        <translation>Grounds for revocation</translation>
    </message>
    <message>
        <source>Codice RNA</source>
        <translation>RNA code</translation>
    </message>
    <message>
        <source>Posizione</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Punteggio massimo</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Data della graduatoria</source>
        <translation>Ranking date</translation>
    </message>
    <message>
        <source>Pubblicata</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Motivazione</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Contributo concesso</source>
        <translation>Grant awarded</translation>
    </message>
    <message>
        <source>Percentuale</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Condizione</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Nome del file</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>File archiviato</source>
        <translation>Stored file</translation>
    </message>
    <message>
        <source>Impronta</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Dimensione (byte)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Componente</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Conflitto di interessi</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Dichiarata il</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Categoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Ammissibile</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Resa</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Requisito</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Esito calcolato</source>
        <translation>Computed outcome</translation>
    </message>
    <message>
        <source>Dettaglio</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Esito confermato</source>
        <translation>Confirmed outcome</translation>
    </message>
    <message>
        <source>Motivo della deroga</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <source>Confermata da</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Confermata il</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Data della spesa</source>
        <translation>Expense date</translation>
    </message>
    <message>
        <source>Fornitore</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Numero del documento</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Motivo della non ammissibilità</source>
        <translation>Reason for ineligibility</translation>
    </message>
    <message>
        <source>Allegato</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Impronta dell&apos;allegato</source>
        <translation>Attachment fingerprint</translation>
    </message>
    <message>
        <source>Costituita il</source>
        <translation>Set up on</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Costo ammissibile</source>
        <translation>Eligible cost</translation>
    </message>
    <message>
        <source>Decisa il</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Importo da recuperare</source>
        <translation>Amount to recover</translation>
    </message>
    <message>
        <source>Importo recuperato</source>
        <translation>Amount recovered</translation>
    </message>
    <message>
        <source>Stato del recupero</source>
        <translation>Recovery status</translation>
    </message>
    <message>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Punti</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Stato precedente</source>
        <translation>Previous status</translation>
    </message>
    <message>
        <source>Nuovo stato</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Termine per la risposta</source>
        <translation>Reply deadline</translation>
    </message>
    <message>
        <source>Importo lordo</source>
        <translation>Gross amount</translation>
    </message>
    <message>
        <source>Ritenuta</source>
        <translation>Withholding</translation>
    </message>
    <message>
        <source>Atto di liquidazione</source>
        <translation>Payment authorisation</translation>
    </message>
    <message>
        <source>Data della liquidazione</source>
        <translation>Payment order date</translation>
    </message>
    <message>
        <source>Pagata il</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Deroga disposta da</source>
        <translation>Override ordered by</translation>
    </message>
    <message>
        <source>Rata</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Verificata il</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Superata</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Tipo di record</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Anno</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Copia firmata</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>Impronta della copia firmata</source>
        <translation>Signed copy fingerprint</translation>
    </message>
    <message>
        <source>Impostazioni precedenti</source>
        <translation>Previous settings</translation>
    </message>
    <message>
        <source>Scheda mantenuta</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <source>Scheda unita</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <source>Scheda unita (nome)</source>
        <translation>Record merged (name)</translation>
    </message>
    <message>
        <source>Campi presi dalla scheda unita</source>
        <translation>Fields taken from the merged record</translation>
    </message>
    <message>
        <source>Collegamenti spostati</source>
        <translation>Links moved</translation>
    </message>
    <message>
        <source>Chiave</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Valore</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Classe dimensionale</source>
        <translation>Size class</translation>
    </message>
    <message>
        <source>Ente o impresa</source>
        <translation>Organisation or business</translation>
    </message>
    <message>
        <source>Referente di un ente</source>
        <translation>Organisation contact</translation>
    </message>
    <message>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Unione di schede</source>
        <translation>Records merged</translation>
    </message>
    <message>
        <source>Modifica del bando</source>
        <translation>Call amendment</translation>
    </message>
    <message>
        <source>Comune ammesso dal bando</source>
        <translation>Municipality eligible for the call</translation>
    </message>
    <message>
        <source>Criterio di valutazione</source>
        <translation>Scoring criterion</translation>
    </message>
    <message>
        <source>Rata prevista dal bando</source>
        <translation>Tranche planned by the call</translation>
    </message>
    <message>
        <source>Componente della commissione</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Domanda di contributo</source>
        <translation>Grant application</translation>
    </message>
    <message>
        <source>Co-richiedente</source>
        <translation>Co-applicant</translation>
    </message>
    <message>
        <source>Comune servito</source>
        <translation>Municipality served</translation>
    </message>
    <message>
        <source>Voce del piano dei costi</source>
        <translation>Cost plan item</translation>
    </message>
    <message>
        <source>Dichiarazione della domanda</source>
        <translation>Application declaration</translation>
    </message>
    <message>
        <source>Allegato della domanda</source>
        <translation>Application attachment</translation>
    </message>
    <message>
        <source>Verifica di ammissibilità</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <source>Cambio di stato della domanda</source>
        <translation>Application status change</translation>
    </message>
    <message>
        <source>Dichiarazione sul conflitto di interessi</source>
        <translation>Declaration on conflict of interest</translation>
    </message>
    <message>
        <source>Graduatoria</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Posizione in graduatoria</source>
        <translation>Ranking position</translation>
    </message>
    <message>
        <source>Impresa costituita</source>
        <translation>Business set up</translation>
    </message>
    <message>
        <source>Rata del contributo</source>
        <translation>Grant tranche</translation>
    </message>
    <message>
        <source>Verifica per il pagamento</source>
        <translation>Payment check</translation>
    </message>
    <message>
        <source>Spesa rendicontata</source>
        <translation>Reported expense</translation>
    </message>
    <message>
        <source>Revoca</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Impostazione</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Eliminazione registrata</source>
        <translation>Recorded deletion</translation>
    </message>
    <message>
        <source>Ente e progetto</source>
        <translation>Organisation and project</translation>
    </message>
    <message>
        <source>Registro delle attività</source>
        <translation>Activity log</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>all&apos;avvio</source>
        <translation>at startup</translation>
    </message>
    <message>
        <source>alla chiusura</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>manuale</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>prima di un aggiornamento</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>prima di un ripristino</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Il programma fa una copia di sicurezza a ogni avvio e a ogni chiusura. Qui puoi farne una in più, copiarla altrove o ripristinarne una. Prima di ogni ripristino il database attuale viene salvato.</source>
        <translation>The program makes a backup every time it starts and every time it closes. Here you can make an extra one, copy one elsewhere or restore one. The current database is saved before every restore.</translation>
    </message>
    <message>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Impostazioni delle copie</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Copie più recenti da &amp;tenere</source>
        <translation>Most recent backups to &amp;keep</translation>
    </message>
    <message>
        <source>Avviso dopo &amp;quanti giorni senza copia</source>
        <translation>&amp;Warn after how many days without a backup</translation>
    </message>
    <message>
        <source>Giorni con una copia al &amp;giorno</source>
        <translation>&amp;Days with one backup per day</translation>
    </message>
    <message>
        <source>Settimane con una copia a setti&amp;mana</source>
        <translation>W&amp;eeks with one backup per week</translation>
    </message>
    <message>
        <source>Seconda cartella (&amp;USB o rete)</source>
        <translation>Second folder (&amp;USB or network)</translation>
    </message>
    <message>
        <source>nessuna: le copie restano solo in questo computer</source>
        <translation>none: backups stay only on this computer</translation>
    </message>
    <message>
        <source>Sc&amp;egli…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Oltre alle copie più recenti si tiene l&apos;ultima di ogni giorno e di ogni settimana del periodo indicato. La seconda cartella riceve un duplicato di ogni copia.</source>
        <translation>Besides the most recent backups, the last backup of each day and of each week in the period set is kept. The second folder receives a duplicate of every backup.</translation>
    </message>
    <message>
        <source>Salva &amp;impostazioni</source>
        <translation>Save &amp;settings</translation>
    </message>
    <message>
        <source>Apri la &amp;cartella</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Ripristina…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Crea una copia &amp;ora</source>
        <translation>Back up &amp;now</translation>
    </message>
</context>
<context>
    <name>CallAmountsTab</name>
    <message>
        <source>Dotazione del ba&amp;ndo (€)</source>
        <translation>Call &amp;budget (€)</translation>
    </message>
    <message>
        <source>Contributo &amp;massimo per domanda (€)</source>
        <translation>&amp;Maximum grant per application (€)</translation>
    </message>
    <message>
        <source>&amp;Quota massima delle spese (%)</source>
        <translation>Maximum share of &amp;expenses (%)</translation>
    </message>
    <message>
        <source>Cofinanziamento minimo (%)</source>
        <translation>Minimum co-financing (%)</translation>
    </message>
    <message>
        <source>&amp;Limiti di età: da</source>
        <translation>&amp;Age limits: from</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <source>anni compiuti alla chiusura</source>
        <translation>years old at closing</translation>
    </message>
    <message>
        <source>Condizioni occupazionali ammess&amp;e</source>
        <translation>Occupational statuses a&amp;dmitted</translation>
    </message>
    <message>
        <source>Disoccupata (con DID)</source>
        <translation>Unemployed (with DID)</translation>
    </message>
    <message>
        <source>Inoccupata o inattiva</source>
        <translation>Never employed or inactive</translation>
    </message>
    <message>
        <source>Studentessa</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Pensionata</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Occupata</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Altra condizione</source>
        <translation>Other status</translation>
    </message>
    <message>
        <source>So&amp;cietà: quota donne oltre il (%)</source>
        <translation>&amp;Companies: women above (%)</translation>
    </message>
    <message>
        <source>Quando la richiedente è una società, le donne devono avere più di questa quota sia del capitale sia dell&apos;organo amministrativo.</source>
        <translation>When the applicant is a company, women must hold more than this share of both the capital and the board.</translation>
    </message>
    <message>
        <source>Il contributo di ogni domanda è il minore tra il contributo massimo, la quota delle spese ammissibili e quanto resta della dotazione.</source>
        <translation>Each application&apos;s grant is the lowest of the maximum grant, the share of eligible expenses and what is left of the budget.</translation>
    </message>
    <message>
        <source>Com&amp;uni ammessi (residenza della richiedente)</source>
        <translation>Eligible m&amp;unicipalities (applicant&apos;s residence)</translation>
    </message>
    <message>
        <source>Solo Sud Est Milan&amp;o</source>
        <translation>South-East Milan &amp;only</translation>
    </message>
    <message>
        <source>I 9 comuni dell&apos;ambito di A.S.S.E.MI.</source>
        <translation>The 9 municipalities of the A.S.S.E.MI. district</translation>
    </message>
    <message>
        <source>&amp;Tutti i 53</source>
        <translation>A&amp;ll 53</translation>
    </message>
    <message>
        <source>Nessuno</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>CallCommissionTab</name>
    <message>
        <source>Com&amp;ponenti della commissione di valutazione</source>
        <translation>Evaluation committee &amp;members</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ha valutato</source>
        <translation>Has evaluated</translation>
    </message>
    <message>
        <source>&amp;Utente commissario</source>
        <translation>Committee member &amp;user</translation>
    </message>
    <message>
        <source>&amp;Ruolo</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Nomina</source>
        <translation>&amp;Appoint</translation>
    </message>
    <message>
        <source>Togli dalla co&amp;mmissione</source>
        <translation>Remove from the &amp;committee</translation>
    </message>
</context>
<context>
    <name>CallEditionsTab</name>
    <message>
        <source>Le modifiche che possono cambiare l&apos;esito, fatte dopo l&apos;inizio delle valutazioni: ognuna crea una nuova edizione del bando con la sua motivazione.</source>
        <translation>Changes that may alter the outcome, made after the evaluations started: each one creates a new edition of the call with its reason.</translation>
    </message>
    <message>
        <source>Edizione</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Motivazione</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>Cam&amp;bia stato</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <source>Sola lettura: solo il responsabile del procedimento modifica i bandi.</source>
        <translation>Read-only: only the procedure officer changes calls.</translation>
    </message>
    <message>
        <source>Ctrl+S salva · Esc chiude</source>
        <translation>Ctrl+S saves · Esc closes</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>CallGeneralTab</name>
    <message>
        <source>Tito&amp;lo</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <source>&amp;Numero dell&apos;atto</source>
        <translation>Act &amp;number</translation>
    </message>
    <message>
        <source>es. determinazione 123</source>
        <translation>e.g. decision no. 123</translation>
    </message>
    <message>
        <source>Data dell&apos;att&amp;o</source>
        <translation>Act &amp;date</translation>
    </message>
    <message>
        <source>C&amp;UP</source>
        <translation>C&amp;UP</translation>
    </message>
    <message>
        <source>15 lettere e cifre</source>
        <translation>15 letters and digits</translation>
    </message>
    <message>
        <source>Codice &amp;RNA</source>
        <translation>&amp;RNA code</translation>
    </message>
    <message>
        <source>Registro nazionale aiuti</source>
        <translation>National State Aid Register</translation>
    </message>
    <message>
        <source>A&amp;pertura</source>
        <translation>&amp;Opening</translation>
    </message>
    <message>
        <source>ore</source>
        <translation>at</translation>
    </message>
    <message>
        <source>C&amp;hiusura</source>
        <translation>&amp;Closing</translation>
    </message>
    <message>
        <source>I&amp;mpresa costituita entro</source>
        <translation>&amp;Business set up by</translation>
    </message>
    <message>
        <source>Rendiconto finale &amp;entro</source>
        <translation>Final &amp;expense report by</translation>
    </message>
    <message>
        <source>Note interne</source>
        <translation>Internal notes</translation>
    </message>
</context>
<context>
    <name>CallGridTab</name>
    <message>
        <source>Criteri di valutazi&amp;one (codice, descrizione, punteggio massimo)</source>
        <translation>Evaluation &amp;criteria (code, description, maximum points)</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Punti max</source>
        <translation>Max points</translation>
    </message>
    <message>
        <source>Aggi&amp;ungi criterio</source>
        <translation>A&amp;dd criterion</translation>
    </message>
    <message>
        <source>Togli crite&amp;rio</source>
        <translation>&amp;Remove criterion</translation>
    </message>
    <message>
        <source>Sposta su</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Alt+Su</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Sposta giù</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Alt+Giù</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Soglia di a&amp;mmissione (punti)</source>
        <translation>Pass &amp;mark (points)</translation>
    </message>
    <message>
        <source>&amp;Precedenza a parità di punteggio</source>
        <translation>&amp;Priority when scores are equal</translation>
    </message>
    <message>
        <source>U&amp;ltima domanda finanziabile in parte</source>
        <translation>Partial funding of the &amp;last application</translation>
    </message>
</context>
<context>
    <name>CallRulesTab</name>
    <message>
        <source>Regole economiche</source>
        <translation>Money rules</translation>
    </message>
    <message>
        <source>Contributo parziale &amp;minimo (€)</source>
        <translation>&amp;Minimum partial grant (€)</translation>
    </message>
    <message>
        <source>Sotto questo importo l&apos;ultima domanda non è finanziata in parte.</source>
        <translation>Below this amount the last application is not partly funded.</translation>
    </message>
    <message>
        <source>Giorni per acce&amp;ttare il contributo</source>
        <translation>Da&amp;ys to accept the grant</translation>
    </message>
    <message>
        <source>Dal ricevimento della comunicazione: la beneficiaria accetta o rinuncia; con un contributo parziale conferma di realizzare il progetto, altrimenti si passa alla domanda successiva.</source>
        <translation>From receipt of the letter: the beneficiary accepts or renounces; with a partial grant she confirms she can carry out the project, otherwise the next application in line is considered.</translation>
    </message>
    <message>
        <source>Il residuo può finanziare per intero una domanda successiva più &amp;economica</source>
        <translation>The leftover may fully fund a cheaper application further down (&amp;e)</translation>
    </message>
    <message>
        <source>Spesa ammissibile minima (€)</source>
        <translation>Minimum eligible spending (€)</translation>
    </message>
    <message>
        <source>Età mis&amp;urata</source>
        <translation>Age meas&amp;ured</translation>
    </message>
    <message>
        <source>Giorni per &amp;restituire dopo una revoca</source>
        <translation>Days to &amp;repay after a revocation</translation>
    </message>
    <message>
        <source>Mesi di mantenimento del&amp;l&apos;attività</source>
        <translation>Months the business must be kept (&amp;l)</translation>
    </message>
    <message>
        <source>Validità verifica art. 48-bis (&amp;giorni)</source>
        <translation>Art. 48-bis check validity (days) (&amp;g)</translation>
    </message>
    <message>
        <source>Atto di concessione</source>
        <translation>Grant decision</translation>
    </message>
    <message>
        <source>&amp;Qualifica di chi adotta l&apos;atto</source>
        <translation>Title of the adopting officer (&amp;q)</translation>
    </message>
    <message>
        <source>Per esempio «Il Responsabile del Servizio» o «Il Dirigente»; il nome è nella scheda «Testi».</source>
        <translation>For example «Il Responsabile del Servizio» or «Il Dirigente»; the name is on the «Texts» tab.</translation>
    </message>
    <message>
        <source>Atto di n&amp;omina</source>
        <translation>Appointment act (&amp;o)</translation>
    </message>
    <message>
        <source>Responsabile del &amp;procedimento</source>
        <translation>&amp;Procedure officer</translation>
    </message>
    <message>
        <source>&amp;Capitolo di bilancio</source>
        <translation>Budget &amp;chapter</translation>
    </message>
    <message>
        <source>Eserci&amp;zio</source>
        <translation>Financial year (&amp;z)</translation>
    </message>
    <message>
        <source>&amp;Impegno di spesa</source>
        <translation>Spending comm&amp;itment</translation>
    </message>
    <message>
        <source>Atto regionale &amp;di finanziamento</source>
        <translation>Regional funding act (&amp;d)</translation>
    </message>
    <message>
        <source>Per esempio «D.g.r. X/5969 del 12/12/2016».</source>
        <translation>For example «D.g.r. X/5969 del 12/12/2016».</translation>
    </message>
    <message>
        <source>Piano territoriale ATS</source>
        <translation>ATS territorial plan</translation>
    </message>
    <message>
        <source>Atto di nomina della commissio&amp;ne</source>
        <translation>Act appointing the commissio&amp;n</translation>
    </message>
</context>
<context>
    <name>CallTextsTab</name>
    <message>
        <source>Dirigente che fi&amp;rma</source>
        <translation>Signing &amp;director</translation>
    </message>
    <message>
        <source>&amp;Premesse</source>
        <translation>&amp;Preamble</translation>
    </message>
    <message>
        <source>Riferimenti &amp;normativi (VISTI)</source>
        <translation>Legal &amp;references (VISTI)</translation>
    </message>
    <message>
        <source>&amp;Modalità di pagamento</source>
        <translation>Payment &amp;arrangements</translation>
    </message>
    <message>
        <source>&amp;Obblighi del beneficiario</source>
        <translation>Beneficiary&apos;s &amp;obligations</translation>
    </message>
    <message>
        <source>Ca&amp;use di revoca</source>
        <translation>&amp;Grounds for revocation</translation>
    </message>
</context>
<context>
    <name>CallTranchesTab</name>
    <message>
        <source>Tranche di &amp;pagamento (percentuale del contributo e condizione)</source>
        <translation>Payment &amp;instalments (percentage of the grant and condition)</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Percentuale</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Condizione</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Aggi&amp;ungi tranche</source>
        <translation>A&amp;dd instalment</translation>
    </message>
    <message>
        <source>Togli tra&amp;nche</source>
        <translation>&amp;Remove instalment</translation>
    </message>
    <message>
        <source>Le scadenze per costituire l&apos;impresa e per il rendiconto sono nella scheda Generale.</source>
        <translation>The deadlines for setting up the business and for the expense report are on the General tab.</translation>
    </message>
</context>
<context>
    <name>CallsList</name>
    <message>
        <source>Bandi per contributi a start-up femminili</source>
        <translation>Calls for applications for grants to women-led start-ups</translation>
    </message>
    <message>
        <source>S&amp;tato</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ed.</source>
        <translation>Ed.</translation>
    </message>
    <message>
        <source>Dotazione</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Contributo max</source>
        <translation>Max grant</translation>
    </message>
    <message>
        <source>Apertura</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Chiusura</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Domande</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Ctrl+N nuovo bando · Invio apre</source>
        <translation>Ctrl+N new call · Enter opens</translation>
    </message>
    <message>
        <source>&amp;Nuovo bando</source>
        <translation>&amp;New call</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>A&amp;pri</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ChangePassword</name>
    <message>
        <source>Password &amp;attuale</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;Nuova password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ripeti la nuova password</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
</context>
<context>
    <name>CommissionTab</name>
    <message>
        <source>Presidente</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Componente</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Registra un consenso facoltativo dato dalla persona.</source>
        <translation>Record an optional consent given by the person.</translation>
    </message>
    <message>
        <source>&amp;Consenso</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Registra</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactsForm</name>
    <message>
        <source>Contatti con le imprese</source>
        <translation>Contacts with businesses</translation>
    </message>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>solo i &amp;miei</source>
        <translation>only &amp;mine</translation>
    </message>
    <message>
        <source>Passo successivo &amp;fatto</source>
        <translation>Next step &amp;done</translation>
    </message>
    <message>
        <source>Nuovo contatto</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>&amp;Impresa</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Temi</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>&amp;Welfare aziendale</source>
        <translation>&amp;Company welfare</translation>
    </message>
    <message>
        <source>&amp;Lavoro flessibile</source>
        <translation>&amp;Flexible work</translation>
    </message>
    <message>
        <source>Servizi di &amp;conciliazione</source>
        <translation>Work-life &amp;balance services</translation>
    </message>
    <message>
        <source>&amp;Formazione</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Accordo</source>
        <translation>&amp;Agreement</translation>
    </message>
    <message>
        <source>&amp;Esito</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Passo successivo</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>&amp;Entro il</source>
        <translation>D&amp;ue by</translation>
    </message>
    <message>
        <source>&amp;Registra contatto</source>
        <translation>&amp;Record contact</translation>
    </message>
    <message>
        <source>Buone pratiche</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <source>Cerca &amp;buone pratiche</source>
        <translation>Search good &amp;practices</translation>
    </message>
    <message>
        <source>Mis&amp;ura</source>
        <translation>Mea&amp;sure</translation>
    </message>
    <message>
        <source>Descri&amp;zione</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>Ris&amp;ultati</source>
        <translation>Res&amp;ults</translation>
    </message>
    <message>
        <source>Registra &amp;pratica dell&apos;impresa scelta</source>
        <translation>Record &amp;practice of the chosen business</translation>
    </message>
    <message>
        <source>Stampa il ca&amp;talogo…</source>
        <translation>Print the ca&amp;talogue…</translation>
    </message>
    <message>
        <source>impresa, codice ATECO, esito o passo successivo</source>
        <translation>business, ATECO code, outcome or next step</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Determinazione</source>
        <translation>Decision (determinazione)</translation>
    </message>
    <message>
        <source>Allegato A</source>
        <translation>Annex A</translation>
    </message>
    <message>
        <source>Allegato B</source>
        <translation>Annex B</translation>
    </message>
    <message>
        <source>Comunicazioni di concessione</source>
        <translation>Grant award letters</translation>
    </message>
    <message>
        <source>Lettera di esclusione / preavviso</source>
        <translation>Exclusion letter / notice</translation>
    </message>
    <message>
        <source>Comunicazione di concessione</source>
        <translation>Grant award letter</translation>
    </message>
    <message>
        <source>Revoca</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>Verbale della commissione</source>
        <translation>Committee minutes</translation>
    </message>
    <message>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Autore</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Copia firmata</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>Allegato riservato al verbale</source>
        <translation>Restricted annex to the minutes</translation>
    </message>
    <message>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Nomina della commissione</source>
        <translation>Appointment of the commission</translation>
    </message>
    <message>
        <source>Approvazione graduatoria provvisoria</source>
        <translation>Approval of the provisional ranking</translation>
    </message>
    <message>
        <source>Richiesta di integrazione</source>
        <translation>Request for missing documents</translation>
    </message>
    <message>
        <source>Modulo di accettazione</source>
        <translation>Acceptance form</translation>
    </message>
    <message>
        <source>Avvio della revoca</source>
        <translation>Revocation notice</translation>
    </message>
</context>
<context>
    <name>DocumentsRegister</name>
    <message>
        <source>Graduatoria</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Domanda</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Bando</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Registro dei documenti generati</source>
        <translation>Register of generated documents</translation>
    </message>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Numero (12 oppure 12/2026) o parte del titolo, es. un protocollo</source>
        <translation>Number (12 or 12/2026) or part of the title, e.g. a protocol no.</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>A&amp;nno</source>
        <translation>Y&amp;ear</translation>
    </message>
    <message>
        <source>A&amp;zzera i filtri</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Ap&amp;ri</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Apri copia fir&amp;mata</source>
        <translation>Open si&amp;gned copy</translation>
    </message>
    <message>
        <source>Stam&amp;pa</source>
        <translation>&amp;Print</translation>
    </message>
</context>
<context>
    <name>Dominio</name>
    <message>
        <source>A un evento</source>
        <translation>At an event</translation>
    </message>
    <message>
        <source>Accesso</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Accesso non riuscito</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Accordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Accordo di partenariato</source>
        <translation>Partnership agreement</translation>
    </message>
    <message>
        <source>Accordo di rete / di collaborazione</source>
        <translation>Network / collaboration agreement</translation>
    </message>
    <message>
        <source>Accordo tra pubbliche amministrazioni (art. 15 L. 241/1990)</source>
        <translation>Agreement between public administrations (art. 15 Law 241/1990)</translation>
    </message>
    <message>
        <source>Aderente</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Agente di rete</source>
        <translation>Network agent</translation>
    </message>
    <message>
        <source>Allegato A - graduatoria pubblicabile</source>
        <translation>Annex A - ranking for publication</translation>
    </message>
    <message>
        <source>Allegato B - graduatoria riservata</source>
        <translation>Annex B - restricted ranking</translation>
    </message>
    <message>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Altro servizio di conciliazione</source>
        <translation>Other work-life balance service</translation>
    </message>
    <message>
        <source>Ammessa non finanziata</source>
        <translation>Admitted, not funded</translation>
    </message>
    <message>
        <source>Amministratore</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Ammissibile</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Annullata</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Aperto</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Assistenza ad anziani e persone fragili</source>
        <translation>Care for the elderly and frail people</translation>
    </message>
    <message>
        <source>Associazione / ente del Terzo settore</source>
        <translation>Association / third-sector body</translation>
    </message>
    <message>
        <source>Bozza</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Capienza de minimis</source>
        <translation>De minimis headroom</translation>
    </message>
    <message>
        <source>Capofila</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <source>Chiusa</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cofinanziamento minimo</source>
        <translation>Minimum co-financing</translation>
    </message>
    <message>
        <source>Commissario</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Compagine a prevalenza femminile</source>
        <translation>Mostly female ownership</translation>
    </message>
    <message>
        <source>Comune / ente pubblico</source>
        <translation>Municipality / public body</translation>
    </message>
    <message>
        <source>Comunicazione dei motivi ostativi / esclusione</source>
        <translation>Notice of grounds for refusal / exclusion</translation>
    </message>
    <message>
        <source>Comunicazione di concessione</source>
        <translation>Grant award letter</translation>
    </message>
    <message>
        <source>Concluso</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Condizione occupazionale</source>
        <translation>Occupational status</translation>
    </message>
    <message>
        <source>Consultazione della scheda</source>
        <translation>Record card viewed</translation>
    </message>
    <message>
        <source>Consultazione di scheda protetta</source>
        <translation>View of a protected record</translation>
    </message>
    <message>
        <source>Contitolari del trattamento (art. 26 GDPR)</source>
        <translation>Joint controllers (art. 26 GDPR)</translation>
    </message>
    <message>
        <source>Cooperativa</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Copia di sicurezza</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Creazione</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>DURC regolare (valido 120 giorni)</source>
        <translation>Valid DURC (120 days)</translation>
    </message>
    <message>
        <source>Da avviare</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Da inviare</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>Da pagare</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Da verificare</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Delegato</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Determinazione di concessione</source>
        <translation>Grant decision</translation>
    </message>
    <message>
        <source>Dichiarazioni sostitutive rese</source>
        <translation>Self-declarations given</translation>
    </message>
    <message>
        <source>Disoccupata/o (con DID)</source>
        <translation>Unemployed (with DID)</translation>
    </message>
    <message>
        <source>Documento generato</source>
        <translation>Document generated</translation>
    </message>
    <message>
        <source>Domanda presentata nei termini</source>
        <translation>Application submitted in time</translation>
    </message>
    <message>
        <source>Dopo il rendiconto finale delle spese</source>
        <translation>After the final expense report</translation>
    </message>
    <message>
        <source>Dopo la costituzione dell&apos;impresa</source>
        <translation>After the business is set up</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Eliminazione</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Età alla scadenza del bando</source>
        <translation>Age at the call deadline</translation>
    </message>
    <message>
        <source>Evento</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Finanzia l&apos;ultima domanda con il residuo</source>
        <translation>Fund the last application with what is left</translation>
    </message>
    <message>
        <source>Finanziata</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Finanziata in parte</source>
        <translation>Partly funded</translation>
    </message>
    <message>
        <source>Firma autografa (scansione)</source>
        <translation>Handwritten signature (scan)</translation>
    </message>
    <message>
        <source>Firma digitale</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Firmato</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Formazione</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Foto e riprese</source>
        <translation>Photos and filming</translation>
    </message>
    <message>
        <source>Graduatoria definitiva</source>
        <translation>Final ranking</translation>
    </message>
    <message>
        <source>Graduatoria provvisoria</source>
        <translation>Provisional ranking</translation>
    </message>
    <message>
        <source>Grande impresa</source>
        <translation>Large enterprise</translation>
    </message>
    <message>
        <source>Importazione</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Impresa costituita</source>
        <translation>Business set up</translation>
    </message>
    <message>
        <source>Impresa individuale</source>
        <translation>Sole proprietorship</translation>
    </message>
    <message>
        <source>Impresa sociale</source>
        <translation>Social enterprise</translation>
    </message>
    <message>
        <source>In corso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>In erogazione</source>
        <translation>Being paid</translation>
    </message>
    <message>
        <source>In firma</source>
        <translation>Being signed</translation>
    </message>
    <message>
        <source>In graduatoria</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <source>In istruttoria</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>In preparazione</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>In ufficio</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>In valutazione</source>
        <translation>Under evaluation</translation>
    </message>
    <message>
        <source>In vigore</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Incontro</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Inoccupata/o o inattiva/o</source>
        <translation>Never employed or inactive</translation>
    </message>
    <message>
        <source>Integrazione richiesta</source>
        <translation>Additional documents requested</translation>
    </message>
    <message>
        <source>Inviato</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Lavoro flessibile</source>
        <translation>Flexible work</translation>
    </message>
    <message>
        <source>Legale rappresentante</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Liquidata</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <source>Media impresa</source>
        <translation>Medium-sized enterprise</translation>
    </message>
    <message>
        <source>Microimpresa</source>
        <translation>Micro-enterprise</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Modifica della protezione</source>
        <translation>Protection changed</translation>
    </message>
    <message>
        <source>Modulo cartaceo</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <source>Nessun trattamento condiviso</source>
        <translation>No shared processing</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Non ammessa</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <source>Non ammessa (sotto soglia)</source>
        <translation>Not admitted (below threshold)</translation>
    </message>
    <message>
        <source>Non ammissibile</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Non finanziare domande coperte solo in parte</source>
        <translation>Do not fund applications only partly covered</translation>
    </message>
    <message>
        <source>Non recuperabile</source>
        <translation>Not recoverable</translation>
    </message>
    <message>
        <source>Non soddisfatto</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Occupata/o</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Pagata</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Pensionata/o</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Piccola impresa</source>
        <translation>Small enterprise</translation>
    </message>
    <message>
        <source>Posta all&apos;indirizzo di residenza</source>
        <translation>Post to the home address</translation>
    </message>
    <message>
        <source>Pre e post scuola, doposcuola</source>
        <translation>Before- and after-school care</translation>
    </message>
    <message>
        <source>Preavviso di rigetto</source>
        <translation>Notice of intended refusal</translation>
    </message>
    <message>
        <source>Precedenza di protocollo</source>
        <translation>Earlier protocol time first</translation>
    </message>
    <message>
        <source>Presentata</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Primo contatto</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Protocollo d&apos;intesa</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Provvedimento di revoca</source>
        <translation>Revocation order</translation>
    </message>
    <message>
        <source>Pubblicazione in Amministrazione trasparente</source>
        <translation>Publication in the &apos;Transparent administration&apos; section</translation>
    </message>
    <message>
        <source>Receduto</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Recuperato</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Registrazione nel Registro nazionale aiuti</source>
        <translation>Entry in the National State Aid Register</translation>
    </message>
    <message>
        <source>Rendicontata</source>
        <translation>Expenses reported</translation>
    </message>
    <message>
        <source>Residenza in un comune ammesso</source>
        <translation>Residence in an eligible municipality</translation>
    </message>
    <message>
        <source>Responsabile del procedimento</source>
        <translation>Procedure manager</translation>
    </message>
    <message>
        <source>Responsabile del trattamento (art. 28 GDPR)</source>
        <translation>Processor (art. 28 GDPR)</translation>
    </message>
    <message>
        <source>Revocata</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Richiedente donna</source>
        <translation>Woman applicant</translation>
    </message>
    <message>
        <source>Richiedente più giovane</source>
        <translation>Younger applicant first</translation>
    </message>
    <message>
        <source>Rifiutato</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Rinnovato</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Rinunciata</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Ripristino</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Scaduto</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Scorrimento della graduatoria</source>
        <translation>Ranking slide (next in line)</translation>
    </message>
    <message>
        <source>Servizi di conciliazione</source>
        <translation>Work-life balance services</translation>
    </message>
    <message>
        <source>Servizi per la prima infanzia</source>
        <translation>Early childhood services</translation>
    </message>
    <message>
        <source>Servizi salvatempo</source>
        <translation>Time-saving services</translation>
    </message>
    <message>
        <source>Sindacato / associazione di categoria</source>
        <translation>Trade union / trade association</translation>
    </message>
    <message>
        <source>Società o cooperativa</source>
        <translation>Company or cooperative</translation>
    </message>
    <message>
        <source>Soddisfatto</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Sola lettura / revisore</source>
        <translation>Read only / auditor</translation>
    </message>
    <message>
        <source>Sostenitore</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Sostituito da modifica</source>
        <translation>Replaced by amendment</translation>
    </message>
    <message>
        <source>Studentessa/studente</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Telefonata</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Unione di schede</source>
        <translation>Records merged</translation>
    </message>
    <message>
        <source>Uscita</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Valutata</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Verbale della commissione di valutazione</source>
        <translation>Evaluation committee&apos;s minutes</translation>
    </message>
    <message>
        <source>Verifica inadempienze (pagamenti oltre € 5.000)</source>
        <translation>Tax arrears check (payments over € 5,000)</translation>
    </message>
    <message>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Welfare aziendale</source>
        <translation>Company welfare</translation>
    </message>
    <message>
        <source>Annullata/o</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Assente</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Attestato</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Attestato di frequenza</source>
        <translation>Certificate of attendance</translation>
    </message>
    <message>
        <source>Attestato di partecipazione</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <source>Cabina di regia</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <source>Cittadini</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Corso di formazione</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Evento di sensibilizzazione</source>
        <translation>Outreach event</translation>
    </message>
    <message>
        <source>Foglio firme</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Imprese</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>In attesa</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Incontro informativo</source>
        <translation>Information meeting</translation>
    </message>
    <message>
        <source>Iscritta/o</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Laboratorio</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Lavoro agile</source>
        <translation>Flexible work</translation>
    </message>
    <message>
        <source>Presente</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Professionisti</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Rete e accordi</source>
        <translation>Network and agreements</translation>
    </message>
    <message>
        <source>Start-up e contributi</source>
        <translation>Start-ups and grants</translation>
    </message>
    <message>
        <source>15-30 minuti</source>
        <translation>15-30 minutes</translation>
    </message>
    <message>
        <source>30-39 anni</source>
        <translation>30-39 years</translation>
    </message>
    <message>
        <source>30-60 minuti</source>
        <translation>30-60 minutes</translation>
    </message>
    <message>
        <source>40-49 anni</source>
        <translation>40-49 years</translation>
    </message>
    <message>
        <source>50-59 anni</source>
        <translation>50-59 years</translation>
    </message>
    <message>
        <source>60 anni e oltre</source>
        <translation>60 years and over</translation>
    </message>
    <message>
        <source>Accordo o contratto collettivo</source>
        <translation>Agreement or collective contract</translation>
    </message>
    <message>
        <source>Altra situazione</source>
        <translation>Other situation</translation>
    </message>
    <message>
        <source>Altro contratto</source>
        <translation>Other contract</translation>
    </message>
    <message>
        <source>Altro mezzo</source>
        <translation>Other means</translation>
    </message>
    <message>
        <source>Altro o non indicato</source>
        <translation>Other or not stated</translation>
    </message>
    <message>
        <source>Apprendistato</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Assistenza a familiari anziani o non autosufficienti (lett. f-ter)</source>
        <translation>Care of elderly or non-self-sufficient relatives (let. f-ter)</translation>
    </message>
    <message>
        <source>Assistenza sanitaria integrativa (lett. a)</source>
        <translation>Supplementary health care (let. a)</translation>
    </message>
    <message>
        <source>Auto o moto</source>
        <translation>Car or motorbike</translation>
    </message>
    <message>
        <source>Avvio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Beni e servizi - fringe benefit (c. 3)</source>
        <translation>Goods and services - fringe benefits (para. 3)</translation>
    </message>
    <message>
        <source>Bici o a piedi</source>
        <translation>Bike or on foot</translation>
    </message>
    <message>
        <source>Bozza di regolamento di welfare aziendale</source>
        <translation>Draft company welfare regulation</translation>
    </message>
    <message>
        <source>Buoni pasto (lett. c)</source>
        <translation>Meal vouchers (let. c)</translation>
    </message>
    <message>
        <source>Cura di familiari anziani</source>
        <translation>Care of elderly relatives</translation>
    </message>
    <message>
        <source>Donna</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Entrambi</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Fino a 15 minuti</source>
        <translation>Up to 15 minutes</translation>
    </message>
    <message>
        <source>Fino a 29 anni</source>
        <translation>Up to 29 years</translation>
    </message>
    <message>
        <source>Flessibilità di orario</source>
        <translation>Flexible working hours</translation>
    </message>
    <message>
        <source>Fornitore o piattaforma</source>
        <translation>Provider or platform</translation>
    </message>
    <message>
        <source>Genitore solo</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <source>In coppia con figli</source>
        <translation>Couple with children</translation>
    </message>
    <message>
        <source>In coppia senza figli</source>
        <translation>Couple without children</translation>
    </message>
    <message>
        <source>Indagine sui bisogni</source>
        <translation>Needs survey</translation>
    </message>
    <message>
        <source>Infanzia e centri estivi</source>
        <translation>Childcare and summer camps</translation>
    </message>
    <message>
        <source>Istruzione e borse di studio</source>
        <translation>Education and scholarships</translation>
    </message>
    <message>
        <source>Istruzione e servizi per l&apos;infanzia (lett. f-bis)</source>
        <translation>Education and childcare services (let. f-bis)</translation>
    </message>
    <message>
        <source>Mezzi pubblici</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>Monitoraggio</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Nessuna preferenza</source>
        <translation>No preference</translation>
    </message>
    <message>
        <source>Nessuna rappresentanza</source>
        <translation>No union representation</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Non so</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Oltre 60 minuti</source>
        <translation>Over 60 minutes</translation>
    </message>
    <message>
        <source>Opere e servizi di utilità sociale (lett. f)</source>
        <translation>Works and services of social utility (let. f)</translation>
    </message>
    <message>
        <source>Orario flessibile</source>
        <translation>Flexible hours</translation>
    </message>
    <message>
        <source>Organizzazione del lavoro</source>
        <translation>Work organisation</translation>
    </message>
    <message>
        <source>Piano di welfare</source>
        <translation>Welfare plan</translation>
    </message>
    <message>
        <source>Piano di welfare aziendale</source>
        <translation>Company welfare plan</translation>
    </message>
    <message>
        <source>Previdenza complementare</source>
        <translation>Supplementary pension</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>RSU</source>
        <translation>RSU</translation>
    </message>
    <message>
        <source>Rapporto sull&apos;indagine dei bisogni</source>
        <translation>Needs survey report</translation>
    </message>
    <message>
        <source>Regolamento aziendale vincolante</source>
        <translation>Binding company regulation</translation>
    </message>
    <message>
        <source>Regolamento o accordo</source>
        <translation>Regulation or agreement</translation>
    </message>
    <message>
        <source>Relazione sull&apos;attività di consulenza</source>
        <translation>Consulting activity report</translation>
    </message>
    <message>
        <source>Salute e prevenzione</source>
        <translation>Health and prevention</translation>
    </message>
    <message>
        <source>Sindacati territoriali</source>
        <translation>Local trade unions</translation>
    </message>
    <message>
        <source>Spesa e buoni acquisto</source>
        <translation>Shopping and vouchers</translation>
    </message>
    <message>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tempo determinato</source>
        <translation>Fixed-term</translation>
    </message>
    <message>
        <source>Tempo indeterminato</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Tempo libero e cultura</source>
        <translation>Leisure and culture</translation>
    </message>
    <message>
        <source>Uomo</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Vive da solo/a</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>Volontario (atto unilaterale revocabile)</source>
        <translation>Voluntary (revocable unilateral act)</translation>
    </message>
    <message>
        <source>Accordo individuale di lavoro agile</source>
        <translation>Individual agile-work agreement</translation>
    </message>
    <message>
        <source>Altro luogo idoneo</source>
        <translation>Other suitable place</translation>
    </message>
    <message>
        <source>Annullamento</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Caregiver familiare</source>
        <translation>Family caregiver</translation>
    </message>
    <message>
        <source>Centro satellite</source>
        <translation>Satellite centre</translation>
    </message>
    <message>
        <source>Convenzione con spazio di coworking o centro satellite</source>
        <translation>Convention with a coworking space or satellite centre</translation>
    </message>
    <message>
        <source>Coworking</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <source>Datore privato</source>
        <translation>Private employer</translation>
    </message>
    <message>
        <source>Del lavoratore</source>
        <translation>The worker&apos;s own</translation>
    </message>
    <message>
        <source>Domicilio o residenza</source>
        <translation>Home or residence</translation>
    </message>
    <message>
        <source>Dopo la sperimentazione</source>
        <translation>After the pilot</translation>
    </message>
    <message>
        <source>Forniti dal datore di lavoro</source>
        <translation>Provided by the employer</translation>
    </message>
    <message>
        <source>Genitore di figli con disabilità</source>
        <translation>Parent of a disabled child</translation>
    </message>
    <message>
        <source>Genitore di figli fino a 12 anni</source>
        <translation>Parent of children up to 12</translation>
    </message>
    <message>
        <source>In parte del datore, in parte del lavoratore</source>
        <translation>Partly the employer&apos;s, partly the worker&apos;s</translation>
    </message>
    <message>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Lavoratore con disabilità grave</source>
        <translation>Worker with a severe disability</translation>
    </message>
    <message>
        <source>Lavoro da remoto (con vincolo di orario)</source>
        <translation>Remote work (bound to a timetable)</translation>
    </message>
    <message>
        <source>Nessuna priorità</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Postazione</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Prima della sperimentazione</source>
        <translation>Before the pilot</translation>
    </message>
    <message>
        <source>Pubblica amministrazione</source>
        <translation>Public administration</translation>
    </message>
    <message>
        <source>Recesso</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Regolamento aziendale</source>
        <translation>Company regulation</translation>
    </message>
    <message>
        <source>Regolamento aziendale sul lavoro agile</source>
        <translation>Company regulation on agile work</translation>
    </message>
    <message>
        <source>Sperimentazione</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Uso ordinario</source>
        <translation>Regular use</translation>
    </message>
    <message>
        <source>Valutazione organizzativa</source>
        <translation>Organisational assessment</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>a settimana</source>
        <translation>a week</translation>
    </message>
    <message>
        <source>al mese</source>
        <translation>a month</translation>
    </message>
    <message>
        <source>A tempo determinato</source>
        <translation>Fixed-term</translation>
    </message>
    <message>
        <source>A tempo indeterminato</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <source>Allegato riservato al verbale della commissione</source>
        <translation>Restricted annex to the commission&apos;s minutes</translation>
    </message>
    <message>
        <source>Approvazione della graduatoria provvisoria</source>
        <translation>Approval of the provisional ranking</translation>
    </message>
    <message>
        <source>Atto di liquidazione</source>
        <translation>Payment act</translation>
    </message>
    <message>
        <source>Comunicazione di avvio del procedimento di revoca</source>
        <translation>Notice opening the revocation procedure</translation>
    </message>
    <message>
        <source>Informativa privacy alle richiedenti</source>
        <translation>Privacy notice to applicants</translation>
    </message>
    <message>
        <source>Modulo di accettazione del contributo</source>
        <translation>Grant acceptance form</translation>
    </message>
    <message>
        <source>Nomina della commissione di valutazione</source>
        <translation>Appointment of the evaluation commission</translation>
    </message>
    <message>
        <source>Richiesta di integrazione (soccorso istruttorio)</source>
        <translation>Request for missing documents (soccorso istruttorio)</translation>
    </message>
    <message>
        <source>fascia di contattabilità</source>
        <translation>contact band</translation>
    </message>
    <message>
        <source>fascia di disconnessione</source>
        <translation>disconnection band</translation>
    </message>
    <message>
        <source>un kit da campo</source>
        <translation>a field kit</translation>
    </message>
    <message>
        <source>un pacchetto di rientro</source>
        <translation>a return package</translation>
    </message>
    <message>
        <source>di un altro tipo</source>
        <translation>of another kind</translation>
    </message>
    <message>
        <source>modificarlo: crea una modifica (nuova versione)</source>
        <translation>changed: create an amendment (new version)</translation>
    </message>
    <message>
        <source>cambiarne il testo: crea una modifica (nuova versione)</source>
        <translation>given a new text: create an amendment (new version)</translation>
    </message>
    <message>
        <source>mandarlo in firma</source>
        <translation>sent out for signature</translation>
    </message>
    <message>
        <source>modificarlo (solo un accordo in vigore si modifica)</source>
        <translation>amended (only an agreement in force is amended)</translation>
    </message>
    <message>
        <source>chiuderlo o rinnovarlo</source>
        <translation>closed or renewed</translation>
    </message>
    <message>
        <source>firmatario sconosciuto</source>
        <translation>unknown signatory</translation>
    </message>
    <message>
        <source>senza codice fiscale</source>
        <translation>no fiscal code</translation>
    </message>
    <message>
        <source>Contributi</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Il cognome</source>
        <translation>The surname</translation>
    </message>
    <message>
        <source>Il nome</source>
        <translation>The first name</translation>
    </message>
    <message>
        <source>Il luogo di nascita</source>
        <translation>The place of birth</translation>
    </message>
    <message>
        <source>Il telefono</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>L&apos;indirizzo</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>Il nome del comune</source>
        <translation>The municipality&apos;s name</translation>
    </message>
    <message>
        <source>Il nome dell&apos;ente</source>
        <translation>The body&apos;s name</translation>
    </message>
    <message>
        <source>La denominazione</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>La forma giuridica</source>
        <translation>The legal form</translation>
    </message>
    <message>
        <source>Il ruolo del referente</source>
        <translation>The contact&apos;s role</translation>
    </message>
    <message>
        <source>La cittadinanza</source>
        <translation>The citizenship</translation>
    </message>
    <message>
        <source>Copie più recenti da tenere</source>
        <translation>Newest copies to keep</translation>
    </message>
    <message>
        <source>Giorni con una copia al giorno</source>
        <translation>Days with a daily copy</translation>
    </message>
    <message>
        <source>Settimane con una copia a settimana</source>
        <translation>Weeks with a weekly copy</translation>
    </message>
    <message>
        <source>Avviso dopo quanti giorni senza copia</source>
        <translation>Warn after how many days without a copy</translation>
    </message>
    <message>
        <source>Importata</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Unita a una scheda esistente</source>
        <translation>Merged into an existing record</translation>
    </message>
    <message>
        <source>Già presente, nessuna modifica</source>
        <translation>Already present, no changes</translation>
    </message>
    <message>
        <source>Scartata</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Requisito</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Calcolato</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>Dettaglio</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Confermato</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Motivo e conferma</source>
        <translation>Reason and confirmation</translation>
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <source>&amp;Bando</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>Per ogni domanda dichiara prima di non trovarti in conflitto di interessi, poi assegna i punti di ogni criterio. Il punteggio della domanda è la media dei commissari per criterio, arrotondata a due decimali, sommata.</source>
        <translation>For each application, first declare that you have no conflict of interest, then give the points for each criterion. The application&apos;s score is the sum, over the criteria, of the committee members&apos; average, rounded to two decimal places.</translation>
    </message>
    <message>
        <source>Prot.</source>
        <translation>Prot. no.</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Attività</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Conflitto</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Miei punti</source>
        <translation>My points</translation>
    </message>
    <message>
        <source>Valutazione</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Scheda di valutazione</source>
        <translation>Evaluation sheet</translation>
    </message>
    <message>
        <source>Scegli una domanda dall&apos;elenco.</source>
        <translation>Choose an application from the list.</translation>
    </message>
    <message>
        <source>&amp;Dichiarazione sul conflitto…</source>
        <translation>&amp;Declaration of interests…</translation>
    </message>
    <message>
        <source>Dichiara se ti trovi in conflitto di interessi con questa domanda (Ctrl+D)</source>
        <translation>Declare whether you have a conflict of interest with this application (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Note e motivazione</source>
        <translation>&amp;Notes and reasons</translation>
    </message>
    <message>
        <source>Motivazione sintetica dei punteggi (compare nel verbale)</source>
        <translation>Brief reasons for the scores (shown in the minutes)</translation>
    </message>
    <message>
        <source>Salva &amp;punteggi</source>
        <translation>Save &amp;scores</translation>
    </message>
    <message>
        <source>Salva i punteggi di questa domanda (Ctrl+S)</source>
        <translation>Save the scores for this application (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>EventAttendance</name>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>S&amp;essione</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <source>Sta&amp;mpa il foglio firme</source>
        <translation>P&amp;rint the sign-in sheet</translation>
    </message>
    <message>
        <source>Fogli firme &amp;di tutte le sessioni</source>
        <translation>Sign-in sheets &amp;of all sessions</translation>
    </message>
    <message>
        <source>Cerca e se&amp;gna presente</source>
        <translation>Find and &amp;mark present</translation>
    </message>
    <message>
        <source>Segna assente</source>
        <translation>Mar&amp;k absent</translation>
    </message>
    <message>
        <source>scrivi qualche lettera del cognome, poi Invio</source>
        <translation>type a few letters of the surname, then Enter</translation>
    </message>
</context>
<context>
    <name>EventCertificates</name>
    <message>
        <source>Hanno raggiunto la frequenza minima</source>
        <translation>Reached the minimum attendance</translation>
    </message>
    <message>
        <source>Non hanno raggiunto il minimo, e perché</source>
        <translation>Did not reach the minimum, and why</translation>
    </message>
    <message>
        <source>&amp;Emetti gli attestati</source>
        <translation>Iss&amp;ue the certificates</translation>
    </message>
    <message>
        <source>Apri &amp;la stampa unica</source>
        <translation>&amp;Open the combined print</translation>
    </message>
</context>
<context>
    <name>EventFeedback</name>
    <message>
        <source>Un questionario di carta alla volta: punteggi da 1 a 5 (— se non risposto), commento libero.</source>
        <translation>One paper questionnaire at a time: scores 1 to 5 (— if not answered), free comment.</translation>
    </message>
    <message>
        <source>Domanda 1</source>
        <translation>Question 1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Domanda 2</source>
        <translation>Question 2</translation>
    </message>
    <message>
        <source>Domanda 3</source>
        <translation>Question 3</translation>
    </message>
    <message>
        <source>Domanda 4</source>
        <translation>Question 4</translation>
    </message>
    <message>
        <source>Domanda 5</source>
        <translation>Question 5</translation>
    </message>
    <message>
        <source>C&amp;ommento</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <source>R&amp;egistra</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>&amp;Linea di lavoro</source>
        <translation>Line &amp;of work</translation>
    </message>
    <message>
        <source>&amp;Destinatari</source>
        <translation>Ta&amp;rget</translation>
    </message>
    <message>
        <source>es. Sala consiliare</source>
        <translation>e.g. Council hall</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Or&amp;ganizzatore</source>
        <translation>Or&amp;ganiser</translation>
    </message>
    <message>
        <source>Tit&amp;olo</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>L&amp;uogo</source>
        <translation>Plac&amp;e</translation>
    </message>
    <message>
        <source>Posti</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Fr&amp;equenza minima %</source>
        <translation>Minim&amp;um attendance %</translation>
    </message>
    <message>
        <source>Attestato</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Firmatario</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Ruolo del firmatario</source>
        <translation>Signer&apos;s role</translation>
    </message>
    <message>
        <source>Iscri&amp;zioni aperte</source>
        <translation>Registrations open</translation>
    </message>
    <message>
        <source>Argomenti
(uno per riga)</source>
        <translation>Topics
(one per line)</translation>
    </message>
    <message>
        <source>Aggiungi partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Aggiungi sessione</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>vuoto: illimitati</source>
        <translation>empty: unlimited</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Togli</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Sessioni (data gg/mm/aaaa, inizio e fine hh:mm): le ore del corso sono la loro somma</source>
        <translation>Sessions (date dd/mm/yyyy, start and end hh:mm): the course&apos;s hours are their sum</translation>
    </message>
    <message>
        <source>Togli sessione</source>
        <translation>Remove session</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>EventIndicators</name>
    <message>
        <source>Questo &amp;evento</source>
        <translation>This &amp;event</translation>
    </message>
    <message>
        <source>Periodo &amp;dal</source>
        <translation>Pe&amp;riod from</translation>
    </message>
    <message>
        <source>Ca&amp;lcola</source>
        <translation>C&amp;ompute</translation>
    </message>
    <message>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Esporta &amp;xlsx</source>
        <translation>Export &amp;xlsx</translation>
    </message>
</context>
<context>
    <name>EventParticipants</name>
    <message>
        <source>Nata/o i&amp;l</source>
        <translation>&amp;Born on</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Cam&amp;bia stato in</source>
        <translation>Change status to</translation>
    </message>
    <message>
        <source>&amp;Dall&apos;anagrafica</source>
        <translation>From the &amp;registry</translation>
    </message>
    <message>
        <source>C&amp;ognome</source>
        <translation>S&amp;urname</translation>
    </message>
    <message>
        <source>No&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Com&amp;une</source>
        <translation>Municipa&amp;lity</translation>
    </message>
    <message>
        <source>Codic&amp;e fiscale</source>
        <translation>Fiscal c&amp;ode</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>S&amp;ex</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ente di provenien&amp;za</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Informativa versione</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <source>Consenso foto</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <source>Consenso notizie</source>
        <translation>Ne&amp;ws consent</translation>
    </message>
    <message>
        <source>Iscrivi</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Applica</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Unisci i doppioni</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Completa o corre&amp;ggi…</source>
        <translation>Complete or fi&amp;x…</translation>
    </message>
    <message>
        <source>I dati della persona scelta tornano nel modulo: correggili o completali, poi Invio (Esc annulla)</source>
        <translation>The chosen person&apos;s data go back into the form: correct or complete them, then Enter (Esc cancels)</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Eventi e formazione</source>
        <translation>Events and training</translation>
    </message>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>titolo o luogo</source>
        <translation>title or place</translation>
    </message>
    <message>
        <source>&amp;Nuovo evento</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
</context>
<context>
    <name>FieldOffice</name>
    <message>
        <source>Kit per un portatile</source>
        <translation>Kit for a laptop</translation>
    </message>
    <message>
        <source>&amp;Evento</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <source>Includi le persone già &amp;iscritte (nome e codice fiscale cifrato)</source>
        <translation>Include people already &amp;registered (name and hashed tax code)</translation>
    </message>
    <message>
        <source>Prepara il &amp;kit…</source>
        <translation>Prepare the &amp;kit…</translation>
    </message>
    <message>
        <source>Rientro dal campo</source>
        <translation>Return from the field</translation>
    </message>
    <message>
        <source>&amp;Apri un pacchetto di rientro…</source>
        <translation>&amp;Open a return package…</translation>
    </message>
    <message>
        <source>Apri il pacchetto: prima viene sempre fatta una prova, senza scrivere nulla.</source>
        <translation>Open the package: a dry run always comes first, writing nothing.</translation>
    </message>
    <message>
        <source>Seleziona un record da decidere: qui compaiono i valori del campo e dell&apos;ufficio affiancati, o le persone simili dell&apos;anagrafica.</source>
        <translation>Select a record to decide: field and office values appear here side by side, or the similar people of the registry.</translation>
    </message>
    <message>
        <source>È &amp;lei/lui</source>
        <translation>&amp;Same person</translation>
    </message>
    <message>
        <source>&amp;Nessuna: persona nuova</source>
        <translation>&amp;None: new person</translation>
    </message>
    <message>
        <source>Salva il &amp;resoconto…</source>
        <translation>Save the &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Unisci al database</source>
        <translation>&amp;Merge into the database</translation>
    </message>
</context>
<context>
    <name>FieldRegistration</name>
    <message>
        <source>Scheda breve: cognome e nome bastano; il codice fiscale è facoltativo ma, se lo scrivi, viene controllato. Ogni iscrizione è salvata appena confermata.</source>
        <translation>Short form: surname and first name are enough; the tax code is optional but checked when given. Each registration is saved as soon as it is confirmed.</translation>
    </message>
    <message>
        <source>&amp;Cognome</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;Nome</source>
        <translation>First &amp;name</translation>
    </message>
    <message>
        <source>Codice &amp;fiscale</source>
        <translation>&amp;Tax code</translation>
    </message>
    <message>
        <source>facoltativo</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Nata/o i&amp;l</source>
        <translation>&amp;Born on</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Telefono</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Informativa privacy (da leggere o mostrare)</source>
        <translation>Privacy notice (to read out or show)</translation>
    </message>
    <message>
        <source>Ha ricevuto l&apos;&amp;informativa</source>
        <translation>Received the privacy &amp;notice</translation>
    </message>
    <message>
        <source>Consenso a &amp;foto e video</source>
        <translation>Consent to photos and &amp;video</translation>
    </message>
    <message>
        <source>Consenso alle &amp;comunicazioni della rete</source>
        <translation>Consent to the network&apos;s &amp;communications</translation>
    </message>
    <message>
        <source>&amp;Iscrivi</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Consensi della persona &amp;selezionata</source>
        <translation>Consents of the &amp;selected person</translation>
    </message>
    <message>
        <source>N&amp;ota di accoglienza</source>
        <translation>Intake n&amp;ote</translation>
    </message>
    <message>
        <source>per la persona selezionata</source>
        <translation>for the selected person</translation>
    </message>
    <message>
        <source>Salva n&amp;ota</source>
        <translation>Save n&amp;ote</translation>
    </message>
</context>
<context>
    <name>FieldReturn</name>
    <message>
        <source>Il pacchetto di rientro contiene ogni iscrizione, presenza, consenso e nota, cifrato con la stessa frase segreta del kit. Puoi prepararne un altro in qualsiasi momento: i dati restano sul portatile finché l&apos;ufficio non dà il codice di ricevuta.</source>
        <translation>The return package holds every registration, attendance mark, consent and note, encrypted with the kit&apos;s passphrase. You can prepare another one at any time: the data stays on the laptop until the office gives the receipt code.</translation>
    </message>
    <message>
        <source>&amp;Chiudi e prepara il rientro…</source>
        <translation>&amp;Close and prepare the return…</translation>
    </message>
    <message>
        <source>Ricevuta dell&apos;ufficio</source>
        <translation>Office receipt</translation>
    </message>
    <message>
        <source>&amp;Codice di ricevuta</source>
        <translation>Receipt &amp;code</translation>
    </message>
    <message>
        <source>ABCDE-FGHIJ</source>
        <translation>ABCDE-FGHIJ</translation>
    </message>
    <message>
        <source>Conferma e &amp;cancella i dati del portatile…</source>
        <translation>Confirm and &amp;delete the laptop&apos;s data…</translation>
    </message>
</context>
<context>
    <name>FirstAdministrator</name>
    <message>
        <source>L&apos;amministratore crea gli utenti dei colleghi, assegna i ruoli e gestisce impostazioni e copie di sicurezza. Di solito è il responsabile dell&apos;ufficio. Le persone seguite dal servizio sono spesso fragili: ognuno accede con il proprio utente e ogni operazione resta registrata.</source>
        <translation>The administrator creates colleagues&apos; user accounts, assigns roles and manages settings and backups. This is usually the head of the office. The people supported by the service are often vulnerable: everyone signs in with their own user account and every operation is recorded.</translation>
    </message>
    <message>
        <source>&amp;Nome e cognome</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>es. Maria Bianchi</source>
        <translation>e.g. Maria Bianchi</translation>
    </message>
    <message>
        <source>Nome &amp;utente</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>es. maria.bianchi</source>
        <translation>e.g. maria.bianchi</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Ripeti la password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
</context>
<context>
    <name>FlexworkAgreementForm</name>
    <message>
        <source>&amp;Lavoratore</source>
        <translation>Wor&amp;ker</translation>
    </message>
    <message>
        <source>&amp;Durata dell&apos;accordo</source>
        <translation>Agreement&apos;s &amp;duration</translation>
    </message>
    <message>
        <source>Luog&amp;hi</source>
        <translation>Pla&amp;ces</translation>
    </message>
    <message>
        <source>Sot&amp;toscritto il</source>
        <translation>Si&amp;gned on</translation>
    </message>
    <message>
        <source>&amp;Inizio lavoro agile</source>
        <translation>Ag&amp;ile work starts</translation>
    </message>
    <message>
        <source>Fin&amp;e (se prevista)</source>
        <translation>End (if an&amp;y)</translation>
    </message>
    <message>
        <source>Inizio del rapporto</source>
        <translation>E&amp;mployment start</translation>
    </message>
    <message>
        <source>Tipo di rapporto</source>
        <translation>Emp&amp;loyment type</translation>
    </message>
    <message>
        <source>&amp;Giornate agili a settimana</source>
        <translation>Agile days a w&amp;eek</translation>
    </message>
    <message>
        <source>Giornate in sede a setti&amp;mana</source>
        <translation>&amp;Office days a week</translation>
    </message>
    <message>
        <source>Strumenti</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Fascia di contatta&amp;bilità</source>
        <translation>Contact &amp;band</translation>
    </message>
    <message>
        <source>Fascia di dis&amp;connessione</source>
        <translation>Disconnection band</translation>
    </message>
    <message>
        <source>Tempi di riposo</source>
        <translation>&amp;Rest times</translation>
    </message>
    <message>
        <source>Potere direttivo e controlli (art. &amp;21)</source>
        <translation>Directive power and controls (art. &amp;21)</translation>
    </message>
    <message>
        <source>Informativa sicure&amp;zza (art. 22) del</source>
        <translation>Safety notice (art. 22) of</translation>
    </message>
    <message>
        <source>Preavviso del lavoratore (giorni)</source>
        <translation>Worker&apos;s notice (days)</translation>
    </message>
    <message>
        <source>Preavviso del datore (giorni)</source>
        <translation>Employer&apos;s notice (days)</translation>
    </message>
    <message>
        <source>Giustificato motivo</source>
        <translation>&amp;Justified cause</translation>
    </message>
    <message>
        <source>Lavoratore con disabilità (L. &amp;68/1999)</source>
        <translation>Worker with a disability (L. &amp;68/1999)</translation>
    </message>
    <message>
        <source>Priorità (art. 18 c. &amp;3-bis)</source>
        <translation>Priority (art. 18 c. &amp;3-bis)</translation>
    </message>
</context>
<context>
    <name>FlexworkAgreementsForm</name>
    <message>
        <source>Conservazione degli accordi dalla firma:</source>
        <translation>Agreements kept from signature for:</translation>
    </message>
    <message>
        <source> anni</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Accordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Imposta la conservazione</source>
        <translation>Set the retention</translation>
    </message>
    <message>
        <source>N&amp;uovo accordo</source>
        <translation>Ne&amp;w agreement</translation>
    </message>
    <message>
        <source>Salva l&apos;acc&amp;ordo</source>
        <translation>&amp;Save the agreement</translation>
    </message>
    <message>
        <source>Stam&amp;pa (PDF/A)</source>
        <translation>&amp;Print (PDF/A)</translation>
    </message>
    <message>
        <source>&amp;Recesso…</source>
        <translation>Withdr&amp;awal…</translation>
    </message>
    <message>
        <source>Copie stampate</source>
        <translation>Printed copies</translation>
    </message>
</context>
<context>
    <name>FlexworkAssessmentForm</name>
    <message>
        <source>&amp;Ruoli (mansioni) in organico</source>
        <translation>&amp;Roles (job titles) on the staff</translation>
    </message>
    <message>
        <source>&amp;Lavoratrici</source>
        <translation>W&amp;omen workers</translation>
    </message>
    <message>
        <source>Lavorator&amp;i</source>
        <translation>&amp;Men workers</translation>
    </message>
    <message>
        <source>&amp;Caregiver</source>
        <translation>Care&amp;givers</translation>
    </message>
    <message>
        <source>&amp;Data della valutazione</source>
        <translation>Assessment &amp;date</translation>
    </message>
    <message>
        <source>Ruoli adatti al lavoro da re&amp;moto</source>
        <translation>Roles suited to remote &amp;work</translation>
    </message>
    <message>
        <source>Con fi&amp;gli fino a 12 anni</source>
        <translation>With &amp;children up to 12</translation>
    </message>
    <message>
        <source>Con disa&amp;bilità</source>
        <translation>With disa&amp;bilities</translation>
    </message>
    <message>
        <source>S&amp;trumenti disponibili e mancanti</source>
        <translation>Too&amp;ls available and missing</translation>
    </message>
    <message>
        <source>Sicur&amp;ezza dei dati</source>
        <translation>D&amp;ata security</translation>
    </message>
    <message>
        <source>&amp;Pratiche attuali</source>
        <translation>Current &amp;practices</translation>
    </message>
    <message>
        <source>Salva la val&amp;utazione</source>
        <translation>&amp;Save the assessment</translation>
    </message>
</context>
<context>
    <name>FlexworkCommunicationsForm</name>
    <message>
        <source>Il programma prepara il file: lo carica sul portale del Ministero il datore di lavoro o il suo consulente, entro 5 giorni dall&apos;inizio, dalla modifica o dalla fine.</source>
        <translation>The program prepares the file: the employer or its consultant uploads it to the Ministry&apos;s portal within 5 days of the start, change or end.</translation>
    </message>
    <message>
        <source>Solo da &amp;inviare</source>
        <translation>&amp;Only to send</translation>
    </message>
    <message>
        <source>&amp;Esporta per il Ministero (xlsx)…</source>
        <translation>&amp;Export for the Ministry (xlsx)…</translation>
    </message>
    <message>
        <source>Esporta &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Ann&amp;ulla la comunicazione…</source>
        <translation>Cance&amp;l the communication…</translation>
    </message>
    <message>
        <source>Inviata i&amp;l</source>
        <translation>&amp;Sent on</translation>
    </message>
    <message>
        <source>&amp;Ricevuta del Ministero</source>
        <translation>Ministry&apos;s &amp;receipt</translation>
    </message>
    <message>
        <source>Registra l&apos;invi&amp;o</source>
        <translation>Record the sendin&amp;g</translation>
    </message>
</context>
<context>
    <name>FlexworkCoworkingForm</name>
    <message>
        <source>Filtra per comune</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <source>Con servizi per l&apos;infanzia</source>
        <translation>With chil&amp;dcare</translation>
    </message>
    <message>
        <source>N&amp;uovo spazio</source>
        <translation>Ne&amp;w space</translation>
    </message>
    <message>
        <source>&amp;Nome</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Indirizzo</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Comune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Postazioni</source>
        <translation>&amp;Seats</translation>
    </message>
    <message>
        <source>S&amp;ervizi</source>
        <translation>Servi&amp;ces</translation>
    </message>
    <message>
        <source>Servizi per &amp;l&apos;infanzia</source>
        <translation>Chi&amp;ldcare services</translation>
    </message>
    <message>
        <source>Salva lo spa&amp;zio</source>
        <translation>Save the s&amp;pace</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>For&amp;ma</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Salva le modifiche</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Elimina…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>P&amp;rezzi</source>
        <translation>P&amp;rices</translation>
    </message>
    <message>
        <source>Accessi&amp;bile</source>
        <translation>Access&amp;ible</translation>
    </message>
    <message>
        <source>&amp;Gestore (anagrafica)</source>
        <translation>&amp;Operator (registry)</translation>
    </message>
    <message>
        <source>Cerca il gestore: nome dell&apos;impresa o dell&apos;ente…</source>
        <translation>Search the operator: name of the firm or body…</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>&amp;Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Aggiungi postazione o vouc&amp;her</source>
        <translation>Add seat or vo&amp;ucher</translation>
    </message>
</context>
<context>
    <name>FlexworkIndicatorsForm</name>
    <message>
        <source>Le medie dei questionari non mostrano mai gruppi con meno di 5 persone.</source>
        <translation>Questionnaire averages never show groups of fewer than 5 people.</translation>
    </message>
    <message>
        <source>&amp;Esporta in Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
</context>
<context>
    <name>FlexworkMonitoringForm</name>
    <message>
        <source>&amp;Momento</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Categoria prioritaria</source>
        <translation>&amp;Priority category</translation>
    </message>
    <message>
        <source>&amp;Benessere (1–5)</source>
        <translation>We&amp;ll-being (1–5)</translation>
    </message>
    <message>
        <source>S&amp;esso</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Equ&amp;ilibrio vita-lavoro (1–5)</source>
        <translation>Work-life &amp;balance (1–5)</translation>
    </message>
    <message>
        <source>&amp;Organizzazione del lavoro (1–5)</source>
        <translation>Work &amp;organisation (1–5)</translation>
    </message>
    <message>
        <source>Giornate da &amp;remoto al mese</source>
        <translation>&amp;Remote days a month</translation>
    </message>
    <message>
        <source>Min&amp;uti di viaggio risparmiati a settimana</source>
        <translation>Commuting &amp;minutes saved a week</translation>
    </message>
    <message>
        <source>&amp;Km risparmiati a settimana</source>
        <translation>&amp;Km saved a week</translation>
    </message>
    <message>
        <source>A&amp;ggiungi il questionario</source>
        <translation>&amp;Add the questionnaire</translation>
    </message>
    <message>
        <source>Questionari inseriti (le risposte non si mostrano una per una):</source>
        <translation>Questionnaires entered (answers are never shown one by one):</translation>
    </message>
    <message>
        <source>E&amp;limina il questionario…</source>
        <translation>&amp;Delete the questionnaire…</translation>
    </message>
</context>
<context>
    <name>FlexworkPathwayForm</name>
    <message>
        <source>&amp;Impresa o ente</source>
        <translation>Fir&amp;m or body</translation>
    </message>
    <message>
        <source>Cerca nell&apos;anagrafica: nome dell&apos;impresa o dell&apos;ente…</source>
        <translation>Search the registry: name of the firm or body…</translation>
    </message>
    <message>
        <source>Dat&amp;ore</source>
        <translation>&amp;Employer</translation>
    </message>
    <message>
        <source>&amp;Consulente o agente</source>
        <translation>&amp;Consultant or agent</translation>
    </message>
    <message>
        <source>Contratto co&amp;llettivo</source>
        <translation>Co&amp;llective agreement</translation>
    </message>
    <message>
        <source>Il contratto collettivo richiede una fascia di contatta&amp;bilità</source>
        <translation>The collective agreement requires a contact &amp;band</translation>
    </message>
    <message>
        <source>Voce di ta&amp;riffa INAIL</source>
        <translation>INAIL tariff &amp;item</translation>
    </message>
    <message>
        <source>Not&amp;e</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Salva sc&amp;heda</source>
        <translation>&amp;Save card</translation>
    </message>
    <message>
        <source>Fase raggi&amp;unta</source>
        <translation>St&amp;age reached</translation>
    </message>
    <message>
        <source>No&amp;ta della fase</source>
        <translation>Sta&amp;ge note</translation>
    </message>
    <message>
        <source>Re&amp;gistra la fase</source>
        <translation>&amp;Record the stage</translation>
    </message>
    <message>
        <source>&amp;PAT INAIL</source>
        <translation>INAIL &amp;PAT</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>FlexworkPathwaysForm</name>
    <message>
        <source>Cerca impresa, ente o consulente</source>
        <translation>Search firm, body or consultant</translation>
    </message>
    <message>
        <source>&amp;Nuovo percorso</source>
        <translation>&amp;New pathway</translation>
    </message>
</context>
<context>
    <name>FlexworkRegulationForm</name>
    <message>
        <source>&amp;Modalità</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Giornate</source>
        <translation>&amp;Days</translation>
    </message>
    <message>
        <source>&amp;Periodo</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Fascia di contatta&amp;bilità</source>
        <translation>&amp;Contact band</translation>
    </message>
    <message>
        <source>Fascia di dis&amp;connessione</source>
        <translation>D&amp;isconnection band</translation>
    </message>
    <message>
        <source>C&amp;hi fornisce gli strumenti</source>
        <translation>&amp;Who provides the tools</translation>
    </message>
    <message>
        <source>Informativa sulla sicure&amp;zza</source>
        <translation>&amp;Safety notice</translation>
    </message>
    <message>
        <source>Periodo di p&amp;rova (mesi)</source>
        <translation>T&amp;rial period (months)</translation>
    </message>
    <message>
        <source>A&amp;dottato il</source>
        <translation>&amp;Adopted on</translation>
    </message>
    <message>
        <source>Salva le sc&amp;elte</source>
        <translation>Save th&amp;e choices</translation>
    </message>
    <message>
        <source>S&amp;tampa il regolamento (PDF/A)</source>
        <translation>Print the re&amp;gulation (PDF/A)</translation>
    </message>
    <message>
        <source>&amp;Luoghi ammessi</source>
        <translation>P&amp;laces allowed</translation>
    </message>
    <message>
        <source>Str&amp;umenti</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>Sezione del PIA&amp;O (enti pubblici)</source>
        <translation>PIAO section (p&amp;ublic bodies)</translation>
    </message>
</context>
<context>
    <name>FlexworkWithdrawalForm</name>
    <message>
        <source>Recede il &amp;datore di lavoro</source>
        <translation>The &amp;employer withdraws</translation>
    </message>
    <message>
        <source>&amp;Preavviso dato il</source>
        <translation>&amp;Notice given on</translation>
    </message>
    <message>
        <source>&amp;Efficace dal</source>
        <translation>Effective &amp;from</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>E&amp;lenco</source>
        <translation>Li&amp;st</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Benvenuta, benvenuto</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Ente non ancora configurato</source>
        <translation>Organisation not yet set up</translation>
    </message>
    <message>
        <source>Persone in anagrafica</source>
        <translation>People in the registry</translation>
    </message>
    <message>
        <source>Enti e imprese</source>
        <translation>Organisations and businesses</translation>
    </message>
    <message>
        <source>Comuni del territorio</source>
        <translation>Local municipalities</translation>
    </message>
    <message>
        <source>Ultima copia di sicurezza</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Attività recente</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Scegli il foglio da importare. La prima riga con i nomi delle colonne (Cognome, Nome, Codice fiscale, Comune…) viene trovata da sola, anche sotto un titolo. Nulla viene scritto finché non confermi l&apos;importazione, dopo la simulazione.</source>
        <translation>Choose the sheet to import. The first row with the column names (Cognome, Nome, Codice fiscale, Comune…) is found automatically, even below a title. Nothing is written until you confirm the import, after the simulation.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Fi&amp;le</translation>
    </message>
    <message>
        <source>Foglio Excel (.xlsx) o testo separato da ; o , (.csv)</source>
        <translation>Excel workbook (.xlsx) or text separated by ; or , (.csv)</translation>
    </message>
    <message>
        <source>Sfogl&amp;ia…</source>
        <translation>Brows&amp;e…</translation>
    </message>
    <message>
        <source>Contiene</source>
        <translation>Contains</translation>
    </message>
    <message>
        <source>&amp;Persone</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Enti e imprese</source>
        <translation>&amp;Organisations and businesses</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Colonna del file</source>
        <translation>File column</translation>
    </message>
    <message>
        <source>Primi valori</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Diventa</source>
        <translation>Becomes</translation>
    </message>
</context>
<context>
    <name>ImportOutcomePage</name>
    <message>
        <source>Righe per esito</source>
        <translation>Rows by outcome</translation>
    </message>
    <message>
        <source>Nuove schede</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>Unite a schede esistenti</source>
        <translation>Merged into existing records</translation>
    </message>
    <message>
        <source>Già presenti, nessuna modifica</source>
        <translation>Already present, no changes</translation>
    </message>
    <message>
        <source>Scartate</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Esito delle prime righe:</source>
        <translation>Outcome of the first rows:</translation>
    </message>
    <message>
        <source>Riga</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Dettaglio</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Apri il &amp;resoconto</source>
        <translation>Open the &amp;report</translation>
    </message>
    <message>
        <source>Apri le righe &amp;scartate</source>
        <translation>Open the re&amp;jected rows</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Accesso</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Scrivi il tuo nome utente e la password. Ogni accesso è registrato.</source>
        <translation>Enter your username and password. Every sign-in is recorded.</translation>
    </message>
    <message>
        <source>&amp;Nome utente</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>es. mario.rossi</source>
        <translation>e.g. mario.rossi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Dati dimostrativi: prova ogni ruolo</source>
        <translation>Demo data: try every role</translation>
    </message>
    <message>
        <source>Questi utenti esistono solo nei dati dimostrativi. Fai clic su una riga per inserirne nome e password, poi premi Invio.</source>
        <translation>These users exist only in the demo data. Click a row to fill in its username and password, then press Enter.</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Password dimenticata o utente bloccato? Chiedi all&apos;amministratore di reimpostarla.</source>
        <translation>Forgotten your password or locked out? Ask the administrator to reset it.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Per ogni dato scegli quale valore tenere. La scheda conservata riceve tutti i collegamenti (enti, privacy, consensi) dell&apos;altra, che viene eliminata; l&apos;unione resta nella storia.</source>
        <translation>For each item, choose which value to keep. The record kept receives all the links (organisations, privacy, consents) of the other one, which is deleted; the merge remains in the history.</translation>
    </message>
    <message>
        <source>Scheda da conservare:</source>
        <translation>Record to keep:</translation>
    </message>
    <message>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;B</source>
        <translation>&amp;B</translation>
    </message>
    <message>
        <source>&amp;Unisci le schede</source>
        <translation>&amp;Merge records</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Anagrafiche</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Start-up e contributi</source>
        <translation>Start-ups and grants</translation>
    </message>
    <message>
        <source>Lavoro agile</source>
        <translation>Flexible work</translation>
    </message>
    <message>
        <source>Rete e accordi</source>
        <translation>Network and agreements</translation>
    </message>
    <message>
        <source>Consulenza PMI</source>
        <translation>SME consulting</translation>
    </message>
    <message>
        <source>Eventi</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Amministrazione</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Enti e imprese</source>
        <translation>Organisations and businesses</translation>
    </message>
    <message>
        <source>Bandi</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Domande</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Valutazione</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Graduatorie</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <source>Erogazioni</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Documenti</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Accordi</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>La rete</source>
        <translation>The network</translation>
    </message>
    <message>
        <source>Contatti con le imprese</source>
        <translation>Contacts with businesses</translation>
    </message>
    <message>
        <source>Modelli di accordo</source>
        <translation>Agreement templates</translation>
    </message>
    <message>
        <source>Ente e progetto</source>
        <translation>Organisation and project</translation>
    </message>
    <message>
        <source>Utenti</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Registro delle attività</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Copie di sicurezza</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Eventi e formazione</source>
        <translation>Events and training</translation>
    </message>
    <message>
        <source>Incarichi welfare</source>
        <translation>Welfare engagements</translation>
    </message>
    <message>
        <source>Indicatori welfare</source>
        <translation>Welfare indicators</translation>
    </message>
    <message>
        <source>Portatili da campo</source>
        <translation>Field laptops</translation>
    </message>
    <message>
        <source>Organizzazioni seguite</source>
        <translation>Organisations followed</translation>
    </message>
    <message>
        <source>Coworking e satelliti</source>
        <translation>Coworking and satellites</translation>
    </message>
    <message>
        <source>Indicatori lavoro agile</source>
        <translation>Agile-work indicators</translation>
    </message>
</context>
<context>
    <name>NetworkOverviewForm</name>
    <message>
        <source>Accordi di un ente o impresa</source>
        <translation>Agreements of an organisation or business</translation>
    </message>
    <message>
        <source>&amp;Ente o impresa</source>
        <translation>&amp;Organisation or business</translation>
    </message>
    <message>
        <source>Apri l&apos;&amp;accordo</source>
        <translation>Open the &amp;agreement</translation>
    </message>
    <message>
        <source>Partner di un comune</source>
        <translation>Partners in a municipality</translation>
    </message>
    <message>
        <source>&amp;Comune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>solo accordi in firma o in &amp;vigore</source>
        <translation>only agreements being signed or in &amp;force</translation>
    </message>
    <message>
        <source>Apri l&apos;acc&amp;ordo</source>
        <translation>Open the agr&amp;eement</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>← &amp;Torna all&apos;elenco</source>
        <translation>← &amp;Back to list</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Modifica</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Elimina…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;1 Scheda</source>
        <translation>&amp;1 Details</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Forma giuridica</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Sede legale</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <source>Codice ATECO</source>
        <translation>ATECO code</translation>
    </message>
    <message>
        <source>Dipendenti</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Legale rappresentante</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Alleanza</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;2 Referenti</source>
        <translation>&amp;2 Contacts</translation>
    </message>
    <message>
        <source>Referenti dell&apos;ente (il legale rappresentante è nella scheda).</source>
        <translation>The organisation&apos;s contact persons (the legal representative is shown under Details).</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;3 Contributi</source>
        <translation>&amp;3 Grants</translation>
    </message>
    <message>
        <source>Domande di contributo start-up per cui è stata costituita questa impresa (Invio apre la domanda).</source>
        <translation>Start-up grant applications this business was set up for (Enter opens the application).</translation>
    </message>
    <message>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Bando</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;4 Unioni</source>
        <translation>&amp;4 Merges</translation>
    </message>
    <message>
        <source>&amp;5 Storia</source>
        <translation>&amp;5 History</translation>
    </message>
    <message>
        <source>Schede della stessa persona o dello stesso ente unite a questa: i loro collegamenti sono stati spostati qui.</source>
        <translation>Records of the same person or organisation merged into this one: their links have been moved here.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Unita da</source>
        <translation>Merged by</translation>
    </message>
    <message>
        <source>Scheda unita</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <source>Dati presi da quella scheda</source>
        <translation>Data taken from that record</translation>
    </message>
    <message>
        <source>Collegamenti spostati</source>
        <translation>Links moved</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Schede forse già registrate</source>
        <translation>Records possibly already registered</translation>
    </message>
    <message>
        <source>Somigliano a quella che stai scrivendo: se è una di queste, apri la sua scheda invece di crearne un&apos;altra.</source>
        <translation>These resemble the one you are entering: if it is one of them, open its record instead of creating a new one.</translation>
    </message>
    <message>
        <source>Apri la sc&amp;heda esistente</source>
        <translation>Op&amp;en the existing record</translation>
    </message>
    <message>
        <source>Dati dell&apos;ente</source>
        <translation>Organisation details</translation>
    </message>
    <message>
        <source>&amp;Denominazione</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>F&amp;orma giuridica</source>
        <translation>Le&amp;gal form</translation>
    </message>
    <message>
        <source>es. S.r.l., società cooperativa, APS</source>
        <translation>e.g. S.r.l., società cooperativa, APS</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale</source>
        <translation>Tax &amp;code</translation>
    </message>
    <message>
        <source>Partita &amp;IVA</source>
        <translation>VAT n&amp;umber</translation>
    </message>
    <message>
        <source>Apri la scheda già registrata</source>
        <translation>Open the registered record</translation>
    </message>
    <message>
        <source>Codice ATECO</source>
        <translation>ATECO code</translation>
    </message>
    <message>
        <source>es. 88.91.00</source>
        <translation>e.g. 88.91.00</translation>
    </message>
    <message>
        <source>Sede legale</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <source>I&amp;ndirizzo</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Via e numero civico</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Recapiti</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>E-mai&amp;l</source>
        <translation>E-mai&amp;l</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Le&amp;gale rappresentante</source>
        <translation>Legal re&amp;presentative</translation>
    </message>
    <message>
        <source>Refer&amp;enti</source>
        <translation>Cont&amp;acts</translation>
    </message>
    <message>
        <source>Aggiungi il referente</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <source>Dimensione, alleanza e pagamenti</source>
        <translation>Size, alliance and payments</translation>
    </message>
    <message>
        <source>Di&amp;pendenti</source>
        <translation>Employee&amp;s</translation>
    </message>
    <message>
        <source>di cui donne</source>
        <translation>of whom women</translation>
    </message>
    <message>
        <source>uomini</source>
        <translation>men</translation>
    </message>
    <message>
        <source>&amp;Ruolo nell&apos;alleanza</source>
        <translation>Alliance &amp;role</translation>
    </message>
    <message>
        <source>Partner dal</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>IT.. per i pagamenti</source>
        <translation>IT.. for payments</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Togli il referente</source>
        <translation>Remove the contact person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Invio salva · Esc annulla</source>
        <translation>Enter saves · Esc cancels</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Invio o Ctrl+S</source>
        <translation>Enter or Ctrl+S</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>Questi dati compaiono nell&apos;intestazione e nel piè di pagina di ogni documento stampato. Il CUP va indicato su tutti gli atti del progetto.</source>
        <translation>These details appear in the header and footer of every printed document. The CUP must be shown on all project documents.</translation>
    </message>
    <message>
        <source>Carta intestata</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>&amp;Denominazione dell&apos;ente</source>
        <translation>&amp;Organisation name</translation>
    </message>
    <message>
        <source>&amp;Indirizzo della sede</source>
        <translation>Head office &amp;address</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale</source>
        <translation>Tax &amp;code (codice fiscale)</translation>
    </message>
    <message>
        <source>&amp;Partita IVA</source>
        <translation>VAT num&amp;ber</translation>
    </message>
    <message>
        <source>P&amp;EC</source>
        <translation>P&amp;EC</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Telefono</source>
        <translation>Tele&amp;phone</translation>
    </message>
    <message>
        <source>Scegli &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Titolo del pr&amp;ogetto</source>
        <translation>Project t&amp;itle</translation>
    </message>
    <message>
        <source>C&amp;UP</source>
        <translation>C&amp;UP</translation>
    </message>
    <message>
        <source>Dicitura del finan&amp;ziamento</source>
        <translation>Funding &amp;statement</translation>
    </message>
    <message>
        <source>&amp;Nome e cognome</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Ruolo</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Pa&amp;gina di prova (PDF)</source>
        <translation>Test pa&amp;ge (PDF)</translation>
    </message>
    <message>
        <source>Annulla modific&amp;he</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Nessun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Rimuovi logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Progetto</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>15 caratteri, es. E11H17000120002</source>
        <translation>15 characters, e.g. E11H17000120002</translation>
    </message>
    <message>
        <source>Firmatario predefinito</source>
        <translation>Default signatory</translation>
    </message>
    <message>
        <source>es. Responsabile del procedimento</source>
        <translation>e.g. Officer responsible for the procedure</translation>
    </message>
</context>
<context>
    <name>OrganisationsList</name>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Denominazione, partita IVA o codice fiscale, e-mail o PEC, telefono o comune</source>
        <translation>Name, VAT number or tax code, e-mail or PEC, telephone or municipality</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Dimensione</source>
        <translation>Si&amp;ze</translation>
    </message>
    <message>
        <source>Al&amp;leanza</source>
        <translation>&amp;Alliance</translation>
    </message>
    <message>
        <source>A&amp;zzera i filtri</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;Nuovo ente</source>
        <translation>&amp;New organisation</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Apri la sc&amp;heda</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>Invio o doppio clic</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <source>&amp;Elimina…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Canc</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Unisci due schede…</source>
        <translation>Mer&amp;ge two records…</translation>
    </message>
    <message>
        <source>Seleziona due schede della stessa persona o dello stesso ente (Ctrl+clic)</source>
        <translation>Select two records of the same person or organisation (Ctrl+click)</translation>
    </message>
    <message>
        <source>&amp;Importa da file…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>Esporta in E&amp;xcel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Conta il nume&amp;ro esatto</source>
        <translation>&amp;Count all</translation>
    </message>
    <message>
        <source>Oltre 10.000 risultati il conteggio si ferma: contali tutti adesso</source>
        <translation>Past 10,000 results counting stops: count them all now</translation>
    </message>
</context>
<context>
    <name>PaymentExpenseDialog</name>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Fornitore</source>
        <translation>&amp;Supplier</translation>
    </message>
    <message>
        <source>N. d&amp;ocumento</source>
        <translation>D&amp;ocument no.</translation>
    </message>
    <message>
        <source>numero della fattura o della ricevuta</source>
        <translation>invoice or receipt number</translation>
    </message>
    <message>
        <source>&amp;Categoria</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Importo (€)</source>
        <translation>&amp;Amount (€)</translation>
    </message>
    <message>
        <source>1.234,56</source>
        <translation>1.234,56</translation>
    </message>
    <message>
        <source>Descri&amp;zione</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>Spesa &amp;ammissibile</source>
        <translation>&amp;Eligible expense</translation>
    </message>
    <message>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>perché la spesa non è ammissibile</source>
        <translation>why the expense is not eligible</translation>
    </message>
    <message>
        <source>Allegato</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>nessun file</source>
        <translation>no file</translation>
    </message>
    <message>
        <source>&amp;Scegli file…</source>
        <translation>Choose fi&amp;le…</translation>
    </message>
</context>
<context>
    <name>PaymentExpenses</name>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fornitore</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>N. documento</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Categoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Ammissibile</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Motivo della non ammissibilità</source>
        <translation>Reason for ineligibility</translation>
    </message>
    <message>
        <source>Allegato</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Nuova s&amp;pesa…</source>
        <translation>&amp;New expense…</translation>
    </message>
    <message>
        <source>&amp;Modifica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>E&amp;limina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Apri allega&amp;to</source>
        <translation>Open &amp;attachment</translation>
    </message>
    <message>
        <source>Pr&amp;esenta rendiconto finale…</source>
        <translation>Sub&amp;mit final expense report…</translation>
    </message>
    <message>
        <source>La domanda passa a «Rendicontata» e il saldo è ricalcolato dalle spese ammissibili.</source>
        <translation>The application moves to ‘Rendicontata’ (expenses reported) and the balance is recalculated from the eligible expenses.</translation>
    </message>
</context>
<context>
    <name>PaymentFirm</name>
    <message>
        <source>Dati dell&apos;impresa costituita dalla beneficiaria. La prima registrazione porta la domanda a «Impresa costituita» e calcola le tranche dal piano del bando.</source>
        <translation>Details of the business set up by the beneficiary. The first entry moves the application to ‘Impresa costituita’ (business set up) and calculates the instalments from the call&apos;s payment plan.</translation>
    </message>
    <message>
        <source>&amp;Denominazione</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>es. Piccoli Passi di Rossi Maria</source>
        <translation>e.g. Piccoli Passi di Rossi Maria</translation>
    </message>
    <message>
        <source>Par&amp;tita IVA</source>
        <translation>V&amp;AT number</translation>
    </message>
    <message>
        <source>11 cifre</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Costit&amp;uita il</source>
        <translation>Set &amp;up on</translation>
    </message>
    <message>
        <source>Sede &amp;legale</source>
        <translation>Re&amp;gistered office</translation>
    </message>
    <message>
        <source>via e numero civico</source>
        <translation>street and number</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>CA&amp;P</source>
        <translation>Postco&amp;de</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>IT60 X054 2811 1010 0000 0123 456</source>
        <translation>IT60 X054 2811 1010 0000 0123 456</translation>
    </message>
    <message>
        <source>Registra l&apos;impresa anche in Anagrafiche › Enti e imprese (o collegala a quella con la stessa partita IVA)</source>
        <translation>Also record the business under Registry › Organisations and businesses (or link it to the one with the same VAT number)</translation>
    </message>
    <message>
        <source>Salva impr&amp;esa</source>
        <translation>Save busin&amp;ess</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>PaymentRevocation</name>
    <message>
        <source>Revoca e recupero</source>
        <translation>Revocation and recovery</translation>
    </message>
    <message>
        <source>Revocato il</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Da recuperare</source>
        <translation>To recover</translation>
    </message>
    <message>
        <source>Stato del rec&amp;upero</source>
        <translation>Recovery stat&amp;us</translation>
    </message>
    <message>
        <source>Importo recu&amp;perato (€)</source>
        <translation>A&amp;mount recovered (€)</translation>
    </message>
    <message>
        <source>Regis&amp;tra recupero</source>
        <translation>R&amp;ecord recovery</translation>
    </message>
    <message>
        <source>Revoca &amp;il contributo…</source>
        <translation>Revoke the &amp;grant…</translation>
    </message>
</context>
<context>
    <name>PaymentRevocationDialog</name>
    <message>
        <source>&amp;Data del provvedimento</source>
        <translation>&amp;Date of the order</translation>
    </message>
    <message>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>es. attività cessata prima dei 24 mesi; rendiconto non presentato nei termini</source>
        <translation>e.g. activity ceased before 24 months; expense report not submitted on time</translation>
    </message>
    <message>
        <source>&amp;Importo da recuperare (€)</source>
        <translation>&amp;Amount to recover (€)</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>&amp;Bando</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>Stat&amp;o</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Esporta tabella trasparen&amp;za…</source>
        <translation>E&amp;xport transparency table…</translation>
    </message>
    <message>
        <source>Tabella dei contributi concessi da pubblicare (D.Lgs. 33/2013 artt. 26-27), in .xlsx o .csv. Chi è stata selezionata per vulnerabilità compare solo con il codice della domanda.</source>
        <translation>Table of grants awarded for publication (D.Lgs. 33/2013 arts. 26-27), in .xlsx or .csv. Applicants selected for vulnerability appear only with the application code.</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Bando</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Concesso</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Pagato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Da pagare</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Imp&amp;resa</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <source>Tranche e pa&amp;gamenti</source>
        <translation>Instalments and pa&amp;yments</translation>
    </message>
    <message>
        <source>Re&amp;ndiconto</source>
        <translation>Expense &amp;report</translation>
    </message>
    <message>
        <source>Revo&amp;ca</source>
        <translation>Revocati&amp;on</translation>
    </message>
</context>
<context>
    <name>PaymentTranches</name>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Condizione</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Lordo</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Ritenuta 4%</source>
        <translation>4% withholding</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pagata il</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Atto di liquidazione</source>
        <translation>Payment authorisation</translation>
    </message>
    <message>
        <source>Verifiche della tranche</source>
        <translation>Instalment checks</translation>
    </message>
    <message>
        <source>Scegli una riga per correggerla qui sotto.</source>
        <translation>Choose a row to correct it below.</translation>
    </message>
    <message>
        <source>Verifica</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Esito</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <source>Riferi&amp;mento</source>
        <translation>R&amp;eference</translation>
    </message>
    <message>
        <source>protocollo, codice COR/RNA, n. pubblicazione</source>
        <translation>protocol no., COR/RNA code, publication no.</translation>
    </message>
    <message>
        <source>Regis&amp;tra verifica</source>
        <translation>Record chec&amp;k</translation>
    </message>
    <message>
        <source>Condizioni e pagamento</source>
        <translation>Conditions and payment</translation>
    </message>
    <message>
        <source>Atto di li&amp;quidazione</source>
        <translation>Payment &amp;authorisation</translation>
    </message>
    <message>
        <source>es. determina n. 45/2026</source>
        <translation>e.g. decision no. 45/2026</translation>
    </message>
    <message>
        <source>Adottato i&amp;l</source>
        <translation>Adopted o&amp;n</translation>
    </message>
    <message>
        <source>Pagata &amp;il</source>
        <translation>Pa&amp;id on</translation>
    </message>
    <message>
        <source>Paga con &amp;una deroga…</source>
        <translation>Pay under a &amp;waiver…</translation>
    </message>
    <message>
        <source>Solo il responsabile del procedimento: paga anche se manca una condizione, scrivendo il motivo.</source>
        <translation>Procedure officer only: pays even if a condition is missing, stating the reason.</translation>
    </message>
    <message>
        <source>&amp;Paga</source>
        <translation>&amp;Pay</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Cognome e nome, codice fiscale, e-mail, telefono o comune</source>
        <translation>Surname and first name, tax code, e-mail, telephone or municipality</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Con&amp;dizione</source>
        <translation>Employment stat&amp;us</translation>
    </message>
    <message>
        <source>Consenso mancan&amp;te</source>
        <translation>Cons&amp;ent missing</translation>
    </message>
    <message>
        <source>Senza inf&amp;ormativa privacy</source>
        <translation>&amp;Without privacy notice</translation>
    </message>
    <message>
        <source>Solo persone &amp;protette</source>
        <translation>&amp;Protected people only</translation>
    </message>
    <message>
        <source>A&amp;zzera i filtri</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;Nuova persona</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Apri la sc&amp;heda</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>Invio o doppio clic</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <source>&amp;Elimina…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Canc</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Unisci due schede…</source>
        <translation>Mer&amp;ge two records…</translation>
    </message>
    <message>
        <source>Seleziona due schede della stessa persona o dello stesso ente (Ctrl+clic)</source>
        <translation>Select two records of the same person or organisation (Ctrl+click)</translation>
    </message>
    <message>
        <source>&amp;Importa da file…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>Esporta in E&amp;xcel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Conta il nume&amp;ro esatto</source>
        <translation>&amp;Count all</translation>
    </message>
    <message>
        <source>Oltre 10.000 risultati il conteggio si ferma: contali tutti adesso</source>
        <translation>Past 10,000 results counting stops: count them all now</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>← &amp;Torna all&apos;elenco</source>
        <translation>← &amp;Back to list</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Modifica</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Elimina…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;1 Scheda</source>
        <translation>&amp;1 Details</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Residenza</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Contatto preferito</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>Condizione lavorativa</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Data della DID</source>
        <translation>DID date</translation>
    </message>
    <message>
        <source>Protezione</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;2 Enti</source>
        <translation>&amp;2 Organisations</translation>
    </message>
    <message>
        <source>Enti di cui la persona è legale rappresentante o referente.</source>
        <translation>Organisations for which the person is legal representative or contact person.</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Legame</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>&amp;5 Unioni</source>
        <translation>&amp;5 Merges</translation>
    </message>
    <message>
        <source>&amp;6 Storia</source>
        <translation>&amp;6 History</translation>
    </message>
    <message>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Ogni consegna dell&apos;informativa sul trattamento dei dati, con la versione e il canale.</source>
        <translation>Each delivery of the data processing notice, with its version and channel.</translation>
    </message>
    <message>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Presa visione il</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Registrata da</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>&amp;Registra la presa visione…</source>
        <translation>&amp;Record acknowledgement…</translation>
    </message>
    <message>
        <source>Togli la registrazione…</source>
        <translation>Remove the entry…</translation>
    </message>
    <message>
        <source>Consensi</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consensi facoltativi: la persona può revocarli quando vuole.</source>
        <translation>Optional consents: the person can withdraw them at any time.</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Dato il</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Revocato il</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;3 Contributi</source>
        <translation>&amp;3 Grants</translation>
    </message>
    <message>
        <source>Domande di contributo presentate dalla persona o in cui è co-richiedente (Invio apre la domanda).</source>
        <translation>Grant applications this person made or takes part in as a co-applicant (Enter opens the application).</translation>
    </message>
    <message>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Bando</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;4 Privacy e consensi</source>
        <translation>&amp;4 Privacy and consents</translation>
    </message>
    <message>
        <source>Re&amp;gistra un consenso…</source>
        <translation>Record a &amp;consent…</translation>
    </message>
    <message>
        <source>Registra la rev&amp;oca…</source>
        <translation>Rec&amp;ord the withdrawal…</translation>
    </message>
    <message>
        <source>Schede della stessa persona o dello stesso ente unite a questa: i loro collegamenti sono stati spostati qui.</source>
        <translation>Records of the same person or organisation merged into this one: their links have been moved here.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Unita da</source>
        <translation>Merged by</translation>
    </message>
    <message>
        <source>Scheda unita</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <source>Dati presi da quella scheda</source>
        <translation>Data taken from that record</translation>
    </message>
    <message>
        <source>Collegamenti spostati</source>
        <translation>Links moved</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Schede forse già registrate</source>
        <translation>Records possibly already registered</translation>
    </message>
    <message>
        <source>Somigliano a quella che stai scrivendo: se è una di queste, apri la sua scheda invece di crearne un&apos;altra.</source>
        <translation>These resemble the one you are entering: if it is one of them, open its record instead of creating a new one.</translation>
    </message>
    <message>
        <source>Apri la sc&amp;heda esistente</source>
        <translation>Op&amp;en the existing record</translation>
    </message>
    <message>
        <source>Dati anagrafici</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>C&amp;ognome</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;Nome</source>
        <translation>First &amp;name</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale</source>
        <translation>Tax &amp;code</translation>
    </message>
    <message>
        <source>Compila dal codice fiscale</source>
        <translation>Fill in from tax code</translation>
    </message>
    <message>
        <source>Apri la scheda già registrata</source>
        <translation>Open the registered record</translation>
    </message>
    <message>
        <source>S&amp;esso</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>&amp;Data di nascita</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>&amp;Luogo di nascita</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <source>Comune italiano o Stato estero, es. Milano o Perù</source>
        <translation>Italian municipality or foreign country, e.g. Milano or Perù</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>es. italiana</source>
        <translation>e.g. Italian</translation>
    </message>
    <message>
        <source>Residenza</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>&amp;Indirizzo</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Via e numero civico</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Domicilio, se diverso dalla residenza</source>
        <translation>Domicile, if different from residence</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Recapiti</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>&amp;Telefono</source>
        <translation>Te&amp;lephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Contatto p&amp;referito</source>
        <translation>P&amp;referred contact</translation>
    </message>
    <message>
        <source>Lavoro</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Condi&amp;zione</source>
        <translation>Employment stat&amp;us</translation>
    </message>
    <message>
        <source>Data della DID</source>
        <translation>DID date</translation>
    </message>
    <message>
        <source>Dichiarazione di immediata disponibilità, per chi è disoccupata/o</source>
        <translation>Declaration of immediate availability, for unemployed people</translation>
    </message>
    <message>
        <source>Protezione</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>&amp;Persona protetta: indirizzo nascosto a chi non ha il permesso, mai esportata</source>
        <translation>Pr&amp;otected person: address hidden from users without permission, never exported</translation>
    </message>
    <message>
        <source>Ente che attesta</source>
        <translation>Certifying organisation</translation>
    </message>
    <message>
        <source>es. Centro antiviolenza, Servizi sociali</source>
        <translation>e.g. Anti-violence centre, Social services</translation>
    </message>
    <message>
        <source>Data dell&apos;attestazione</source>
        <translation>Date of certification</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Invio salva · Esc annulla</source>
        <translation>Enter saves · Esc cancels</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Invio o Ctrl+S</source>
        <translation>Enter or Ctrl+S</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Lingua dell&apos;interfaccia</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>La nuova lingua sarà usata dal prossimo avvio del programma.</source>
        <translation>The new language will be used from the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>PrivacyAckDialog</name>
    <message>
        <source>Registra che la persona ha ricevuto l&apos;informativa sul trattamento dei dati e ne ha preso visione.</source>
        <translation>Records that the person has received and acknowledged the data processing notice.</translation>
    </message>
    <message>
        <source>&amp;Versione dell&apos;informativa</source>
        <translation>Notice ve&amp;rsion</translation>
    </message>
    <message>
        <source>es. 2024.1</source>
        <translation>e.g. 2024.1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Canale</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Registra</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RankingScreen</name>
    <message>
        <source>&amp;Bando</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Ricalcola l&apos;anteprima con i punteggi attuali (F5)</source>
        <translation>Recalculate the preview with the current scores (F5)</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Prot.</source>
        <translation>Prot. no.</translation>
    </message>
    <message>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Contributo</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Residuo</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Versioni &amp;congelate</source>
        <translation>Fro&amp;zen versions</translation>
    </message>
    <message>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pubblicata</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Documenti della versione</source>
        <translation>Version documents</translation>
    </message>
    <message>
        <source>Scegli una versione congelata per vederne i documenti.</source>
        <translation>Choose a frozen version to see its documents.</translation>
    </message>
    <message>
        <source>Congela provv&amp;isoria</source>
        <translation>Freeze prov&amp;isional</translation>
    </message>
    <message>
        <source>Congela &amp;definitiva</source>
        <translation>Freeze fi&amp;nal</translation>
    </message>
    <message>
        <source>P&amp;ubblica</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <source>Scorrim&amp;ento</source>
        <translation>Move &amp;down the ranking</translation>
    </message>
</context>
<context>
    <name>Rankings</name>
    <message>
        <source>Finanziabile</source>
        <translation>Fundable</translation>
    </message>
    <message>
        <source>Finanziabile in parte</source>
        <translation>Partly fundable</translation>
    </message>
    <message>
        <source>Ammessa non finanziabile</source>
        <translation>Admitted, not fundable</translation>
    </message>
    <message>
        <source>Provvisoria</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Definitiva</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Scorrimento</source>
        <translation>Moving down</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Modifiche</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Dettaglio</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>L&apos;utente {user} non ha il permesso per questa operazione ({permission}).</source>
        <translation>User {user} does not have permission for this operation ({permission}).</translation>
    </message>
    <message>
        <source>Nome utente o password non corretti.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <source>Troppi tentativi non riusciti: l&apos;accesso è bloccato per 1 minuto. Riprova più tardi o chiedi all&apos;amministratore di sbloccarlo.</source>
        <translation>Too many failed attempts: sign-in is blocked for 1 minute. Try again later or ask the administrator to unblock it.</translation>
    </message>
    <message>
        <source>Troppi tentativi non riusciti: l&apos;accesso è bloccato per {minutes} minuti. Riprova più tardi o chiedi all&apos;amministratore di sbloccarlo.</source>
        <translation>Too many failed attempts: sign-in is blocked for {minutes} minutes. Try again later or ask the administrator to unblock it.</translation>
    </message>
    <message>
        <source>Questo utente è disattivato: rivolgiti all&apos;amministratore.</source>
        <translation>This user is disabled: please contact the administrator.</translation>
    </message>
    <message>
        <source>Deve restare almeno un amministratore attivo: nomina prima un altro amministratore.</source>
        <translation>At least one active administrator must remain: appoint another administrator first.</translation>
    </message>
    <message>
        <source>L&apos;utente {username} non esiste.</source>
        <translation>User {username} does not exist.</translation>
    </message>
    <message>
        <source>Non puoi disattivare il tuo stesso utente.</source>
        <translation>You cannot disable your own user.</translation>
    </message>
    <message>
        <source>L&apos;amministratore esiste già: accedi con il tuo utente.</source>
        <translation>The administrator already exists: sign in with your user.</translation>
    </message>
    <message>
        <source>Esiste già un utente {username}: scegli un altro nome.</source>
        <translation>A user {username} already exists: choose another name.</translation>
    </message>
    <message>
        <source>Il nome utente deve avere da 3 a 40 caratteri: lettere minuscole senza accenti, cifre, punto, trattino o trattino basso, e iniziare con una lettera (es. mario.rossi).</source>
        <translation>The username must be 3 to 40 characters long: lowercase letters without accents, digits, dot, hyphen or underscore, starting with a letter (e.g. mario.rossi).</translation>
    </message>
    <message>
        <source>Indica nome e cognome dell&apos;utente.</source>
        <translation>Enter the user&apos;s first and last name.</translation>
    </message>
    <message>
        <source>Nome e cognome: al massimo 120 caratteri.</source>
        <translation>Full name: at most 120 characters.</translation>
    </message>
    <message>
        <source>Ruolo sconosciuto: {role}</source>
        <translation>Unknown role: {role}</translation>
    </message>
    <message>
        <source>Scegli almeno un ruolo.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>La password deve avere almeno {minimum} caratteri (ne ha {length}). Una frase di qualche parola è facile da ricordare.</source>
        <translation>The password must be at least {minimum} characters long (it has {length}). A phrase of a few words is easy to remember.</translation>
    </message>
    <message>
        <source>La password può avere al massimo {maximum} caratteri.</source>
        <translation>The password can be at most {maximum} characters long.</translation>
    </message>
    <message>
        <source>La password non può iniziare o finire con uno spazio.</source>
        <translation>The password cannot start or end with a space.</translation>
    </message>
    <message>
        <source>La password non può contenere il nome utente.</source>
        <translation>The password cannot contain the username.</translation>
    </message>
    <message>
        <source>La nuova password deve essere diversa da quella attuale.</source>
        <translation>The new password must be different from the current one.</translation>
    </message>
    <message>
        <source>Il database è su un server PostgreSQL: le copie di sicurezza si fanno sul server con pg_dump (vedi il README, sezione PostgreSQL).</source>
        <translation>The database is on a PostgreSQL server: backups are made on the server with pg_dump (see the README, PostgreSQL section).</translation>
    </message>
    <message>
        <source>Il file indicato è il database in uso: scegli una copia di sicurezza.</source>
        <translation>The file chosen is the database in use: choose a backup.</translation>
    </message>
    <message>
        <source>Impossibile aprire il database ({where}). Se è su un server, controlla che sia acceso e raggiungibile e che utente e password siano giusti; se è un file, che la cartella esista e sia scrivibile.</source>
        <translation>Unable to open the database ({where}). If it is on a server, check that it is running and reachable and that the username and password are right; if it is a file, that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>{member}: dichiarazione sul conflitto di interessi</source>
        <translation>{member}: declaration on conflict of interest</translation>
    </message>
    <message>
        <source>{member}: criteri {criteria}</source>
        <translation>{member}: criteria {criteria}</translation>
    </message>
    <message>
        <source>tutti i componenti hanno dichiarato un conflitto di interessi</source>
        <translation>every member declared a conflict of interest</translation>
    </message>
    <message>
        <source>Il record è stato modificato da {user} alle {time} del {day}: ricarica per vedere la versione attuale e ripeti le modifiche.</source>
        <translation>The record was changed by {user} at {time} on {day}: reload to see the current version and make your changes again.</translation>
    </message>
    <message>
        <source>Sesso femminile dal codice fiscale.</source>
        <translation>Female, from the tax code.</translation>
    </message>
    <message>
        <source>Sesso maschile dal codice fiscale.</source>
        <translation>Male, from the tax code.</translation>
    </message>
    <message>
        <source>Sesso femminile dall&apos;anagrafica (codice fiscale assente).</source>
        <translation>Female, from the registry (no tax code).</translation>
    </message>
    <message>
        <source>Sesso maschile dall&apos;anagrafica (codice fiscale assente).</source>
        <translation>Male, from the registry (no tax code).</translation>
    </message>
    <message>
        <source>Sesso femminile dall&apos;anagrafica (codice fiscale non valido).</source>
        <translation>Female, from the registry (tax code not valid).</translation>
    </message>
    <message>
        <source>Sesso maschile dall&apos;anagrafica (codice fiscale non valido).</source>
        <translation>Male, from the registry (tax code not valid).</translation>
    </message>
    <message>
        <source>Sesso femminile dall&apos;anagrafica (codice fiscale provvisorio, che non indica il sesso).</source>
        <translation>Female, from the registry (provisional tax code, which does not carry the sex).</translation>
    </message>
    <message>
        <source>Sesso maschile dall&apos;anagrafica (codice fiscale provvisorio, che non indica il sesso).</source>
        <translation>Male, from the registry (provisional tax code, which does not carry the sex).</translation>
    </message>
    <message>
        <source>Né il codice fiscale né l&apos;anagrafica indicano il sesso della richiedente.</source>
        <translation>Neither the tax code nor the registry gives the applicant&apos;s sex.</translation>
    </message>
    <message>
        <source>Il bando non pone limiti di età.</source>
        <translation>The call sets no age limits.</translation>
    </message>
    <message>
        <source>La domanda non ha ancora la data di presentazione, alla quale il bando misura l&apos;età.</source>
        <translation>The application has no submission date yet, the day on which the call measures the age.</translation>
    </message>
    <message>
        <source>Il bando non ha ancora una data di chiusura.</source>
        <translation>The call has no closing date yet.</translation>
    </message>
    <message>
        <source>Data di nascita mancante.</source>
        <translation>Date of birth missing.</translation>
    </message>
    <message>
        <source>{age} anni al {day} (richiesti almeno {min_age} e non più di {max_age}).</source>
        <translation>{age} years old on {day} (required: at least {min_age} and no more than {max_age}).</translation>
    </message>
    <message>
        <source>{age} anni al {day} (richiesti almeno {min_age}).</source>
        <translation>{age} years old on {day} (required: at least {min_age}).</translation>
    </message>
    <message>
        <source>{age} anni al {day} (richiesti non più di {max_age}).</source>
        <translation>{age} years old on {day} (required: no more than {max_age}).</translation>
    </message>
    <message>
        <source>Il bando non indica ancora i comuni ammessi.</source>
        <translation>The call does not list its eligible municipalities yet.</translation>
    </message>
    <message>
        <source>Comune di residenza mancante.</source>
        <translation>Municipality of residence missing.</translation>
    </message>
    <message>
        <source>Residente in un comune ammesso.</source>
        <translation>Resident in an eligible municipality.</translation>
    </message>
    <message>
        <source>Residente in un comune ammesso ({municipality}).</source>
        <translation>Resident in an eligible municipality ({municipality}).</translation>
    </message>
    <message>
        <source>Residente in un comune non ammesso.</source>
        <translation>Resident in a municipality that is not eligible.</translation>
    </message>
    <message>
        <source>Residente in un comune non ammesso ({municipality}).</source>
        <translation>Resident in a municipality that is not eligible ({municipality}).</translation>
    </message>
    <message>
        <source>Condizione occupazionale non indicata.</source>
        <translation>Occupational status not given.</translation>
    </message>
    <message>
        <source>Condizione «{status}»: verificare se rientra tra quelle ammesse dal bando.</source>
        <translation>Status «{status}»: check whether it is among those the call admits.</translation>
    </message>
    <message>
        <source>Condizione «{status}» non ammessa dal bando.</source>
        <translation>Status «{status}» is not admitted by the call.</translation>
    </message>
    <message>
        <source>Condizione «{status}» ammessa.</source>
        <translation>Status «{status}» admitted.</translation>
    </message>
    <message>
        <source>Disoccupata: manca la data della DID.</source>
        <translation>Unemployed: the date of the DID (availability declaration) is missing.</translation>
    </message>
    <message>
        <source>DID del {day}, successiva alla chiusura del bando.</source>
        <translation>DID of {day}, after the call closed.</translation>
    </message>
    <message>
        <source>Disoccupata con DID del {day}.</source>
        <translation>Unemployed, DID of {day}.</translation>
    </message>
    <message>
        <source>Data e ora di ricezione mancanti.</source>
        <translation>Date and time of receipt missing.</translation>
    </message>
    <message>
        <source>Il bando non ha ancora date di apertura e chiusura.</source>
        <translation>The call has no opening and closing dates yet.</translation>
    </message>
    <message>
        <source>Ricevuta il {received}, prima dell&apos;apertura ({opens}).</source>
        <translation>Received on {received}, before the opening ({opens}).</translation>
    </message>
    <message>
        <source>Ricevuta il {received}, dopo la chiusura ({closes}).</source>
        <translation>Received on {received}, after the closing ({closes}).</translation>
    </message>
    <message>
        <source>Ricevuta il {received}, entro la chiusura ({closes}).</source>
        <translation>Received on {received}, before the closing ({closes}).</translation>
    </message>
    <message>
        <source>Il piano dei costi è vuoto.</source>
        <translation>The cost plan is empty.</translation>
    </message>
    <message>
        <source>{own}, pari al {share} dei costi (minimo {minimum}).</source>
        <translation>{own}, that is {share} of the costs (minimum {minimum}).</translation>
    </message>
    <message>
        <source>Impresa individuale della richiedente.</source>
        <translation>Sole proprietorship of the applicant.</translation>
    </message>
    <message>
        <source>Mancano le quote o la composizione dell&apos;organo amministrativo.</source>
        <translation>The shares or the make-up of the board are missing.</translation>
    </message>
    <message>
        <source>Donne: {quota} delle quote, {board} dell&apos;organo amministrativo (oltre il {above}).</source>
        <translation>Women: {quota} of the shares, {board} of the board (more than {above} required).</translation>
    </message>
    <message>
        <source>Nessuna dichiarazione registrata.</source>
        <translation>No declaration recorded.</translation>
    </message>
    <message>
        <source>Rese tutte le {count} dichiarazioni.</source>
        <translation>All {count} declarations made.</translation>
    </message>
    <message>
        <source>Mancano: {missing}</source>
        <translation>Missing: {missing}</translation>
    </message>
    <message>
        <source>Il bando non ha una data di chiusura: indicala nel bando (o rendilo «a sportello») prima di avviare l&apos;istruttoria.</source>
        <translation>The call has no closing date: set one in the call (or make it «a sportello», open desk) before starting the eligibility check.</translation>
    </message>
    <message>
        <source>Il bando è aperto fino al {day}: l&apos;istruttoria si avvia dopo la chiusura (o subito, se nel bando è indicato «a sportello»).</source>
        <translation>The call is open until {day}: the eligibility check starts after it closes (or at once, if the call is «a sportello», open desk).</translation>
    </message>
    <message>
        <source>Manca la verifica dei requisiti: avvia l&apos;istruttoria e conferma le verifiche nella scheda «Istruttoria» prima di ammettere la domanda.</source>
        <translation>The requirements have not been checked: start the eligibility check and confirm the checks on the «Eligibility check» tab before admitting the application.</translation>
    </message>
    <message>
        <source>Conferma prima tutte le verifiche dei requisiti: {pending} da confermare nella scheda «Istruttoria».</source>
        <translation>First confirm every requirement check: {pending} to confirm on the «Eligibility check» tab.</translation>
    </message>
    <message>
        <source>Requisiti non soddisfatti: {failed}. La domanda non può essere ammessa: comunica i motivi ostativi.</source>
        <translation>Requirements not met: {failed}. The application cannot be admitted: send the notice of intended rejection.</translation>
    </message>
    <message>
        <source>La commissione del bando non è ancora nominata: il responsabile la indica nella scheda «Commissione» del bando, poi si valuta.</source>
        <translation>The call&apos;s committee has not been appointed yet: the procedure manager names it on the call&apos;s «Committee» tab, then scoring can start.</translation>
    </message>
    <message>
        <source>1 domanda del bando è ancora in istruttoria: la valutazione inizia quando le verifiche formali sono tutte concluse.</source>
        <translation>1 application of the call is still under eligibility check: scoring starts when every formal check is concluded.</translation>
    </message>
    <message>
        <source>{count} domande del bando sono ancora in istruttoria: la valutazione inizia quando le verifiche formali sono tutte concluse.</source>
        <translation>{count} applications of the call are still under eligibility check: scoring starts when every formal check is concluded.</translation>
    </message>
    <message>
        <source>Prima congela e pubblica la graduatoria provvisoria: la definitiva si approva dopo il periodo per le osservazioni.</source>
        <translation>First freeze and publish the provisional ranking: the final one is approved after the period for observations.</translation>
    </message>
    <message>
        <source>Le osservazioni sulla graduatoria provvisoria si possono presentare fino al {day}: la definitiva si approva dal giorno successivo, o prima scrivendo il motivo.</source>
        <translation>Observations on the provisional ranking may be submitted until {day}: the final ranking is approved from the day after, or earlier with a written reason.</translation>
    </message>
    <message>
        <source>La determinazione di concessione si genera dalla graduatoria definitiva (o da uno scorrimento): scegli quella nell&apos;elenco delle versioni.</source>
        <translation>The grant decision is generated from the final ranking (or from a move down the ranking): choose it in the list of versions.</translation>
    </message>
    <message>
        <source>Manca la determinazione di concessione: generala dalla graduatoria definitiva, poi registra l&apos;accettazione della beneficiaria.</source>
        <translation>The grant decision is missing: generate it from the final ranking, then record the beneficiary&apos;s acceptance.</translation>
    </message>
    <message>
        <source>La beneficiaria non ha ancora accettato il contributo: registra la data dell&apos;accettazione (scheda «Tranche e pagamenti»), poi paga.</source>
        <translation>The beneficiary has not accepted the grant yet: record the date of acceptance («Instalments and payments» tab), then pay.</translation>
    </message>
    <message>
        <source>Nessun attestato per {name}: {reason}.</source>
        <translation>No certificate for {name}: {reason}.</translation>
    </message>
    <message>
        <source>Sessione {number}: manca la data.</source>
        <translation>Session {number}: the date is missing.</translation>
    </message>
    <message>
        <source>Sessione {number}: indica l&apos;ora di inizio e di fine.</source>
        <translation>Session {number}: enter the start and end times.</translation>
    </message>
    <message>
        <source>Indica il titolo dell&apos;evento.</source>
        <translation>Enter the event&apos;s title.</translation>
    </message>
    <message>
        <source>La frequenza minima è una percentuale tra 0 e 100.</source>
        <translation>The minimum attendance is a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Indica il cognome.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <source>Indica il nome.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <source>Il codice fiscale di una persona ha 16 caratteri.</source>
        <translation>A person&apos;s fiscal code has 16 characters.</translation>
    </message>
    <message>
        <source>Sesso: F, M o vuoto.</source>
        <translation>Sex: F, M or empty.</translation>
    </message>
    <message>
        <source>Scegli un valore dall&apos;elenco.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Sessione {number}: finisce ({ends:%H:%M}) prima di cominciare ({starts:%H:%M}).</source>
        <translation>Session {number}: it ends ({ends:%H:%M}) before it begins ({starts:%H:%M}).</translation>
    </message>
    <message>
        <source>I posti devono essere almeno 1 (lascia vuoto se illimitati).</source>
        <translation>Seats must be at least 1 (leave empty if unlimited).</translation>
    </message>
    <message>
        <source>Ci sono già {registered} iscritte/i: i posti non possono scendere a {capacity}.</source>
        <translation>{registered} people are already registered: seats cannot drop to {capacity}.</translation>
    </message>
    <message>
        <source>Una partecipante «{old_label}» non può passare a «{new_label}».</source>
        <translation>A participant «{old_label}» cannot become «{new_label}».</translation>
    </message>
    <message>
        <source>Non si registra la presenza di un&apos;iscrizione «{status_label}»: riattivala prima, se la persona è davvero presente.</source>
        <translation>Attendance is not recorded for a registration «{status_label}»: reactivate it first, if the person is really present.</translation>
    </message>
    <message>
        <source>La persona non è iscritta all&apos;evento di questa sessione.</source>
        <translation>The person is not registered for this session&apos;s event.</translation>
    </message>
    <message>
        <source>L&apos;iscrizione non esiste più: forse è stata unita a un&apos;altra.</source>
        <translation>The registration no longer exists: perhaps it was merged into another.</translation>
    </message>
    <message>
        <source>Scegli due iscrizioni diverse da unire.</source>
        <translation>Choose two different registrations to merge.</translation>
    </message>
    <message>
        <source>Si uniscono solo iscrizioni dello stesso evento.</source>
        <translation>Only registrations of the same event are merged.</translation>
    </message>
    <message>
        <source>Servono {length} punteggi (vuoto se non risposto).</source>
        <translation>{length} scores are needed (empty if not answered).</translation>
    </message>
    <message>
        <source>«{item}»: un punteggio da 1 a 5.</source>
        <translation>«{item}»: a score from 1 to 5.</translation>
    </message>
    <message>
        <source>Le iscrizioni a questo evento sono chiuse: riaprile nella scheda dell&apos;evento.</source>
        <translation>Registrations for this event are closed: reopen them in the event&apos;s tab.</translation>
    </message>
    <message>
        <source>Non ci sono posti liberi ({capacity} su {capacity}): aumenta i posti o lascia la persona in attesa.</source>
        <translation>There are no free seats ({capacity} of {capacity}): add seats or leave the person on the waiting list.</translation>
    </message>
    <message>
        <source>L&apos;evento non esiste più: forse è stato eliminato da un collega.</source>
        <translation>The event no longer exists: perhaps a colleague deleted it.</translation>
    </message>
    <message>
        <source>La sessione non esiste più: forse l&apos;evento è stato modificato da un collega.</source>
        <translation>The session no longer exists: perhaps a colleague changed the event.</translation>
    </message>
    <message>
        <source>Il record non esiste più.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>iscrizione annullata/o</source>
        <translation>registration cancelled</translation>
    </message>
    <message>
        <source>iscrizione in attesa</source>
        <translation>registration on the waiting list</translation>
    </message>
    <message>
        <source>l&apos;evento non ha sessioni</source>
        <translation>the event has no sessions</translation>
    </message>
    <message>
        <source>nessuna presenza registrata</source>
        <translation>no attendance recorded</translation>
    </message>
    <message>
        <source>frequenza {percent}% ({attended} su {total}), sotto il minimo del {minimum}%</source>
        <translation>attendance {percent}% ({attended} of {total}), below the minimum of {minimum}%</translation>
    </message>
    <message>
        <source>Il file non è {what} di Equilibri Desktop (o è vuoto). Nulla è stato scritto.</source>
        <translation>The file is not {what} of Equilibri Desktop (or it is empty). Nothing was written.</translation>
    </message>
    <message>
        <source>Il file usa il formato {version}, questo programma legge il formato {ours}: aggiorna il programma. Nulla è stato scritto.</source>
        <translation>The file uses format {version}, this program reads format {ours}: update the program. Nothing was written.</translation>
    </message>
    <message>
        <source>Il file è troncato o alterato: la verifica di integrità non è riuscita. Nulla è stato scritto.</source>
        <translation>The file is truncated or altered: the integrity check failed. Nothing was written.</translation>
    </message>
    <message>
        <source>Il file è {kind_name}, non {what}. Nulla è stato scritto.</source>
        <translation>The file is {kind_name}, not {what}. Nothing was written.</translation>
    </message>
    <message>
        <source>L&apos;intestazione del file è alterata. Nulla è stato scritto.</source>
        <translation>The file&apos;s header is altered. Nothing was written.</translation>
    </message>
    <message>
        <source>L&apos;intestazione del file è danneggiata o alterata. Nulla è stato scritto.</source>
        <translation>The file&apos;s header is damaged or altered. Nothing was written.</translation>
    </message>
    <message>
        <source>Il file è stato alterato dopo la cifratura: la verifica di autenticità non è riuscita. Nulla è stato scritto.</source>
        <translation>The file was altered after encryption: the authenticity check failed. Nothing was written.</translation>
    </message>
    <message>
        <source>Il contenuto del file non è leggibile. Nulla è stato scritto.</source>
        <translation>The file&apos;s content is not readable. Nothing was written.</translation>
    </message>
    <message>
        <source>Scrivi la nota prima di salvarla.</source>
        <translation>Write the note before saving it.</translation>
    </message>
    <message>
        <source>La nota è lunga {length} caratteri: al massimo {maximum}.</source>
        <translation>The note is {length} characters long: at most {maximum}.</translation>
    </message>
    <message>
        <source>La data di nascita non è quella del codice fiscale ({birth_date:%d/%m/%Y}): controlla l&apos;una o l&apos;altro.</source>
        <translation>The date of birth is not the one in the fiscal code ({birth_date:%d/%m/%Y}): check one or the other.</translation>
    </message>
    <message>
        <source>Il foglio «{title}» non ha la colonna «{choice_header}»: usa il resoconto di una prova (--dry-run --report).</source>
        <translation>The sheet «{title}» has no «{choice_header}» column: use the report of a trial run (--dry-run --report).</translation>
    </message>
    <message>
        <source>Il file delle decisioni {path} non è un resoconto .xlsx leggibile.</source>
        <translation>The decisions file {path} is not a readable .xlsx report.</translation>
    </message>
    <message>
        <source>Scelta «{choice}» non valida per un conflitto: scrivi campo o ufficio.</source>
        <translation>Choice «{choice}» is not valid for a conflict: write campo (field) or ufficio (office).</translation>
    </message>
    <message>
        <source>Scelta «{choice}» non valida per una corrispondenza: scrivi sì o no.</source>
        <translation>Choice «{choice}» is not valid for a match: write sì (yes) or no.</translation>
    </message>
    <message>
        <source>La frase segreta deve avere almeno {minimum} caratteri: è l&apos;unica protezione del kit se il file o il portatile vanno persi.</source>
        <translation>The passphrase must have at least {minimum} characters: it is the kit&apos;s only protection if the file or the laptop is lost.</translation>
    </message>
    <message>
        <source>L&apos;utente «{username}» è disattivato: non può lavorare sul portatile.</source>
        <translation>User «{username}» is disabled: they cannot work on the laptop.</translation>
    </message>
    <message>
        <source>L&apos;utente «{username}» non esiste: scegli un utente attivo per il portatile.</source>
        <translation>User «{username}» does not exist: choose an active user for the laptop.</translation>
    </message>
    <message>
        <source>Questo database non è quello di un portatile da campo.</source>
        <translation>This database is not a field laptop&apos;s.</translation>
    </message>
    <message>
        <source>Il kit {path} non si può leggere: {reason}.</source>
        <translation>The kit {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>I dati del portatile non sono leggibili.</source>
        <translation>The laptop&apos;s data is not readable.</translation>
    </message>
    <message>
        <source>Restano da decidere {conflicts} conflitti e {likely} possibili corrispondenze: nulla è stato unito. Decidili nella schermata «Rientro dal campo» (o con --decisions), poi ripeti l&apos;unione.</source>
        <translation>{conflicts} conflicts and {likely} possible matches remain to be decided: nothing was merged. Decide them in the «Return from the field» screen (or with --decisions), then repeat the merge.</translation>
    </message>
    <message>
        <source>Il pacchetto non contiene i dati attesi. Nulla è stato scritto.</source>
        <translation>The package does not contain the expected data. Nothing was written.</translation>
    </message>
    <message>
        <source>Il pacchetto {source} non si può leggere: {reason}.</source>
        <translation>The package {source} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Non è ancora stato preparato nessun pacchetto di rientro: i dati restano sul portatile.</source>
        <translation>No return package has been prepared yet: the data stays on the laptop.</translation>
    </message>
    <message>
        <source>Il codice di ricevuta non corrisponde all&apos;ultimo pacchetto preparato: controlla di averlo copiato bene. I dati restano sul portatile.</source>
        <translation>The receipt code does not match the last package prepared: check that you copied it correctly. The data stays on the laptop.</translation>
    </message>
    <message>
        <source>Dopo l&apos;ultimo pacchetto sono state registrate altre informazioni: prepara un nuovo pacchetto di rientro e portalo in ufficio. I dati restano sul portatile.</source>
        <translation>More information was recorded after the last package: prepare a new return package and take it to the office. The data stays on the laptop.</translation>
    </message>
    <message>
        <source>La frase segreta non è quella con cui il file è stato cifrato: controllala e riprova. Nulla è stato scritto.</source>
        <translation>The passphrase is not the one the file was encrypted with: check it and try again. Nothing was written.</translation>
    </message>
    <message>
        <source>Il file è stato preparato per un altro database dell&apos;ufficio: qui non può essere unito. Importalo nel database da cui è stato creato il kit. Nulla è stato scritto.</source>
        <translation>The file was prepared for another office database: it cannot be merged here. Import it into the database the kit was created from. Nothing was written.</translation>
    </message>
    <message>
        <source>Il file è stato scritto da una versione più recente del programma (schema {theirs}; questo programma usa lo schema {ours}). Aggiorna Equilibri Desktop prima di importarlo. Nulla è stato scritto.</source>
        <translation>The file was written by a newer version of the program (schema {theirs}; this program uses schema {ours}). Update Equilibri Desktop before importing it. Nothing was written.</translation>
    </message>
    <message>
        <source>Il file è stato scritto da una versione precedente del programma (schema {theirs}; questo programma usa lo schema {ours}). Prepara un nuovo kit con la versione in uso in ufficio. Nulla è stato scritto.</source>
        <translation>The file was written by an earlier version of the program (schema {theirs}; this program uses schema {ours}). Prepare a new kit with the version in use at the office. Nothing was written.</translation>
    </message>
    <message>
        <source>l&apos;iscrizione o la sessione non esistono più in ufficio</source>
        <translation>the registration or the session no longer exists at the office</translation>
    </message>
    <message>
        <source>presenza diversa in ufficio</source>
        <translation>different attendance at the office</translation>
    </message>
    <message>
        <source>l&apos;iscrizione non esiste più in ufficio</source>
        <translation>the registration no longer exists at the office</translation>
    </message>
    <message>
        <source>l&apos;iscrizione non esiste più in ufficio (unita o eliminata): modifica non applicata</source>
        <translation>the registration no longer exists at the office (merged or deleted): change not applied</translation>
    </message>
    <message>
        <source>unita all&apos;iscrizione {uuid}</source>
        <translation>merged into registration {uuid}</translation>
    </message>
    <message>
        <source>stesso codice fiscale di una persona dell&apos;anagrafica</source>
        <translation>same fiscal code as a person in the registry</translation>
    </message>
    <message>
        <source>persone simili in anagrafica: {count}</source>
        <translation>similar people in the registry: {count}</translation>
    </message>
    <message>
        <source>modificato sia in ufficio sia sul campo: {fields}</source>
        <translation>changed both at the office and in the field: {fields}</translation>
    </message>
    <message>
        <source>Scegli il lavoratore dall&apos;anagrafica.</source>
        <translation>Choose the worker from the registry.</translation>
    </message>
    <message>
        <source>Indica la data di sottoscrizione.</source>
        <translation>Enter the signing date.</translation>
    </message>
    <message>
        <source>Indica l&apos;inizio del periodo di lavoro agile.</source>
        <translation>Enter the start of the agile-work period.</translation>
    </message>
    <message>
        <source>Indica l&apos;inizio del rapporto di lavoro.</source>
        <translation>Enter the start of the employment.</translation>
    </message>
    <message>
        <source>Un accordo a tempo determinato ha una data di fine.</source>
        <translation>A fixed-term agreement has an end date.</translation>
    </message>
    <message>
        <source>La fine è precedente all&apos;inizio.</source>
        <translation>The end precedes the start.</translation>
    </message>
    <message>
        <source>L&apos;accordo si firma prima dell&apos;inizio del lavoro agile.</source>
        <translation>The agreement is signed before agile work begins.</translation>
    </message>
    <message>
        <source>Il lavoro agile inizia prima del rapporto di lavoro.</source>
        <translation>Agile work starts before the employment.</translation>
    </message>
    <message>
        <source>Da 1 a 5 giornate di lavoro agile a settimana.</source>
        <translation>From 1 to 5 agile-work days a week.</translation>
    </message>
    <message>
        <source>Giornate in sede e agili superano la settimana lavorativa.</source>
        <translation>Office and agile days exceed the working week.</translation>
    </message>
    <message>
        <source>Indica almeno un luogo di lavoro agile.</source>
        <translation>Enter at least one agile-work place.</translation>
    </message>
    <message>
        <source>Indica gli strumenti di lavoro (art. 18 c. 2 L. 81/2017).</source>
        <translation>Enter the work tools (art. 18 c. 2 L. 81/2017).</translation>
    </message>
    <message>
        <source>Indica quando è stata consegnata l&apos;informativa scritta sulla sicurezza (art. 22 L. 81/2017).</source>
        <translation>Enter when the written safety notice was handed over (art. 22 L. 81/2017).</translation>
    </message>
    <message>
        <source>L&apos;accordo disciplina il potere direttivo e di controllo (art. 21 L. 81/2017).</source>
        <translation>The agreement governs the employer&apos;s power of direction and control (art. 21 L. 81/2017).</translation>
    </message>
    <message>
        <source>Indica la clausola di recesso per giustificato motivo.</source>
        <translation>Enter the clause on withdrawal for justified cause.</translation>
    </message>
    <message>
        <source>Il preavviso è di almeno {worker_min} giorni ({worker_source}).</source>
        <translation>The notice is at least {worker_min} days ({worker_source}).</translation>
    </message>
    <message>
        <source>Il preavviso del datore è di almeno {employer_min} giorni ({employer_source}).</source>
        <translation>The employer&apos;s notice is at least {employer_min} days ({employer_source}).</translation>
    </message>
    <message>
        <source>L&apos;informativa sulla sicurezza va consegnata prima dell&apos;inizio.</source>
        <translation>The safety notice must be handed over before the start.</translation>
    </message>
    <message>
        <source>La fascia di disconnessione è obbligatoria (art. 19 c. 1 L. 81/2017).</source>
        <translation>The disconnection band is mandatory (art. 19 c. 1 L. 81/2017).</translation>
    </message>
    <message>
        <source>Il contratto collettivo richiede una fascia di contattabilità nelle giornate di lavoro agile.</source>
        <translation>The collective agreement requires a contact band on agile-work days.</translation>
    </message>
    <message>
        <source>La fascia di contattabilità cade nella fascia di disconnessione.</source>
        <translation>The contact band falls within the disconnection band.</translation>
    </message>
    <message>
        <source>Scrivi la {label} come due orari HH:MM (es. 09:00 e 13:00).</source>
        <translation>Write the {label} as two HH:MM times (e.g. 09:00 and 13:00).</translation>
    </message>
    <message>
        <source>La {label} inizia e finisce alla stessa ora.</source>
        <translation>The {label} starts and ends at the same time.</translation>
    </message>
    <message>
        <source>La fascia di disconnessione dura {hours} ore: deve comprendere le {rest_hours} ore consecutive di riposo giornaliero (art. 7 D.Lgs. 66/2003).</source>
        <translation>The disconnection band lasts {hours} hours: it must include the {rest_hours} consecutive hours of daily rest (art. 7 D.Lgs. 66/2003).</translation>
    </message>
    <message>
        <source>Indica il nome dello spazio.</source>
        <translation>Enter the name of the space.</translation>
    </message>
    <message>
        <source>Indica l&apos;indirizzo.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <source>Indica il comune.</source>
        <translation>Enter the municipality.</translation>
    </message>
    <message>
        <source>Le postazioni vanno da 1 a 2000.</source>
        <translation>Seats range from 1 to 2000.</translation>
    </message>
    <message>
        <source>Scegli la persona dall&apos;anagrafica.</source>
        <translation>Choose the person from the registry.</translation>
    </message>
    <message>
        <source>Indica l&apos;inizio.</source>
        <translation>Enter the start.</translation>
    </message>
    <message>
        <source>Indica la fine.</source>
        <translation>Enter the end.</translation>
    </message>
    <message>
        <source>L&apos;importo non può essere negativo.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Indica il valore del voucher.</source>
        <translation>Enter the value of the voucher.</translation>
    </message>
    <message>
        <source>Il punteggio va da 1 a 5.</source>
        <translation>The score ranges from 1 to 5.</translation>
    </message>
    <message>
        <source>Sesso: F, M oppure X (non indicato).</source>
        <translation>Sex: F, M or X (not stated).</translation>
    </message>
    <message>
        <source>Le giornate da remoto al mese vanno da 0 a 23.</source>
        <translation>Remote days a month range from 0 to 23.</translation>
    </message>
    <message>
        <source>Minuti risparmiati a settimana: da 0 a 2400.</source>
        <translation>Minutes saved a week: from 0 to 2400.</translation>
    </message>
    <message>
        <source>Chilometri risparmiati a settimana: da 0 a 5000.</source>
        <translation>Kilometres saved a week: from 0 to 5000.</translation>
    </message>
    <message>
        <source>Prima della sperimentazione non ci sono giornate né tragitti risparmiati: scegli «dopo».</source>
        <translation>Before the trial there are no days or journeys saved: choose «after».</translation>
    </message>
    <message>
        <source>La PAT INAIL ha da 8 a 10 cifre (codici speciali: 99992000 ministeri, 99990000 ditta estera, 99990001 altro, 00000000 in attesa).</source>
        <translation>The INAIL PAT has 8 to 10 digits (special codes: 99992000 ministries, 99990000 foreign firm, 99990001 other, 00000000 pending).</translation>
    </message>
    <message>
        <source>La voce di tariffa INAIL ha 4 cifre (0000 per i codici speciali).</source>
        <translation>The INAIL tariff item has 4 digits (0000 for the special codes).</translation>
    </message>
    <message>
        <source>Indica la data del passaggio di fase.</source>
        <translation>Enter the date of the stage change.</translation>
    </message>
    <message>
        <source>Il numero non può essere negativo.</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <source>Scegli l&apos;impresa o l&apos;ente dall&apos;anagrafica.</source>
        <translation>Choose the firm or body from the registry.</translation>
    </message>
    <message>
        <source>Indica il consulente o l&apos;agente di rete che segue il percorso.</source>
        <translation>Enter the consultant or network agent following the pathway.</translation>
    </message>
    <message>
        <source>Indica la data della valutazione.</source>
        <translation>Enter the date of the assessment.</translation>
    </message>
    <message>
        <source>I ruoli adatti al lavoro da remoto superano i ruoli.</source>
        <translation>The roles suited to remote work exceed the roles.</translation>
    </message>
    <message>
        <source>Il numero supera i lavoratori (donne + uomini).</source>
        <translation>The number exceeds the workers (women + men).</translation>
    </message>
    <message>
        <source>Da 1 a {maximum} giornate {period}.</source>
        <translation>From 1 to {maximum} days {period}.</translation>
    </message>
    <message>
        <source>Indica almeno un luogo in cui si può lavorare.</source>
        <translation>Enter at least one place where work can be done.</translation>
    </message>
    <message>
        <source>Indica gli strumenti di lavoro.</source>
        <translation>Enter the work tools.</translation>
    </message>
    <message>
        <source>Il periodo di prova va da 0 a 12 mesi.</source>
        <translation>The trial period ranges from 0 to 12 months.</translation>
    </message>
    <message>
        <source>La data di adozione è nel futuro.</source>
        <translation>The adoption date is in the future.</translation>
    </message>
    <message>
        <source>Il recesso da questo accordo è già registrato.</source>
        <translation>The withdrawal from this agreement is already recorded.</translation>
    </message>
    <message>
        <source>Il recesso precede l&apos;inizio dell&apos;accordo.</source>
        <translation>The withdrawal precedes the start of the agreement.</translation>
    </message>
    <message>
        <source>Il preavviso è di {days} giorni: l&apos;accordo ne prevede {agreed} (minimo di legge {least}, {source}), salvo giustificato motivo.</source>
        <translation>The notice is {days} days: the agreement provides for {agreed} (legal minimum {least}, {source}), save for justified cause.</translation>
    </message>
    <message>
        <source>L&apos;accordo è stato oggetto di recesso: non si modifica più.</source>
        <translation>The agreement has been withdrawn from: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Il file per il Ministero contiene i codici fiscali: serve il permesso sui dati personali.</source>
        <translation>The file for the Ministry contains fiscal codes: you need the permission on personal data.</translation>
    </message>
    <message>
        <source>Scegli almeno una comunicazione da esportare.</source>
        <translation>Choose at least one communication to export.</translation>
    </message>
    <message>
        <source>Indica la data di invio.</source>
        <translation>Enter the sending date.</translation>
    </message>
    <message>
        <source>La data di invio è nel futuro.</source>
        <translation>The sending date is in the future.</translation>
    </message>
    <message>
        <source>Indica il numero della ricevuta del Ministero.</source>
        <translation>Enter the number of the Ministry&apos;s receipt.</translation>
    </message>
    <message>
        <source>La comunicazione non esiste più.</source>
        <translation>The communication no longer exists.</translation>
    </message>
    <message>
        <source>L&apos;invio precede l&apos;evento da comunicare.</source>
        <translation>The sending precedes the event to be communicated.</translation>
    </message>
    <message>
        <source>Un annullamento non si annulla: se è sbagliato, rifai la comunicazione annullata.</source>
        <translation>A cancellation is not cancelled: if it is wrong, redo the cancelled communication.</translation>
    </message>
    <message>
        <source>La comunicazione non è ancora stata inviata: non serve annullarla, correggi l&apos;accordo.</source>
        <translation>The communication has not been sent yet: no need to cancel it, correct the agreement.</translation>
    </message>
    <message>
        <source>L&apos;annullamento di questa comunicazione è già registrato.</source>
        <translation>The cancellation of this communication is already recorded.</translation>
    </message>
    <message>
        <source>Lo spazio di coworking non esiste più.</source>
        <translation>The coworking space no longer exists.</translation>
    </message>
    <message>
        <source>La postazione o il voucher non esiste più.</source>
        <translation>The seat or voucher no longer exists.</translation>
    </message>
    <message>
        <source>Salva prima le scelte del regolamento.</source>
        <translation>Save the regulation&apos;s choices first.</translation>
    </message>
    <message>
        <source>L&apos;accordo riporta i dati anagrafici del lavoratore: serve il permesso sui dati personali.</source>
        <translation>The agreement shows the worker&apos;s personal details: you need the permission on personal data.</translation>
    </message>
    <message>
        <source>Il questionario non esiste più.</source>
        <translation>The questionnaire no longer exists.</translation>
    </message>
    <message>
        <source>{name} ha già un percorso: aprilo dall&apos;elenco.</source>
        <translation>{name} already has a pathway: open it from the list.</translation>
    </message>
    <message>
        <source>La data precede il primo contatto ({first:%d/%m/%Y}).</source>
        <translation>The date precedes the first contact ({first:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>La data è nel futuro.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Da {least} (minimo di legge) a 50 anni.</source>
        <translation>From {least} (legal minimum) to 50 years.</translation>
    </message>
    <message>
        <source>Il percorso di lavoro flessibile non esiste più.</source>
        <translation>The flexible-work pathway no longer exists.</translation>
    </message>
    <message>
        <source>L&apos;accordo individuale non esiste più.</source>
        <translation>The individual agreement no longer exists.</translation>
    </message>
    <message>
        <source>L&apos;impresa o l&apos;ente scelto non è più in anagrafica.</source>
        <translation>The chosen firm or body is no longer in the registry.</translation>
    </message>
    <message>
        <source>La persona scelta non è più in anagrafica.</source>
        <translation>The chosen person is no longer in the registry.</translation>
    </message>
    <message>
        <source>Esportazione non eseguita: completa prima questi dati.
{problems}</source>
        <translation>Export not done: first complete these data.
{problems}</translation>
    </message>
    <message>
        <source>{record}: manca {fields}</source>
        <translation>{record}: missing {fields}</translation>
    </message>
    <message>
        <source>Riga {row}: indica se il firmatario è legale rappresentante o delegato.</source>
        <translation>Row {row}: say whether the signatory is the legal representative or a delegate.</translation>
    </message>
    <message>
        <source>Scrivi il titolo dell&apos;accordo.</source>
        <translation>Write the agreement&apos;s title.</translation>
    </message>
    <message>
        <source>Scegli il tipo di accordo.</source>
        <translation>Choose the kind of agreement.</translation>
    </message>
    <message>
        <source>Indica la data di decorrenza.</source>
        <translation>Enter the start date.</translation>
    </message>
    <message>
        <source>La scadenza non può precedere la decorrenza ({start_date:%d/%m/%Y}).</source>
        <translation>The expiry cannot precede the start date ({start_date:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>L&apos;entrata in vigore non può seguire la scadenza ({end_date:%d/%m/%Y}).</source>
        <translation>The entry into force cannot follow the expiry ({end_date:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>Il preavviso di recesso non può essere negativo.</source>
        <translation>The withdrawal notice cannot be negative.</translation>
    </message>
    <message>
        <source>{organisation_name} non è una pubblica amministrazione: un accordo ex art. 15 L. 241/1990 si conclude solo tra amministrazioni pubbliche.</source>
        <translation>{organisation_name} is not a public administration: an agreement under art. 15 L. 241/1990 is made only between public administrations.</translation>
    </message>
    <message>
        <source>Un accordo ha almeno due parti.</source>
        <translation>An agreement has at least two parties.</translation>
    </message>
    <message>
        <source>Riga {row}: indica chi firma per {organisation_name}.</source>
        <translation>Row {row}: enter who signs for {organisation_name}.</translation>
    </message>
    <message>
        <source>Riga {row}: scegli l&apos;ente o l&apos;impresa dall&apos;anagrafica.</source>
        <translation>Row {row}: choose the body or firm from the registry.</translation>
    </message>
    <message>
        <source>Riga {row}: {organisation_name} è già tra le parti.</source>
        <translation>Row {row}: {organisation_name} is already among the parties.</translation>
    </message>
    <message>
        <source>Riga {row}: scegli il ruolo della parte.</source>
        <translation>Row {row}: choose the party&apos;s role.</translation>
    </message>
    <message>
        <source>Riga {row}: gli importi e le ore non possono essere negativi.</source>
        <translation>Row {row}: amounts and hours cannot be negative.</translation>
    </message>
    <message>
        <source>Riga {row}: {signatory_name} non risulta in anagrafica legale rappresentante di {organisation_name}: non ha il potere di firma. Indica il legale rappresentante oppure firma come delegato con l&apos;atto di delega.</source>
        <translation>Row {row}: according to the registry, {signatory_name} is not the legal representative of {organisation_name}: they have no signing power. Enter the legal representative, or sign as a delegate with the delegation act.</translation>
    </message>
    <message>
        <source>Riga {row}: {signatory_name} firma come delegato senza atto di delega: indica l&apos;atto che gli conferisce il potere di firma.</source>
        <translation>Row {row}: {signatory_name} signs as a delegate without a delegation act: enter the act that grants them signing power.</translation>
    </message>
    <message>
        <source>L&apos;accordo {agreement_code} è «{status}»: non si può {doing}.</source>
        <translation>Agreement {agreement_code} is «{status}»: it cannot be {doing}.</translation>
    </message>
    <message>
        <source>Scrivi il motivo della modifica.</source>
        <translation>Write the reason for the amendment.</translation>
    </message>
    <message>
        <source>Un accordo senza scadenza non si rinnova.</source>
        <translation>An agreement without an expiry date is not renewed.</translation>
    </message>
    <message>
        <source>Scegli la parte che recede.</source>
        <translation>Choose the party that withdraws.</translation>
    </message>
    <message>
        <source>Il tipo di un accordo non cambia: creane uno nuovo.</source>
        <translation>An agreement&apos;s kind does not change: create a new one.</translation>
    </message>
    <message>
        <source>Esiste già una modifica dell&apos;accordo {original_code}: {amendment_code}.</source>
        <translation>An amendment of agreement {original_code} already exists: {amendment_code}.</translation>
    </message>
    <message>
        <source>Esito non previsto per la chiusura di un accordo.</source>
        <translation>Unexpected outcome for closing an agreement.</translation>
    </message>
    <message>
        <source>Scrivi che cosa contiene l&apos;allegato.</source>
        <translation>Write what the attachment contains.</translation>
    </message>
    <message>
        <source>Il file {name} non esiste o è vuoto.</source>
        <translation>The file {name} does not exist or is empty.</translation>
    </message>
    <message>
        <source>Il file «{what}» non è più nella cartella dei dati ({path}): ripristinalo da una copia di sicurezza.</source>
        <translation>The file «{what}» is no longer in the data folder ({path}): restore it from a backup.</translation>
    </message>
    <message>
        <source>Il file «{what}» è stato modificato dopo essere stato allegato: l&apos;impronta SHA-256 non corrisponde più. Non viene aperto; file: {path}.</source>
        <translation>The file «{what}» was modified after being attached: its SHA-256 fingerprint no longer matches. It is not opened; file: {path}.</translation>
    </message>
    <message>
        <source>Scegli l&apos;impresa dall&apos;anagrafica.</source>
        <translation>Choose the firm from the registry.</translation>
    </message>
    <message>
        <source>Scrivi la misura adottata (es. orario flessibile).</source>
        <translation>Write the measure adopted (e.g. flexible hours).</translation>
    </message>
    <message>
        <source>Indica la data del contatto.</source>
        <translation>Enter the date of the contact.</translation>
    </message>
    <message>
        <source>Scegli il tipo di contatto.</source>
        <translation>Choose the kind of contact.</translation>
    </message>
    <message>
        <source>Un tema indicato non è previsto.</source>
        <translation>One of the topics given is not provided for.</translation>
    </message>
    <message>
        <source>Scrivi il passo successivo che scade in quella data.</source>
        <translation>Write the next step due on that date.</translation>
    </message>
    <message>
        <source>La scadenza del passo successivo precede il contatto.</source>
        <translation>The next step&apos;s due date precedes the contact.</translation>
    </message>
    <message>
        <source>Il contatto non può essere nel futuro: registralo dopo.</source>
        <translation>The contact cannot be in the future: record it later.</translation>
    </message>
    <message>
        <source>Indica un numero di giorni tra 1 e 365.</source>
        <translation>Enter a number of days between 1 and 365.</translation>
    </message>
    <message>
        <source>Il file .p7m non è una busta CAdES leggibile.</source>
        <translation>The .p7m file is not a readable CAdES envelope.</translation>
    </message>
    <message>
        <source>Il PDF non contiene firme digitali: per una firma su carta allega la scansione come tale.</source>
        <translation>The PDF contains no digital signatures: for a paper signature attach the scan as such.</translation>
    </message>
    <message>
        <source>Il file .p7m non contiene il documento firmato (firma staccata).</source>
        <translation>The .p7m file does not contain the signed document (detached signature).</translation>
    </message>
    <message>
        <source>Il file .p7m non contiene firme.</source>
        <translation>The .p7m file contains no signatures.</translation>
    </message>
    <message>
        <source>Il file {name} non è un PDF né un file firmato .p7m: allega il documento firmato digitalmente (PAdES .pdf o CAdES .p7m).</source>
        <translation>The file {name} is neither a PDF nor a signed .p7m file: attach the digitally signed document (PAdES .pdf or CAdES .p7m).</translation>
    </message>
    <message>
        <source>Il file {name} non è un PDF leggibile.</source>
        <translation>The file {name} is not a readable PDF.</translation>
    </message>
    <message>
        <source>Il PDF non si può leggere: il file è danneggiato.</source>
        <translation>The PDF cannot be read: the file is damaged.</translation>
    </message>
    <message>
        <source>Il certificato di un firmatario manca nella busta .p7m.</source>
        <translation>A signatory&apos;s certificate is missing from the .p7m envelope.</translation>
    </message>
    <message>
        <source>Una firma del PDF non si può verificare ({error_type}): il file è stato alterato o la firma è danneggiata.</source>
        <translation>A signature of the PDF cannot be verified ({error_type}): the file was altered or the signature is damaged.</translation>
    </message>
    <message>
        <source>L&apos;accordo {agreement_code} non è in firma (è «{status}»).</source>
        <translation>Agreement {agreement_code} is not out for signature (it is «{status}»).</translation>
    </message>
    <message>
        <source>La parte indicata non appartiene a questo accordo.</source>
        <translation>The party given does not belong to this agreement.</translation>
    </message>
    <message>
        <source>La firma di {name} è «{status}»: non può diventare «{target_label}».</source>
        <translation>The signature of {name} is «{status}»: it cannot become «{target_label}».</translation>
    </message>
    <message>
        <source>Scrivi il motivo del rifiuto.</source>
        <translation>Write the reason for the refusal.</translation>
    </message>
    <message>
        <source>Scegli almeno una parte che ha firmato.</source>
        <translation>Choose at least one party that signed.</translation>
    </message>
    <message>
        <source>Il file {signed_file_name} non esiste.</source>
        <translation>The file {signed_file_name} does not exist.</translation>
    </message>
    <message>
        <source>Il file {scan_name} non esiste o è vuoto.</source>
        <translation>The file {scan_name} does not exist or is empty.</translation>
    </message>
    <message>
        <source>La data di firma non può essere futura.</source>
        <translation>The signing date cannot be in the future.</translation>
    </message>
    <message>
        <source>Firma di {signer} rifiutata: {problem}. Nessuna parte è stata segnata come firmata.</source>
        <translation>Signature of {signer} refused: {problem}. No party was marked as signed.</translation>
    </message>
    <message>
        <source>Il file è firmato da {signer} ({signer_fiscal_code}), che non è tra i firmatari dell&apos;accordo {agreement_code}. Nessuna parte è stata segnata come firmata.</source>
        <translation>The file is signed by {signer} ({signer_fiscal_code}), who is not among the signatories of agreement {agreement_code}. No party was marked as signed.</translation>
    </message>
    <message>
        <source>Scrivi almeno una premessa (una per riga).</source>
        <translation>Write at least one premise (one per line).</translation>
    </message>
    <message>
        <source>Ogni articolo inizia con una riga «## Titolo».</source>
        <translation>Each article begins with a «## Title» line.</translation>
    </message>
    <message>
        <source>Il testo è uguale a quello in uso: nessuna nuova versione da salvare.</source>
        <translation>The text is the same as the one in use: no new version to save.</translation>
    </message>
    <message>
        <source>Manca la riga {marker}: gli impegni delle parti non comparirebbero nell&apos;accordo.</source>
        <translation>The line {marker} is missing: the parties&apos; obligations would not appear in the agreement.</translation>
    </message>
    <message>
        <source>Indica una sola parte capofila.</source>
        <translation>Mark only one party as lead.</translation>
    </message>
    <message>
        <source>Indica quale parte è capofila.</source>
        <translation>Mark which party is the lead.</translation>
    </message>
    <message>
        <source>Un ente scelto non è più in anagrafica.</source>
        <translation>A chosen body is no longer in the registry.</translation>
    </message>
    <message>
        <source>Un firmatario scelto non è più in anagrafica.</source>
        <translation>A chosen signatory is no longer in the registry.</translation>
    </message>
    <message>
        <source>Il responsabile del trattamento scelto non è più in anagrafica.</source>
        <translation>The chosen data processor is no longer in the registry.</translation>
    </message>
    <message>
        <source>Un ente del comitato non è più in anagrafica.</source>
        <translation>A committee body is no longer in the registry.</translation>
    </message>
    <message>
        <source>Campi sconosciuti: {unknown}. Quelli disponibili: {available}.</source>
        <translation>Unknown fields: {unknown}. The available ones: {available}.</translation>
    </message>
    <message>
        <source>Un accordo tra pubbliche amministrazioni si sottoscrive con firma digitale o firma elettronica qualificata, a pena di nullità ({source}): una scansione firmata a mano non basta. Allega il file firmato digitalmente (PDF con firma PAdES o file .p7m).</source>
        <translation>An agreement between public administrations is signed with a digital or qualified electronic signature, on pain of nullity ({source}): a scan signed by hand is not enough. Attach the digitally signed file (PDF with PAdES signature or .p7m file).</translation>
    </message>
    <message>
        <source>Firma digitale obbligatoria a pena di nullità ({rule}): una scansione firmata a mano non basta.</source>
        <translation>Digital signature mandatory on pain of nullity ({rule}): a scan signed by hand is not enough.</translation>
    </message>
    <message>
        <source>{agreement_code}: firma di {name} attesa da {days} giorni</source>
        <translation>{agreement_code}: signature of {name} awaited for {days} days</translation>
    </message>
    <message>
        <source>{agreement_code}: si rinnova tacitamente il {day:%d/%m/%Y} (disdetta entro il preavviso)</source>
        <translation>{agreement_code}: renews tacitly on {day:%d/%m/%Y} (give notice within the notice period)</translation>
    </message>
    <message>
        <source>{agreement_code}: è scaduto il {day:%d/%m/%Y}</source>
        <translation>{agreement_code}: expired on {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>{agreement_code}: scade il {day:%d/%m/%Y}</source>
        <translation>{agreement_code}: expires on {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>{name}: {step} (entro il {day:%d/%m/%Y})</source>
        <translation>{name}: {step} (by {day:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>il contenuto firmato è stato alterato (l&apos;impronta non corrisponde)</source>
        <translation>the signed content was altered (the fingerprint does not match)</translation>
    </message>
    <message>
        <source>la firma non è valida per il certificato del firmatario</source>
        <translation>the signature is not valid for the signatory&apos;s certificate</translation>
    </message>
    <message>
        <source>il documento è stato modificato dopo questa firma</source>
        <translation>the document was modified after this signature</translation>
    </message>
    <message>
        <source>Nessuna regola fiscale in vigore al {on:%d/%m/%Y}.</source>
        <translation>No tax rule in force on {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Dai un titolo all&apos;incarico.</source>
        <translation>Give the engagement a title.</translation>
    </message>
    <message>
        <source>Scegli l&apos;impresa (o le imprese della rete) dall&apos;anagrafica.</source>
        <translation>Choose the firm (or the network&apos;s firms) from the registry.</translation>
    </message>
    <message>
        <source>Con più imprese indica il nome della rete.</source>
        <translation>With several firms, enter the network&apos;s name.</translation>
    </message>
    <message>
        <source>Indica la data di avvio.</source>
        <translation>Enter the start date.</translation>
    </message>
    <message>
        <source>I contratti superano i dipendenti (donne + uomini).</source>
        <translation>The contracts exceed the employees (women + men).</translation>
    </message>
    <message>
        <source>I part-time superano i dipendenti.</source>
        <translation>The part-timers exceed the employees.</translation>
    </message>
    <message>
        <source>Il codice ATECO ha solo cifre e punti (es. 10.71.10).</source>
        <translation>The ATECO code has only digits and dots (e.g. 10.71.10).</translation>
    </message>
    <message>
        <source>Indica la data dell&apos;incontro.</source>
        <translation>Enter the date of the meeting.</translation>
    </message>
    <message>
        <source>Le ore vanno da 0,25 a 24.</source>
        <translation>Hours range from 0.25 to 24.</translation>
    </message>
    <message>
        <source>Indica l&apos;argomento dell&apos;incontro.</source>
        <translation>Enter the topic of the meeting.</translation>
    </message>
    <message>
        <source>Indica una percentuale tra 0 e 100.</source>
        <translation>Enter a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>«{answer}» non è una risposta possibile (ammesse: {allowed}).</source>
        <translation>«{answer}» is not a possible answer (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>«{text}» non è un numero intero.</source>
        <translation>«{text}» is not a whole number.</translation>
    </message>
    <message>
        <source>{text} non è possibile: al massimo {maximum}.</source>
        <translation>{text} is not possible: at most {maximum}.</translation>
    </message>
    <message>
        <source>L&apos;interesse va da 1 a 5, non «{text}».</source>
        <translation>Interest ranges from 1 to 5, not «{text}».</translation>
    </message>
    <message>
        <source>«{text}» non è sì o no.</source>
        <translation>«{text}» is not yes or no.</translation>
    </message>
    <message>
        <source>Risposta mancante.</source>
        <translation>Answer missing.</translation>
    </message>
    <message>
        <source>L&apos;incontro non esiste più.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>«{m_code}» non è una misura del catalogo.</source>
        <translation>«{m_code}» is not a measure of the catalogue.</translation>
    </message>
    <message>
        <source>Importi e lavoratori non possono essere negativi.</source>
        <translation>Amounts and workers cannot be negative.</translation>
    </message>
    <message>
        <source>Indica un anno d&apos;imposta tra {first} e {last}.</source>
        <translation>Enter a tax year between {first} and {last}.</translation>
    </message>
    <message>
        <source>Il costo del lavoro non può essere negativo.</source>
        <translation>The labour cost cannot be negative.</translation>
    </message>
    <message>
        <source>Per un piano volontario con misure di lett. f serve il costo del lavoro: ne dipende la quota deducibile (5 per mille).</source>
        <translation>A voluntary plan with measures under letter f needs the labour cost: the deductible share (5 per thousand) depends on it.</translation>
    </message>
    <message>
        <source>L&apos;incarico non ha un piano per il {year}.</source>
        <translation>The engagement has no plan for {year}.</translation>
    </message>
    <message>
        <source>Indica a quale bisogno risponde il servizio locale.</source>
        <translation>Enter which need the local service meets.</translation>
    </message>
    <message>
        <source>Scegli il Comune o l&apos;ente che offre il servizio.</source>
        <translation>Choose the Municipality or body offering the service.</translation>
    </message>
    <message>
        <source>Descrivi il servizio locale.</source>
        <translation>Describe the local service.</translation>
    </message>
    <message>
        <source>L&apos;incarico di consulenza non esiste più.</source>
        <translation>The consulting engagement no longer exists.</translation>
    </message>
    <message>
        <source>L&apos;impresa scelta non fa parte di questo incarico.</source>
        <translation>The chosen firm is not part of this engagement.</translation>
    </message>
    <message>
        <source>Colonne sconosciute: {columns}. Rinominale come nel modello o toglile, poi riprova.</source>
        <translation>Unknown columns: {columns}. Rename them as in the template or remove them, then try again.</translation>
    </message>
    <message>
        <source>Mancano le colonne obbligatorie: {columns}.</source>
        <translation>Required columns missing: {columns}.</translation>
    </message>
    <message>
        <source>Il file supera {maximum} risposte.</source>
        <translation>The file exceeds {maximum} answers.</translation>
    </message>
    <message>
        <source>«{firm}» non è un&apos;impresa di questo incarico.</source>
        <translation>«{firm}» is not a firm of this engagement.</translation>
    </message>
    <message>
        <source>Il file non contiene risposte.</source>
        <translation>The file contains no answers.</translation>
    </message>
    <message>
        <source>Esente fino a {limit} l&apos;anno per la generalità dei lavoratori ({year})</source>
        <translation>Exempt up to {limit} a year for the workforce as a whole ({year})</translation>
    </message>
    <message>
        <source>Esente fino a {limit} l&apos;anno con figli a carico ({year})</source>
        <translation>Exempt up to {limit} a year with dependent children ({year})</translation>
    </message>
    <message>
        <source>{amount} supera la soglia dei fringe benefit di {limit} per il {year} ({source}): oltre la soglia è tassato l&apos;intero valore, non solo l&apos;eccedenza.</source>
        <translation>{amount} exceeds the fringe-benefit threshold of {limit} for {year} ({source}): above the threshold the whole value is taxed, not just the excess.</translation>
    </message>
    <message>
        <source>Esente fino a {limit} al giorno se elettronico ({year})</source>
        <translation>Exempt up to {limit} a day if electronic ({year})</translation>
    </message>
    <message>
        <source>Il buono pasto di {value} al giorno supera il limite di {limit} per il {year} ({source}): l&apos;eccedenza è tassata.</source>
        <translation>The meal voucher of {value} a day exceeds the limit of {limit} for {year} ({source}): the excess is taxed.</translation>
    </message>
    <message>
        <source>{what} esclusi dal reddito fino a {limit} l&apos;anno</source>
        <translation>{what} excluded from income up to {limit} a year</translation>
    </message>
    <message>
        <source>{amount} supera il limite annuo di {limit} ({source}): l&apos;eccedenza è tassata.</source>
        <translation>{amount} exceeds the yearly limit of {limit} ({source}): the excess is taxed.</translation>
    </message>
    <message>
        <source>Esente senza limite di importo se offerto alla generalità o a categorie di dipendenti; per l&apos;impresa vale la regola di deducibilità del piano</source>
        <translation>Exempt with no amount limit if offered to all employees or to categories of them; for the firm the plan&apos;s deductibility rule applies</translation>
    </message>
    <message>
        <source>Esente senza limite di importo (anche come rimborso di spese documentate)</source>
        <translation>Exempt with no amount limit (also as a refund of documented expenses)</translation>
    </message>
    <message>
        <source>Misura organizzativa: nessun importo, nessun effetto fiscale</source>
        <translation>Organisational measure: no amount, no tax effect</translation>
    </message>
    <message>
        <source>Interamente deducibile come costo del lavoro</source>
        <translation>Fully deductible as a labour cost</translation>
    </message>
    <message>
        <source>Il piano è un obbligo dell&apos;impresa: l&apos;intero costo riduce il reddito imponibile.</source>
        <translation>The plan is an obligation of the firm: its whole cost reduces taxable income.</translation>
    </message>
    <message>
        <source>Le misure di lett. f sono deducibili fino a {limit} ({per_mille} per mille di {labour_costs} di costo del lavoro).</source>
        <translation>Measures under letter f are deductible up to {limit} ({per_mille} per thousand of {labour_costs} of labour cost).</translation>
    </message>
    <message>
        <source>Le misure di lett. f sono deducibili fino a {limit} ({per_mille} per mille di {labour_costs} di costo del lavoro). {lost} non sono deducibili: un accordo o un regolamento vincolante li renderebbe deducibili per intero (art. 95).</source>
        <translation>Measures under letter f are deductible up to {limit} ({per_mille} per thousand of {labour_costs} of labour cost). {lost} is not deductible: a binding agreement or regulation would make it fully deductible (art. 95).</translation>
    </message>
    <message>
        <source>Misure di lett. f deducibili nel limite del {per_mille} per mille del costo del lavoro</source>
        <translation>Measures under letter f deductible within {per_mille} per thousand of the labour cost</translation>
    </message>
    <message>
        <source>Premi di risultato {year}: imposta sostitutiva del {rate}% fino a {ceiling} l&apos;anno, per chi nel {previous} ha avuto redditi di lavoro dipendente fino a {income_limit} ({source}); convertiti in misure di welfare non sono tassati (L. 208/2015 art. 1 c. 184).</source>
        <translation>Performance bonuses {year}: substitute tax of {rate}% up to {ceiling} a year, for those whose employment income in {previous} was up to {income_limit} ({source}); converted into welfare measures they are not taxed (L. 208/2015 art. 1 c. 184).</translation>
    </message>
    <message>
        <source>{label} è troppo lungo: al massimo {limit} caratteri.</source>
        <translation>{label} is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Il comune scelto non è nell&apos;elenco dei comuni.</source>
        <translation>The chosen municipality is not in the list of municipalities.</translation>
    </message>
    <message>
        <source>Manca il comune dell&apos;indirizzo.</source>
        <translation>The address has no municipality.</translation>
    </message>
    <message>
        <source>Il codice del luogo di nascita {place_code} ({place}) non esisteva alla data di nascita ({birth_date:%d/%m/%Y}): il comune è stato istituito dopo o soppresso prima. Controlla il codice fiscale sul documento.</source>
        <translation>The birthplace code {place_code} ({place}) did not exist on the date of birth ({birth_date:%d/%m/%Y}): the municipality was created later or abolished earlier. Check the tax code on the document.</translation>
    </message>
    <message>
        <source>Il codice fiscale ha 16 caratteri: ne hai scritto uno.</source>
        <translation>The tax code has 16 characters: you wrote one.</translation>
    </message>
    <message>
        <source>Il codice fiscale ha 16 caratteri: ne hai scritti {count}.</source>
        <translation>The tax code has 16 characters: you wrote {count}.</translation>
    </message>
    <message>
        <source>Il codice fiscale contiene solo lettere e cifre.</source>
        <translation>The tax code contains only letters and digits.</translation>
    </message>
    <message>
        <source>I primi sei caratteri (cognome e nome) devono essere lettere.</source>
        <translation>The first six characters (surname and first name) must be letters.</translation>
    </message>
    <message>
        <source>Il 7° e l&apos;8° carattere (anno di nascita) devono essere cifre.</source>
        <translation>The 7th and 8th characters (year of birth) must be digits.</translation>
    </message>
    <message>
        <source>Il 9° carattere (mese di nascita) deve essere una di A B C D E H L M P R S T.</source>
        <translation>The 9th character (month of birth) must be one of A B C D E H L M P R S T.</translation>
    </message>
    <message>
        <source>Il 10° e l&apos;11° carattere (giorno di nascita) devono essere cifre.</source>
        <translation>The 10th and 11th characters (day of birth) must be digits.</translation>
    </message>
    <message>
        <source>I caratteri dal 12° al 15° (luogo di nascita) devono essere una lettera e tre cifre.</source>
        <translation>Characters 12 to 15 (place of birth) must be a letter and three digits.</translation>
    </message>
    <message>
        <source>L&apos;ultimo carattere (carattere di controllo) deve essere una lettera.</source>
        <translation>The last character (check character) must be a letter.</translation>
    </message>
    <message>
        <source>Scrivi il codice fiscale.</source>
        <translation>Write the tax code.</translation>
    </message>
    <message>
        <source>Il carattere di controllo non corrisponde: controlla di aver copiato bene il codice.</source>
        <translation>The check character does not match: check that you copied the code correctly.</translation>
    </message>
    <message>
        <source>Il giorno di nascita nel codice fiscale non esiste.</source>
        <translation>The day of birth in the tax code does not exist.</translation>
    </message>
    <message>
        <source>Il codice del luogo di nascita ({place}) non corrisponde a nessun comune o Stato esistente alla data di nascita: controlla il codice.</source>
        <translation>The birthplace code ({place}) matches no municipality or country existing on the date of birth: check the code.</translation>
    </message>
    <message>
        <source>Codice fiscale provvisorio (11 cifre): sostituiscilo con quello definitivo quando l&apos;Agenzia delle Entrate lo attribuisce. Sesso, data e luogo di nascita non si ricavano dal codice.</source>
        <translation>Provisional tax code (11 digits): replace it with the definitive one when the Agenzia delle Entrate assigns it. Sex, date and place of birth cannot be read from the code.</translation>
    </message>
    <message>
        <source>Il codice fiscale provvisorio ha 11 cifre.</source>
        <translation>The provisional tax code has 11 digits.</translation>
    </message>
    <message>
        <source>La cifra di controllo del codice fiscale provvisorio non corrisponde: controlla di aver copiato bene il codice.</source>
        <translation>The check digit of the provisional tax code does not match: check that you copied the code correctly.</translation>
    </message>
    <message>
        <source>Il sesso non corrisponde al codice fiscale (dal codice: femminile).</source>
        <translation>The sex does not match the tax code (from the code: female).</translation>
    </message>
    <message>
        <source>Il sesso non corrisponde al codice fiscale (dal codice: maschile).</source>
        <translation>The sex does not match the tax code (from the code: male).</translation>
    </message>
    <message>
        <source>La data di nascita non corrisponde al codice fiscale (dal codice: {birth_date:%d/%m/%Y}).</source>
        <translation>The date of birth does not match the tax code (from the code: {birth_date:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>Il luogo di nascita non corrisponde al codice fiscale (dal codice: {place}).</source>
        <translation>The place of birth does not match the tax code (from the code: {place}).</translation>
    </message>
    <message>
        <source>Il cognome non corrisponde al codice fiscale: le prime tre lettere del codice sono {in_code}, dal cognome scritto risulterebbero {expected}.</source>
        <translation>The surname does not match the tax code: the first three letters of the code are {in_code}, the surname as written would give {expected}.</translation>
    </message>
    <message>
        <source>Il nome non corrisponde al codice fiscale: le lettere 4-6 del codice sono {in_code}, dal nome scritto risulterebbero {expected}.</source>
        <translation>The first name does not match the tax code: letters 4-6 of the code are {in_code}, the first name as written would give {expected}.</translation>
    </message>
    <message>
        <source>Scrivi la partita IVA.</source>
        <translation>Write the VAT number.</translation>
    </message>
    <message>
        <source>La partita IVA contiene solo cifre: togli lettere e simboli.</source>
        <translation>The VAT number contains only digits: remove letters and symbols.</translation>
    </message>
    <message>
        <source>La partita IVA ha 11 cifre: ne hai scritte {count}.</source>
        <translation>The VAT number has 11 digits: you wrote {count}.</translation>
    </message>
    <message>
        <source>La cifra di controllo non corrisponde: controlla di aver copiato bene la partita IVA.</source>
        <translation>The check digit does not match: check that you copied the VAT number correctly.</translation>
    </message>
    <message>
        <source>La partita IVA ha un codice d&apos;ufficio (cifre 8-10) inesistente: controlla il numero.</source>
        <translation>The VAT number has an office code (digits 8-10) that does not exist: check the number.</translation>
    </message>
    <message>
        <source>La partita IVA non può iniziare con sette zeri.</source>
        <translation>The VAT number cannot start with seven zeros.</translation>
    </message>
    <message>
        <source>Scrivi il codice fiscale dell&apos;ente.</source>
        <translation>Write the body&apos;s tax code.</translation>
    </message>
    <message>
        <source>Il codice fiscale dell&apos;ente contiene solo cifre: togli lettere e simboli.</source>
        <translation>The body&apos;s tax code contains only digits: remove letters and symbols.</translation>
    </message>
    <message>
        <source>Il codice fiscale dell&apos;ente ha 11 cifre: ne hai scritte {count}.</source>
        <translation>The body&apos;s tax code has 11 digits: you wrote {count}.</translation>
    </message>
    <message>
        <source>La cifra di controllo non corrisponde: controlla di aver copiato bene il codice fiscale dell&apos;ente.</source>
        <translation>The check digit does not match: check that you copied the body&apos;s tax code correctly.</translation>
    </message>
    <message>
        <source>Il codice fiscale dell&apos;ente ha un codice d&apos;ufficio (cifre 8-10) inesistente: controlla il numero.</source>
        <translation>The body&apos;s tax code has an office code (digits 8-10) that does not exist: check the number.</translation>
    </message>
    <message>
        <source>Il codice fiscale dell&apos;ente non può iniziare con sette zeri.</source>
        <translation>The body&apos;s tax code cannot start with seven zeros.</translation>
    </message>
    <message>
        <source>Scrivi l&apos;IBAN.</source>
        <translation>Write the IBAN.</translation>
    </message>
    <message>
        <source>L&apos;IBAN italiano ha 27 caratteri: ne hai scritti {count}.</source>
        <translation>An Italian IBAN has 27 characters: you wrote {count}.</translation>
    </message>
    <message>
        <source>L&apos;IBAN non ha la lunghezza prevista per il suo paese.</source>
        <translation>The IBAN does not have the length expected for its country.</translation>
    </message>
    <message>
        <source>L&apos;IBAN deve iniziare con la sigla del paese (IT per l&apos;Italia).</source>
        <translation>The IBAN must start with the country code (IT for Italy).</translation>
    </message>
    <message>
        <source>Le due cifre di controllo dopo la sigla del paese non corrispondono: controlla di aver copiato bene l&apos;IBAN.</source>
        <translation>The two check digits after the country code do not match: check that you copied the IBAN correctly.</translation>
    </message>
    <message>
        <source>Il CIN (la lettera dopo le cifre di controllo) non corrisponde ad ABI, CAB e numero di conto: controlla di aver copiato bene l&apos;IBAN.</source>
        <translation>The CIN (the letter after the check digits) does not match ABI, CAB and account number: check that you copied the IBAN correctly.</translation>
    </message>
    <message>
        <source>L&apos;IBAN contiene caratteri non ammessi o non ha la struttura prevista.</source>
        <translation>The IBAN contains characters that are not allowed or does not have the expected structure.</translation>
    </message>
    <message>
        <source>Il CAP ha 5 cifre.</source>
        <translation>The postcode has 5 digits.</translation>
    </message>
    <message>
        <source>Il CAP {cap} non appartiene al comune indicato (CAP del comune: {listed}).</source>
        <translation>The postcode {cap} does not belong to the chosen municipality (its postcodes: {listed}).</translation>
    </message>
    <message>
        <source>Scrivi l&apos;indirizzo e-mail.</source>
        <translation>Write the e-mail address.</translation>
    </message>
    <message>
        <source>L&apos;indirizzo e-mail non può contenere spazi.</source>
        <translation>The e-mail address cannot contain spaces.</translation>
    </message>
    <message>
        <source>L&apos;indirizzo e-mail deve contenere una chiocciola (@), come in nome@esempio.it.</source>
        <translation>The e-mail address must contain an at sign (@), as in name@example.com.</translation>
    </message>
    <message>
        <source>L&apos;indirizzo e-mail non è valido: controlla la parte dopo la @.</source>
        <translation>The e-mail address is not valid: check the part after the @.</translation>
    </message>
    <message>
        <source>Scrivi l&apos;indirizzo PEC.</source>
        <translation>Write the PEC address.</translation>
    </message>
    <message>
        <source>L&apos;indirizzo PEC non può contenere spazi.</source>
        <translation>The PEC address cannot contain spaces.</translation>
    </message>
    <message>
        <source>L&apos;indirizzo PEC deve contenere una chiocciola (@), come in nome@esempio.it.</source>
        <translation>The PEC address must contain an at sign (@), as in name@example.com.</translation>
    </message>
    <message>
        <source>L&apos;indirizzo PEC non è valido: controlla la parte dopo la @.</source>
        <translation>The PEC address is not valid: check the part after the @.</translation>
    </message>
    <message>
        <source>Il CUP ha 15 caratteri: ne hai scritti {count}.</source>
        <translation>The CUP has 15 characters: you wrote {count}.</translation>
    </message>
    <message>
        <source>Il CUP contiene solo lettere e cifre.</source>
        <translation>The CUP contains only letters and digits.</translation>
    </message>
    <message>
        <source>Il codice ATECO si scrive come 88.91 oppure 88.91.00.</source>
        <translation>The ATECO code is written as 88.91 or 88.91.00.</translation>
    </message>
    <message>
        <source>Scrivi il cognome.</source>
        <translation>Write the surname.</translation>
    </message>
    <message>
        <source>Scrivi il nome.</source>
        <translation>Write the first name.</translation>
    </message>
    <message>
        <source>Il sesso si indica con F o M.</source>
        <translation>Sex is given as F or M.</translation>
    </message>
    <message>
        <source>La data di nascita è nel futuro.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>La data di nascita è precedente al 1900: controlla l&apos;anno.</source>
        <translation>The date of birth is before 1900: check the year.</translation>
    </message>
    <message>
        <source>Il luogo di nascita si indica con il codice catastale (una lettera e tre cifre, es. F205) o scegliendolo dall&apos;elenco.</source>
        <translation>The place of birth is given by its cadastral code (a letter and three digits, e.g. F205) or chosen from the list.</translation>
    </message>
    <message>
        <source>Il codice {place_code} non è un comune né uno Stato.</source>
        <translation>The code {place_code} is neither a municipality nor a country.</translation>
    </message>
    <message>
        <source>Il telefono contiene almeno 6 cifre e solo cifre, spazi e il +.</source>
        <translation>The phone number has at least 6 digits and only digits, spaces and the +.</translation>
    </message>
    <message>
        <source>Scegli il contatto preferito dall&apos;elenco.</source>
        <translation>Choose the preferred contact from the list.</translation>
    </message>
    <message>
        <source>Per usare questo contatto scrivi il telefono.</source>
        <translation>To use this contact, write the phone number.</translation>
    </message>
    <message>
        <source>Per usare questo contatto scrivi l&apos;e-mail.</source>
        <translation>To use this contact, write the e-mail.</translation>
    </message>
    <message>
        <source>Per usare questo contatto scrivi la PEC.</source>
        <translation>To use this contact, write the PEC.</translation>
    </message>
    <message>
        <source>Per usare questo contatto scrivi l&apos;indirizzo.</source>
        <translation>To use this contact, write the address.</translation>
    </message>
    <message>
        <source>Scegli la condizione occupazionale dall&apos;elenco.</source>
        <translation>Choose the employment status from the list.</translation>
    </message>
    <message>
        <source>La data della DID si indica solo per chi è disoccupata/o.</source>
        <translation>The DID date is given only for unemployed people.</translation>
    </message>
    <message>
        <source>La data della DID è nel futuro.</source>
        <translation>The DID date is in the future.</translation>
    </message>
    <message>
        <source>La data della DID è precedente alla nascita.</source>
        <translation>The DID date is before the date of birth.</translation>
    </message>
    <message>
        <source>Indica l&apos;ente che ha attestato la situazione di rischio.</source>
        <translation>Give the body that certified the risk situation.</translation>
    </message>
    <message>
        <source>Indica la data dell&apos;attestazione.</source>
        <translation>Give the date of the certification.</translation>
    </message>
    <message>
        <source>La data dell&apos;attestazione è nel futuro.</source>
        <translation>The date of the certification is in the future.</translation>
    </message>
    <message>
        <source>Solo chi ha il permesso «dati protetti» può segnare una persona come protetta: chiedi a un collega abilitato.</source>
        <translation>Only users with the «protected data» permission can mark a person as protected: ask a colleague who has it.</translation>
    </message>
    <message>
        <source>Questo codice fiscale è già registrato per {label}: apri la sua scheda invece di crearne una nuova.</source>
        <translation>This tax code is already registered for {label}: open their record instead of creating a new one.</translation>
    </message>
    <message>
        <source>La persona è legale rappresentante o referente di {linked} enti: toglila prima da quegli enti. Se è un doppione, usa «Unisci» per non perdere i collegamenti.</source>
        <translation>The person is legal representative or contact of {linked} bodies: remove them from those bodies first. If it is a duplicate, use «Merge» so as not to lose the links.</translation>
    </message>
    <message>
        <source>La persona compare in {applications} domande di contributo: non può essere cancellata. Se è un doppione, usa «Unisci» per non perdere i collegamenti.</source>
        <translation>The person appears in {applications} grant applications: it cannot be deleted. If it is a duplicate, use «Merge» so as not to lose the links.</translation>
    </message>
    <message>
        <source>Una delle due persone è protetta: la scheda unita deve restare protetta.</source>
        <translation>One of the two people is protected: the merged record must stay protected.</translation>
    </message>
    <message>
        <source>Unire una persona protetta richiede il permesso «dati protetti».</source>
        <translation>Merging a protected person requires the «protected data» permission.</translation>
    </message>
    <message>
        <source>Filtrare le persone protette richiede il permesso «dati protetti».</source>
        <translation>Filtering protected people requires the «protected data» permission.</translation>
    </message>
    <message>
        <source>Il numero di dipendenti non può essere negativo.</source>
        <translation>The number of employees cannot be negative.</translation>
    </message>
    <message>
        <source>Il totale dei dipendenti ({total}) non è la somma di donne e uomini ({parts}).</source>
        <translation>The total of employees ({total}) is not the sum of women and men ({parts}).</translation>
    </message>
    <message>
        <source>Scrivi la denominazione.</source>
        <translation>Write the name of the body.</translation>
    </message>
    <message>
        <source>Scegli il tipo di ente dall&apos;elenco.</source>
        <translation>Choose the type of body from the list.</translation>
    </message>
    <message>
        <source>Per un&apos;impresa serve di solito la partita IVA.</source>
        <translation>A company usually needs a VAT number.</translation>
    </message>
    <message>
        <source>Scegli il ruolo nell&apos;alleanza dall&apos;elenco.</source>
        <translation>Choose the role in the alliance from the list.</translation>
    </message>
    <message>
        <source>Indica anche il ruolo nell&apos;alleanza.</source>
        <translation>Give the role in the alliance too.</translation>
    </message>
    <message>
        <source>La data di adesione è nel futuro.</source>
        <translation>The joining date is in the future.</translation>
    </message>
    <message>
        <source>La stessa persona compare due volte tra i referenti.</source>
        <translation>The same person appears twice among the contacts.</translation>
    </message>
    <message>
        <source>La persona scelta come legale rappresentante non esiste più: scegline un&apos;altra.</source>
        <translation>The person chosen as legal representative no longer exists: choose another.</translation>
    </message>
    <message>
        <source>Uno dei referenti non esiste più: ricarica la scheda.</source>
        <translation>One of the contacts no longer exists: reload the record.</translation>
    </message>
    <message>
        <source>L&apos;ente è l&apos;impresa costituita di una domanda di contributo finanziata: non può essere cancellato. Se è un doppione, usa «Unisci» per non perdere i collegamenti.</source>
        <translation>The body is the company set up by a funded grant application: it cannot be deleted. If it is a duplicate, use «Merge» so as not to lose the links.</translation>
    </message>
    <message>
        <source>Indica la denominazione dell&apos;ente.</source>
        <translation>Give the name of the body.</translation>
    </message>
    <message>
        <source>Indica la versione dell&apos;informativa consegnata.</source>
        <translation>Give the version of the privacy notice handed over.</translation>
    </message>
    <message>
        <source>La versione ha al massimo {maximum} caratteri.</source>
        <translation>The version has at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Scegli dove è stata consegnata l&apos;informativa.</source>
        <translation>Choose where the privacy notice was handed over.</translation>
    </message>
    <message>
        <source>Indica la data della presa visione.</source>
        <translation>Give the date of acknowledgement.</translation>
    </message>
    <message>
        <source>La data della presa visione è nel futuro.</source>
        <translation>The date of acknowledgement is in the future.</translation>
    </message>
    <message>
        <source>Scegli il tipo di consenso.</source>
        <translation>Choose the type of consent.</translation>
    </message>
    <message>
        <source>Indica la data del consenso.</source>
        <translation>Give the date of the consent.</translation>
    </message>
    <message>
        <source>La data del consenso è nel futuro.</source>
        <translation>The date of the consent is in the future.</translation>
    </message>
    <message>
        <source>Questo consenso è già stato dato e non è stato revocato.</source>
        <translation>This consent has already been given and has not been withdrawn.</translation>
    </message>
    <message>
        <source>Indica la data della revoca.</source>
        <translation>Give the date of the withdrawal.</translation>
    </message>
    <message>
        <source>La data della revoca è nel futuro.</source>
        <translation>The date of the withdrawal is in the future.</translation>
    </message>
    <message>
        <source>Il consenso è già stato revocato.</source>
        <translation>The consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>La revoca non può precedere il consenso.</source>
        <translation>The withdrawal cannot precede the consent.</translation>
    </message>
    <message>
        <source>Nel file manca la colonna {columns}: indica quale colonna la contiene o aggiungila al file.</source>
        <translation>The file lacks the column {columns}: say which column holds it or add it to the file.</translation>
    </message>
    <message>
        <source>Importazione annullata: nessun dato è stato scritto.</source>
        <translation>Import cancelled: no data has been written.</translation>
    </message>
    <message>
        <source>Dipendenti: {problem}</source>
        <translation>Employees: {problem}</translation>
    </message>
    <message>
        <source>Data di nascita: {problem}</source>
        <translation>Date of birth: {problem}</translation>
    </message>
    <message>
        <source>I codici o il nome della riga corrispondono a più enti già registrati: unisci prima i doppioni, poi importa di nuovo.</source>
        <translation>The row&apos;s codes or name match several registered bodies: merge the duplicates first, then import again.</translation>
    </message>
    <message>
        <source>Lo stesso ente compare già alla riga {row} del file.</source>
        <translation>The same body already appears on row {row} of the file.</translation>
    </message>
    <message>
        <source>Manca un dato che distingua la persona dagli omonimi: codice fiscale, data di nascita, telefono o e-mail.</source>
        <translation>Something that tells the person apart from namesakes is missing: tax code, date of birth, phone or e-mail.</translation>
    </message>
    <message>
        <source>La riga corrisponde a {count} persone già registrate: unisci prima i doppioni, poi importa di nuovo.</source>
        <translation>The row matches {count} registered people: merge the duplicates first, then import again.</translation>
    </message>
    <message>
        <source>La stessa persona compare già alla riga {row} del file.</source>
        <translation>The same person already appears on row {row} of the file.</translation>
    </message>
    <message>
        <source>Completando la scheda già registrata: {problems}</source>
        <translation>Completing the registered record: {problems}</translation>
    </message>
    <message>
        <source>Non è stato possibile assegnare un numero al documento: altri utenti stanno generando documenti dello stesso tipo. Riprova tra qualche istante.</source>
        <translation>The document could not be given a number: other users are generating documents of the same type. Try again in a moment.</translation>
    </message>
    <message>
        <source>Documento non trovato: potrebbe essere stato generato in un altro database.</source>
        <translation>Document not found: it may have been generated in another database.</translation>
    </message>
    <message>
        <source>Il file originale del documento n. {number} ({kind_label}) non è più nella cartella dei dati ({path}). Ripristinalo da una copia di sicurezza o genera di nuovo il documento.</source>
        <translation>The original file of document no. {number} ({kind_label}) is no longer in the data folder ({path}). Restore it from a backup or generate the document again.</translation>
    </message>
    <message>
        <source>Il file della copia firmata del documento n. {number} ({kind_label}) non è più nella cartella dei dati ({path}). Ripristinalo da una copia di sicurezza o genera di nuovo il documento.</source>
        <translation>The signed copy&apos;s file of document no. {number} ({kind_label}) is no longer in the data folder ({path}). Restore it from a backup or generate the document again.</translation>
    </message>
    <message>
        <source>Il file originale del documento n. {number} ({kind_label}) è stato modificato dopo la registrazione: l&apos;impronta SHA-256 non corrisponde più. Non viene aperto; file: {path}.</source>
        <translation>The original file of document no. {number} ({kind_label}) was changed after registration: its SHA-256 fingerprint no longer matches. It is not opened; file: {path}.</translation>
    </message>
    <message>
        <source>Il file della copia firmata del documento n. {number} ({kind_label}) è stato modificato dopo la registrazione: l&apos;impronta SHA-256 non corrisponde più. Non viene aperto; file: {path}.</source>
        <translation>The signed copy&apos;s file of document no. {number} ({kind_label}) was changed after registration: its SHA-256 fingerprint no longer matches. It is not opened; file: {path}.</translation>
    </message>
    <message>
        <source>Il documento n. {number} non ha ancora una copia firmata allegata.</source>
        <translation>Document no. {number} has no signed copy attached yet.</translation>
    </message>
    <message>
        <source>La copia firmata deve essere un PDF, un file firmato .p7m o una scansione (.tif, .jpg, .png).</source>
        <translation>The signed copy must be a PDF, a signed .p7m file or a scan (.tif, .jpg, .png).</translation>
    </message>
    <message>
        <source>Il file «{name}» è un programma o uno script, non un documento: non si allega. Allega il documento (PDF, immagine, foglio di calcolo…).</source>
        <translation>The file «{name}» is a program or a script, not a document: it is not attached. Attach the document (PDF, image, spreadsheet…).</translation>
    </message>
    <message>
        <source>{label}: un numero da {low} a {high}.</source>
        <translation>{label}: a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>La seconda cartella non esiste o non è raggiungibile: collega il disco o la cartella di rete e riprova.</source>
        <translation>The second folder does not exist or cannot be reached: connect the disk or the network folder and try again.</translation>
    </message>
    <message>
        <source>La seconda cartella deve essere diversa da quella delle copie automatiche.</source>
        <translation>The second folder must differ from the one of the automatic backups.</translation>
    </message>
    <message>
        <source>PROBLEMA: il file del database {path} {damage}. Il file danneggiato non viene cancellato: il ripristino lo mette da parte. {way_out}</source>
        <translation>PROBLEM: the database file {path} {damage}. The damaged file is not deleted: the restore sets it aside. {way_out}</translation>
    </message>
    <message>
        <source>L&apos;ultima copia di sicurezza sana è {name} (in {folder}): ripristinala da qui o con &apos;equilibri-admin restore &quot;{path}&quot;&apos;.</source>
        <translation>The latest sound backup is {name} (in {folder}): restore it from here or with &apos;equilibri-admin restore &quot;{path}&quot;&apos;.</translation>
    </message>
    <message>
        <source>Nessuna copia sana in {folder}: ripristina una copia da un altro disco con &apos;equilibri-admin restore FILE&apos;.</source>
        <translation>No sound backup in {folder}: restore a backup from another disk with &apos;equilibri-admin restore FILE&apos;.</translation>
    </message>
    <message>
        <source>L&apos;account {username} è stato disattivato da un amministratore: la sessione è chiusa. Per continuare serve un altro account attivo.</source>
        <translation>The account {username} was disabled by an administrator: the session is closed. To continue you need another active account.</translation>
    </message>
    <message>
        <source>Mancano i comuni di riferimento: esegui prima &apos;equilibri-admin init&apos;.</source>
        <translation>The reference municipalities are missing: run &apos;equilibri-admin init&apos; first.</translation>
    </message>
    <message>
        <source>Questo database contiene già dati reali: i dati dimostrativi non vengono aggiunti. Usa una cartella dati separata per la demo, ad esempio &apos;equilibri-admin --data-dir CARTELLA-DEMO init --demo&apos;.</source>
        <translation>This database already holds real data: the demo data are not added. Use a separate data folder for the demo, for example &apos;equilibri-admin --data-dir DEMO-FOLDER init --demo&apos;.</translation>
    </message>
    <message>
        <source>Gli utenti dimostrativi si creano solo nella cartella dei dati dimostrativi.</source>
        <translation>Demo users are created only in the demo data folder.</translation>
    </message>
</context>
<context>
    <name>TemplatesForm</name>
    <message>
        <source>&amp;Tipo di accordo</source>
        <translation>Agreement &amp;kind</translation>
    </message>
    <message>
        <source>&amp;Premesse (una per riga: «Premesso che …»)</source>
        <translation>&amp;Premises (one per line: «Whereas …»)</translation>
    </message>
    <message>
        <source>&amp;Articoli (ogni articolo inizia con «## Titolo»; la riga {impegni} porta gli impegni delle parti)</source>
        <translation>&amp;Articles (each starts with «## Title»; the line {impegni} brings in the parties&apos; obligations)</translation>
    </message>
    <message>
        <source>&amp;Campo</source>
        <translation>&amp;Field</translation>
    </message>
    <message>
        <source>&amp;Inserisci nel testo</source>
        <translation>&amp;Insert in the text</translation>
    </message>
    <message>
        <source>&amp;Nota della versione</source>
        <translation>Version &amp;note</translation>
    </message>
    <message>
        <source>che cosa cambia, es. nuova clausola di riservatezza</source>
        <translation>what changes, e.g. new confidentiality clause</translation>
    </message>
    <message>
        <source>&amp;Anteprima</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Anteprima P&amp;DF…</source>
        <translation>P&amp;DF preview…</translation>
    </message>
    <message>
        <source>&amp;Salva come nuova versione</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <source>Anteprima</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Con i dati di un accordo di esempio, come nel PDF.</source>
        <translation>With an example agreement&apos;s data, as in the PDF.</translation>
    </message>
    <message>
        <source>Versioni</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Ogni accordo conserva il testo con cui è stato redatto: salvare una nuova versione non cambia gli accordi già preparati.</source>
        <translation>Every agreement keeps the text it was drafted with: saving a new version does not change agreements already prepared.</translation>
    </message>
    <message>
        <source>Ri&amp;prendi questo testo</source>
        <translation>Take u&amp;p this text</translation>
    </message>
    <message>
        <source>Promemoria</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Firme in attesa da più di (&amp;giorni)</source>
        <translation>Signatures pending for more than (&amp;days)</translation>
    </message>
    <message>
        <source>Scadenze entro (gio&amp;rni)</source>
        <translation>Expiries within (da&amp;ys)</translation>
    </message>
    <message>
        <source>La pagina iniziale ricorda le firme attese da più giorni di così e gli accordi che scadono entro il periodo indicato.</source>
        <translation>The home page recalls signatures awaited for longer than this and agreements expiring within the given period.</translation>
    </message>
    <message>
        <source>Salva i &amp;promemoria</source>
        <translation>Save the &amp;reminders</translation>
    </message>
</context>
<context>
    <name>UserAccount</name>
    <message>
        <source>&amp;Nome e cognome</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>es. Maria Bianchi</source>
        <translation>e.g. Maria Bianchi</translation>
    </message>
    <message>
        <source>Nome &amp;utente</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>es. maria.bianchi</source>
        <translation>e.g. maria.bianchi</translation>
    </message>
    <message>
        <source>Ruoli</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Amministratore</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <source>utenti, impostazioni, copie di sicurezza, registro delle attività</source>
        <translation>users, settings, backups, activity log</translation>
    </message>
    <message>
        <source>&amp;Responsabile del procedimento</source>
        <translation>&amp;Procedure officer</translation>
    </message>
    <message>
        <source>decisioni, pagamenti e firme; modifica le anagrafiche; registro delle attività</source>
        <translation>decisions, payments and signatures; edits the registry; activity log</translation>
    </message>
    <message>
        <source>O&amp;peratore</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>anagrafiche, domande, eventi, bozze degli accordi</source>
        <translation>registry, applications, events, draft agreements</translation>
    </message>
    <message>
        <source>&amp;Commissario</source>
        <translation>&amp;Committee member</translation>
    </message>
    <message>
        <source>valuta solo le domande assegnate</source>
        <translation>assesses only the applications assigned to them</translation>
    </message>
    <message>
        <source>Sola &amp;lettura / revisore</source>
        <translation>&amp;Read-only / auditor</translation>
    </message>
    <message>
        <source>vede tutto senza modificare nulla; registro delle attività</source>
        <translation>sees everything without changing anything; activity log</translation>
    </message>
    <message>
        <source>A&amp;gente di rete</source>
        <translation>Network a&amp;gent</translation>
    </message>
    <message>
        <source>imprese, accordi e contatti della rete; nessun dato dei contributi</source>
        <translation>businesses, agreements and network contacts; no grant data</translation>
    </message>
    <message>
        <source>Dati pro&amp;tetti: può vedere indirizzo e stato di protezione delle persone protette</source>
        <translation>Protected &amp;data: can see the address and protection status of protected people</translation>
    </message>
    <message>
        <source>Il programma genera una password temporanea da consegnare di persona: l&apos;utente dovrà sceglierne una sua al primo accesso.</source>
        <translation>The program generates a temporary password to be handed over in person: the user will have to choose their own at first sign-in.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Chi può usare il programma e con quali ruoli. Le modifiche ai ruoli valgono dal prossimo accesso dell&apos;utente. Un utente disattivato non può più accedere, ma le sue attività restano nel registro.</source>
        <translation>Who can use the program and with which roles. Role changes take effect from the user&apos;s next sign-in. A deactivated user can no longer sign in, but their activities remain in the log.</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ruoli</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Dati protetti</source>
        <translation>Protected data</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ultimo accesso</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Password temporanea</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>&amp;Copia</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Nascond&amp;i</source>
        <translation>H&amp;ide</translation>
    </message>
    <message>
        <source>S&amp;blocca</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Toglie il blocco dovuto a troppi tentativi di accesso non riusciti.</source>
        <translation>Removes the lock caused by too many failed sign-in attempts.</translation>
    </message>
    <message>
        <source>Reimposta pass&amp;word…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <source>&amp;Disattiva…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>&amp;Modifica ruoli…</source>
        <translation>Edit &amp;roles…</translation>
    </message>
    <message>
        <source>&amp;Nuovo utente…</source>
        <translation>&amp;New user…</translation>
    </message>
</context>
<context>
    <name>WelfareEngagementForm</name>
    <message>
        <source>&amp;Titolo</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Avvio</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Fa&amp;se</source>
        <translation>St&amp;age</translation>
    </message>
    <message>
        <source>C&amp;onsulente</source>
        <translation>C&amp;onsultant</translation>
    </message>
    <message>
        <source>Nome della &amp;rete</source>
        <translation>&amp;Network name</translation>
    </message>
    <message>
        <source>Solo con più imprese</source>
        <translation>Only with several firms</translation>
    </message>
    <message>
        <source>A&amp;TECO</source>
        <translation>A&amp;TECO</translation>
    </message>
    <message>
        <source>&amp;Contratto collettivo</source>
        <translation>&amp;Collective agreement</translation>
    </message>
    <message>
        <source>Rappresentanza sinda&amp;cale</source>
        <translation>Union re&amp;presentation</translation>
    </message>
    <message>
        <source>Dipendenti &amp;donne</source>
        <translation>&amp;Women employees</translation>
    </message>
    <message>
        <source>Dipendenti &amp;uomini</source>
        <translation>&amp;Men employees</translation>
    </message>
    <message>
        <source>A tempo &amp;indeterminato</source>
        <translation>Per&amp;manent</translation>
    </message>
    <message>
        <source>A tempo d&amp;eterminato</source>
        <translation>&amp;Fixed-term</translation>
    </message>
    <message>
        <source>&amp;Part-time</source>
        <translation>Part-t&amp;ime</translation>
    </message>
    <message>
        <source>&amp;Imprese dall&apos;anagrafica</source>
        <translation>F&amp;irms from the registry</translation>
    </message>
    <message>
        <source>&amp;Aggiungi</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Togli</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Prossimi &amp;passi</source>
        <translation>Next &amp;steps</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Relazione &amp;attività</source>
        <translation>&amp;Activity report</translation>
    </message>
</context>
<context>
    <name>WelfareEngagements</name>
    <message>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Titolo, impresa o rete</source>
        <translation>Title, firm or network</translation>
    </message>
    <message>
        <source>&amp;Fase</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>&amp;Nuovo incarico</source>
        <translation>&amp;New engagement</translation>
    </message>
</context>
<context>
    <name>WelfareIndicators</name>
    <message>
        <source>&amp;Anno</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Esporta .xlsx…</source>
        <translation>&amp;Export .xlsx…</translation>
    </message>
</context>
<context>
    <name>WelfareMeetings</name>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Ore</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>&amp;Argomento</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>&amp;Partecipanti</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Passi &amp;successivi</source>
        <translation>Next &amp;steps</translation>
    </message>
    <message>
        <source>A&amp;ggiungi incontro</source>
        <translation>A&amp;dd meeting</translation>
    </message>
    <message>
        <source>&amp;Elimina incontro</source>
        <translation>&amp;Delete meeting</translation>
    </message>
</context>
<context>
    <name>WelfarePlanEditor</name>
    <message>
        <source>&amp;Anno d&apos;imposta</source>
        <translation>Tax &amp;year</translation>
    </message>
    <message>
        <source>&amp;Fonte del piano</source>
        <translation>Plan &amp;basis</translation>
    </message>
    <message>
        <source>&amp;Costo del lavoro (€)</source>
        <translation>&amp;Labour costs (€)</translation>
    </message>
    <message>
        <source>Lavoratrici &amp;coperte</source>
        <translation>&amp;Women covered</translation>
    </message>
    <message>
        <source>Lavoratori c&amp;operti</source>
        <translation>&amp;Men covered</translation>
    </message>
    <message>
        <source>Adottato i&amp;l</source>
        <translation>Adopted o&amp;n</translation>
    </message>
    <message>
        <source>Contributi &amp;impresa</source>
        <translation>Empl&amp;oyer contributions</translation>
    </message>
    <message>
        <source>Contributi la&amp;voratore</source>
        <translation>&amp;Worker contributions</translation>
    </message>
    <message>
        <source>Aliquota I&amp;RPEF</source>
        <translation>Income &amp;tax rate</translation>
    </message>
    <message>
        <source>&amp;Misura</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>Ser&amp;vizio locale di</source>
        <translation>Local ser&amp;vice of</translation>
    </message>
    <message>
        <source>A&amp;ggiungi</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Togli</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Salva e calcola</source>
        <translation>&amp;Save and calculate</translation>
    </message>
    <message>
        <source>Stampa &amp;piano</source>
        <translation>Print &amp;plan</translation>
    </message>
    <message>
        <source>Bozza di &amp;regolamento</source>
        <translation>Draft &amp;regulation</translation>
    </message>
</context>
<context>
    <name>WelfareResults</name>
    <message>
        <source>&amp;Risultati di</source>
        <translation>&amp;Results of</translation>
    </message>
    <message>
        <source>Stampa &amp;rapporto</source>
        <translation>Print &amp;report</translation>
    </message>
</context>
<context>
    <name>WelfareSurveyEntry</name>
    <message>
        <source>Questionario anonimo: digita le risposte di un modulo e premi Invio per salvarlo e passare al successivo.</source>
        <translation>Anonymous questionnaire: type the answers of one form and press Enter to save it and move on to the next.</translation>
    </message>
    <message>
        <source>&amp;Impresa della rete</source>
        <translation>Firm of the net&amp;work</translation>
    </message>
    <message>
        <source>&amp;Sesso</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>&amp;Età</source>
        <translation>A&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Contratto</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <source>Part-&amp;time</source>
        <translation>Part-&amp;time</translation>
    </message>
    <message>
        <source>&amp;Nucleo familiare</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>Figli 0-2 anni</source>
        <translation>Children 0-2 years</translation>
    </message>
    <message>
        <source>Figli 3-5 anni</source>
        <translation>Children 3-5 years</translation>
    </message>
    <message>
        <source>Figli 6-10 anni</source>
        <translation>Children 6-10 years</translation>
    </message>
    <message>
        <source>Figli 11-14 anni</source>
        <translation>Children 11-14 years</translation>
    </message>
    <message>
        <source>Figli 15-18 anni</source>
        <translation>Children 15-18 years</translation>
    </message>
    <message>
        <source>Familiari non autosufficienti</source>
        <translation>Non-self-sufficient relatives</translation>
    </message>
    <message>
        <source>Tempo di tragitto</source>
        <translation>Commuting time</translation>
    </message>
    <message>
        <source>Mezzo</source>
        <translation>Means of transport</translation>
    </message>
    <message>
        <source>Preferenza sui tempi</source>
        <translation>Working-time preference</translation>
    </message>
    <message>
        <source>Premio in welfare</source>
        <translation>Bonus as welfare</translation>
    </message>
    <message>
        <source>Interesse: infanzia</source>
        <translation>Interest: childcare</translation>
    </message>
    <message>
        <source>Interesse: istruzione</source>
        <translation>Interest: education</translation>
    </message>
    <message>
        <source>Interesse: cura anziani</source>
        <translation>Interest: elderly care</translation>
    </message>
    <message>
        <source>Interesse: salute</source>
        <translation>Interest: health</translation>
    </message>
    <message>
        <source>Interesse: previdenza</source>
        <translation>Interest: pension</translation>
    </message>
    <message>
        <source>Interesse: tempo libero</source>
        <translation>Interest: leisure</translation>
    </message>
    <message>
        <source>Interesse: spesa</source>
        <translation>Interest: shopping</translation>
    </message>
    <message>
        <source>Interesse: orari</source>
        <translation>Interest: working hours</translation>
    </message>
    <message>
        <source>Sal&amp;va risposta</source>
        <translation>Sa&amp;ve answer</translation>
    </message>
    <message>
        <source>&amp;Importa da file…</source>
        <translation>&amp;Import from file…</translation>
    </message>
</context>
<context>
    <name>WelfareSurveyImport</name>
    <message>
        <source>Scegli il file .xlsx o .csv esportato dal modulo online. Prima il programma lo controlla: l&apos;importazione avviene solo se ogni riga è corretta.</source>
        <translation>Choose the .xlsx or .csv file exported by the online form. The program checks it first: the import takes place only if every row is correct.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sfoglia…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Controlla</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Importa</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Registra la revoca del consenso: resta nello storico con le due date.</source>
        <translation>Record the withdrawal of consent: it remains in the history with both dates.</translation>
    </message>
    <message>
        <source>&amp;Data della revoca</source>
        <translation>&amp;Withdrawal date</translation>
    </message>
    <message>
        <source>Registra la revoca</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>Istruttoria da avviare</source>
        <translation>Formal check to start</translation>
    </message>
    <message>
        <source>In attesa di risposta (termine)</source>
        <translation>Waiting for a reply (deadline)</translation>
    </message>
    <message>
        <source>Da valutare (criteri fatti)</source>
        <translation>To score (criteria done)</translation>
    </message>
    <message>
        <source>Graduatoria da pubblicare</source>
        <translation>Ranking to publish</translation>
    </message>
    <message>
        <source>Tranche pagabile</source>
        <translation>Tranche ready to pay</translation>
    </message>
    <message>
        <source>Manca la copia firmata</source>
        <translation>Signed copy missing</translation>
    </message>
</context>
</TS>
