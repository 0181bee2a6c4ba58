"""Coworking spaces and satellite centres of the district, and the placements or vouchers the network funds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.flexwork.codes import PlacementKind, SpaceKind


@dataclass(frozen=True)
class SpaceInput:
    name: str = ""
    kind: SpaceKind = SpaceKind.COWORKING
    address: str = ""
    municipality: str = ""
    seats: int = 0
    services: str = ""  # meeting rooms, printers, canteen...
    childcare: bool = False
    prices: str = ""
    accessible: bool = False
    operator_uuid: object = None  # the organisation running it, from the registry (for agreements)
    notes: str = ""

    def validated(self) -> SpaceInput:
        errors = []
        if not self.name.strip():
            errors.append(FieldError.coded("name", "flexwork.coworking.name"))
        if not self.address.strip():
            errors.append(FieldError.coded("address", "flexwork.coworking.address"))
        if not self.municipality.strip():
            errors.append(FieldError.coded("municipality", "flexwork.coworking.municipality"))
        if not 1 <= self.seats <= 2000:
            errors.append(FieldError.coded("seats", "flexwork.coworking.seats"))
        if errors:
            raise ValidationError(errors)
        return self


@dataclass(frozen=True)
class PlacementInput:
    person_uuid: object = None
    kind: PlacementKind = PlacementKind.SEAT
    start_on: date | None = None
    end_on: date | None = None
    amount: Decimal = Decimal(0)  # what the network pays (seat price or voucher value)

    def validated(self) -> PlacementInput:
        errors = []
        if self.person_uuid is None:
            errors.append(FieldError.coded("person", "flexwork.coworking.person"))
        if self.start_on is None:
            errors.append(FieldError.coded("start_on", "flexwork.coworking.start_on"))
        if self.end_on is None:
            errors.append(FieldError.coded("end_on", "flexwork.coworking.end_on"))
        elif self.start_on and self.end_on < self.start_on:
            errors.append(FieldError.coded("end_on", "flexwork.coworking.end_before_start"))
        if self.amount < 0:
            errors.append(FieldError.coded("amount", "flexwork.coworking.amount"))
        elif self.kind is PlacementKind.VOUCHER and self.amount == 0:
            errors.append(FieldError.coded("amount", "flexwork.coworking.voucher_value"))
        if errors:
            raise ValidationError(errors)
        return self
