"""The eligibility checklist of an application, computed from the call's terms and the facts on file.

Each rule gives ok, ko or "da verificare" (nd: a fact is missing) with an Italian explanation; the officer
then confirms each line or overrides it with a written reason (services/grant_eligibility.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.grants.call_rules import DEFAULT_OCCUPATIONS, DEFAULT_WOMEN_SHARE
from equilibri_desktop.domain.grants.codes import (
    ApplicantKind,
    CheckOutcome,
    EligibilityRule,
)
from equilibri_desktop.domain.identifiers import validate_person_fiscal_code
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.domain.office_time import office_day, office_text
from equilibri_desktop.domain.person_kinds import OccupationalStatus

OK, KO, ND = CheckOutcome.OK, CheckOutcome.KO, CheckOutcome.NON_VERIFICABILE
# A status nobody can judge from its name alone: the officer reads the application.
UNCLEAR = OccupationalStatus.ALTRO.value


def _occupation(code: str) -> str:
    known = OccupationalStatus.from_code(code)
    return known.label if known else code


def _pct(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",") + "%"


@dataclass(frozen=True)
class ApplicantFacts:
    fiscal_code: str = ""
    sex: str = ""  # as typed in the registry: used only when the codice fiscale is missing or wrong
    birth_date: date | None = None
    municipality_id: int | None = None  # residence, one of the reference municipalities…
    municipality_name: str = ""  # …and its name (or one written out)
    protected: bool = False  # details never name the municipality of a protected person


@dataclass(frozen=True)
class ApplicationFacts:
    applicant: ApplicantFacts
    applicant_kind: str = ApplicantKind.SINGOLA.value
    occupational_status: str = ""
    did_date: date | None = None
    received_at: datetime | None = None
    total_costs_cents: int = 0
    own_cofinancing_cents: int = 0
    women_quota_pct: Decimal | None = None
    women_board_pct: Decimal | None = None
    declarations: tuple[tuple[str, bool], ...] = ()  # (label, given)


@dataclass(frozen=True)
class CallTerms:
    opens_at: datetime | None = None
    closes_at: datetime | None = None
    min_age: int | None = None
    max_age: int | None = None
    municipality_ids: frozenset[int] = frozenset()
    min_cofinancing_pct: Decimal = Decimal(0)
    allowed_occupations: frozenset[str] = frozenset(DEFAULT_OCCUPATIONS)
    women_share_above: Decimal = DEFAULT_WOMEN_SHARE  # a female enterprise: women hold more than this share
    age_reference: str = "scadenza"  # age measured at the call's closing, or "domanda": at submission


@dataclass(frozen=True)
class CheckResult:
    rule: EligibilityRule
    outcome: CheckOutcome
    detail: str


def age_on(birth: date, day: date) -> int:
    """Completed years on `day`: whoever turns 18 on the deadline is 18 that day."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _decoded(facts: ApplicantFacts):
    try:
        return validate_person_fiscal_code(facts.fiscal_code) if facts.fiscal_code else None
    except ValidationError:
        return None


