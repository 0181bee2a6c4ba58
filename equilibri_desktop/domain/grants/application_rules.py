"""What an application may hold: the input of the form, the errors that block a save, the gaps that only
warn (a received application is protocolled even when incomplete: the formal check asks to integrate)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.grants.application_parts import (
    DECLARATIONS,
    ApplicantFacts,
    CoApplicantInput,
    CostItemInput,
    applicant_sex,
)
from equilibri_desktop.domain.grants.codes import ApplicantKind, ServiceKind
from equilibri_desktop.domain.identifiers import validate_ateco
from equilibri_desktop.domain.names import collapse_spaces
from equilibri_desktop.domain.person_kinds import OccupationalStatus

HUNDRED = Decimal(100)
_LENGTHS = {"business_name": (200, "Il nome dell'impresa"), "planned_legal_form": (80, "La forma giuridica")}


@dataclass(frozen=True)
class ApplicationInput:
    """An application as typed in the form; field names match the form's widgets and the stored columns."""

    call_uuid: uuid.UUID | None = None
    applicant_uuid: uuid.UUID | None = None
    applicant_kind: str = ApplicantKind.SINGOLA.value
    occupational_status: str = ""  # OccupationalStatus code
    did_date: date | None = None  # Dichiarazione di immediata disponibilità
    business_name: str = ""
    service_kind: str = ""  # ServiceKind code
    service_description: str = ""  # required for "altro"
    target_users: str = ""
    planned_legal_form: str = ""
    ateco_code: str = ""
    own_cofinancing_cents: int = 0
    women_quota_pct: Decimal | None = None  # companies only: share of women in the capital
    women_board_pct: Decimal | None = None  # companies only: share of women on the board
    vulnerability_route: bool = False
    notes: str = ""
    # De minimis aid received in the rolling three years, as declared (Reg. UE 2023/2831); None: not declared.
    de_minimis_received_cents: int | None = None
    cost_items: tuple[CostItemInput, ...] = ()
    co_applicants: tuple[CoApplicantInput, ...] = ()
    served_municipality_ids: tuple[int, ...] = ()
    declarations: frozenset[str] = field(default_factory=frozenset)  # codes of the declarations given

    @property
    def is_company(self) -> bool:
        return self.applicant_kind == ApplicantKind.SOCIETA.value


@dataclass(frozen=True)
class CheckedApplication:
    value: ApplicationInput  # normalised, ready to store
    warnings: tuple[FieldError, ...] = ()


# --- sums ---------------------------------------------------------------------------------------------
def total_cost_cents(items: tuple[CostItemInput, ...] | list) -> int:
    return sum(item.amount_cents for item in items)


def eligible_cost_cents(items: tuple[CostItemInput, ...] | list) -> int:
    return sum(item.amount_cents for item in items if item.eligible)


def ineligible_cost_cents(items: tuple[CostItemInput, ...] | list) -> int:
    return total_cost_cents(items) - eligible_cost_cents(items)


def cofinancing_pct(own_cents: int, eligible_cents: int) -> Decimal | None:
    """Own co-financing as a percentage of the eligible costs, to the hundredth; None without costs."""
    if eligible_cents <= 0:
        return None
    return (Decimal(own_cents) * HUNDRED / Decimal(eligible_cents)).quantize(Decimal("0.01"))


# --- validation ---------------------------------------------------------------------------------------
def applicant_problem(applicant: ApplicantFacts) -> str:
    """Why this person cannot apply ('' when she can): the grant is for women, as her codice fiscale says."""
    sex, from_code = applicant_sex(applicant)
    if sex == "F":
        return ""
    if sex == "M":
        source = "dal codice fiscale" if from_code else "dalla scheda anagrafica"
        return f"Il contributo è riservato alle donne: {source} la persona scelta risulta di sesso maschile."
    return "Il sesso della richiedente non è noto: completa il codice fiscale nella sua scheda anagrafica."


