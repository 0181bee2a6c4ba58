"""The office's letterhead, project and signatory, and the rules a valid one must respect."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from stdnum.it import codicefiscale as stdnum_cf
from stdnum.it import iva

from equilibri_desktop.domain.errors import FieldError, ValidationError

CUP_PATTERN = re.compile(r"^[A-Z0-9]{15}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
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

    def normalised(self) -> "OrganisationProfile":
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


def validate_profile(profile: OrganisationProfile) -> OrganisationProfile:
    """Normalise and check; raise ValidationError naming each wrong field."""
    p = profile.normalised()
    errors: list[FieldError] = []
    if not p.body_name:
        errors.append(FieldError("body_name", "Indica la denominazione dell'ente."))
    if p.fiscal_code and not (stdnum_cf.is_valid(p.fiscal_code) or iva.is_valid(p.fiscal_code)):
        errors.append(FieldError("fiscal_code", "Codice fiscale non valido: controlla le cifre."))
    if p.vat_number and not iva.is_valid(p.vat_number):
        errors.append(FieldError("vat_number", "Partita IVA non valida: servono 11 cifre con il controllo corretto."))
    if p.pec and not EMAIL_PATTERN.match(p.pec):
        errors.append(FieldError("pec", "Indirizzo PEC non valido."))
    if p.email and not EMAIL_PATTERN.match(p.email):
        errors.append(FieldError("email", "Indirizzo e-mail non valido."))
    if p.project_cup and not CUP_PATTERN.match(p.project_cup):
        errors.append(FieldError("project_cup", "Il CUP ha 15 caratteri, solo lettere maiuscole e cifre."))
    if errors:
        raise ValidationError(errors)
    return p
