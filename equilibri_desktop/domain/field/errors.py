"""Why a kit or a return package is refused: one class per cause, each with its Italian message and the
exit code `equilibri-admin field` ends with (scripts can tell a typo in the passphrase from a damaged file)."""

from __future__ import annotations

from equilibri_desktop.domain.errors import DomainError


class FieldPackageError(DomainError):
    exit_code = 3


class WrongPassphraseError(FieldPackageError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(code="field.wrong_passphrase")


class DamagedPackageError(FieldPackageError):
    """Truncated, altered, or not a file of this kind at all."""

    exit_code = 4


class OtherOfficeError(FieldPackageError):
    exit_code = 5

    def __init__(self) -> None:
        super().__init__(code="field.other_office")


class SchemaMismatchError(FieldPackageError):
    exit_code = 6

    def __init__(self, theirs: str, ours: str) -> None:
        newer = theirs > ours
        super().__init__(code="field.schema_newer" if newer else "field.schema_older",
                         params={"theirs": theirs, "ours": ours})
        self.theirs, self.ours = theirs, ours


class DecisionsMissingError(FieldPackageError):
    """The real merge met conflicts or likely matches nobody decided: nothing is applied blindly."""

    exit_code = 7


class ReceiptRefusedError(FieldPackageError):
    exit_code = 8
