"""Coded messages: what the services say, under a stable code with named parameters.

The Italian text here is what the services' errors carry (and what logs and documents would use); the
interface words a known code in its own language through ui/service_messages.py, whose catalogue a test
keeps equal to this one. A message without a code reaches the interface as written (Italian).
"""

from __future__ import annotations

from typing import Any

from equilibri_desktop.domain.events.messages import EVENTS_MESSAGES
from equilibri_desktop.domain.field.messages import FIELD_MESSAGES
from equilibri_desktop.domain.flexwork.messages import FLEXWORK_MESSAGES
from equilibri_desktop.domain.grants.eligibility_details import DETAILS
from equilibri_desktop.domain.grants.procedure_messages import PROCEDURE
from equilibri_desktop.domain.network.messages import NETWORK_MESSAGES
from equilibri_desktop.domain.registry_messages import REGISTRY_MESSAGES
from equilibri_desktop.domain.welfare.messages import WELFARE_MESSAGES

MESSAGES: dict[str, str] = {
    # access: permissions, logins, accounts, passwords
    "access.permission_denied": "L'utente {user} non ha il permesso per questa operazione ({permission}).",
    "access.login_failed": "Nome utente o password non corretti.",
    "access.account_locked_one": "Troppi tentativi non riusciti: l'accesso è bloccato per 1 minuto. "
                                 "Riprova più tardi o chiedi all'amministratore di sbloccarlo.",
    "access.account_locked": "Troppi tentativi non riusciti: l'accesso è bloccato per {minutes} minuti. "
                             "Riprova più tardi o chiedi all'amministratore di sbloccarlo.",
    "access.account_disabled": "Questo utente è disattivato: rivolgiti all'amministratore.",
    "access.last_administrator": "Deve restare almeno un amministratore attivo: nomina prima un altro "
                                 "amministratore.",
    "access.unknown_user": "L'utente {username} non esiste.",
    "access.disable_self": "Non puoi disattivare il tuo stesso utente.",
    "access.administrator_exists": "L'amministratore esiste già: accedi con il tuo utente.",
    "access.username_taken": "Esiste già un utente {username}: scegli un altro nome.",
    "access.username_invalid": "Il nome utente deve avere da 3 a 40 caratteri: lettere minuscole senza accenti, "
                               "cifre, punto, trattino o trattino basso, e iniziare con una lettera "
                               "(es. mario.rossi).",
    "access.display_name_missing": "Indica nome e cognome dell'utente.",
    "access.display_name_too_long": "Nome e cognome: al massimo 120 caratteri.",
    "access.role_unknown": "Ruolo sconosciuto: {role}",
    "access.role_missing": "Scegli almeno un ruolo.",
    "password.too_short": "La password deve avere almeno {minimum} caratteri (ne ha {length}). Una frase di "
                          "qualche parola è facile da ricordare.",
    "password.too_long": "La password può avere al massimo {maximum} caratteri.",
    "password.spaces": "La password non può iniziare o finire con uno spazio.",
    "password.contains_username": "La password non può contenere il nome utente.",
    "password.unchanged": "La nuova password deve essere diversa da quella attuale.",
    # administration: database and backups
    "admin.backup_on_server": "Il database è su un server PostgreSQL: le copie di sicurezza si fanno sul server "
                              "con pg_dump (vedi il README, sezione PostgreSQL).",
    "admin.restore_database_in_use": "Il file indicato è il database in uso: scegli una copia di sicurezza.",
    "admin.database_unavailable": "Impossibile aprire il database ({where}). Se è su un server, controlla che sia "
                                  "acceso e raggiungibile e che utente e password siano giusti; se è un file, che "
                                  "la cartella esista e sia scrivibile.",
    # grants: who still holds up the evaluation of an application
    "evaluation.missing_declaration": "{member}: dichiarazione sul conflitto di interessi",
    "evaluation.missing_criteria": "{member}: criteri {criteria}",
    "evaluation.no_member_left": "tutti i componenti hanno dichiarato un conflitto di interessi",
    # records
    "record.stale": "Il record è stato modificato da {user} alle {time} del {day}: ricarica per vedere la "
                    "versione attuale e ripeti le modifiche.",
}
MESSAGES.update(DETAILS)  # what the eligibility rules found, also carried by warnings on the application's fields
MESSAGES.update(PROCEDURE)  # why a step of the procedure cannot run yet
for _line in (NETWORK_MESSAGES, FLEXWORK_MESSAGES, FIELD_MESSAGES, EVENTS_MESSAGES, WELFARE_MESSAGES):
    MESSAGES.update(_line)  # the newer lines: refusals, field checks, reasons shown in lists
MESSAGES.update(REGISTRY_MESSAGES)  # registry, imports, document register, administration, demo


def message(code: str, params: dict[str, Any] | None = None) -> str:
    """The Italian text of `code` with its parameters filled in."""
    return MESSAGES[code].format(**(params or {}))


class CodedText(str):
    """The Italian text of a coded message that also carries its code and parameters: it travels in a DTO as
    the plain string it is, and the interface can word it in its own language."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> CodedText:
        text = super().__new__(cls, message(code, params))
        text.code, text.params = code, params
        return text

    def __getnewargs_ex__(self):  # copies and pickles rebuild it from its code, not from its text
        return (self.code,), dict(self.params)


class CodedList(str):
    """Coded texts joined by a separator, as one plain string (the Italian); the interface words each part."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts, separator: str = "; ") -> CodedList:
        parts = tuple(parts)
        text = super().__new__(cls, separator.join(parts))
        text.parts, text.separator = parts, separator
        return text

    def __getnewargs__(self):
        return self.parts, self.separator
