"""A receipt of the beneficiary's expense report, checked field by field before it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError


@dataclass(frozen=True)
class CleanExpense:
    spent_on: date
    supplier: str
    amount_cents: int
    category: str
    description: str
    document_number: str
    eligible: bool
    ineligible_reason: str


def _text(value: str, limit: int) -> str:
    return " ".join((value or "").split())[:limit]


def validate_expense(spent_on: date | None, supplier: str, amount_cents: int | None, category: str,
                     description: str, document_number: str, eligible: bool, ineligible_reason: str,
                     today: date | None = None) -> CleanExpense:
    """Every error at once; an ineligible receipt must say why (the beneficiary is told)."""
    errors: list[FieldError] = []
    if spent_on is None:
        errors.append(FieldError("spent_on", "Scrivi la data della spesa."))
    elif spent_on > (today or office_today()):
        errors.append(FieldError("spent_on", "La data della spesa non può essere nel futuro."))
    if not _text(supplier, 200):
        errors.append(FieldError("supplier", "Scrivi il fornitore."))
    if amount_cents is None:
        errors.append(FieldError("amount", "Scrivi l'importo della spesa."))
    elif isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise TypeError("L'importo va passato in centesimi interi")
    elif amount_cents <= 0:
        errors.append(FieldError("amount", "L'importo deve essere maggiore di zero."))
    reason = _text(ineligible_reason, 300)
    if not eligible and not reason:
        errors.append(FieldError("ineligible_reason", "Scrivi perché la spesa non è ammissibile."))
    if errors:
        raise ValidationError(errors)
    return CleanExpense(spent_on, _text(supplier, 200), amount_cents, _text(category, 60), _text(description, 300),
                        _text(document_number, 60), bool(eligible), "" if eligible else reason)
