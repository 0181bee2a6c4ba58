"""`equilibri-admin users …` and `audit verify`: accounts and the audit trail, as the machine's administrator."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from equilibri_desktop.cli.commands import EXIT_FAILURE, EXIT_OK, _database_file, _refuse_damaged, complain, say
from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.access import audit_anchors, audit_reports, user_admin, users
from equilibri_desktop.services.admin.database import Database, connect, default_user, schema_is_current


@contextmanager
def _open(config: AppConfig) -> Iterator[Database]:
    """The database at the current schema, acting as "cli:<OS user>" (what the audit trail shows)."""
    if config.is_sqlite and _database_file(config) is None:
        raise DomainError(f"Nessun database in {config.database_path}: esegui 'equilibri-admin init'.")
    _refuse_damaged(config)
    db = connect(config, user=f"cli:{default_user()}")
    try:
        if not schema_is_current(db):
            raise DomainError("Lo schema del database va aggiornato: esegui prima 'equilibri-admin migrate'.")
        yield db
    finally:
        db.dispose()


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password del nuovo utente: ")
    if getpass.getpass("Ripeti la password: ") != first:
        raise DomainError("Le due password non coincidono: nessun utente creato.")
    return first


def cmd_users_add(config: AppConfig, args: argparse.Namespace) -> int:
    roles = args.role or []
    with _open(config) as db:
        first = not users.has_users(db)
        if first and Role.AMMINISTRATORE.value not in roles:
            raise DomainError("Il primo utente deve essere un amministratore: aggiungi --role amministratore.")
        password = None if args.temporary else _read_password(args)
        # A password typed by the administrator for someone else is temporary too: only the user may know
        # the final one. The very first user is the administrator creating their own account.
        created = user_admin.create_user(db, args.username, args.name, roles, protected_data=args.protected,
                                         password=password, must_change_password=not first)
    say(f"Utente {created.user.username} creato: {created.user.role_labels}"
        f"{' + dati protetti' if created.user.protected_data else ''}.")
    if created.temporary_password:
        say(f"Password temporanea: {created.temporary_password}")
    if created.user.must_change_password:
        say("La password va cambiata al primo accesso.")
    return EXIT_OK


def _state(info: users.UserInfo) -> str:
    if not info.active:
        return "disattivato"
    if info.locked_until and info.locked_until > utc_now():
        return "bloccato"
    return "da cambiare password" if info.must_change_password else "attivo"


def cmd_users_list(config: AppConfig, _args: argparse.Namespace) -> int:
    with _open(config) as db:
        found = user_admin.list_users(db)
    if not found:
        say("Nessun utente: crea l'amministratore con 'equilibri-admin users add NOME --name \"…\" "
            "--role amministratore'.")
        return EXIT_OK
    say(f"{'UTENTE':<22} {'NOME':<28} {'STATO':<21} {'ULTIMO ACCESSO':<17} RUOLI")
    for info in found:
        last = info.last_login_at.astimezone().strftime("%d/%m/%Y %H:%M") if info.last_login_at else "mai"
        roles = info.role_labels + (" + dati protetti" if info.protected_data else "")
        say(f"{info.username:<22} {info.display_name[:28]:<28} {_state(info):<21} {last:<17} {roles}")
    return EXIT_OK


def cmd_users_disable(config: AppConfig, args: argparse.Namespace) -> int:
    with _open(config) as db:
        info = user_admin.disable_user(db, args.username)
    say(f"Utente {info.username} disattivato: non potrà più accedere (le sue attività restano nel registro).")
    return EXIT_OK


def cmd_users_enable(config: AppConfig, args: argparse.Namespace) -> int:
    with _open(config) as db:
        info = user_admin.enable_user(db, args.username)
    say(f"Utente {info.username} riattivato.")
    return EXIT_OK


def cmd_users_reset_password(config: AppConfig, args: argparse.Namespace) -> int:
    with _open(config) as db:
        temporary = user_admin.reset_password(db, args.username)
    say(f"Password temporanea per {args.username.strip().lower()}: {temporary}")
    say("Consegnala di persona: va cambiata al primo accesso. L'eventuale blocco per tentativi è tolto.")
    return EXIT_OK


def cmd_audit_verify(config: AppConfig, _args: argparse.Namespace) -> int:
    with _open(config) as db:
        result = audit_reports.verify_chain(db)
        anchors, contradicted = audit_anchors.compare_with_anchors(db)
    if result.ok and contradicted:
        # Each entry still follows from the one before, but the chain disagrees with what was written
        # outside the database: entries were deleted at the end, or rewritten and the chain recomputed.
        complain(f"PROBLEMA: il registro delle attività non corrisponde a {len(contradicted)} delle {anchors} "
                 "ancore conservate fuori dal database:")
        for problem in contradicted:
            complain(f"- {problem}")
        return EXIT_FAILURE
    if result.ok:
        say(f"Registro delle attività integro: {result.checked} voci controllate.")
        say(f"Confrontato con {anchors} ancore fuori dal database (copie, file delle ancore, documenti): "
            "tutte corrispondono." if anchors else "Nessuna ancora fuori dal database da confrontare "
            "(si scrivono a ogni copia di sicurezza e in ogni documento).")
        if result.last_id:
            say(f"Ultima voce n. {result.last_id}, impronta {result.last_hash}")
        return EXIT_OK
    complain(f"PROBLEMA: il registro delle attività è stato alterato alla voce n. {result.first_broken_id}: "
             f"{result.reason}.")
    complain(f"Le {result.checked} voci precedenti sono integre.")
    return EXIT_FAILURE