def _check_applicant(applicant: ApplicantFacts | None, errors: list[FieldError]) -> None:
    if applicant is None:
        errors.append(FieldError("applicant_uuid", "Scegli la richiedente dall'anagrafica."))
    elif problem := applicant_problem(applicant):
        errors.append(FieldError("applicant_uuid", problem))


def _check_costs(items: tuple[CostItemInput, ...], errors: list[FieldError]) -> tuple[CostItemInput, ...]:
    kept = []
    for item in items:
        description, category = collapse_spaces(item.description), collapse_spaces(item.category)
        if not description and not item.amount_cents and not category:
            continue  # an empty row of the table
        row = len(kept) + 1
        if not description:
            errors.append(FieldError("cost_items", f"Riga {row} del piano dei costi: scrivi la descrizione."))
        elif len(description) > 300:
            errors.append(FieldError("cost_items", f"Riga {row} del piano dei costi: la descrizione supera "
                                     "i 300 caratteri."))
        if len(category) > 60:
            errors.append(FieldError("cost_items", f"Riga {row} del piano dei costi: la categoria supera "
                                     "i 60 caratteri."))
        if item.amount_cents <= 0:
            errors.append(FieldError("cost_items", f"Riga {row} del piano dei costi: l'importo deve essere "
                                     "maggiore di zero."))
        kept.append(replace(item, description=description, category=category))
    return tuple(kept)


def _check_percent(value: Decimal | None, name: str, label: str, errors: list[FieldError]) -> None:
    if value is not None and not Decimal(0) <= value <= HUNDRED:
        errors.append(FieldError(name, f"{label} è una percentuale tra 0 e 100."))


def _check_co_applicants(data: ApplicationInput, errors: list[FieldError]) -> tuple[CoApplicantInput, ...]:
    people = tuple(replace(c, role=collapse_spaces(c.role)) for c in data.co_applicants)
    if people and not data.is_company:
        errors.append(FieldError("co_applicants", "Un'impresa individuale non ha co-richiedenti: scegli "
                                 "«Società o cooperativa» o togli i co-richiedenti."))
    chosen = [c.person_uuid for c in people]
    if data.applicant_uuid is not None and data.applicant_uuid in chosen:
        errors.append(FieldError("co_applicants", "La richiedente non va indicata anche tra i co-richiedenti."))
    if len(set(chosen)) != len(chosen):
        errors.append(FieldError("co_applicants", "Una persona è indicata due volte tra i co-richiedenti."))
    if any(len(c.role) > 80 for c in people):
        errors.append(FieldError("co_applicants", "Il ruolo di un co-richiedente supera gli 80 caratteri."))
    return people


