"""The laptop's own database: SQLCipher (AES-256 on every page) through `sqlcipher3`, keyed from the kit's
passphrase with scrypt. A stolen laptop holds one file that reveals nothing without the passphrase.

Every confirmed record is its own committed transaction with `synchronous=FULL`: once the clerk sees it in
the list, a crash or a power cut cannot take it back.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.field.errors import DamagedPackageError, WrongPassphraseError
from equilibri_desktop.domain.field.sealing import derive_key
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.session import make_session_factory

FOLDER = "campo"


def database_path(data_dir: Path, kit_uuid: str) -> Path:
    return data_dir / FOLDER / f"{kit_uuid}.sqlite3"


def _salt(path: Path) -> bytes:
    """The scrypt salt sits beside the database (a salt is no secret); a new database gets a new one."""
    salt_file = path.with_suffix(".salt")
    if salt_file.exists():
        return salt_file.read_bytes()
    salt = os.urandom(16)
    salt_file.parent.mkdir(parents=True, exist_ok=True)
    salt_file.write_bytes(salt)
    return salt


def encrypted_engine(path: Path, passphrase: str) -> Engine:
    import sqlcipher3

    key = derive_key(passphrase, _salt(path)).hex()

    def connect():
        connection = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10)
        connection.execute(f"PRAGMA key = \"x'{key}'\"")  # a raw key: scrypt already did the stretching
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    return create_engine("sqlite://", creator=connect, hide_parameters=True)


def open_local(data_dir: Path, kit_uuid: str, passphrase: str, username: str) -> tuple[Database, bool]:
    """(the laptop database, True when it was just created). A wrong passphrase or a damaged file is refused."""
    import sqlcipher3
    from sqlalchemy.exc import DatabaseError

    path = database_path(data_dir, kit_uuid)
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists()
    engine = encrypted_engine(path, passphrase)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except (DatabaseError, sqlcipher3.DatabaseError) as exc:
        engine.dispose()
        if "not a database" in str(exc):
            raise WrongPassphraseError() from exc
        raise DamagedPackageError(code="field.local_db.unreadable") from exc
    if fresh or migrate.needs_upgrade(engine):
        migrate.upgrade(engine)
    config = AppConfig(data_dir=data_dir, database_url=f"sqlite:///{path.as_posix()}")
    from equilibri_desktop.domain.access import unrestricted_actor

    db = Database(config=config, engine=engine, sessions=make_session_factory(engine),
                  actor=unrestricted_actor(username))
    return db, fresh


def remove_local(data_dir: Path, kit_uuid: str) -> None:
    """After the office's receipt: the database, its journal and its salt."""
    path = database_path(data_dir, kit_uuid)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.with_suffix(".salt").unlink(missing_ok=True)


def check_field_libraries(folder: Path) -> None:
    """For the program's self-test: an encrypted database can be written and its file is not plain SQLite,
    and the names' fuzzy comparison is there. Raises RuntimeError otherwise."""
    from rapidfuzz import fuzz

    path = folder / "prova.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = encrypted_engine(path, "prova-del-programma")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE prova (valore TEXT)"))
            connection.execute(text("INSERT INTO prova VALUES ('cifrato')"))
    finally:
        engine.dispose()
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError("il database del portatile non è cifrato")
    if fuzz.ratio("Rossi Maria", "Rosi Maria") < 80:
        raise RuntimeError("confronto dei nomi non disponibile")
