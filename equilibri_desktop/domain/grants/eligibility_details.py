"""What each eligibility rule found, under a stable code with named parameters (as domain/messages.py does for
errors): the checklist stores the code and its parameters, the interface words them in its own language and
the documents keep the Italian text below. Parameters are already written out (dates dd/mm/yyyy, euro, %);
`status` holds an occupational status's label, which the interface translates as a domain label."""

from __future__ import annotations

from typing import Any

DETAILS: dict[str, str] = {
    # sex
    "eligibility.sex_cf_female": "Sesso femminile dal codice fiscale.",
    "eligibility.sex_cf_male": "Sesso maschile dal codice fiscale.",
    "eligibility.sex_registry_female_no_cf": "Sesso femminile dall'anagrafica (codice fiscale assente).",
    "eligibility.sex_registry_male_no_cf": "Sesso maschile dall'anagrafica (codice fiscale assente).",
    "eligibility.sex_registry_female_bad_cf": "Sesso femminile dall'anagrafica (codice fiscale non valido).",
    "eligibility.sex_registry_male_bad_cf": "Sesso maschile dall'anagrafica (codice fiscale non valido).",
    "eligibility.sex_registry_female_provisional_cf": "Sesso femminile dall'anagrafica (codice fiscale provvisorio, "
                                                      "che non indica il sesso).",
    "eligibility.sex_registry_male_provisional_cf": "Sesso maschile dall'anagrafica (codice fiscale provvisorio, "
                                                    "che non indica il sesso).",
    "eligibility.sex_unknown": "Né il codice fiscale né l'anagrafica indicano il sesso della richiedente.",
    # age
    "eligibility.age_no_limits": "Il bando non pone limiti di età.",
    "eligibility.age_no_submission": "La domanda non ha ancora la data di presentazione, alla quale il bando "
                                     "misura l'età.",
    "eligibility.age_no_closing": "Il bando non ha ancora una data di chiusura.",
    "eligibility.age_no_birth_date": "Data di nascita mancante.",
    "eligibility.age_between": "{age} anni al {day} (richiesti almeno {min_age} e non più di {max_age}).",
    "eligibility.age_at_least": "{age} anni al {day} (richiesti almeno {min_age}).",
    "eligibility.age_at_most": "{age} anni al {day} (richiesti non più di {max_age}).",
    # residence
    "eligibility.residence_no_municipalities": "Il bando non indica ancora i comuni ammessi.",
    "eligibility.residence_missing": "Comune di residenza mancante.",
    "eligibility.residence_allowed": "Residente in un comune ammesso.",
    "eligibility.residence_allowed_in": "Residente in un comune ammesso ({municipality}).",
    "eligibility.residence_not_allowed": "Residente in un comune non ammesso.",
    "eligibility.residence_not_allowed_in": "Residente in un comune non ammesso ({municipality}).",
    # occupational status
    "eligibility.occupation_missing": "Condizione occupazionale non indicata.",
    "eligibility.occupation_to_verify": "Condizione «{status}»: verificare se rientra tra quelle ammesse dal bando.",
    "eligibility.occupation_not_allowed": "Condizione «{status}» non ammessa dal bando.",
    "eligibility.occupation_allowed": "Condizione «{status}» ammessa.",
    "eligibility.occupation_no_did": "Disoccupata: manca la data della DID.",
    "eligibility.occupation_did_late": "DID del {day}, successiva alla chiusura del bando.",
    "eligibility.occupation_did": "Disoccupata con DID del {day}.",
    # deadline
    "eligibility.deadline_no_receipt": "Data e ora di ricezione mancanti.",
    "eligibility.deadline_no_dates": "Il bando non ha ancora date di apertura e chiusura.",
    "eligibility.deadline_early": "Ricevuta il {received}, prima dell'apertura ({opens}).",
    "eligibility.deadline_late": "Ricevuta il {received}, dopo la chiusura ({closes}).",
    "eligibility.deadline_in_time": "Ricevuta il {received}, entro la chiusura ({closes}).",
    # co-financing
    "eligibility.cofinancing_no_costs": "Il piano dei costi è vuoto.",
    "eligibility.cofinancing_share": "{own}, pari al {share} dei costi (minimo {minimum}).",
    # female enterprise
    "eligibility.company_individual": "Impresa individuale della richiedente.",
    "eligibility.company_shares_missing": "Mancano le quote o la composizione dell'organo amministrativo.",
    "eligibility.company_shares": "Donne: {quota} delle quote, {board} dell'organo amministrativo (oltre il "
                                  "{above}).",
    # declarations (their labels are the call's own words, kept as written)
    "eligibility.declarations_none": "Nessuna dichiarazione registrata.",
    "eligibility.declarations_all": "Rese tutte le {count} dichiarazioni.",
    "eligibility.declarations_missing": "Mancano: {missing}",
}


def detail_text(code: str, params: dict[str, Any] | None = None) -> str:
    """The Italian text of a detail (what the documents and the stored `detail` column carry)."""
    return DETAILS[code].format(**(params or {}))
