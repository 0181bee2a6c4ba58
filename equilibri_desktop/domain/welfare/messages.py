"""What the services of company welfare consulting (engagements, survey, plans) say,
under stable codes with named parameters: the interface words them in its own language
(ui/welfare_catalogue.py, kept equal by tests/test_service_messages.py); the services' errors keep the
Italian."""

from __future__ import annotations

WELFARE_MESSAGES: dict[str, str] = {
    "welfare.dated.no_rule": "Nessuna regola fiscale in vigore al {on:%d/%m/%Y}.",
    "welfare.engagement.negative": "Il numero non può essere negativo.",
    "welfare.engagement.title": "Dai un titolo all'incarico.",
    "welfare.engagement.organisations": "Scegli l'impresa (o le imprese della rete) dall'anagrafica.",
    "welfare.engagement.network_name": "Con più imprese indica il nome della rete.",
    "welfare.engagement.started_on": "Indica la data di avvio.",
    "welfare.engagement.employees_permanent": "I contratti superano i dipendenti (donne + uomini).",
    "welfare.engagement.employees_part_time": "I part-time superano i dipendenti.",
    "welfare.engagement.ateco": "Il codice ATECO ha solo cifre e punti (es. 10.71.10).",
    "welfare.engagement.held_on": "Indica la data dell'incontro.",
    "welfare.engagement.hours": "Le ore vanno da 0,25 a 24.",
    "welfare.engagement.topic": "Indica l'argomento dell'incontro.",
    "welfare.plan_rules.percentage": "Indica una percentuale tra 0 e 100.",
    "welfare.survey.answer_unknown": "«{answer}» non è una risposta possibile (ammesse: {allowed}).",
    "welfare.survey.not_integer": "«{text}» non è un numero intero.",
    "welfare.survey.above_maximum": "{text} non è possibile: al massimo {maximum}.",
    "welfare.survey.interest": "L'interesse va da 1 a 5, non «{text}».",
    "welfare.survey.not_yes_no": "«{text}» non è sì o no.",
    "welfare.survey.answer_missing": "Risposta mancante.",
    "welfare.engagements.meeting_gone": "L'incontro non esiste più.",
    "welfare.plans.measure_unknown": "«{m_code}» non è una misura del catalogo.",
    "welfare.plans.negative": "Importi e lavoratori non possono essere negativi.",
    "welfare.plans.year": "Indica un anno d'imposta tra {first} e {last}.",
    "welfare.plans.labour_costs": "Il costo del lavoro non può essere negativo.",
    "welfare.plans.labour_costs_needed": "Per un piano volontario con misure di lett. f serve il costo del lavoro: ne "
                                         "dipende la quota deducibile (5 per mille).",
    "welfare.plans.no_plan": "L'incarico non ha un piano per il {year}.",
    "welfare.plans.need_missing": "Indica a quale bisogno risponde il servizio locale.",
    "welfare.plans.provider_missing": "Scegli il Comune o l'ente che offre il servizio.",
    "welfare.plans.description_missing": "Descrivi il servizio locale.",
    "welfare.records.engagement_gone": "L'incarico di consulenza non esiste più.",
    "welfare.records.organisation_gone": "L'impresa o l'ente scelto non è più in anagrafica.",
    "welfare.survey.organisation": "L'impresa scelta non fa parte di questo incarico.",
    "welfare.import.unknown_columns": "Colonne sconosciute: {columns}. Rinominale come nel modello o toglile, poi "
                                      "riprova.",
    "welfare.import.missing_columns": "Mancano le colonne obbligatorie: {columns}.",
    "welfare.import.too_many": "Il file supera {maximum} risposte.",
    "welfare.import.firm_unknown": "«{firm}» non è un'impresa di questo incarico.",
    "welfare.import.empty": "Il file non contiene risposte.",
    "welfare.tax.fringe_rule": "Esente fino a {limit} l'anno per la generalità dei lavoratori ({year})",
    "welfare.tax.fringe_rule_children": "Esente fino a {limit} l'anno con figli a carico ({year})",
    "welfare.tax.fringe_over": "{amount} supera la soglia dei fringe benefit di {limit} per il {year} ({source}): "
                               "oltre la soglia è tassato l'intero valore, non solo l'eccedenza.",
    "welfare.tax.meal_rule": "Esente fino a {limit} al giorno se elettronico ({year})",
    "welfare.tax.meal_over": "Il buono pasto di {value} al giorno supera il limite di {limit} per il {year} "
                             "({source}): l'eccedenza è tassata.",
    "welfare.tax.yearly_rule": "{what} esclusi dal reddito fino a {limit} l'anno",
    "welfare.tax.yearly_over": "{amount} supera il limite annuo di {limit} ({source}): l'eccedenza è tassata.",
    "welfare.tax.unlimited_f": "Esente senza limite di importo se offerto alla generalità o a categorie di "
                               "dipendenti; per l'impresa vale la regola di deducibilità del piano",
    "welfare.tax.unlimited_refund": "Esente senza limite di importo (anche come rimborso di spese documentate)",
    "welfare.tax.organisation": "Misura organizzativa: nessun importo, nessun effetto fiscale",
    "welfare.deductibility.full_rule": "Interamente deducibile come costo del lavoro",
    "welfare.deductibility.full_consequence": "Il piano è un obbligo dell'impresa: l'intero costo riduce il reddito "
                                              "imponibile.",
    "welfare.deductibility.limit": "Le misure di lett. f sono deducibili fino a {limit} ({per_mille} per mille di "
                                   "{labour_costs} di costo del lavoro).",
    "welfare.deductibility.limit_lost": "Le misure di lett. f sono deducibili fino a {limit} ({per_mille} per mille "
                                        "di {labour_costs} di costo del lavoro). {lost} non sono deducibili: un "
                                        "accordo o un regolamento vincolante li renderebbe deducibili per intero "
                                        "(art. 95).",
    "welfare.deductibility.limit_rule": "Misure di lett. f deducibili nel limite del {per_mille} per mille del costo "
                                        "del lavoro",
    "welfare.productivity_note": "Premi di risultato {year}: imposta sostitutiva del {rate}% fino a {ceiling} l'anno, "
                                 "per chi nel {previous} ha avuto redditi di lavoro dipendente fino a {income_limit} "
                                 "({source}); convertiti in misure di welfare non sono tassati (L. 208/2015 art. 1 c. "
                                 "184).",
}
