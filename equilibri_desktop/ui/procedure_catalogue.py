"""Why a step of the procedure cannot run yet, in the interface's language: the catalogue lupdate reads,
worded as domain/grants/procedure_messages.py says it (tests/test_service_messages.py keeps both equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PROCEDURE_TEXTS: dict[str, str] = {
    "procedure.no_closing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il bando non ha una data di chiusura: indicala nel bando (o rendilo «a sportello») prima "
                           "di avviare l'istruttoria."),
    "procedure.call_open": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il bando è aperto fino al {day}: l'istruttoria si avvia dopo la chiusura (o subito, se nel"
                           " bando è indicato «a sportello»)."),
    "procedure.no_checks": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Manca la verifica dei requisiti: avvia l'istruttoria e conferma le verifiche nella scheda "
                           "«Istruttoria» prima di ammettere la domanda."),
    "procedure.checks_pending": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Conferma prima tutte le verifiche dei requisiti: {pending} da confermare nella scheda "
                           "«Istruttoria»."),
    "procedure.checks_failed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Requisiti non soddisfatti: {failed}. La domanda non può essere ammessa: comunica i motivi "
                           "ostativi."),
    "procedure.no_commission": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La commissione del bando non è ancora nominata: il responsabile la indica nella scheda "
                           "«Commissione» del bando, poi si valuta."),
    "procedure.under_check_one": QT_TRANSLATE_NOOP(
        "ServiceMessages", "1 domanda del bando è ancora in istruttoria: la valutazione inizia quando le verifiche "
                           "formali sono tutte concluse."),
    "procedure.under_check": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{count} domande del bando sono ancora in istruttoria: la valutazione inizia quando le "
                           "verifiche formali sono tutte concluse."),
    "procedure.no_provisional": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Prima congela e pubblica la graduatoria provvisoria: la definitiva si approva dopo il "
                           "periodo per le osservazioni."),
    "procedure.observations_open": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le osservazioni sulla graduatoria provvisoria si possono presentare fino al {day}: la "
                           "definitiva si approva dal giorno successivo, o prima scrivendo il motivo."),
    "procedure.decision_needs_final": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La determinazione di concessione si genera dalla graduatoria definitiva (o da uno "
                           "scorrimento): scegli quella nell'elenco delle versioni."),
    "procedure.no_decision": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Manca la determinazione di concessione: generala dalla graduatoria definitiva, poi "
                           "registra l'accettazione della beneficiaria."),
    "procedure.not_accepted": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La beneficiaria non ha ancora accettato il contributo: registra la data dell'accettazione "
                           "(scheda «Tranche e pagamenti»), poi paga."),
}
