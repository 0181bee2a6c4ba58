"""Why a kit or a return package is refused: one class per cause, each with its Italian message and the
exit code `equilibri-admin field` ends with (scripts can tell a typo in the passphrase from a damaged file)."""

from __future__ import annotations

from equilibri_desktop.domain.errors import DomainError


class FieldPackageError(DomainError):
    exit_code = 3


class WrongPassphraseError(FieldPackageError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("La frase segreta non è quella con cui il file è stato cifrato: controllala e riprova. "
                         "Nulla è stato scritto.")


class DamagedPackageError(FieldPackageError):
    """Truncated, altered, or not a file of this kind at all."""

    exit_code = 4


class OtherOfficeError(FieldPackageError):
    exit_code = 5

    def __init__(self) -> None:
        super().__init__("Il file è stato preparato per un altro database dell'ufficio: qui non può essere "
                         "unito. Importalo nel database da cui è stato creato il kit. Nulla è stato scritto.")


class SchemaMismatchError(FieldPackageError):
    exit_code = 6

    def __init__(self, theirs: str, ours: str) -> None:
        newer = theirs > ours
        super().__init__(
            f"Il file è stato scritto da una versione {'più recente' if newer else 'precedente'} del programma "
            f"(schema {theirs}; questo programma usa lo schema {ours}). "
            + ("Aggiorna Equilibri Desktop prima di importarlo." if newer else
               "Prepara un nuovo kit con la versione in uso in ufficio.")
            + " Nulla è stato scritto.")
        self.theirs, self.ours = theirs, ours


class DecisionsMissingError(FieldPackageError):
    """The real merge met conflicts or likely matches nobody decided: nothing is applied blindly."""

    exit_code = 7


class ReceiptRefusedError(FieldPackageError):
    exit_code = 8
