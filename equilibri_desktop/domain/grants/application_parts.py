"""The parts of an application besides its plain fields: cost items, co-applicants, the self-declarations
checklist, attachment kinds, the applicant's sex, and amounts typed the Italian way."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from equilibri_desktop.domain import money_text
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.identifiers import (
    normalise_fiscal_code,
    validate_person_fiscal_code,
)

# Self-declarations (dichiarazioni sostitutive, DPR 445/2000 artt. 46-47) of the usual application form.
DECLARATIONS: tuple[tuple[str, str], ...] = (
    ("veridicita", "Consapevole delle sanzioni penali per le dichiarazioni mendaci (artt. 75 e 76 DPR "
                   "445/2000), dichiara che quanto indicato nella domanda corrisponde al vero"),
    ("residenza", "Di essere residente in uno dei comuni ammessi dal bando"),
    ("condizione_occupazionale", "Di trovarsi nella condizione occupazionale indicata nella domanda"),
    ("nessun_doppio_finanziamento", "Di non aver ottenuto altri contributi pubblici per le stesse spese"),
    # Reg. UE 2023/2831 art. 3: a rolling period of three years, not "the current and two previous years".
    ("de_minimis", "Di non superare, come impresa unica e con il contributo richiesto, il massimale degli aiuti "
                   "«de minimis» nel periodo mobile di tre anni (Reg. UE 2023/2831, art. 3), avendo ricevuto "
                   "nello stesso periodo l'importo indicato nella domanda"),
    ("requisiti_morali", "Di non aver riportato condanne che impediscano di contrarre con la pubblica "
                         "amministrazione"),
    ("procedure_concorsuali", "Di non essere sottoposta a fallimento, liquidazione o altra procedura "
                              "concorsuale"),
    ("costituzione_impresa", "Di impegnarsi a costituire l'impresa entro il termine fissato dal bando"),
    ("informativa_privacy", "Di aver ricevuto l'informativa sul trattamento dei dati personali (art. 13 "
                            "Reg. UE 2016/679)"),
)
DECLARATION_LABELS = dict(DECLARATIONS)

ATTACHMENT_KINDS = ("Domanda firmata", "Documento di identità", "Curriculum vitae", "Piano d'impresa",
                    "Preventivi di spesa", "Attestazione DID", "Atto costitutivo o statuto", "Altro")

# Until the formal check ends the clerk may still correct what was typed; afterwards the evaluation and the
# ranking rest on it, and changes go through their own procedures.
EDITABLE_STATUSES = frozenset({S.BOZZA, S.PRESENTATA, S.IN_ISTRUTTORIA, S.INTEGRAZIONE_RICHIESTA,
                               S.PREAVVISO_RIGETTO})



@dataclass(frozen=True)
class CostItemInput:
    description: str = ""
    amount_cents: int = 0
    eligible: bool = True
    category: str = ""
    capital_good: bool = False  # bene strumentale: its share of the grant is outside the 4% withholding


@dataclass(frozen=True)
class CoApplicantInput:
    person_uuid: uuid.UUID
    role: str = ""  # e.g. "socia", "amministratrice"


@dataclass(frozen=True)
class ApplicantFacts:
    """What the registry knows of the applicant's sex: her codice fiscale first, the record's field after."""

    fiscal_code: str = ""
    sex: str = ""


def applicant_sex(facts: ApplicantFacts) -> tuple[str, bool]:
    """('F' | 'M' | '', whether it comes from the codice fiscale). Omocodes are decoded too (day + 40
    still marks a woman once the letters are turned back into digits)."""
    # Imported here: the fast decoder loads python-codicefiscale's place tables, which the home page (it reads
    # this module through the grants' work queue) does not need at start-up.
    from equilibri_desktop.domain.fiscal_code_fast import quick_decode

    code = normalise_fiscal_code(facts.fiscal_code)
    if code:
        try:
            decoded = quick_decode(code) or validate_person_fiscal_code(code)
        except ValidationError:
            decoded = None
        if decoded is not None:
            return decoded.sex, True
    return (facts.sex or "").strip().upper()[:1], False


def parse_euro(text: str) -> int:
    """Like domain.money_text.parse_euro, with an empty field meaning no amount: 0 cents."""
    return money_text.parse_euro(text) or 0


def parse_percent(text: str) -> Decimal | None:
    """'51', '51,5', '66.67 %' → Decimal; '' → None; ValueError otherwise ('1,234' too: never rounded)."""
    return money_text.parse_percent(text)
