"""What the services of flexible work (pathways, agreements, regulation, communications, coworking, monitoring) say,
under stable codes with named parameters: the interface words them in its own language
(ui/flexwork_catalogue.py, kept equal by tests/test_service_messages.py); the services' errors keep the
Italian."""

from __future__ import annotations

FLEXWORK_MESSAGES: dict[str, str] = {
    "flexwork.agreement.person": "Scegli il lavoratore dall'anagrafica.",
    "flexwork.agreement.signed_on": "Indica la data di sottoscrizione.",
    "flexwork.agreement.start_on": "Indica l'inizio del periodo di lavoro agile.",
    "flexwork.agreement.employment_start": "Indica l'inizio del rapporto di lavoro.",
    "flexwork.agreement.end_on": "Un accordo a tempo determinato ha una data di fine.",
    "flexwork.agreement.end_before_start": "La fine è precedente all'inizio.",
    "flexwork.agreement.signed_after_start": "L'accordo si firma prima dell'inizio del lavoro agile.",
    "flexwork.agreement.before_employment": "Il lavoro agile inizia prima del rapporto di lavoro.",
    "flexwork.agreement.remote_days": "Da 1 a 5 giornate di lavoro agile a settimana.",
    "flexwork.agreement.office_days": "Giornate in sede e agili superano la settimana lavorativa.",
    "flexwork.agreement.places": "Indica almeno un luogo di lavoro agile.",
    "flexwork.agreement.tools": "Indica gli strumenti di lavoro (art. 18 c. 2 L. 81/2017).",
    "flexwork.agreement.safety_notice_on": "Indica quando è stata consegnata l'informativa scritta sulla sicurezza "
                                           "(art. 22 L. 81/2017).",
    "flexwork.agreement.directive_power": "L'accordo disciplina il potere direttivo e di controllo (art. 21 L. "
                                          "81/2017).",
    "flexwork.agreement.justified_cause": "Indica la clausola di recesso per giustificato motivo.",
    "flexwork.agreement.notice_days_worker": "Il preavviso è di almeno {worker_min} giorni ({worker_source}).",
    "flexwork.agreement.notice_days_employer": "Il preavviso del datore è di almeno {employer_min} giorni "
                                               "({employer_source}).",
    "flexwork.agreement.safety_notice_late": "L'informativa sulla sicurezza va consegnata prima dell'inizio.",
    "flexwork.bands.disconnection_required": "La fascia di disconnessione è obbligatoria (art. 19 c. 1 L. 81/2017).",
    "flexwork.bands.contact_required": "Il contratto collettivo richiede una fascia di contattabilità nelle giornate "
                                       "di lavoro agile.",
    "flexwork.bands.contact_in_disconnection": "La fascia di contattabilità cade nella fascia di disconnessione.",
    "flexwork.bands.times_unreadable": "Scrivi la {label} come due orari HH:MM (es. 09:00 e 13:00).",
    "flexwork.bands.empty_band": "La {label} inizia e finisce alla stessa ora.",
    "flexwork.bands.rest_not_covered": "La fascia di disconnessione dura {hours} ore: deve comprendere le "
                                       "{rest_hours} ore consecutive di riposo giornaliero (art. 7 D.Lgs. 66/2003).",
    "flexwork.coworking.name": "Indica il nome dello spazio.",
    "flexwork.coworking.address": "Indica l'indirizzo.",
    "flexwork.coworking.municipality": "Indica il comune.",
    "flexwork.coworking.seats": "Le postazioni vanno da 1 a 2000.",
    "flexwork.coworking.person": "Scegli la persona dall'anagrafica.",
    "flexwork.coworking.start_on": "Indica l'inizio.",
    "flexwork.coworking.end_on": "Indica la fine.",
    "flexwork.coworking.amount": "L'importo non può essere negativo.",
    "flexwork.coworking.end_before_start": "La fine è precedente all'inizio.",
    "flexwork.coworking.voucher_value": "Indica il valore del voucher.",
    "flexwork.monitoring.score": "Il punteggio va da 1 a 5.",
    "flexwork.monitoring.sex": "Sesso: F, M oppure X (non indicato).",
    "flexwork.monitoring.remote_days_month": "Le giornate da remoto al mese vanno da 0 a 23.",
    "flexwork.monitoring.commute_minutes_saved_week": "Minuti risparmiati a settimana: da 0 a 2400.",
    "flexwork.monitoring.commute_km_saved_week": "Chilometri risparmiati a settimana: da 0 a 5000.",
    "flexwork.monitoring.phase": "Prima della sperimentazione non ci sono giornate né tragitti risparmiati: scegli "
                                 "«dopo».",
    "flexwork.pathway.inail_pat": "La PAT INAIL ha da 8 a 10 cifre (codici speciali: 99992000 ministeri, 99990000 "
                                  "ditta estera, 99990001 altro, 00000000 in attesa).",
    "flexwork.pathway.inail_tariff": "La voce di tariffa INAIL ha 4 cifre (0000 per i codici speciali).",
    "flexwork.pathway.stage_on": "Indica la data del passaggio di fase.",
    "flexwork.pathway.negative": "Il numero non può essere negativo.",
    "flexwork.pathway.organisation": "Scegli l'impresa o l'ente dall'anagrafica.",
    "flexwork.pathway.consultant": "Indica il consulente o l'agente di rete che segue il percorso.",
    "flexwork.pathway.assessed_on": "Indica la data della valutazione.",
    "flexwork.pathway.roles_remote": "I ruoli adatti al lavoro da remoto superano i ruoli.",
    "flexwork.pathway.above_workers": "Il numero supera i lavoratori (donne + uomini).",
    "flexwork.regulation.days": "Da 1 a {maximum} giornate {period}.",
    "flexwork.regulation.places": "Indica almeno un luogo in cui si può lavorare.",
    "flexwork.regulation.tools": "Indica gli strumenti di lavoro.",
    "flexwork.regulation.trial_months": "Il periodo di prova va da 0 a 12 mesi.",
    "flexwork.regulation.adopted_on": "La data di adozione è nel futuro.",
    "flexwork.agreements.withdrawal_recorded": "Il recesso da questo accordo è già registrato.",
    "flexwork.agreements.effective_on": "Il recesso precede l'inizio dell'accordo.",
    "flexwork.agreements.notice_short": "Il preavviso è di {days} giorni: l'accordo ne prevede {agreed} (minimo di "
                                        "legge {least}, {source}), salvo giustificato motivo.",
    "flexwork.agreements.withdrawn": "L'accordo è stato oggetto di recesso: non si modifica più.",
    "flexwork.communications.personal_data": "Il file per il Ministero contiene i codici fiscali: serve il permesso "
                                             "sui dati personali.",
    "flexwork.communications.none_chosen": "Scegli almeno una comunicazione da esportare.",
    "flexwork.communications.sent_on": "Indica la data di invio.",
    "flexwork.communications.sent_in_future": "La data di invio è nel futuro.",
    "flexwork.communications.receipt": "Indica il numero della ricevuta del Ministero.",
    "flexwork.communications.gone": "La comunicazione non esiste più.",
    "flexwork.communications.sent_before_event": "L'invio precede l'evento da comunicare.",
    "flexwork.communications.gone_2": "La comunicazione non esiste più.",
    "flexwork.communications.cancel_cancellation": "Un annullamento non si annulla: se è sbagliato, rifai la "
                                                   "comunicazione annullata.",
    "flexwork.communications.not_sent": "La comunicazione non è ancora stata inviata: non serve annullarla, correggi "
                                        "l'accordo.",
    "flexwork.communications.already_cancelled": "L'annullamento di questa comunicazione è già registrato.",
    "flexwork.coworking.space_gone": "Lo spazio di coworking non esiste più.",
    "flexwork.coworking.placement_gone": "La postazione o il voucher non esiste più.",
    "flexwork.documents.regulation_unsaved": "Salva prima le scelte del regolamento.",
    "flexwork.documents.personal_data": "L'accordo riporta i dati anagrafici del lavoratore: serve il permesso sui "
                                        "dati personali.",
    "flexwork.monitoring.questionnaire_gone": "Il questionario non esiste più.",
    "flexwork.pathways.pathway_exists": "{name} ha già un percorso: aprilo dall'elenco.",
    "flexwork.pathways.before_first_contact": "La data precede il primo contatto ({first:%d/%m/%Y}).",
    "flexwork.pathways.in_future": "La data è nel futuro.",
    "flexwork.settings.retention_years": "Da {least} (minimo di legge) a 50 anni.",
    "flexwork.records.pathway_gone": "Il percorso di lavoro flessibile non esiste più.",
    "flexwork.records.agreement_gone": "L'accordo individuale non esiste più.",
    "flexwork.records.organisation_gone": "L'impresa o l'ente scelto non è più in anagrafica.",
    "flexwork.records.person_gone": "La persona scelta non è più in anagrafica.",
    "flexwork.communications.export_incomplete": "Esportazione non eseguita: completa prima questi dati.\n{problems}",
}
