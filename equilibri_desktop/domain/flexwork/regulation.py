"""The company regulation on agile work: the choices a template is filled with, and their checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.flexwork.bands import band_problems, parse_band
from equilibri_desktop.domain.flexwork.codes import Period, Place, ToolsProvider, WorkMode

MAX_DAYS = {Period.WEEK: 5, Period.MONTH: 22}


@dataclass(frozen=True)
class RegulationInput:
    work_mode: WorkMode = WorkMode.AGILE
    days: int = 1
    period: Period = Period.WEEK
    contact_start: str = ""
    contact_end: str = ""
    disconnection_start: str = "20:00"
    disconnection_end: str = "08:00"
    tools: str = "Personal computer portatile, telefono, accesso sicuro alla rete aziendale"
    tools_provider: ToolsProvider = ToolsProvider.EMPLOYER
    places: tuple[Place, ...] = (Place.HOME,)
    safety_notice: str = "Informativa scritta sui rischi generali e specifici, consegnata almeno ogni anno"
    trial_months: int = 0
    piao_section: str = ""  # public bodies: the agile-work section of the PIAO the regulation implements
    adopted_on: date | None = None

    def validated(self, contact_required: bool, on: date) -> RegulationInput:
        errors = []
        if not 1 <= self.days <= MAX_DAYS[self.period]:
            errors.append(FieldError.coded("days", "flexwork.regulation.days", maximum=MAX_DAYS[self.period],
                                           period=self.period.label))
        contact, problems = parse_band(self.contact_start, self.contact_end, "contact", "fascia di contattabilità")
        errors += problems
        disconnection, problems = parse_band(self.disconnection_start, self.disconnection_end, "disconnection",
                                             "fascia di disconnessione")
        errors += problems
        if not problems:
            errors += [e for e in band_problems(contact, disconnection, contact_required, on)
                       if e.field != "contact" or not any(x.field == "contact" for x in errors)]
        if not self.places:
            errors.append(FieldError.coded("places", "flexwork.regulation.places"))
        if not self.tools.strip():
            errors.append(FieldError.coded("tools", "flexwork.regulation.tools"))
        if not 0 <= self.trial_months <= 12:
            errors.append(FieldError.coded("trial_months", "flexwork.regulation.trial_months"))
        if self.adopted_on is not None and self.adopted_on > on:
            errors.append(FieldError.coded("adopted_on", "flexwork.regulation.adopted_on"))
        if errors:
            raise ValidationError(errors)
        return self
