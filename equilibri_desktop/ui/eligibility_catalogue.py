"""The eligibility details in the interface's language: the catalogue lupdate reads, worded as
domain/grants/eligibility_details.py says them (tests/test_service_messages.py keeps both equal); an
occupational status in a detail is translated as the domain label it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DETAIL_TEXTS: dict[str, str] = {
    "eligibility.sex_cf_female": QT_TRANSLATE_NOOP("ServiceMessages", "Sesso femminile dal codice fiscale."),
    "eligibility.sex_cf_male": QT_TRANSLATE_NOOP("ServiceMessages", "Sesso maschile dal codice fiscale."),
    "eligibility.sex_registry_female_no_cf": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso femminile dall'anagrafica (codice fiscale "
                           "assente)."),
    "eligibility.sex_registry_male_no_cf": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso maschile dall'anagrafica (codice fiscale "
                           "assente)."),
    "eligibility.sex_registry_female_bad_cf": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso femminile dall'anagrafica (codice fiscale non "
                           "valido)."),
    "eligibility.sex_registry_male_bad_cf": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso maschile dall'anagrafica (codice fiscale non "
                           "valido)."),
    "eligibility.sex_registry_female_provisional_cf": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso femminile dall'anagrafica (codice fiscale provvisorio, "
                           "che non indica il sesso)."),
    "eligibility.sex_registry_male_provisional_cf": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso maschile dall'anagrafica (codice fiscale provvisorio, "
                           "che non indica il sesso)."),
    "eligibility.sex_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Né il codice fiscale né l'anagrafica indicano il sesso "
                           "della richiedente."),
    "eligibility.age_no_limits": QT_TRANSLATE_NOOP("ServiceMessages", "Il bando non pone limiti di età."),
    "eligibility.age_no_submission": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La domanda non ha ancora la data di presentazione, alla "
                           "quale il bando misura l'età."),
    "eligibility.age_no_closing": QT_TRANSLATE_NOOP("ServiceMessages", "Il bando non ha ancora una data di chiusura."),
    "eligibility.age_no_birth_date": QT_TRANSLATE_NOOP("ServiceMessages", "Data di nascita mancante."),
    "eligibility.age_between": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{age} anni al {day} (richiesti almeno {min_age} e non più "
                           "di {max_age})."),
    "eligibility.age_at_least": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{age} anni al {day} (richiesti almeno "
                           "{min_age})."),
    "eligibility.age_at_most": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{age} anni al {day} (richiesti non più di "
                           "{max_age})."),
    "eligibility.residence_no_municipalities": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il bando non indica ancora i comuni "
                           "ammessi."),
    "eligibility.residence_missing": QT_TRANSLATE_NOOP("ServiceMessages", "Comune di residenza mancante."),
    "eligibility.residence_allowed": QT_TRANSLATE_NOOP("ServiceMessages", "Residente in un comune ammesso."),
    "eligibility.residence_allowed_in": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Residente in un comune ammesso "
                           "({municipality})."),
    "eligibility.residence_not_allowed": QT_TRANSLATE_NOOP("ServiceMessages", "Residente in un comune non ammesso."),
    "eligibility.residence_not_allowed_in": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Residente in un comune non ammesso "
                           "({municipality})."),
    "eligibility.occupation_missing": QT_TRANSLATE_NOOP("ServiceMessages", "Condizione occupazionale non indicata."),
    "eligibility.occupation_to_verify": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Condizione «{status}»: verificare se rientra tra quelle "
                           "ammesse dal bando."),
    "eligibility.occupation_not_allowed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Condizione «{status}» non ammessa dal "
                           "bando."),
    "eligibility.occupation_allowed": QT_TRANSLATE_NOOP("ServiceMessages", "Condizione «{status}» ammessa."),
    "eligibility.occupation_no_did": QT_TRANSLATE_NOOP("ServiceMessages", "Disoccupata: manca la data della DID."),
    "eligibility.occupation_did_late": QT_TRANSLATE_NOOP(
        "ServiceMessages", "DID del {day}, successiva alla chiusura del "
                           "bando."),
    "eligibility.occupation_did": QT_TRANSLATE_NOOP("ServiceMessages", "Disoccupata con DID del {day}."),
    "eligibility.deadline_no_receipt": QT_TRANSLATE_NOOP("ServiceMessages", "Data e ora di ricezione mancanti."),
    "eligibility.deadline_no_dates": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il bando non ha ancora date di apertura e "
                           "chiusura."),
    "eligibility.deadline_early": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Ricevuta il {received}, prima dell'apertura "
                           "({opens})."),
    "eligibility.deadline_late": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Ricevuta il {received}, dopo la chiusura "
                           "({closes})."),
    "eligibility.deadline_in_time": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Ricevuta il {received}, entro la chiusura "
                           "({closes})."),
    "eligibility.cofinancing_no_costs": QT_TRANSLATE_NOOP("ServiceMessages", "Il piano dei costi è vuoto."),
    "eligibility.cofinancing_share": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{own}, pari al {share} dei costi (minimo "
                           "{minimum})."),
    "eligibility.company_individual": QT_TRANSLATE_NOOP("ServiceMessages", "Impresa individuale della richiedente."),
    "eligibility.company_shares_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Mancano le quote o la composizione dell'organo "
                           "amministrativo."),
    "eligibility.company_shares": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Donne: {quota} delle quote, {board} dell'organo "
                           "amministrativo (oltre il {above})."),
    "eligibility.declarations_none": QT_TRANSLATE_NOOP("ServiceMessages", "Nessuna dichiarazione registrata."),
    "eligibility.declarations_all": QT_TRANSLATE_NOOP("ServiceMessages", "Rese tutte le {count} dichiarazioni."),
    "eligibility.declarations_missing": QT_TRANSLATE_NOOP("ServiceMessages", "Mancano: {missing}"),
}
