"""What the services of flexwork say, in the interface's language: the catalogue lupdate reads, worded as
domain/flexwork/messages.py says it (tests/test_service_messages.py keeps both equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FLEXWORK_TEXTS: dict[str, str] = {
    "flexwork.agreement.person": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il lavoratore dall'anagrafica."),
    "flexwork.agreement.signed_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data di sottoscrizione."),
    "flexwork.agreement.start_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica l'inizio del periodo di lavoro agile."),
    "flexwork.agreement.employment_start": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica l'inizio del rapporto di lavoro."),
    "flexwork.agreement.end_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un accordo a tempo determinato ha una data di fine."),
    "flexwork.agreement.end_before_start": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La fine è precedente all'inizio."),
    "flexwork.agreement.signed_after_start": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'accordo si firma prima dell'inizio del lavoro agile."),
    "flexwork.agreement.before_employment": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il lavoro agile inizia prima del rapporto di lavoro."),
    "flexwork.agreement.remote_days": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Da 1 a 5 giornate di lavoro agile a settimana."),
    "flexwork.agreement.office_days": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Giornate in sede e agili superano la settimana lavorativa."),
    "flexwork.agreement.places": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica almeno un luogo di lavoro agile."),
    "flexwork.agreement.tools": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica gli strumenti di lavoro (art. 18 c. 2 L. 81/2017)."),
    "flexwork.agreement.safety_notice_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica quando è stata consegnata l'informativa scritta sulla sicurezza (art. 22 L. "
                           "81/2017)."),
    "flexwork.agreement.directive_power": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'accordo disciplina il potere direttivo e di controllo (art. 21 L. 81/2017)."),
    "flexwork.agreement.justified_cause": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la clausola di recesso per giustificato motivo."),
    "flexwork.agreement.notice_days_worker": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il preavviso è di almeno {worker_min} giorni ({worker_source})."),
    "flexwork.agreement.notice_days_employer": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il preavviso del datore è di almeno {employer_min} giorni ({employer_source})."),
    "flexwork.agreement.safety_notice_late": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'informativa sulla sicurezza va consegnata prima dell'inizio."),
    "flexwork.bands.disconnection_required": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La fascia di disconnessione è obbligatoria (art. 19 c. 1 L. 81/2017)."),
    "flexwork.bands.contact_required": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il contratto collettivo richiede una fascia di contattabilità nelle giornate di lavoro "
                           "agile."),
    "flexwork.bands.contact_in_disconnection": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La fascia di contattabilità cade nella fascia di disconnessione."),
    "flexwork.bands.times_unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scrivi la {label} come due orari HH:MM (es. 09:00 e 13:00)."),
    "flexwork.bands.empty_band": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La {label} inizia e finisce alla stessa ora."),
    "flexwork.bands.rest_not_covered": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La fascia di disconnessione dura {hours} ore: deve comprendere le {rest_hours} ore "
                           "consecutive di riposo giornaliero (art. 7 D.Lgs. 66/2003)."),
    "flexwork.coworking.name": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il nome dello spazio."),
    "flexwork.coworking.address": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica l'indirizzo."),
    "flexwork.coworking.municipality": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il comune."),
    "flexwork.coworking.seats": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le postazioni vanno da 1 a 2000."),
    "flexwork.coworking.person": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli la persona dall'anagrafica."),
    "flexwork.coworking.start_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica l'inizio."),
    "flexwork.coworking.end_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la fine."),
    "flexwork.coworking.amount": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'importo non può essere negativo."),
    "flexwork.coworking.end_before_start": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La fine è precedente all'inizio."),
    "flexwork.coworking.voucher_value": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il valore del voucher."),
    "flexwork.monitoring.score": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il punteggio va da 1 a 5."),
    "flexwork.monitoring.sex": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso: F, M oppure X (non indicato)."),
    "flexwork.monitoring.remote_days_month": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le giornate da remoto al mese vanno da 0 a 23."),
    "flexwork.monitoring.commute_minutes_saved_week": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Minuti risparmiati a settimana: da 0 a 2400."),
    "flexwork.monitoring.commute_km_saved_week": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Chilometri risparmiati a settimana: da 0 a 5000."),
    "flexwork.monitoring.phase": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Prima della sperimentazione non ci sono giornate né tragitti risparmiati: scegli «dopo»."),
    "flexwork.pathway.inail_pat": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La PAT INAIL ha da 8 a 10 cifre (codici speciali: 99992000 ministeri, 99990000 ditta "
                           "estera, 99990001 altro, 00000000 in attesa)."),
    "flexwork.pathway.inail_tariff": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La voce di tariffa INAIL ha 4 cifre (0000 per i codici speciali)."),
    "flexwork.pathway.stage_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data del passaggio di fase."),
    "flexwork.pathway.negative": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il numero non può essere negativo."),
    "flexwork.pathway.organisation": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli l'impresa o l'ente dall'anagrafica."),
    "flexwork.pathway.consultant": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il consulente o l'agente di rete che segue il percorso."),
    "flexwork.pathway.assessed_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data della valutazione."),
    "flexwork.pathway.roles_remote": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I ruoli adatti al lavoro da remoto superano i ruoli."),
    "flexwork.pathway.above_workers": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il numero supera i lavoratori (donne + uomini)."),
    "flexwork.regulation.days": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Da 1 a {maximum} giornate {period}."),
    "flexwork.regulation.places": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica almeno un luogo in cui si può lavorare."),
    "flexwork.regulation.tools": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica gli strumenti di lavoro."),
    "flexwork.regulation.trial_months": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il periodo di prova va da 0 a 12 mesi."),
    "flexwork.regulation.adopted_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di adozione è nel futuro."),
    "flexwork.agreements.withdrawal_recorded": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il recesso da questo accordo è già registrato."),
    "flexwork.agreements.effective_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il recesso precede l'inizio dell'accordo."),
    "flexwork.agreements.notice_short": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il preavviso è di {days} giorni: l'accordo ne prevede {agreed} (minimo di legge {least}, "
                           "{source}), salvo giustificato motivo."),
    "flexwork.agreements.withdrawn": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'accordo è stato oggetto di recesso: non si modifica più."),
    "flexwork.communications.personal_data": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file per il Ministero contiene i codici fiscali: serve il permesso sui dati "
                           "personali."),
    "flexwork.communications.none_chosen": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli almeno una comunicazione da esportare."),
    "flexwork.communications.sent_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data di invio."),
    "flexwork.communications.sent_in_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data di invio è nel futuro."),
    "flexwork.communications.receipt": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il numero della ricevuta del Ministero."),
    "flexwork.communications.gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La comunicazione non esiste più."),
    "flexwork.communications.sent_before_event": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'invio precede l'evento da comunicare."),
    "flexwork.communications.gone_2": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La comunicazione non esiste più."),
    "flexwork.communications.cancel_cancellation": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Un annullamento non si annulla: se è sbagliato, rifai la comunicazione annullata."),
    "flexwork.communications.not_sent": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La comunicazione non è ancora stata inviata: non serve annullarla, correggi l'accordo."),
    "flexwork.communications.already_cancelled": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'annullamento di questa comunicazione è già registrato."),
    "flexwork.coworking.space_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Lo spazio di coworking non esiste più."),
    "flexwork.coworking.placement_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La postazione o il voucher non esiste più."),
    "flexwork.documents.regulation_unsaved": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Salva prima le scelte del regolamento."),
    "flexwork.documents.personal_data": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'accordo riporta i dati anagrafici del lavoratore: serve il permesso sui dati "
                           "personali."),
    "flexwork.monitoring.questionnaire_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il questionario non esiste più."),
    "flexwork.pathways.pathway_exists": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{name} ha già un percorso: aprilo dall'elenco."),
    "flexwork.pathways.before_first_contact": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data precede il primo contatto ({first:%d/%m/%Y})."),
    "flexwork.pathways.in_future": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La data è nel futuro."),
    "flexwork.settings.retention_years": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Da {least} (minimo di legge) a 50 anni."),
    "flexwork.records.pathway_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il percorso di lavoro flessibile non esiste più."),
    "flexwork.records.agreement_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'accordo individuale non esiste più."),
    "flexwork.records.organisation_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'impresa o l'ente scelto non è più in anagrafica."),
    "flexwork.records.person_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La persona scelta non è più in anagrafica."),
    "flexwork.communications.export_incomplete": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esportazione non eseguita: completa prima questi dati.\n{problems}"),
    "flexwork.communications.row_incomplete": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{record}: manca {fields}"),
}
