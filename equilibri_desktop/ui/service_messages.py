"""Service messages in the interface's language: the UI words a known message code (domain/messages.py).

`error_text(error)` and `field_error_text(item)` give what to show; an error without a code, or with a code
this catalogue does not know, shows its Italian message as written. tests/test_service_messages.py keeps the
templates here equal to the domain's, so a changed message cannot lose its translation silently.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from equilibri_desktop.domain.errors import DomainError, FieldError
from equilibri_desktop.domain.messages import CodedList, CodedText
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.eligibility_catalogue import DETAIL_TEXTS
from equilibri_desktop.ui.events_catalogue import EVENTS_TEXTS
from equilibri_desktop.ui.field_catalogue import FIELD_TEXTS
from equilibri_desktop.ui.flexwork_catalogue import FLEXWORK_TEXTS
from equilibri_desktop.ui.network_catalogue import NETWORK_TEXTS
from equilibri_desktop.ui.procedure_catalogue import PROCEDURE_TEXTS
from equilibri_desktop.ui.registry_catalogue import REGISTRY_TEXTS
from equilibri_desktop.ui.welfare_catalogue import WELFARE_TEXTS

CONTEXT = "ServiceMessages"
TEXTS: dict[str, str] = {
    "access.permission_denied": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'utente {user} non ha il permesso per questa operazione ({permission})."),
    "access.login_failed": QT_TRANSLATE_NOOP("ServiceMessages", "Nome utente o password non corretti."),
    "access.account_locked_one": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Troppi tentativi non riusciti: l'accesso è bloccato per 1 minuto. "
                           "Riprova più tardi o chiedi all'amministratore di sbloccarlo."),
    "access.account_locked": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Troppi tentativi non riusciti: l'accesso è bloccato per {minutes} minuti. "
                           "Riprova più tardi o chiedi all'amministratore di sbloccarlo."),
    "access.account_disabled": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Questo utente è disattivato: rivolgiti all'amministratore."),
    "access.last_administrator": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Deve restare almeno un amministratore attivo: nomina prima un altro amministratore."),
    "access.unknown_user": QT_TRANSLATE_NOOP("ServiceMessages", "L'utente {username} non esiste."),
    "access.disable_self": QT_TRANSLATE_NOOP("ServiceMessages", "Non puoi disattivare il tuo stesso utente."),
    "access.administrator_exists": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'amministratore esiste già: accedi con il tuo utente."),
    "access.username_taken": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Esiste già un utente {username}: scegli un altro nome."),
    "access.username_invalid": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il nome utente deve avere da 3 a 40 caratteri: lettere minuscole senza accenti, "
                           "cifre, punto, trattino o trattino basso, e iniziare con una lettera (es. mario.rossi)."),
    "access.display_name_missing": QT_TRANSLATE_NOOP("ServiceMessages", "Indica nome e cognome dell'utente."),
    "access.display_name_too_long": QT_TRANSLATE_NOOP("ServiceMessages",
                                                      "Nome e cognome: al massimo 120 caratteri."),
    "access.role_unknown": QT_TRANSLATE_NOOP("ServiceMessages", "Ruolo sconosciuto: {role}"),
    "access.role_missing": QT_TRANSLATE_NOOP("ServiceMessages", "Scegli almeno un ruolo."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La password deve avere almeno {minimum} caratteri (ne ha {length}). Una frase di "
                           "qualche parola è facile da ricordare."),
    "password.too_long": QT_TRANSLATE_NOOP("ServiceMessages",
                                           "La password può avere al massimo {maximum} caratteri."),
    "password.spaces": QT_TRANSLATE_NOOP("ServiceMessages", "La password non può iniziare o finire con uno spazio."),
    "password.contains_username": QT_TRANSLATE_NOOP("ServiceMessages",
                                                    "La password non può contenere il nome utente."),
    "password.unchanged": QT_TRANSLATE_NOOP("ServiceMessages",
                                            "La nuova password deve essere diversa da quella attuale."),
    "admin.backup_on_server": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il database è su un server PostgreSQL: le copie di sicurezza si fanno sul server "
                           "con pg_dump (vedi il README, sezione PostgreSQL)."),
    "admin.restore_database_in_use": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il file indicato è il database in uso: scegli una copia di sicurezza."),
    "admin.database_unavailable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Impossibile aprire il database ({where}). Se è su un server, controlla che sia "
                           "acceso e raggiungibile e che utente e password siano giusti; se è un file, che "
                           "la cartella esista e sia scrivibile."),
    "evaluation.missing_declaration": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{member}: dichiarazione sul conflitto di interessi"),
    "evaluation.missing_criteria": QT_TRANSLATE_NOOP("ServiceMessages", "{member}: criteri {criteria}"),
    "evaluation.no_member_left": QT_TRANSLATE_NOOP(
        "ServiceMessages", "tutti i componenti hanno dichiarato un conflitto di interessi"),
    "record.stale": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il record è stato modificato da {user} alle {time} del {day}: ricarica per vedere la "
                           "versione attuale e ripeti le modifiche."),
}
TEXTS.update(DETAIL_TEXTS)
TEXTS.update(PROCEDURE_TEXTS)
for _line in (NETWORK_TEXTS, FLEXWORK_TEXTS, FIELD_TEXTS, EVENTS_TEXTS, WELFARE_TEXTS):
    TEXTS.update(_line)
TEXTS.update(REGISTRY_TEXTS)  # registry, imports, document register, administration, demo
# Parameters that hold a domain label (an occupational status): translated as the label they are; and those
# holding several, joined by "; " (the requirements a check found unmet).
LABEL_PARAMS = ("status", "status_label", "old_label", "new_label", "target_label", "period", "label", "doing",
                "what", "kind_name", "signer", "signer_fiscal_code", "kind_label")
LABEL_LIST_PARAMS = ("failed",)
# Italian words some services put in a parameter (not a domain enum's label): here for lupdate, worded by domain_tr.
FRAGMENTS = (
    QT_TRANSLATE_NOOP("Dominio", "fascia di contattabilità"), QT_TRANSLATE_NOOP("Dominio", "fascia di disconnessione"),
    QT_TRANSLATE_NOOP("Dominio", "un kit da campo"), QT_TRANSLATE_NOOP("Dominio", "un pacchetto di rientro"),
    QT_TRANSLATE_NOOP("Dominio", "di un altro tipo"),
    QT_TRANSLATE_NOOP("Dominio", "modificarlo: crea una modifica (nuova versione)"),
    QT_TRANSLATE_NOOP("Dominio", "cambiarne il testo: crea una modifica (nuova versione)"),
    QT_TRANSLATE_NOOP("Dominio", "mandarlo in firma"),
    QT_TRANSLATE_NOOP("Dominio", "modificarlo (solo un accordo in vigore si modifica)"),
    QT_TRANSLATE_NOOP("Dominio", "chiuderlo o rinnovarlo"),
    QT_TRANSLATE_NOOP("Dominio", "firmatario sconosciuto"), QT_TRANSLATE_NOOP("Dominio", "senza codice fiscale"),
    QT_TRANSLATE_NOOP("Dominio", "Contributi"),
    # what a registry field is called where its text is too long (registry.too_long) and the backup settings
    QT_TRANSLATE_NOOP("Dominio", "Il cognome"), QT_TRANSLATE_NOOP("Dominio", "Il nome"),
    QT_TRANSLATE_NOOP("Dominio", "Il luogo di nascita"), QT_TRANSLATE_NOOP("Dominio", "Il telefono"),
    QT_TRANSLATE_NOOP("Dominio", "L'indirizzo"), QT_TRANSLATE_NOOP("Dominio", "Il nome del comune"),
    QT_TRANSLATE_NOOP("Dominio", "Il nome dell'ente"), QT_TRANSLATE_NOOP("Dominio", "La denominazione"),
    QT_TRANSLATE_NOOP("Dominio", "La forma giuridica"), QT_TRANSLATE_NOOP("Dominio", "Il ruolo del referente"),
    QT_TRANSLATE_NOOP("Dominio", "La cittadinanza"),
    QT_TRANSLATE_NOOP("Dominio", "Copie più recenti da tenere"),
    QT_TRANSLATE_NOOP("Dominio", "Giorni con una copia al giorno"),
    QT_TRANSLATE_NOOP("Dominio", "Settimane con una copia a settimana"),
    QT_TRANSLATE_NOOP("Dominio", "Avviso dopo quanti giorni senza copia"),
)


def said(text: str) -> str:
    """A text a service put in a DTO, in the interface's language when it carries its code (CodedText), part by
    part when it joins coded texts (CodedList)."""
    if isinstance(text, CodedText):
        return coded_text(text.code, text.params, str(text))
    if isinstance(text, CodedList):
        return text.separator.join(said(part) for part in text.parts)
    return text


def coded_text(code: str, params: dict, fallback: str) -> str:
    """`code` worded in the interface's language with `params`; `fallback` (the Italian as stored) for a code
    this catalogue does not know."""
    return _worded(code, params, fallback) if code else fallback


def _label_param(name: str, value):
    if isinstance(value, CodedText | CodedList):  # coded texts inside a coded message
        return said(value)
    if name in LABEL_PARAMS and value:
        return domain_tr(value)
    if name in LABEL_LIST_PARAMS and value:
        return "; ".join(domain_tr(part) for part in str(value).split("; "))
    return value


def _worded(code: str, params: dict, fallback: str) -> str:
    template = TEXTS.get(code)
    if not template:
        return fallback
    params = {name: _label_param(name, value) for name, value in params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder: Italian, not a crash
        return fallback


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError) and error.code:
        return _worded(error.code, error.params, str(error))
    return str(error)


def field_error_text(item: FieldError) -> str:
    return _worded(item.code, item.params, item.message) if item.code else item.message