def check_sex(facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    decoded = _decoded(facts.applicant)
    if decoded is not None:
        outcome = OK if decoded.sex == "F" else KO
        return outcome, "Sesso {} dal codice fiscale.".format("femminile" if decoded.sex == "F" else "maschile")
    sex = facts.applicant.sex.strip().upper()[:1]
    if sex in ("F", "M"):
        why = "assente" if not facts.applicant.fiscal_code else "non valido"
        return (OK if sex == "F" else KO), "Sesso {} dall'anagrafica (codice fiscale {}).".format(
            "femminile" if sex == "F" else "maschile", why)
    return ND, "Né il codice fiscale né l'anagrafica indicano il sesso della richiedente."


def check_age(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    if terms.min_age is None and terms.max_age is None:
        return OK, "Il bando non pone limiti di età."
    at_submission = terms.age_reference == "domanda"
    if at_submission and facts.received_at is None:
        return ND, "La domanda non ha ancora la data di presentazione, alla quale il bando misura l'età."
    if not at_submission and terms.closes_at is None:
        return ND, "Il bando non ha ancora una data di chiusura."
    decoded = _decoded(facts.applicant)
    birth = facts.applicant.birth_date or (decoded.birth_date if decoded else None)
    if birth is None:
        return ND, "Data di nascita mancante."
    deadline = office_day(facts.received_at if at_submission else terms.closes_at)
    age = age_on(birth, deadline)
    limits = " e ".join(part for part in (
        f"almeno {terms.min_age}" if terms.min_age is not None else "",
        f"non più di {terms.max_age}" if terms.max_age is not None else "") if part)
    inside = (terms.min_age is None or age >= terms.min_age) and (terms.max_age is None or age <= terms.max_age)
    return (OK if inside else KO), f"{age} anni al {deadline:%d/%m/%Y} (richiesti {limits})."


def check_residence(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    person = facts.applicant
    if not terms.municipality_ids:
        return ND, "Il bando non indica ancora i comuni ammessi."
    if person.municipality_id is None and not person.municipality_name:
        return ND, "Comune di residenza mancante."
    where = "" if person.protected else f" ({person.municipality_name})"
    if person.municipality_id in terms.municipality_ids:
        return OK, f"Residente in un comune ammesso{where}."
    return KO, f"Residente in un comune non ammesso{where}."


def check_occupation(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    status = facts.occupational_status
    if not status:
        return ND, "Condizione occupazionale non indicata."
    label = _occupation(status)
    if status not in terms.allowed_occupations:
        if status == UNCLEAR or OccupationalStatus.from_code(status) is None:
            return ND, f"Condizione «{label}»: verificare se rientra tra quelle ammesse dal bando."
        return KO, f"Condizione «{label}» non ammessa dal bando."
    if status != "disoccupata":
        return OK, f"Condizione «{label}» ammessa."
    if facts.did_date is None:
        return ND, "Disoccupata: manca la data della DID."
    if terms.closes_at is not None and facts.did_date > office_day(terms.closes_at):
        return KO, f"DID del {facts.did_date:%d/%m/%Y}, successiva alla chiusura del bando."
    return OK, f"Disoccupata con DID del {facts.did_date:%d/%m/%Y}."


def check_deadline(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    if facts.received_at is None:
        return ND, "Data e ora di ricezione mancanti."
    if terms.opens_at is None or terms.closes_at is None:
        return ND, "Il bando non ha ancora date di apertura e chiusura."
    received = office_text(facts.received_at)
    if facts.received_at < terms.opens_at:
        return KO, f"Ricevuta il {received}, prima dell'apertura ({office_text(terms.opens_at)})."
    if facts.received_at > terms.closes_at:
        return KO, f"Ricevuta il {received}, dopo la chiusura ({office_text(terms.closes_at)})."
    return OK, f"Ricevuta il {received}, entro la chiusura ({office_text(terms.closes_at)})."


def check_cofinancing(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    if facts.total_costs_cents <= 0:
        return ND, "Il piano dei costi è vuoto."
    share = (Decimal(facts.own_cofinancing_cents) * 100 / facts.total_costs_cents).quantize(Decimal("0.01"))
    own = format_euro(from_cents(facts.own_cofinancing_cents))
    text = f"{own}, pari al {_pct(share)} dei costi (minimo {_pct(terms.min_cofinancing_pct)})."
    # Compared exactly (cents × 100 against the costs), never on the rounded share.
    enough = facts.own_cofinancing_cents * 100 >= terms.min_cofinancing_pct * facts.total_costs_cents
    return (OK if enough else KO), text


def check_female_enterprise(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    if facts.applicant_kind != ApplicantKind.SOCIETA.value:
        return OK, "Impresa individuale della richiedente."
    quota, board = facts.women_quota_pct, facts.women_board_pct
    if quota is None or board is None:
        return ND, "Mancano le quote o la composizione dell'organo amministrativo."
    above = terms.women_share_above
    text = f"Donne: {_pct(quota)} delle quote, {_pct(board)} dell'organo amministrativo (oltre il {_pct(above)})."
    return (OK if quota > above and board > above else KO), text


def check_declarations(facts: ApplicationFacts) -> tuple[CheckOutcome, str]:
    if not facts.declarations:
        return ND, "Nessuna dichiarazione registrata."
    missing = [label for label, given in facts.declarations if not given]
    if not missing:
        return OK, f"Rese tutte le {len(facts.declarations)} dichiarazioni."
    return KO, "Mancano: " + "; ".join(missing)


def evaluate(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckResult, ...]:
    """Every rule, in the order of the checklist."""
    rules = (
        (EligibilityRule.SESSO, check_sex(facts)),
        (EligibilityRule.ETA, check_age(terms, facts)),
        (EligibilityRule.RESIDENZA, check_residence(terms, facts)),
        (EligibilityRule.CONDIZIONE_OCCUPAZIONALE, check_occupation(terms, facts)),
        (EligibilityRule.TERMINE, check_deadline(terms, facts)),
        (EligibilityRule.COFINANZIAMENTO, check_cofinancing(terms, facts)),
        (EligibilityRule.COMPAGINE_FEMMINILE, check_female_enterprise(terms, facts)),
        (EligibilityRule.DICHIARAZIONI, check_declarations(facts)),
    )
    return tuple(CheckResult(rule, outcome, detail) for rule, (outcome, detail) in rules)


def requirement_warnings(terms: CallTerms, facts: ApplicationFacts) -> tuple[FieldError, ...]:
    """The call's requirements on occupation and on a company's female share that the application as typed
    already misses, as warnings on its fields: it is saved anyway (the officer decides at the formal check),
    but the clerk hears it while the applicant is still at the desk."""
    warnings = []
    outcome, detail = check_occupation(terms, facts)
    if outcome is KO:
        warnings.append(FieldError("occupational_status", detail))
    outcome, detail = check_female_enterprise(terms, facts)
    if outcome is KO:
        warnings += [FieldError(field, detail) for field, share in (("women_quota_pct", facts.women_quota_pct),
                                                                     ("women_board_pct", facts.women_board_pct))
                     if share is not None and share <= terms.women_share_above]
    return tuple(warnings)


def overall(outcomes: list[CheckOutcome | None]) -> bool | None:
    """Eligible (True) when every line is ok, not (False) as soon as one is ko, None while any is open."""
    if any(o is KO for o in outcomes):
        return False
    if all(o is OK for o in outcomes) and outcomes:
        return True
    return None
