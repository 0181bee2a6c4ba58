"""A firm's or public body's pathway to flexible work, and its organisational assessment (aggregate figures
only: nothing in it identifies a worker)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.flexwork.codes import Sector, Stage


@dataclass(frozen=True)
class PathwayInput:
    organisation_uuid: object = None
    sector: Sector = Sector.PRIVATE
    consultant: str = ""
    collective_agreement: str = ""
    contact_band_required: bool = False  # the collective agreement asks for a contact band on agile days
    inail_pat: str = ""
    inail_tariff: str = ""
    notes: str = ""

    def validated(self) -> PathwayInput:
        errors = []
        if self.organisation_uuid is None:
            errors.append(FieldError.coded("organisation", "flexwork.pathway.organisation"))
        if not self.consultant.strip():
            errors.append(FieldError.coded("consultant", "flexwork.pathway.consultant"))
        errors += pat_problems(self.inail_pat, self.inail_tariff)
        if errors:
            raise ValidationError(errors)
        return self


# Special PAT codes the Ministry accepts (notice of 29/11/2022): ministries, foreign firms, professional
# offices and others, a new firm still waiting for its PAT, insurers other than INAIL (nine zeros).
SPECIAL_PATS = {"99992000": "Ministeri", "99990000": "Ditta estera", "99990001": "Studi professionali / altro",
                "00000000": "In attesa di codice PAT", "000000000": "Assicurazione presso ente diverso da INAIL"}


def pat_problems(pat: str, tariff: str) -> list[FieldError]:
    errors = []
    pat, tariff = (pat or "").strip(), (tariff or "").strip()
    if pat and not (pat.isdigit() and 8 <= len(pat) <= 10):
        errors.append(FieldError.coded("inail_pat", "flexwork.pathway.inail_pat"))
    if tariff and not (tariff.isdigit() and len(tariff) == 4):
        errors.append(FieldError.coded("inail_tariff", "flexwork.pathway.inail_tariff"))
    return errors


@dataclass(frozen=True)
class StageInput:
    stage: Stage = Stage.FIRST_CONTACT
    on: date | None = None
    note: str = ""

    def validated(self) -> StageInput:
        if self.on is None:
            raise ValidationError.coded("stage_on", "flexwork.pathway.stage_on")
        return self


ASSESSMENT_COUNTS = ("roles_total", "roles_remote", "workers_women", "workers_men", "workers_children_12",
                     "workers_caregivers", "workers_disabled")


@dataclass(frozen=True)
class AssessmentInput:
    assessed_on: date | None = None
    roles_total: int = 0  # job roles (not people) in the organisation
    roles_remote: int = 0  # of which can be done remotely
    workers_women: int = 0
    workers_men: int = 0
    workers_children_12: int = 0
    workers_caregivers: int = 0
    workers_disabled: int = 0
    tools: str = ""  # laptops, VPN, phones: what exists and what is missing
    data_security: str = ""
    current_practices: str = ""

    @property
    def workers(self) -> int:
        return self.workers_women + self.workers_men

    def validated(self) -> AssessmentInput:
        errors = []
        if self.assessed_on is None:
            errors.append(FieldError.coded("assessed_on", "flexwork.pathway.assessed_on"))
        errors += [FieldError.coded(f, "flexwork.pathway.negative") for f in ASSESSMENT_COUNTS
                   if getattr(self, f) < 0]
        if self.roles_remote > self.roles_total:
            errors.append(FieldError.coded("roles_remote", "flexwork.pathway.roles_remote"))
        for name in ("workers_children_12", "workers_caregivers", "workers_disabled"):
            if getattr(self, name) > self.workers:
                errors.append(FieldError.coded(name, "flexwork.pathway.above_workers"))
        if errors:
            raise ValidationError(errors)
        return self
