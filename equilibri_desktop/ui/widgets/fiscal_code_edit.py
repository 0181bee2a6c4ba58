"""Codice fiscale input: upper-cases as the clerk types, checks the code, and decodes sex, birth date and
birthplace so the form can offer them ("Compila dal codice fiscale").

The checks are the domain's (python-codicefiscale, omocodes accepted), run on the text alone: the
save still goes through the service, which checks it again and refuses duplicates.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from equilibri_desktop.domain.errors import field_problems
from equilibri_desktop.domain.identifiers import (
    DecodedFiscalCode,
    normalise_fiscal_code,
    validate_organisation_fiscal_code,
    validate_person_fiscal_code,
)
from equilibri_desktop.ui.forms import register_widget
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.service_messages import field_error_text

PERSON_LENGTH = 16
BODY_LENGTH = 11  # a company's or a public body's numeric code


@register_widget
class FiscalCodeEdit(QLineEdit):
    """`decoded()` is the decoded code once it is complete and right; `problem()` why it is wrong.

    `allow_numeric` (organisations) also accepts an 11-digit code, which decodes to nothing.
    """

    decodedChanged = Signal(object)  # DecodedFiscalCode | None  # noqa: N815 - Qt naming
    problemChanged = Signal(str)  # noqa: N815
    fillRequested = Signal(object)  # DecodedFiscalCode  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.allow_numeric = False
        self._decoded: DecodedFiscalCode | None = None
        self._problem = ""
        self.setMaxLength(PERSON_LENGTH + 4)  # room for pasted spaces, dropped as typed
        self.setPlaceholderText(tr("16 lettere e cifre"))
        self.fill_action = QAction(tr("Compila dal codice fiscale"), self)
        self.fill_action.setToolTip(tr("Riporta nel modulo sesso, data e luogo di nascita letti dal codice "
                                       "fiscale (Ctrl+K)"))
        self.fill_action.setShortcut(QKeySequence("Ctrl+K"))
        self.fill_action.setEnabled(False)
        self.fill_action.triggered.connect(self._fill)
        self.textEdited.connect(self._upper_case)
        self.textChanged.connect(self._check)

    # --- state ----------------------------------------------------------------------------
    def code(self) -> str:
        return normalise_fiscal_code(self.text())

    def decoded(self) -> DecodedFiscalCode | None:
        return self._decoded

    def problem(self) -> str:
        return self._problem

    def is_complete(self) -> bool:
        return len(self.code()) == PERSON_LENGTH or (self.allow_numeric and len(self.code()) == BODY_LENGTH
                                                     and self.code().isdigit())

    # --- typing ---------------------------------------------------------------------------
    def _upper_case(self, text: str) -> None:
        cleaned = "".join(text.split()).upper()
        if cleaned != text:
            cursor = self.cursorPosition() - sum(1 for c in text[:self.cursorPosition()] if c.isspace())
            self.setText(cleaned)
            self.setCursorPosition(max(0, cursor))

    def _check(self, _text: str = "") -> None:
        code = self.code()
        decoded, problem = None, ""
        if code and not (code.isalnum() and code.isascii()):
            problem = tr("Il codice fiscale contiene solo lettere e cifre.")
        elif self.is_complete():
            numeric = self.allow_numeric and code.isdigit()
            result, errors = field_problems(
                validate_organisation_fiscal_code if numeric else validate_person_fiscal_code, code)
            if errors:
                problem = field_error_text(errors[0])
            elif not numeric:
                decoded = result
        elif len(code) > PERSON_LENGTH:
            problem = tr("Il codice fiscale ha 16 caratteri: ne hai scritti {n}.").format(n=len(code))
        self._set_state(decoded, problem)

    def _set_state(self, decoded: DecodedFiscalCode | None, problem: str) -> None:
        if decoded != self._decoded:
            self._decoded = decoded
            self.fill_action.setEnabled(decoded is not None and not self.isReadOnly())
            self.decodedChanged.emit(decoded)
        if problem != self._problem:
            self._problem = problem
            self.problemChanged.emit(problem)

    def incomplete_problem(self) -> str:
        """What is wrong with a code left half-typed (shown when the clerk leaves the field)."""
        code = self.code()
        if not code or self.is_complete() or self._problem:
            return self._problem
        if self.allow_numeric and code.isdigit():
            return tr("Il codice fiscale dell'ente ha 11 cifre: ne hai scritte {n}.").format(n=len(code))
        return tr("Il codice fiscale ha 16 caratteri: ne hai scritti {n}.").format(n=len(code))

    def _fill(self) -> None:
        if self._decoded is not None:
            self.fillRequested.emit(self._decoded)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        super().setReadOnly(read_only)
        self.fill_action.setEnabled(self._decoded is not None and not read_only)


def decoded_summary(decoded: DecodedFiscalCode) -> str:
    """'Femmina, nata il 12/03/1985 a Milano (MI)', shown under the field once the code is right."""
    sex = tr("Femmina") if decoded.sex == "F" else tr("Maschio")
    born = tr("nata") if decoded.sex == "F" else tr("nato")
    place = decoded.birthplace_name
    if decoded.birthplace_province and not decoded.born_abroad:
        place = f"{place} ({decoded.birthplace_province})"
    text = tr("{sex}, {born} il {date} a {place}").format(sex=sex, born=born, date=decoded.birth_date.strftime(
        "%d/%m/%Y"), place=place)
    return text + (tr(" (codice omocodico)") if decoded.is_omocode else "")
