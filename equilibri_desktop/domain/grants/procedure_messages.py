"""What the procedure's gates say (domain/grants/procedure.py), under stable codes with named parameters: the
interface words them in its own language (ui/procedure_catalogue.py); the services' errors keep the Italian."""

from __future__ import annotations

PROCEDURE: dict[str, str] = {
    "procedure.no_closing": "Il bando non ha una data di chiusura: indicala nel bando (o rendilo «a sportello») "
                            "prima di avviare l'istruttoria.",
    "procedure.call_open": "Il bando è aperto fino al {day}: l'istruttoria si avvia dopo la chiusura (o subito, se "
                           "nel bando è indicato «a sportello»).",
    "procedure.no_checks": "Manca la verifica dei requisiti: avvia l'istruttoria e conferma le verifiche nella "
                           "scheda «Istruttoria» prima di ammettere la domanda.",
    "procedure.checks_pending": "Conferma prima tutte le verifiche dei requisiti: {pending} da confermare nella "
                                "scheda «Istruttoria».",
    "procedure.checks_failed": "Requisiti non soddisfatti: {failed}. La domanda non può essere ammessa: comunica i "
                               "motivi ostativi.",
    "procedure.no_commission": "La commissione del bando non è ancora nominata: il responsabile la indica nella "
                               "scheda «Commissione» del bando, poi si valuta.",
    "procedure.under_check_one": "1 domanda del bando è ancora in istruttoria: la valutazione inizia quando le "
                                 "verifiche formali sono tutte concluse.",
    "procedure.under_check": "{count} domande del bando sono ancora in istruttoria: la valutazione inizia quando le "
                             "verifiche formali sono tutte concluse.",
    "procedure.no_provisional": "Prima congela e pubblica la graduatoria provvisoria: la definitiva si approva dopo "
                                "il periodo per le osservazioni.",
    "procedure.observations_open": "Le osservazioni sulla graduatoria provvisoria si possono presentare fino al "
                                   "{day}: la definitiva si approva dal giorno successivo, o prima scrivendo il "
                                   "motivo.",
    "procedure.decision_needs_final": "La determinazione di concessione si genera dalla graduatoria definitiva (o da "
                                      "uno scorrimento): scegli quella nell'elenco delle versioni.",
    "procedure.no_decision": "Manca la determinazione di concessione: generala dalla graduatoria definitiva, poi "
                             "registra l'accettazione della beneficiaria.",
    "procedure.not_accepted": "La beneficiaria non ha ancora accettato il contributo: registra la data "
                              "dell'accettazione (scheda «Tranche e pagamenti»), poi paga.",
}
