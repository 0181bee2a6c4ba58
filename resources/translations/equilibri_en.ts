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
        <source>Questa installazione è vuota. In pochi passi indichi l&apos;ente che usa il programma, il progetto con il suo CUP e chi firma gli atti.

I dati restano su questo computer, nella cartella:
{folder}</source>
        <translation>This installation is empty. In a few steps you will enter the organisation using the program, the project with its CUP and the person who signs official documents.

The data stays on this computer, in the folder:
{folder}</translation>
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
        <source>Ultima copia: {age}</source>
        <translation>Last backup: {age}</translation>
    </message>
    <message>
        <source>Copie: sul server</source>
        <translation>Backups: on the server</translation>
    </message>
    <message>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
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
        <source>Correggi i campi segnalati in rosso.</source>
        <translation>Please correct the fields highlighted in red.</translation>
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
        <source>Attenzione: l&apos;ultima copia di sicurezza ha più di {days} giorni. Fanne una adesso da File › Crea copia di sicurezza (Ctrl+B).</source>
        <translation>Warning: the last backup is more than {days} days old. Make one now from File › Create backup (Ctrl+B).</translation>
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
        <source>Copia di sicurezza all&apos;avvio…</source>
        <translation>Backing up at startup…</translation>
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
        <source>Ente e progetto</source>
        <translation>Organisation and project</translation>
    </message>
    <message>
        <source>Copie di sicurezza</source>
        <translation>Backups</translation>
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
        <translation>&amp;VAT number</translation>
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
        <translation>&amp;Telephone</translation>
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
        <translation>&amp;Funding statement</translation>
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
        <translation>Test &amp;page (PDF)</translation>
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
</TS>
