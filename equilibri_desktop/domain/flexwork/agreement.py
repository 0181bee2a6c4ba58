"""An individual agile-work agreement (art. 19 L. 81/2017, Protocollo nazionale 7/12/2021) and the checks
shown next to its fields: dates, withdrawal notice, the two time bands, the written safety notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.flexwork.bands import band_problems, parse_band
from equilibri_desktop.domain.flexwork.codes import (
    AgreementDuration,
    EmploymentType,
    Place,
    Priority,
)
from equilibri_desktop.domain.flexwork.legal import (
    WITHDRAWAL_NOTICE_DAYS,
    WITHDRAWAL_NOTICE_DISABLED_EMPLOYER_DAYS,
    figure,
    source,
)

DIRECTIVE_POWER = ("Il datore di lavoro esercita il potere direttivo e di controllo sulla prestazione resa fuori "
                   "dai locali aziendali nel rispetto dell'art. 4 L. 300/1970; le condotte che danno luogo a "
                   "sanzioni disciplinari sono quelle del codice disciplinare aziendale (art. 21 L. 81/2017).")
JUSTIFIED_CAUSE = ("In presenza di un giustificato motivo ciascuna parte può recedere prima della scadenza "
                   "dell'accordo a tempo determinato, o senza preavviso da quello a tempo indeterminato "
                   "(art. 19 c. 2 L. 81/2017).")
REST_TIMES = ("Il lavoratore osserva i riposi giornalieri e settimanali di legge e di contratto; nella fascia "
              "di disconnessione non è tenuto a rispondere a comunicazioni di lavoro.")


def minimum_notice(by_employer: bool, worker_disabled: bool, on: date) -> tuple[int, str]:
    """The least notice the law allows for withdrawing from an open-ended agreement, and its source."""
    table = WITHDRAWAL_NOTICE_DISABLED_EMPLOYER_DAYS if by_employer and worker_disabled else WITHDRAWAL_NOTICE_DAYS
    return figure(table, on), source(table, on)


@dataclass(frozen=True)
class AgreementInput:
    person_uuid: object = None
    duration: AgreementDuration = AgreementDuration.OPEN
    signed_on: date | None = None
    start_on: date | None = None
    end_on: date | None = None
    employment_start: date | None = None
    employment_type: EmploymentType = EmploymentType.PERMANENT
    remote_days: int = 1  # per week
    office_days: int = 4
    places: tuple[Place, ...] = (Place.HOME,)
    tools: str = ""
    contact_start: str = ""
    contact_end: str = ""
    disconnection_start: str = "20:00"
    disconnection_end: str = "08:00"
    rest_times: str = REST_TIMES
    directive_power: str = DIRECTIVE_POWER
    safety_notice_on: date | None = None
    notice_days_worker: int = 30
    notice_days_employer: int = 30
    justified_cause: str = JUSTIFIED_CAUSE
    worker_disabled: bool = False
    priority: Priority = Priority.NONE

    def problems(self, contact_required: bool) -> list[FieldError]:
        errors = []
        if self.person_uuid is None:
            errors.append(FieldError.coded("person", "flexwork.agreement.person"))
        if self.signed_on is None:
            errors.append(FieldError.coded("signed_on", "flexwork.agreement.signed_on"))
        if self.start_on is None:
            errors.append(FieldError.coded("start_on", "flexwork.agreement.start_on"))
        if self.employment_start is None:
            errors.append(FieldError.coded("employment_start", "flexwork.agreement.employment_start"))
        if self.duration is AgreementDuration.FIXED and self.end_on is None:
            errors.append(FieldError.coded("end_on", "flexwork.agreement.end_on"))
        if self.start_on and self.end_on and self.end_on < self.start_on:
            errors.append(FieldError.coded("end_on", "flexwork.agreement.end_before_start"))
        if self.start_on and self.signed_on and self.signed_on > self.start_on:
            errors.append(FieldError.coded("signed_on", "flexwork.agreement.signed_after_start"))
        if self.start_on and self.employment_start and self.start_on < self.employment_start:
            errors.append(FieldError.coded("start_on", "flexwork.agreement.before_employment"))
        if not 1 <= self.remote_days <= 5:
            errors.append(FieldError.coded("remote_days", "flexwork.agreement.remote_days"))
        if self.office_days < 0 or self.office_days + self.remote_days > 6:
            errors.append(FieldError.coded("office_days", "flexwork.agreement.office_days"))
        if not self.places:
            errors.append(FieldError.coded("places", "flexwork.agreement.places"))
        if not self.tools.strip():
            errors.append(FieldError.coded("tools", "flexwork.agreement.tools"))
        if self.safety_notice_on is None:
            errors.append(FieldError.coded("safety_notice_on", "flexwork.agreement.safety_notice_on"))
        elif self.start_on and self.safety_notice_on > self.start_on:
            errors.append(FieldError.coded("safety_notice_on", "flexwork.agreement.safety_notice_late"))
        if not self.directive_power.strip():
            errors.append(FieldError.coded("directive_power", "flexwork.agreement.directive_power"))
        if not self.justified_cause.strip():
            errors.append(FieldError.coded("justified_cause", "flexwork.agreement.justified_cause"))
        errors += self.notice_problems()
        contact, problems = parse_band(self.contact_start, self.contact_end, "contact", "fascia di contattabilità")
        disconnection, more = parse_band(self.disconnection_start, self.disconnection_end, "disconnection",
                                         "fascia di disconnessione")
        errors += problems + more
        if not problems and not more:
            errors += band_problems(contact, disconnection, contact_required, self.start_on or self.signed_on
                                    or date.max)
        return errors

    def notice_problems(self) -> list[FieldError]:
        if self.duration is not AgreementDuration.OPEN:
            return []
        on = self.signed_on or self.start_on or date.max
        errors = []
        worker_min, worker_source = minimum_notice(False, self.worker_disabled, on)
        if self.notice_days_worker < worker_min:
            errors.append(FieldError.coded("notice_days_worker", "flexwork.agreement.notice_days_worker",
                                           worker_min=worker_min, worker_source=worker_source))
        employer_min, employer_source = minimum_notice(True, self.worker_disabled, on)
        if self.notice_days_employer < employer_min:
            errors.append(FieldError.coded("notice_days_employer", "flexwork.agreement.notice_days_employer",
                                           employer_min=employer_min, employer_source=employer_source))
        return errors

    def validated(self, contact_required: bool) -> AgreementInput:
        errors = self.problems(contact_required)
        if errors:
            raise ValidationError(errors)
        return self
