"""A consulting engagement with a firm or a network of firms: its stages and what a valid one holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from equilibri_desktop.domain.errors import FieldError, ValidationError


class Stage(StrEnum):
    KICK_OFF = "avvio"
    SURVEY = "indagine"
    PLAN = "piano"
    REGULATION = "regolamento"
    PROVIDER = "fornitore"
    MONITORING = "monitoraggio"
    CLOSED = "chiuso"

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


STAGE_LABELS = {
    Stage.KICK_OFF: "Avvio", Stage.SURVEY: "Indagine sui bisogni", Stage.PLAN: "Piano di welfare",
    Stage.REGULATION: "Regolamento o accordo", Stage.PROVIDER: "Fornitore o piattaforma",
    Stage.MONITORING: "Monitoraggio", Stage.CLOSED: "Concluso",
}


class UnionRepresentation(StrEnum):
    NONE = "nessuna"
    RSA = "rsa"
    RSU = "rsu"
    TERRITORIAL = "territoriale"

    @property
    def label(self) -> str:
        return UNION_LABELS[self]


UNION_LABELS = {
    UnionRepresentation.NONE: "Nessuna rappresentanza", UnionRepresentation.RSA: "RSA",
    UnionRepresentation.RSU: "RSU", UnionRepresentation.TERRITORIAL: "Sindacati territoriali",
}


@dataclass(frozen=True)
class EngagementInput:
    title: str = ""
    organisation_uuids: tuple = ()  # one firm, or the firms of a network
    network_name: str = ""  # set when the engagement is with a network of firms
    ateco: str = ""
    employees_women: int = 0
    employees_men: int = 0
    employees_permanent: int = 0
    employees_fixed_term: int = 0
    employees_part_time: int = 0
    collective_agreement: str = ""
    union_representation: UnionRepresentation = UnionRepresentation.NONE
    consultant: str = ""
    started_on: date | None = None
    stage: Stage = Stage.KICK_OFF
    next_steps: str = ""
    notes: str = ""

    def validated(self) -> EngagementInput:
        errors = []
        if not self.title.strip():
            errors.append(FieldError.coded("title", "welfare.engagement.title"))
        if not self.organisation_uuids:
            errors.append(FieldError.coded("organisations", "welfare.engagement.organisations"))
        if len(self.organisation_uuids) > 1 and not self.network_name.strip():
            errors.append(FieldError.coded("network_name", "welfare.engagement.network_name"))
        if self.started_on is None:
            errors.append(FieldError.coded("started_on", "welfare.engagement.started_on"))
        counts = ("employees_women", "employees_men", "employees_permanent", "employees_fixed_term",
                  "employees_part_time")
        errors += [FieldError.coded(f, "welfare.engagement.negative") for f in counts if getattr(self, f) < 0]
        total = self.employees_women + self.employees_men
        if self.employees_permanent + self.employees_fixed_term > total:
            errors.append(FieldError.coded("employees_permanent", "welfare.engagement.employees_permanent"))
        if self.employees_part_time > total:
            errors.append(FieldError.coded("employees_part_time", "welfare.engagement.employees_part_time"))
        if self.ateco and not all(c.isdigit() or c == "." for c in self.ateco):
            errors.append(FieldError.coded("ateco", "welfare.engagement.ateco"))
        if errors:
            raise ValidationError(errors)
        return self


@dataclass(frozen=True)
class MeetingInput:
    held_on: date | None = None
    hours: Decimal = Decimal(0)
    topic: str = ""
    participants: str = ""
    next_steps: str = ""

    def validated(self) -> MeetingInput:
        errors = []
        if self.held_on is None:
            errors.append(FieldError.coded("held_on", "welfare.engagement.held_on"))
        if not Decimal(0) < self.hours <= Decimal(24):
            errors.append(FieldError.coded("hours", "welfare.engagement.hours"))
        if not self.topic.strip():
            errors.append(FieldError.coded("topic", "welfare.engagement.topic"))
        if errors:
            raise ValidationError(errors)
        return self
