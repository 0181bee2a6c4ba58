"""`equilibri-admin`: create, check, back up, restore and migrate the database from the command line."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from equilibri_desktop import APP_NAME, __version__
from equilibri_desktop.cli import access_commands as access
from equilibri_desktop.cli import commands
from equilibri_desktop.cli.field_commands import add_field_commands
from equilibri_desktop.cli.import_command import add_import_command
from equilibri_desktop.cli.specimens_command import add_specimens_command
from equilibri_desktop.config import AppConfig, resolve_config
from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.logging_setup import setup_logging

log = logging.getLogger(__name__)

EXIT_UNEXPECTED = 2
Handler = Callable[[AppConfig, argparse.Namespace], int]


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001 - argparse signature
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "Uso: ")


# argparse writes its errors in English; these cover what an administrator can mistype.
_ARGPARSE_PHRASES = (
    ("the following arguments are required", "mancano gli argomenti obbligatori"),
    ("unrecognized arguments", "argomenti non riconosciuti"),
    ("invalid choice", "scelta non valida"),
    ("choose from", "scegli tra"),
    ("expected one argument", "serve un valore"),
    ("argument ", "argomento "),
)


class _ItalianParser(argparse.ArgumentParser):
    """Usage errors in Italian, and options listed under Italian headings."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, add_help=False, formatter_class=_Formatter, **kwargs)
        # Options go into named groups: argparse leaves its own English-titled groups empty and hides them.
        self.arguments = self.add_argument_group("argomenti")
        self.options = self.add_argument_group("opzioni")
        self.options.add_argument("-h", "--help", action="help", help="mostra questo aiuto ed esce")

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, italian in _ARGPARSE_PHRASES:
            message = message.replace(english, italian)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: errore: {message}\n")


def _add_location_options(parser: _ItalianParser, default: object) -> None:
    parser.options.add_argument("--data-dir", metavar="CARTELLA", default=default,
                                help="cartella dei dati, delle copie e dei log (oppure EQUILIBRI_DATA_DIR)")
    parser.options.add_argument("--database-url", metavar="URL", default=default,
                                help="database PostgreSQL invece del file locale (oppure EQUILIBRI_DATABASE_URL)")


def build_parser() -> argparse.ArgumentParser:
    parser = _ItalianParser(prog="equilibri-admin", description=f"Amministrazione del database di {APP_NAME}.")
    parser.options.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                                help="mostra la versione ed esce")
    _add_location_options(parser, default=None)
    sub = parser.add_subparsers(dest="command", title="comandi", metavar="COMANDO", parser_class=_ItalianParser)

    def command(name: str, handler: Handler | None, help_text: str, within=sub) -> _ItalianParser:
        child = within.add_parser(name, help=help_text, description=help_text)
        # Also accepted after the command name; SUPPRESS keeps a value given before it.
        _add_location_options(child, default=argparse.SUPPRESS)
        if handler is not None:  # None: a group whose sub-commands carry the handlers
            child.set_defaults(handler=handler)
        return child

    init = command("init", commands.cmd_init, "crea il database o lo aggiorna all'ultima versione")
    init.options.add_argument("--demo", action="store_true",
                              help="inserisce anche i dati dimostrativi (solo in un database vuoto)")
    command("check", commands.cmd_check, "controlla integrità e versione dello schema")
    backup = command("backup", commands.cmd_backup, "scrive una copia di sicurezza del database")
    backup.options.add_argument("--to", metavar="FILE", help="file o cartella di destinazione")
    restore = command("restore", commands.cmd_restore,
                      "sostituisce il database con una copia controllata (salvando prima quello attuale)")
    restore.arguments.add_argument("file", metavar="FILE", help="la copia di sicurezza da ripristinare")
    command("migrate", commands.cmd_migrate, "aggiorna lo schema del database (dopo una copia di sicurezza)")
    add_import_command(command)
    add_specimens_command(command)
    add_field_commands(command)
    _add_access_commands(command)
    return parser


