"""Schema versions: upgrade to head, and refuse a database written by a newer app.

Alembic costs ~100 ms to import, a third of a start-up budget, so the everyday check ("already at
head?") reads the revision graph from the migration files and the version table directly, and
Alembic is imported only when there is something to migrate. A test keeps both readings equal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import Engine, inspect, text

from equilibri_desktop.domain.errors import DatabaseTooNewError
from equilibri_desktop.paths import migrations_dir

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, str | None]:
    graph = {}
    for path in (migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision:
            down = _DOWN_REVISION.search(source)
            graph[revision.group(1)] = down.group(1) if down else None
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"le migrazioni hanno {len(heads)} teste: {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_not_newer(engine: Engine) -> None:
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            "Il database è stato aggiornato da una versione più recente di Equilibri Desktop "
            f"(schema {current}). Installa l'ultima versione del programma: questa non può aprirlo "
            "senza rischiare di danneggiare i dati."
        )


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    ensure_not_newer(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
