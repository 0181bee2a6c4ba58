"""The measures a plan can hold, each classified by the tax rule that applies to it, and the employees'
needs categories the survey asks about."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TaxCategory(StrEnum):
    ART_51_F = "art51_f"  # education, recreation, social and health assistance, worship (art. 100 purposes)
    ART_51_F_BIS = "art51_f_bis"  # education and childcare: nurseries, camps, scholarships
    ART_51_F_TER = "art51_f_ter"  # care of elderly or non-self-sufficient relatives
    FRINGE = "fringe"  # art. 51 c. 3: goods and services, vouchers, utilities
    MEAL_VOUCHER = "meal_voucher"  # art. 51 c. 2 lett. c
    HEALTH_FUND = "health_fund"  # art. 51 c. 2 lett. a
    PENSION_FUND = "pension_fund"  # D.Lgs. 252/2005 art. 8
    ORGANISATION = "organisation"  # working-time measures: no payment, no tax effect

    @property
    def label(self) -> str:
        return TAX_CATEGORY_LABELS[self]

    @property
    def reference(self) -> str:
        return TAX_CATEGORY_REFERENCES[self]


TAX_CATEGORY_LABELS = {
    TaxCategory.ART_51_F: "Opere e servizi di utilità sociale (lett. f)",
    TaxCategory.ART_51_F_BIS: "Istruzione e servizi per l'infanzia (lett. f-bis)",
    TaxCategory.ART_51_F_TER: "Assistenza a familiari anziani o non autosufficienti (lett. f-ter)",
    TaxCategory.FRINGE: "Beni e servizi - fringe benefit (c. 3)",
    TaxCategory.MEAL_VOUCHER: "Buoni pasto (lett. c)",
    TaxCategory.HEALTH_FUND: "Assistenza sanitaria integrativa (lett. a)",
    TaxCategory.PENSION_FUND: "Previdenza complementare",
    TaxCategory.ORGANISATION: "Organizzazione del lavoro",
}
TAX_CATEGORY_REFERENCES = {
    TaxCategory.ART_51_F: "TUIR art. 51 c. 2 lett. f e art. 100 c. 1",
    TaxCategory.ART_51_F_BIS: "TUIR art. 51 c. 2 lett. f-bis",
    TaxCategory.ART_51_F_TER: "TUIR art. 51 c. 2 lett. f-ter",
    TaxCategory.FRINGE: "TUIR art. 51 c. 3",
    TaxCategory.MEAL_VOUCHER: "TUIR art. 51 c. 2 lett. c",
    TaxCategory.HEALTH_FUND: "TUIR art. 51 c. 2 lett. a",
    TaxCategory.PENSION_FUND: "D.Lgs. 252/2005 art. 8",
    TaxCategory.ORGANISATION: "D.Lgs. 81/2015; L. 81/2017 (nessun effetto fiscale)",
}


class NeedCategory(StrEnum):
    """What the survey asks interest in (1-5); every catalogue measure answers one of these needs."""

    CHILDCARE = "childcare"
    EDUCATION = "education"
    ELDER_CARE = "elder_care"
    HEALTH = "health"
    PENSION = "pension"
    LEISURE = "leisure"
    SHOPPING = "shopping"
    TIME = "time"

    @property
    def label(self) -> str:
        return NEED_LABELS[self]


NEED_LABELS = {
    NeedCategory.CHILDCARE: "Infanzia e centri estivi",
    NeedCategory.EDUCATION: "Istruzione e borse di studio",
    NeedCategory.ELDER_CARE: "Cura di familiari anziani",
    NeedCategory.HEALTH: "Salute e prevenzione",
    NeedCategory.PENSION: "Previdenza complementare",
    NeedCategory.LEISURE: "Tempo libero e cultura",
    NeedCategory.SHOPPING: "Spesa e buoni acquisto",
    NeedCategory.TIME: "Flessibilità di orario",
}


@dataclass(frozen=True)
class CatalogueMeasure:
    code: str
    label: str
    tax_category: TaxCategory
    need: NeedCategory


CATALOGUE: tuple[CatalogueMeasure, ...] = (
    CatalogueMeasure("asilo_nido", "Rette di asilo nido e scuola dell'infanzia", TaxCategory.ART_51_F_BIS,
                     NeedCategory.CHILDCARE),
    CatalogueMeasure("centri_estivi", "Centri estivi e invernali, ludoteche", TaxCategory.ART_51_F_BIS,
                     NeedCategory.CHILDCARE),
    CatalogueMeasure("borse_studio", "Borse di studio, libri e mense scolastiche", TaxCategory.ART_51_F_BIS,
                     NeedCategory.EDUCATION),
    CatalogueMeasure("assistenza_anziani", "Assistenza a familiari anziani o non autosufficienti",
                     TaxCategory.ART_51_F_TER, NeedCategory.ELDER_CARE),
    CatalogueMeasure("prevenzione", "Check-up e servizi di prevenzione sanitaria", TaxCategory.ART_51_F,
                     NeedCategory.HEALTH),
    CatalogueMeasure("palestra_cultura", "Palestre, corsi, cinema, teatro, viaggi", TaxCategory.ART_51_F,
                     NeedCategory.LEISURE),
    CatalogueMeasure("buoni_acquisto", "Buoni acquisto e rimborso utenze", TaxCategory.FRINGE,
                     NeedCategory.SHOPPING),
    CatalogueMeasure("buoni_pasto", "Buoni pasto elettronici", TaxCategory.MEAL_VOUCHER, NeedCategory.SHOPPING),
    CatalogueMeasure("fondo_sanitario", "Fondo sanitario integrativo", TaxCategory.HEALTH_FUND,
                     NeedCategory.HEALTH),
    CatalogueMeasure("fondo_pensione", "Contributo al fondo pensione", TaxCategory.PENSION_FUND,
                     NeedCategory.PENSION),
    CatalogueMeasure("orario_flessibile", "Orario flessibile in entrata e in uscita", TaxCategory.ORGANISATION,
                     NeedCategory.TIME),
    CatalogueMeasure("part_time", "Part-time reversibile su richiesta", TaxCategory.ORGANISATION,
                     NeedCategory.TIME),
    CatalogueMeasure("lavoro_agile", "Lavoro agile", TaxCategory.ORGANISATION, NeedCategory.TIME),
)
# A local service of a municipality or of the third sector (from the registry) is classified by the need it
# answers: the clerk picks the service's need and the tax category follows from this table.
LOCAL_SERVICE_CATEGORY = {
    NeedCategory.CHILDCARE: TaxCategory.ART_51_F_BIS, NeedCategory.EDUCATION: TaxCategory.ART_51_F_BIS,
    NeedCategory.ELDER_CARE: TaxCategory.ART_51_F_TER, NeedCategory.HEALTH: TaxCategory.ART_51_F,
    NeedCategory.LEISURE: TaxCategory.ART_51_F, NeedCategory.SHOPPING: TaxCategory.FRINGE,
    NeedCategory.PENSION: TaxCategory.PENSION_FUND, NeedCategory.TIME: TaxCategory.ORGANISATION,
}
LOCAL_SERVICE_CODE = "servizio_locale"


def catalogue_measure(code: str) -> CatalogueMeasure | None:
    return next((m for m in CATALOGUE if m.code == code), None)
