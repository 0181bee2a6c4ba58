"""The office's letterhead, project and signatory, and the rules a valid one must respect."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from equilibri_desktop.domain.errors import FieldError, ValidationError

DEFAULT_FUNDING_STATEMENT = (
    "Iniziativa finanziata da Regione Lombardia a supporto degli interventi di conciliazione "
    "famiglia-lavoro - Piano territoriale di ATS della Città Metropolitana di Milano"
)


@dataclass(frozen=True)
class OrganisationProfile:
    body_name: str = ""
    address: str = ""
    fiscal_code: str = ""
    vat_number: str = ""
    pec: str = ""
    email: str = ""
    phone: str = ""
    logo_png: bytes | None = None
    project_title: str = ""
    project_cup: str = ""
    funding_statement: str = DEFAULT_FUNDING_STATEMENT
    signatory_name: str = ""
    signatory_role: str = ""
    version: int = 0  # 0: never saved

    def normalised(self) -> OrganisationProfile:
        return replace(
            self,
            body_name=self.body_name.strip(),
            address=self.address.strip(),
            fiscal_code=self.fiscal_code.replace(" ", "").upper(),
            vat_number=self.vat_number.replace(" ", ""),
            pec=self.pec.strip().lower(),
            email=self.email.strip().lower(),
            phone=self.phone.strip(),
            project_title=self.project_title.strip(),
            project_cup=self.project_cup.replace(" ", "").upper(),
            funding_statement=self.funding_statement.strip(),
            signatory_name=self.signatory_name.strip(),
            signatory_role=self.signatory_role.strip(),
        )


def _checked(errors: list[FieldError], field: str, validator: Callable[[str], str], value: str) -> str:
    """Run one identifier validator; its message is filed under this form's field name."""
    if not value:
        return value
    try:
        return validator(value)
    except ValidationError as error:
        errors.extend(FieldError(field, e.message, e.code, e.params) for e in error.errors)
        return value


def validate_profile(profile: OrganisationProfile) -> OrganisationProfile:
    """Normalise and check with the same identifier rules as the registry; raise ValidationError naming
    each wrong field."""
    # Imported here: the identifier rules load the codicefiscale tables (~50 ms), and every start reads
    # the profile for the window title while only a save validates it.
    from equilibri_desktop.domain.identifiers import (
        validate_cup,
        validate_email,
        validate_organisation_fiscal_code,
        validate_pec,
        validate_vat_number,
    )

    p = profile.normalised()
    errors: list[FieldError] = []
    if not p.body_name:
        errors.append(FieldError.coded("body_name", "registry.profile.body_name"))
    checked = {
        "fiscal_code": _checked(errors, "fiscal_code", validate_organisation_fiscal_code, p.fiscal_code),
        "vat_number": _checked(errors, "vat_number", validate_vat_number, p.vat_number),
        "pec": _checked(errors, "pec", validate_pec, p.pec),
        "email": _checked(errors, "email", validate_email, p.email),
        "project_cup": _checked(errors, "project_cup", validate_cup, p.project_cup),
    }
    if errors:
        raise ValidationError(errors)
    return replace(p, **checked)