def _add_access_commands(command: Callable[..., _ItalianParser]) -> None:
    """`users add|list|disable|enable|reset-password` and `audit verify`: a group, then its commands."""
    users = command("users", None, "gestisce gli utenti che accedono al programma")
    users_sub = users.add_subparsers(dest="subcommand", title="comandi", metavar="COMANDO", required=True,
                                     parser_class=_ItalianParser)
    add = command("add", access.cmd_users_add, "crea un utente", users_sub)
    add.arguments.add_argument("username", metavar="UTENTE", help="nome utente (es. mario.rossi)")
    add.options.add_argument("--name", required=True, metavar="NOME", help="nome e cognome")
    add.options.add_argument("--role", action="append", choices=[r.value for r in Role], metavar="RUOLO",
                             help="ruolo (ripetibile): " + ", ".join(r.value for r in Role))
    add.options.add_argument("--protected", action="store_true", help="concede il permesso \"dati protetti\"")
    how = add.options.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="legge la password dallo standard input")
    how.add_argument("--temporary", action="store_true", help="genera e mostra una password temporanea")
    command("list", access.cmd_users_list, "elenca gli utenti", users_sub)
    for name, handler, text in (
            ("disable", access.cmd_users_disable, "disattiva un utente (non potrà più accedere)"),
            ("enable", access.cmd_users_enable, "riattiva un utente disattivato"),
            ("reset-password", access.cmd_users_reset_password,
             "assegna una password temporanea (da cambiare al primo accesso) e toglie il blocco")):
        command(name, handler, text, users_sub).arguments.add_argument("username", metavar="UTENTE")
    audit = command("audit", None, "registro delle attività")
    audit_sub = audit.add_subparsers(dest="subcommand", title="comandi", metavar="COMANDO", required=True,
                                     parser_class=_ItalianParser)
    command("verify", access.cmd_audit_verify, "controlla che il registro non sia stato alterato", audit_sub)


def _start_logging(config: AppConfig) -> Path | None:
    """The program's log file in the data folder, or a temporary folder if that is not writable."""
    for folder in (config.log_dir, Path(tempfile.gettempdir()) / "equilibri-admin"):
        try:
            return setup_logging(folder)
        except OSError:
            continue
    return None


def _stop_logging(path: Path | None) -> None:
    """Close our log file, so repeated `main()` calls (tests) do not pile up open handlers."""
    if path is None:
        return
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version or a usage error: argparse has printed why
        return exc.code if isinstance(exc.code, int) else commands.EXIT_FAILURE
    if args.command is None:
        parser.print_help(sys.stderr)
        return commands.EXIT_FAILURE
    log_path: Path | None = None
    try:
        config = resolve_config(args.data_dir, args.database_url)
        # `check` only reads: it must not create folders in a data folder that may not exist.
        if args.command != "check":
            log_path = _start_logging(config)
            log.info("equilibri-admin %s on %s", args.command, "sqlite" if config.is_sqlite else "postgresql")
        code = args.handler(config, args)
        log.info("equilibri-admin %s finished with exit code %d", args.command, code)
        return code
    except DomainError as exc:
        log.info("equilibri-admin %s refused: %s", args.command, type(exc).__name__)
        commands.complain(f"Errore: {exc}")
        return commands.EXIT_FAILURE
    except KeyboardInterrupt:
        commands.complain("Operazione interrotta.")
        return commands.EXIT_FAILURE
    except Exception as exc:
        if log_path is None:
            try:
                log_path = _start_logging(resolve_config(args.data_dir, args.database_url))
            except Exception:  # the configuration itself failed: the message below still goes out
                log_path = None
        log.exception("equilibri-admin %s failed", args.command)
        where = f"I dettagli tecnici sono nel file di log {log_path}." if log_path else "Nessun file di log scrivibile."
        commands.complain(f"Errore imprevisto durante '{args.command}' ({type(exc).__name__}). {where}")
        return EXIT_UNEXPECTED
    finally:
        _stop_logging(log_path)


if __name__ == "__main__":
    sys.exit(main())
