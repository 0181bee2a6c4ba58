"""The settings of a call for start-up grants (bando) and the checks they must pass before being saved."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.grants.codes import (
    LastGrantRule,
    TieBreak,
    TrancheCondition,
)
from equilibri_desktop.domain.grants.procedure import DEFAULT_OBSERVATION_DAYS, MAX_OBSERVATION_DAYS
from equilibri_desktop.domain.identifiers import validate_cup
from equilibri_desktop.domain.person_kinds import OccupationalStatus

HUNDRED = Decimal(100)
MAX_POINTS = Decimal("99999.99")  # the points columns hold 7 digits, 2 after the comma
OLDEST_AGE = 120
# Who the grants are for unless the call says otherwise: unemployed women registered at the job centre and
# women never employed or inactive (DOMAIN.md §2).
DEFAULT_OCCUPATIONS = (OccupationalStatus.DISOCCUPATA.value, OccupationalStatus.INOCCUPATA.value)
DEFAULT_WOMEN_SHARE = Decimal(50)  # a female company: women hold more than half of the quotas and the board
TEXT_LIMITS = {"title": (300, "Il titolo"), "act_number": (40, "Il numero dell'atto"),
               "deciding_officer": (200, "Il nome del dirigente"), "rna_code": (40, "Il codice RNA"),
               "deciding_officer_role": (120, "La qualifica di chi adotta l'atto"),
               "deciding_officer_appointment": (200, "L'atto di nomina"),
               "procedure_officer": (200, "Il nome del responsabile del procedimento"),
               "funding_act": (300, "L'atto regionale di finanziamento"),
               "territorial_plan": (300, "Il piano territoriale"), "commission_act": (200, "L'atto di nomina"),
               "budget_chapter": (60, "Il capitolo di bilancio"), "budget_commitment": (60, "L'impegno di spesa")}
AGE_REFERENCES = {"scadenza": "alla chiusura del bando", "domanda": "alla presentazione della domanda"}


@dataclass(frozen=True)
class CriterionInput:
    """One line of the evaluation grid; `code` identifies it across editions (scores refer to it)."""

    code: str
    label: str
    max_points: Decimal
    min_points: Decimal | None = None  # a score below it keeps the application out of the ranking
    restricted: bool = False  # its scores reveal vulnerability: only in the minutes' restricted annex


@dataclass(frozen=True)
class TrancheInput:
    label: str
    percent: Decimal
    condition: str = TrancheCondition.IMPRESA_COSTITUITA.value  # TrancheCondition code


@dataclass(frozen=True)
class CallInput:
    """Everything a clerk sets on a call. Amounts are integer cents; percentages and points Decimal;
    opening and closing are timezone-aware datetimes."""

    title: str = ""
    act_number: str = ""
    act_date: date | None = None
    cup: str = ""
    budget_cents: int = 0
    max_grant_cents: int = 0
    max_cost_share_pct: Decimal = HUNDRED
    min_cofinancing_pct: Decimal = Decimal(0)
    min_age: int | None = None
    max_age: int | None = None
    allowed_occupations: tuple[str, ...] = DEFAULT_OCCUPATIONS  # OccupationalStatus codes
    women_share_above_pct: Decimal = DEFAULT_WOMEN_SHARE
    opens_at: datetime | None = None
    closes_at: datetime | None = None
    admission_threshold: Decimal = Decimal(60)
    tie_break: str = TieBreak.PROTOCOLLO.value
    last_grant_rule: str = LastGrantRule.PARZIALE.value
    constitution_deadline: date | None = None
    report_deadline: date | None = None
    rna_code: str = ""
    # Money rules that vary by call (issue 11).
    min_partial_grant_cents: int = 0
    partial_acceptance_days: int = 15
    leftover_to_later: bool = False
    repayment_term_days: int = 30
    age_reference: str = "scadenza"  # AgeReference code: age measured at the call's closing or at submission
    maintenance_months: int = 24
    min_eligible_spending_cents: int = 0
    tax_check_max_age_days: int = 60
    budget_chapter: str = ""
    budget_year: int | None = None
    budget_commitment: str = ""
    deciding_officer: str = ""
    deciding_officer_role: str = ""
    deciding_officer_appointment: str = ""
    procedure_officer: str = ""
    funding_act: str = ""
    territorial_plan: str = ""
    commission_act: str = ""
    premises_text: str = ""
    legal_references_text: str = ""
    payment_terms_text: str = ""
    obligations_text: str = ""
    revocation_text: str = ""
    notes: str = ""
    # The procedure's order (domain.grants.procedure): checked as they arrive, and days for observations.
    a_sportello: bool = False
    observation_days: int = DEFAULT_OBSERVATION_DAYS
    criteria: tuple[CriterionInput, ...] = ()
    municipality_ids: tuple[int, ...] = ()
    tranches: tuple[TrancheInput, ...] = ()

    @property
    def total_points(self) -> Decimal:
        return sum((c.max_points for c in self.criteria), Decimal(0))


def _pct(errors: list[FieldError], field: str, value: Decimal, label: str, *, zero_allowed: bool) -> None:
    if value < 0 or value > HUNDRED or (value == 0 and not zero_allowed):
        low = "0" if zero_allowed else "più di 0"
        errors.append(FieldError(field, f"{label} va da {low} a 100."))
    elif value != value.quantize(Decimal("0.01")):
        errors.append(FieldError(field, f"{label}: al massimo due decimali."))


def _check_amounts(data: CallInput, errors: list[FieldError]) -> None:
    if data.budget_cents <= 0:
        errors.append(FieldError("budget_cents", "Indica la dotazione del bando (più di zero euro)."))
    if data.max_grant_cents <= 0:
        errors.append(FieldError("max_grant_cents", "Indica il contributo massimo per domanda (più di zero euro)."))
    elif data.budget_cents > 0 and data.max_grant_cents > data.budget_cents:
        errors.append(FieldError("max_grant_cents", "Il contributo massimo non può superare la dotazione del bando."))
    _pct(errors, "max_cost_share_pct", data.max_cost_share_pct, "La percentuale massima delle spese ammissibili",
         zero_allowed=False)
    _pct(errors, "min_cofinancing_pct", data.min_cofinancing_pct, "Il cofinanziamento minimo", zero_allowed=True)


def _check_ages(data: CallInput, errors: list[FieldError]) -> None:
    for field, value, label in (("min_age", data.min_age, "L'età minima"), ("max_age", data.max_age, "L'età massima")):
        if value is not None and not 0 <= value <= OLDEST_AGE:
            errors.append(FieldError(field, f"{label} va da 0 a {OLDEST_AGE} anni."))
    if data.min_age is not None and data.max_age is not None and data.min_age > data.max_age:
        errors.append(FieldError("max_age", "L'età massima non può essere inferiore all'età minima."))


def _check_requirements(data: CallInput, errors: list[FieldError]) -> None:
    known = {status.value for status in OccupationalStatus}
    if not data.allowed_occupations:
        errors.append(FieldError("allowed_occupations", "Scegli almeno una condizione occupazionale ammessa."))
    elif unknown := [code for code in data.allowed_occupations if code not in known]:
        errors.append(FieldError("allowed_occupations", "Condizioni occupazionali sconosciute: "
                                 + ", ".join(unknown) + "."))
    share = data.women_share_above_pct
    if share < 0 or share >= HUNDRED:
        errors.append(FieldError("women_share_above_pct", "La quota femminile va da 0 a meno di 100: le donne "
                                                          "devono superarla."))
    elif share != share.quantize(Decimal("0.01")):
        errors.append(FieldError("women_share_above_pct", "La quota femminile: al massimo due decimali."))
    if not 0 <= data.observation_days <= MAX_OBSERVATION_DAYS:
        errors.append(FieldError("observation_days", "Il periodo per le osservazioni sulla graduatoria provvisoria "
                                                     f"va da 0 a {MAX_OBSERVATION_DAYS} giorni."))


def _check_dates(data: CallInput, errors: list[FieldError]) -> None:
    if data.opens_at and data.closes_at and data.opens_at >= data.closes_at:
        errors.append(FieldError("closes_at", "La chiusura deve venire dopo l'apertura del bando."))
    if data.constitution_deadline and data.report_deadline and data.report_deadline < data.constitution_deadline:
        errors.append(FieldError("report_deadline", "Il rendiconto finale non può scadere prima del termine per "
                                                    "costituire l'impresa."))
    if data.closes_at and data.constitution_deadline and data.constitution_deadline < data.closes_at.date():
        errors.append(FieldError("constitution_deadline", "Il termine per costituire l'impresa non può precedere "
                                                          "la chiusura del bando."))


def _check_grid(data: CallInput, errors: list[FieldError]) -> None:
    problems = []
    seen: set[str] = set()
    for number, criterion in enumerate(data.criteria, start=1):
        if not criterion.code or not criterion.label:
            problems.append(f"la riga {number} non ha codice o descrizione")
        elif len(criterion.code) > 20 or len(criterion.label) > 300:
            problems.append(f"il criterio {criterion.code} ha un codice (max 20) o una descrizione (max 300) "
                            "troppo lunghi")
        if criterion.code.upper() in seen:
            problems.append(f"il codice {criterion.code} è ripetuto")
        seen.add(criterion.code.upper())
        if not 0 < criterion.max_points <= MAX_POINTS or criterion.max_points != criterion.max_points.quantize(
                Decimal("0.01")):
            problems.append(f"il punteggio massimo della riga {number} deve essere più di 0 (due decimali al più)")
    if not data.criteria:
        errors.append(FieldError("criteria", "La griglia di valutazione deve avere almeno un criterio."))
    elif problems:
        errors.append(FieldError("criteria", "Griglia: " + "; ".join(problems) + "."))
    total = data.total_points
    if data.admission_threshold < 0:
        errors.append(FieldError("admission_threshold", "La soglia di ammissione non può essere negativa."))
    elif data.criteria and not problems and data.admission_threshold > total:
        errors.append(FieldError("admission_threshold", f"La soglia di ammissione supera il punteggio massimo della "
                                                        f"griglia ({_points(total)} punti)."))


def _check_tranches(data: CallInput, errors: list[FieldError]) -> None:
    if not data.tranches:
        errors.append(FieldError("tranches", "Il piano di erogazione deve avere almeno una tranche."))
        return
    problems = []
    conditions = {c.value for c in TrancheCondition}
    for number, tranche in enumerate(data.tranches, start=1):
        if not tranche.label or len(tranche.label) > 100:
            problems.append(f"la riga {number} deve avere una descrizione (max 100 caratteri)")
        if not 0 < tranche.percent <= HUNDRED:
            problems.append(f"la percentuale della riga {number} va da più di 0 a 100")
        if tranche.condition not in conditions:
            problems.append(f"la condizione della riga {number} non è tra quelle previste")
    total = sum((t.percent for t in data.tranches), Decimal(0))
    if total != HUNDRED:
        problems.append(f"le percentuali sommano a {_points(total)}%, devono fare 100%")
    if problems:
        errors.append(FieldError("tranches", "Erogazione: " + "; ".join(problems) + "."))


def _check_money_rules(data: CallInput, errors: list[FieldError]) -> None:
    if data.min_partial_grant_cents < 0:
        errors.append(FieldError("min_partial_grant_cents", "Il contributo parziale minimo non può essere negativo."))
    elif data.max_grant_cents > 0 and data.min_partial_grant_cents > data.max_grant_cents:
        errors.append(FieldError("min_partial_grant_cents", "Il contributo parziale minimo non può superare il "
                                                            "contributo massimo."))
    if data.min_eligible_spending_cents < 0:
        errors.append(FieldError("min_eligible_spending_cents", "La spesa ammissibile minima non può essere "
                                                                "negativa."))
    for field, value, low, high, label in (
            ("partial_acceptance_days", data.partial_acceptance_days, 1, 180, "Il termine per accettare"),
            ("repayment_term_days", data.repayment_term_days, 1, 365, "Il termine per restituire"),
            ("maintenance_months", data.maintenance_months, 0, 120, "Il periodo di mantenimento"),
            ("tax_check_max_age_days", data.tax_check_max_age_days, 1, 365, "La validità della verifica 48-bis")):
        if not low <= value <= high:
            errors.append(FieldError(field, f"{label} va da {low} a {high}."))
    if data.age_reference not in AGE_REFERENCES:
        errors.append(FieldError("age_reference", "Scegli la data alla quale si misura l'età."))
    if data.budget_year is not None and not 2000 <= data.budget_year <= 2100:
        errors.append(FieldError("budget_year", "L'esercizio di bilancio va da 2000 a 2100."))
    for criterion in data.criteria:
        if criterion.min_points is not None and not 0 <= criterion.min_points <= criterion.max_points:
            errors.append(FieldError("criteria", f"Griglia: il minimo del criterio {criterion.code} va da 0 al suo "
                                                 "punteggio massimo."))
            break


def _points(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}"
    return text.replace(".", ",")


def normalise_call(data: CallInput) -> CallInput:
    """Spaces trimmed, CUP and criterion codes upper-case, municipalities and occupations sorted without repeats."""
    criteria = tuple(CriterionInput(c.code.strip().upper(), " ".join(c.label.split()), c.max_points, c.min_points,
                                    c.restricted) for c in data.criteria)
    tranches = tuple(TrancheInput(" ".join(t.label.split()), t.percent, t.condition) for t in data.tranches)
    order = [status.value for status in OccupationalStatus]
    occupations = tuple(sorted(set(data.allowed_occupations),
                               key=lambda code: order.index(code) if code in order else len(order)))
    return replace(
        data, title=" ".join(data.title.split()), act_number=data.act_number.strip(),
        cup="".join(data.cup.split()).upper(), rna_code=data.rna_code.strip(),
        deciding_officer=" ".join(data.deciding_officer.split()),
        procedure_officer=" ".join(data.procedure_officer.split()), criteria=criteria, tranches=tranches,
        municipality_ids=tuple(sorted(set(data.municipality_ids))), allowed_occupations=occupations,
    )


def validate_call(data: CallInput) -> CallInput:
    """The normalised settings, or ValidationError listing every wrong field by its CallInput name."""
    data = normalise_call(data)
    errors: list[FieldError] = []
    if not data.title:
        errors.append(FieldError("title", "Scrivi il titolo del bando."))
    for field, (limit, label) in TEXT_LIMITS.items():
        if len(getattr(data, field)) > limit:
            errors.append(FieldError(field, f"{label} è troppo lungo: al massimo {limit} caratteri."))
    try:
        data = replace(data, cup=validate_cup(data.cup))
    except ValidationError as error:
        errors += error.errors
    _check_amounts(data, errors)
    _check_ages(data, errors)
    _check_requirements(data, errors)
    _check_dates(data, errors)
    _check_grid(data, errors)
    _check_tranches(data, errors)
    _check_money_rules(data, errors)
    if data.tie_break not in {t.value for t in TieBreak}:
        errors.append(FieldError("tie_break", "Scegli il criterio di precedenza a parità di punteggio."))
    if data.last_grant_rule not in {r.value for r in LastGrantRule}:
        errors.append(FieldError("last_grant_rule", "Scegli come trattare l'ultima domanda finanziabile in parte."))
    if errors:
        raise ValidationError(errors)
    return data


def check_ready_to_open(data: CallInput) -> None:
    """A draft may lack dates and municipalities; a call published for applications may not."""
    errors = []
    if data.opens_at is None:
        errors.append(FieldError("opens_at", "Indica data e ora di apertura prima di aprire il bando."))
    if data.closes_at is None:
        errors.append(FieldError("closes_at", "Indica data e ora di chiusura prima di aprire il bando."))
    if not data.municipality_ids:
        errors.append(FieldError("municipality_ids", "Scegli almeno un comune ammesso prima di aprire il bando."))
    if errors:
        raise ValidationError(errors)