def validate_application(data: ApplicationInput, applicant: ApplicantFacts | None, today: date) -> CheckedApplication:
    """Normalise `data` and refuse what can never be right; ValidationError lists every wrong field."""
    errors: list[FieldError] = []
    if data.call_uuid is None:
        errors.append(FieldError("call_uuid", "Scegli il bando."))
    _check_applicant(applicant if data.applicant_uuid is not None else None, errors)
    if data.applicant_kind not in {kind.value for kind in ApplicantKind}:
        errors.append(FieldError("applicant_kind", "Indica se l'impresa sarà individuale o una società."))
    if data.occupational_status and OccupationalStatus.from_code(data.occupational_status) is None:
        errors.append(FieldError("occupational_status", "Scegli la condizione occupazionale dall'elenco."))
    if data.did_date and data.did_date > today:
        errors.append(FieldError("did_date", "La data della DID è nel futuro."))
    texts = {name: collapse_spaces(getattr(data, name)) for name in _LENGTHS}
    for name, (limit, label) in _LENGTHS.items():
        if len(texts[name]) > limit:
            errors.append(FieldError(name, f"{label} supera i {limit} caratteri."))
    if data.service_kind and data.service_kind not in {kind.value for kind in ServiceKind}:
        errors.append(FieldError("service_kind", "Scegli il servizio offerto dall'elenco."))
    description = data.service_description.strip()
    if data.service_kind == ServiceKind.ALTRO.value and not description:
        errors.append(FieldError("service_description", "Descrivi il servizio offerto (hai scelto «Altro»)."))
    ateco = "".join(data.ateco_code.split())
    if ateco:
        try:
            ateco = validate_ateco(ateco)
        except ValidationError as error:
            errors += [FieldError("ateco_code", e.message) for e in error.errors]
    if data.de_minimis_received_cents is not None and data.de_minimis_received_cents < 0:
        errors.append(FieldError("de_minimis_received_cents", "Gli aiuti de minimis ricevuti non possono essere "
                                                              "negativi."))
    if data.own_cofinancing_cents < 0:
        errors.append(FieldError("own_cofinancing_cents", "Il cofinanziamento proprio non può essere negativo."))
    if data.is_company:  # an individual firm's shares are dropped below, whatever was typed
        _check_percent(data.women_quota_pct, "women_quota_pct", "La quota di capitale femminile", errors)
        _check_percent(data.women_board_pct, "women_board_pct",
                       "La presenza femminile nell'organo di amministrazione", errors)
    costs = _check_costs(data.cost_items, errors)
    people = _check_co_applicants(data, errors)
    unknown = set(data.declarations) - {code for code, _label in DECLARATIONS}
    if unknown:
        errors.append(FieldError("declarations", "Dichiarazione sconosciuta: " + ", ".join(sorted(unknown))))
    if errors:
        raise ValidationError(errors)
    company = data.is_company
    value = replace(
        data, **texts, service_description=description, target_users=data.target_users.strip(),
        ateco_code=ateco, notes=data.notes.strip(), cost_items=costs, co_applicants=people,
        served_municipality_ids=tuple(dict.fromkeys(data.served_municipality_ids)),
        women_quota_pct=data.women_quota_pct if company else None,
        women_board_pct=data.women_board_pct if company else None,
        declarations=frozenset(data.declarations))
    return CheckedApplication(value, tuple(_notices(value)))


def _notices(data: ApplicationInput) -> list[FieldError]:
    notices = []
    if data.did_date and data.occupational_status != OccupationalStatus.DISOCCUPATA.value:
        notices.append(FieldError("did_date", "La DID riguarda le persone disoccupate: controlla la condizione "
                                  "occupazionale."))
    return notices


def missing_parts(data: ApplicationInput) -> list[FieldError]:
    """What a complete application has and this one lacks: shown when it is protocolled (it is received
    anyway: the formal check then asks the applicant to integrate)."""
    gaps = []
    wanted = (("business_name", "Manca il nome dell'impresa."), ("service_kind", "Manca il servizio offerto."),
              ("occupational_status", "Manca la condizione occupazionale."),
              ("cost_items", "Il piano dei costi è vuoto."),
              ("served_municipality_ids", "Mancano i comuni serviti."))
    gaps += [FieldError(name, message) for name, message in wanted if not getattr(data, name)]
    if data.occupational_status == OccupationalStatus.DISOCCUPATA.value and data.did_date is None:
        gaps.append(FieldError("did_date", "Manca la data della DID."))
    if data.is_company:
        if not data.co_applicants:
            gaps.append(FieldError("co_applicants", "Una società ha almeno un co-richiedente: indicalo."))
        if data.women_quota_pct is None:
            gaps.append(FieldError("women_quota_pct", "Manca la quota di capitale femminile."))
        if data.women_board_pct is None:
            gaps.append(FieldError("women_board_pct", "Manca la presenza femminile nell'organo di amministrazione."))
    missing = [label for code, label in DECLARATIONS if code not in data.declarations]
    if missing:
        gaps.append(FieldError("declarations", f"Dichiarazioni non rese: {len(missing)} su {len(DECLARATIONS)}."))
    return gaps
