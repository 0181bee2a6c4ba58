"""`equilibri-admin specimens OUTDIR`: one document of every kind, for an office to review its templates."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from equilibri_desktop.cli.commands import EXIT_OK, say
from equilibri_desktop.config import AppConfig
from equilibri_desktop.services.documents import specimens


def add_specimens_command(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the sub-command through admin.py's `command()` helper."""
    parser = command("specimens", cmd_specimens,
                     "genera un esemplare di ogni documento (carta intestata, determinazione, allegati, lettere, "
                     "verbale) per controllarne i modelli; il database non viene modificato")
    parser.arguments.add_argument("outdir", metavar="CARTELLA", help="dove scrivere i PDF (creata se manca)")


def cmd_specimens(config: AppConfig, args: argparse.Namespace) -> int:
    outdir = Path(args.outdir).expanduser().resolve()
    result = specimens.render_specimens(config, outdir)
    say(f"Esemplari scritti in {outdir}:")
    for path in result.paths:
        say(f"  {path.name}")
    if result.letterhead_from_database:
        say("Carta intestata: i dati dell'ente salvati nel programma.")
    else:
        say("Carta intestata: dati di esempio (l'ente non è ancora configurato in Amministrazione › Ente e progetto).")
    origin = "dal database" if result.call_from_database else "di esempio"
    say(f"Bando {origin}: {result.call_title}. Le richiedenti sono sempre fittizie.")
    return EXIT_OK
