"""What the services of welfare say, in the interface's language: the catalogue lupdate reads, worded as
domain/welfare/messages.py says it (tests/test_service_messages.py keeps both equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WELFARE_TEXTS: dict[str, str] = {
    "welfare.dated.no_rule": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Nessuna regola fiscale in vigore al {on:%d/%m/%Y}."),
    "welfare.engagement.negative": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il numero non può essere negativo."),
    "welfare.engagement.title": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dai un titolo all'incarico."),
    "welfare.engagement.organisations": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli l'impresa (o le imprese della rete) dall'anagrafica."),
    "welfare.engagement.network_name": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Con più imprese indica il nome della rete."),
    "welfare.engagement.started_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data di avvio."),
    "welfare.engagement.employees_permanent": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I contratti superano i dipendenti (donne + uomini)."),
    "welfare.engagement.employees_part_time": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I part-time superano i dipendenti."),
    "welfare.engagement.ateco": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice ATECO ha solo cifre e punti (es. 10.71.10)."),
    "welfare.engagement.held_on": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica la data dell'incontro."),
    "welfare.engagement.hours": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le ore vanno da 0,25 a 24."),
    "welfare.engagement.topic": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica l'argomento dell'incontro."),
    "welfare.plan_rules.percentage": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica una percentuale tra 0 e 100."),
    "welfare.survey.answer_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "«{answer}» non è una risposta possibile (ammesse: {allowed})."),
    "welfare.survey.not_integer": QT_TRANSLATE_NOOP(
        "ServiceMessages", "«{text}» non è un numero intero."),
    "welfare.survey.above_maximum": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{text} non è possibile: al massimo {maximum}."),
    "welfare.survey.interest": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'interesse va da 1 a 5, non «{text}»."),
    "welfare.survey.not_yes_no": QT_TRANSLATE_NOOP(
        "ServiceMessages", "«{text}» non è sì o no."),
    "welfare.survey.answer_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Risposta mancante."),
    "welfare.engagements.meeting_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'incontro non esiste più."),
    "welfare.plans.measure_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "«{m_code}» non è una misura del catalogo."),
    "welfare.plans.negative": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Importi e lavoratori non possono essere negativi."),
    "welfare.plans.year": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica un anno d'imposta tra {first} e {last}."),
    "welfare.plans.labour_costs": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il costo del lavoro non può essere negativo."),
    "welfare.plans.labour_costs_needed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Per un piano volontario con misure di lett. f serve il costo del lavoro: ne dipende la "
                           "quota deducibile (5 per mille)."),
    "welfare.plans.no_plan": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'incarico non ha un piano per il {year}."),
    "welfare.plans.need_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica a quale bisogno risponde il servizio locale."),
    "welfare.plans.provider_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli il Comune o l'ente che offre il servizio."),
    "welfare.plans.description_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Descrivi il servizio locale."),
    "welfare.records.engagement_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'incarico di consulenza non esiste più."),
    "welfare.records.organisation_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'impresa o l'ente scelto non è più in anagrafica."),
    "welfare.survey.organisation": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'impresa scelta non fa parte di questo incarico."),
    "welfare.import.unknown_columns": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Colonne sconosciute: {columns}. Rinominale come nel modello o toglile, poi riprova."),
    "welfare.import.missing_columns": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Mancano le colonne obbligatorie: {columns}."),
    "welfare.import.too_many": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file supera {maximum} risposte."),
    "welfare.import.firm_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "«{firm}» non è un'impresa di questo incarico."),
    "welfare.import.empty": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file non contiene risposte."),
    "welfare.tax.fringe_rule": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esente fino a {limit} l'anno per la generalità dei lavoratori ({year})"),
    "welfare.tax.fringe_rule_children": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esente fino a {limit} l'anno con figli a carico ({year})"),
    "welfare.tax.fringe_over": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{amount} supera la soglia dei fringe benefit di {limit} per il {year} ({source}): oltre "
                           "la soglia è tassato l'intero valore, non solo l'eccedenza."),
    "welfare.tax.meal_rule": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esente fino a {limit} al giorno se elettronico ({year})"),
    "welfare.tax.meal_over": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il buono pasto di {value} al giorno supera il limite di {limit} per il {year} "
                           "({source}): l'eccedenza è tassata."),
    "welfare.tax.yearly_rule": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{what} esclusi dal reddito fino a {limit} l'anno"),
    "welfare.tax.yearly_over": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{amount} supera il limite annuo di {limit} ({source}): l'eccedenza è tassata."),
    "welfare.tax.unlimited_f": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esente senza limite di importo se offerto alla generalità o a categorie di dipendenti; "
                           "per l'impresa vale la regola di deducibilità del piano"),
    "welfare.tax.unlimited_refund": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esente senza limite di importo (anche come rimborso di spese documentate)"),
    "welfare.tax.organisation": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Misura organizzativa: nessun importo, nessun effetto fiscale"),
    "welfare.deductibility.full_rule": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Interamente deducibile come costo del lavoro"),
    "welfare.deductibility.full_consequence": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il piano è un obbligo dell'impresa: l'intero costo riduce il reddito imponibile."),
    "welfare.deductibility.limit": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le misure di lett. f sono deducibili fino a {limit} ({per_mille} per mille di "
                           "{labour_costs} di costo del lavoro)."),
    "welfare.deductibility.limit_lost": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le misure di lett. f sono deducibili fino a {limit} ({per_mille} per mille di "
                           "{labour_costs} di costo del lavoro). {lost} non sono deducibili: un accordo o un "
                           "regolamento vincolante li renderebbe deducibili per intero (art. 95)."),
    "welfare.deductibility.limit_rule": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Misure di lett. f deducibili nel limite del {per_mille} per mille del costo del lavoro"),
    "welfare.productivity_note": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Premi di risultato {year}: imposta sostitutiva del {rate}% fino a {ceiling} l'anno, per "
                           "chi nel {previous} ha avuto redditi di lavoro dipendente fino a {income_limit} "
                           "({source}); convertiti in misure di welfare non sono tassati (L. 208/2015 art. 1 c. 184)."),
}
