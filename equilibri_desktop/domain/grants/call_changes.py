"""Which changes to a call alter the outcome of a selection under way, and how the call moves between states.

Once the commission has scored, a change to an amount, the grid, the threshold, a rule of the ranking, the
eligible municipalities, the age limits, the occupational statuses admitted, the female share of companies or
the dates could change who is funded: the call then goes to a new edition with a written reason and a copy of
the old settings. Texts and notes change freely.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal

from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.domain.grants.codes import CallStatus

RESULT_FIELDS: dict[str, str] = {
    "budget_cents": "dotazione",
    "max_grant_cents": "contributo massimo",
    "max_cost_share_pct": "percentuale massima delle spese",
    "min_cofinancing_pct": "cofinanziamento minimo",
    "criteria": "griglia di valutazione",
    "admission_threshold": "soglia di ammissione",
    "tie_break": "precedenza a parità di punteggio",
    "last_grant_rule": "regola dell'ultima domanda finanziabile",
    "min_partial_grant_cents": "contributo parziale minimo",
    "leftover_to_later": "residuo a domande successive",
    "age_reference": "data alla quale si misura l'età",
    "min_eligible_spending_cents": "spesa ammissibile minima",
    "municipality_ids": "comuni ammessi",
    "min_age": "età minima",
    "max_age": "età massima",
    "allowed_occupations": "condizioni occupazionali ammesse",
    "women_share_above_pct": "quota femminile delle società",
    "opens_at": "apertura",
    "closes_at": "chiusura",
}


class NewEditionRequired(DomainError):
    """The change would alter the result of a call already scored: say why, and a new edition is made."""

    def __init__(self, changes: tuple[str, ...]):
        self.changes = changes  # Italian labels of the changed settings
        super().__init__("Le valutazioni sono già iniziate e la modifica riguarda: " + ", ".join(changes)
                         + ". Serve una nuova edizione del bando con la motivazione della modifica.")


def _comparable(data: CallInput, field: str):
    value = getattr(data, field)
    if field == "criteria":  # renaming a line or moving it does not change anybody's score
        return frozenset((c.code, c.max_points, c.min_points) for c in value)
    if field in ("municipality_ids", "allowed_occupations"):
        return frozenset(value)
    return value


def result_changes(before: CallInput, after: CallInput) -> tuple[str, ...]:
    """Labels of the settings that differ and may alter the ranking, in RESULT_FIELDS order."""
    return tuple(label for field, label in RESULT_FIELDS.items()
                 if _comparable(before, field) != _comparable(after, field))


def check_edition_reason(before: CallInput, after: CallInput, scored: bool, reason: str) -> bool:
    """True when the save makes a new edition; NewEditionRequired when one is needed but no reason was given."""
    changes = result_changes(before, after) if scored else ()
    if not changes:
        return False
    if not reason.strip():
        raise NewEditionRequired(changes)
    if len(reason.strip()) < 10:
        raise ValidationError.single("reason", "Spiega la modifica in qualche parola (almeno 10 caratteri).")
    return True


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def settings_json(data: CallInput) -> str:
    """The settings as JSON (amounts in cents, decimals and dates as text), kept with each edition."""
    return json.dumps(_plain(asdict(data)), ensure_ascii=False, sort_keys=True)


_NEXT: dict[CallStatus, frozenset[CallStatus]] = {
    CallStatus.BOZZA: frozenset({CallStatus.APERTO}),
    CallStatus.APERTO: frozenset({CallStatus.BOZZA, CallStatus.IN_VALUTAZIONE}),
    CallStatus.IN_VALUTAZIONE: frozenset({CallStatus.APERTO, CallStatus.CONCLUSO}),
    CallStatus.CONCLUSO: frozenset({CallStatus.IN_VALUTAZIONE}),
}


def allowed_statuses(current: CallStatus | str) -> frozenset[CallStatus]:
    return _NEXT[CallStatus(current)]


def check_status_change(current: CallStatus | str, target: CallStatus | str, applications: int) -> None:
    """Refuse a move the procedure does not have; a call with applications cannot go back to draft."""
    current, target = CallStatus(current), CallStatus(target)
    if target not in allowed_statuses(current):
        raise DomainError(f"Un bando «{current.label}» non può passare a «{target.label}».")
    if target is CallStatus.BOZZA and applications:
        raise DomainError(f"Il bando ha già {applications} domande: non può tornare in preparazione.")
