"""The eligibility checklist of an application, computed from the call's terms and the facts on file.

Each rule gives ok, ko or "da verificare" (nd: a fact is missing) with a coded explanation
(eligibility_details.py); the officer then confirms each line or overrides it with a written reason
(services/grants/eligibility.py).
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
from equilibri_desktop.domain.grants.eligibility_details import detail_text
from equilibri_desktop.domain.identifiers import is_provisional_fiscal_code, validate_person_fiscal_code
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
class Detail:
    """What a rule found: a code of domain/grants/eligibility_details.py and its parameters."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return detail_text(self.code, dict(self.params))


def _d(code: str, **params: object) -> Detail:
    return Detail(f"eligibility.{code}", tuple((name, str(value)) for name, value in params.items()))


@dataclass(frozen=True)
class CheckResult:
    rule: EligibilityRule
    outcome: CheckOutcome
    found: Detail

    @property
    def detail(self) -> str:
        """In Italian, as the documents and the stored text say it."""
        return self.found.text


def age_on(birth: date, day: date) -> int:
    """Completed years on `day`: whoever turns 18 on the deadline is 18 that day."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _decoded(facts: ApplicantFacts):
    try:
        return validate_person_fiscal_code(facts.fiscal_code) if facts.fiscal_code else None
    except ValidationError:
        return None


def check_sex(facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    decoded = _decoded(facts.applicant)
    if decoded is not None:
        female = decoded.sex == "F"
        return (OK if female else KO), _d("sex_cf_female" if female else "sex_cf_male")
    sex = facts.applicant.sex.strip().upper()[:1]
    if sex in ("F", "M"):
        code = facts.applicant.fiscal_code
        # A provisional code (11 digits) is valid but carries no sex: saying "non valido" would be wrong.
        why = "no_cf" if not code else "provisional_cf" if is_provisional_fiscal_code(code) else "bad_cf"
        female = sex == "F"
        return (OK if female else KO), _d(f"sex_registry_{'female' if female else 'male'}_{why}")
    return ND, _d("sex_unknown")


def check_age(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    if terms.min_age is None and terms.max_age is None:
        return OK, _d("age_no_limits")
    at_submission = terms.age_reference == "domanda"
    if at_submission and facts.received_at is None:
        return ND, _d("age_no_submission")
    if not at_submission and terms.closes_at is None:
        return ND, _d("age_no_closing")
    decoded = _decoded(facts.applicant)
    birth = facts.applicant.birth_date or (decoded.birth_date if decoded else None)
    if birth is None:
        return ND, _d("age_no_birth_date")
    deadline = office_day(facts.received_at if at_submission else terms.closes_at)
    age = age_on(birth, deadline)
    inside = (terms.min_age is None or age >= terms.min_age) and (terms.max_age is None or age <= terms.max_age)
    day = f"{deadline:%d/%m/%Y}"
    if terms.min_age is not None and terms.max_age is not None:
        found = _d("age_between", age=age, day=day, min_age=terms.min_age, max_age=terms.max_age)
    elif terms.min_age is not None:
        found = _d("age_at_least", age=age, day=day, min_age=terms.min_age)
    else:
        found = _d("age_at_most", age=age, day=day, max_age=terms.max_age)
    return (OK if inside else KO), found


def check_residence(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    person = facts.applicant
    if not terms.municipality_ids:
        return ND, _d("residence_no_municipalities")
    if person.municipality_id is None and not person.municipality_name:
        return ND, _d("residence_missing")
    allowed = person.municipality_id in terms.municipality_ids
    code = "residence_allowed" if allowed else "residence_not_allowed"
    # A protected person's municipality is never named.
    found = _d(code) if person.protected else _d(f"{code}_in", municipality=person.municipality_name)
    return (OK if allowed else KO), found


def check_occupation(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    status = facts.occupational_status
    if not status:
        return ND, _d("occupation_missing")
    label = _occupation(status)
    if status not in terms.allowed_occupations:
        if status == UNCLEAR or OccupationalStatus.from_code(status) is None:
            return ND, _d("occupation_to_verify", status=label)
        return KO, _d("occupation_not_allowed", status=label)
    if status != "disoccupata":
        return OK, _d("occupation_allowed", status=label)
    if facts.did_date is None:
        return ND, _d("occupation_no_did")
    if terms.closes_at is not None and facts.did_date > office_day(terms.closes_at):
        return KO, _d("occupation_did_late", day=f"{facts.did_date:%d/%m/%Y}")
    return OK, _d("occupation_did", day=f"{facts.did_date:%d/%m/%Y}")


def check_deadline(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    if facts.received_at is None:
        return ND, _d("deadline_no_receipt")
    if terms.opens_at is None or terms.closes_at is None:
        return ND, _d("deadline_no_dates")
    received = office_text(facts.received_at)
    if facts.received_at < terms.opens_at:
        return KO, _d("deadline_early", received=received, opens=office_text(terms.opens_at))
    if facts.received_at > terms.closes_at:
        return KO, _d("deadline_late", received=received, closes=office_text(terms.closes_at))
    return OK, _d("deadline_in_time", received=received, closes=office_text(terms.closes_at))


def check_cofinancing(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    if facts.total_costs_cents <= 0:
        return ND, _d("cofinancing_no_costs")
    share = (Decimal(facts.own_cofinancing_cents) * 100 / facts.total_costs_cents).quantize(Decimal("0.01"))
    found = _d("cofinancing_share", own=format_euro(from_cents(facts.own_cofinancing_cents)), share=_pct(share),
               minimum=_pct(terms.min_cofinancing_pct))
    # Compared exactly (cents × 100 against the costs), never on the rounded share.
    enough = facts.own_cofinancing_cents * 100 >= terms.min_cofinancing_pct * facts.total_costs_cents
    return (OK if enough else KO), found


def check_female_enterprise(terms: CallTerms, facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    if facts.applicant_kind != ApplicantKind.SOCIETA.value:
        return OK, _d("company_individual")
    quota, board = facts.women_quota_pct, facts.women_board_pct
    if quota is None or board is None:
        return ND, _d("company_shares_missing")
    above = terms.women_share_above
    found = _d("company_shares", quota=_pct(quota), board=_pct(board), above=_pct(above))
    return (OK if quota > above and board > above else KO), found


def check_declarations(facts: ApplicationFacts) -> tuple[CheckOutcome, Detail]:
    if not facts.declarations:
        return ND, _d("declarations_none")
    missing = [label for label, given in facts.declarations if not given]
    if not missing:
        return OK, _d("declarations_all", count=len(facts.declarations))
    return KO, _d("declarations_missing", missing="; ".join(missing))


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
    return tuple(CheckResult(rule, outcome, found) for rule, (outcome, found) in rules)


def _warning(field: str, found: Detail) -> FieldError:
    return FieldError(field, found.text, found.code, dict(found.params))


def requirement_warnings(terms: CallTerms, facts: ApplicationFacts) -> tuple[FieldError, ...]:
    """The call's requirements on occupation and on a company's female share that the application as typed
    already misses, as warnings on its fields: it is saved anyway (the officer decides at the formal check),
    but the clerk hears it while the applicant is still at the desk."""
    warnings = []
    outcome, found = check_occupation(terms, facts)
    if outcome is KO:
        warnings.append(_warning("occupational_status", found))
    outcome, found = check_female_enterprise(terms, facts)
    if outcome is KO:
        warnings += [_warning(field, found) for field, share in (("women_quota_pct", facts.women_quota_pct),
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
