"""Where the data lives: data folder, database URL, backups and logs, from options or environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from equilibri_desktop import APP_ID

DATA_DIR_ENV = "EQUILIBRI_DATA_DIR"
DATABASE_URL_ENV = "EQUILIBRI_DATABASE_URL"
DATABASE_FILENAME = "equilibri.sqlite3"


@dataclass(frozen=True)
class AppConfig:
    data_dir: Path
    database_url: str

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None on a database server."""
        if not self.is_sqlite:
            return None
        return Path(self.database_url.split("///", 1)[1])

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documenti"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "interfaccia.ini"

    @property
    def database_label(self) -> str:
        """Human description of the database without credentials."""
        if self.is_sqlite:
            return str(self.database_path)
        rest = self.database_url.split("://", 1)[-1]
        return "PostgreSQL " + rest.rsplit("@", 1)[-1]

    def ensure_folders(self) -> None:
        for folder in (self.data_dir, self.backup_dir, self.log_dir, self.documents_dir):
            folder.mkdir(parents=True, exist_ok=True)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def resolve_config(data_dir: str | os.PathLike | None = None, database_url: str | None = None) -> AppConfig:
    """Options win over environment variables, which win over the platform defaults."""
    folder = data_dir or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    folder = Path(folder).expanduser().resolve()
    url = database_url or os.environ.get(DATABASE_URL_ENV)
    if not url:
        url = f"sqlite:///{(folder / DATABASE_FILENAME).as_posix()}"
    elif url.startswith("postgresql://") or url.startswith("postgres://"):
        # Always the psycopg 3 driver: psycopg2 is not shipped.
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return AppConfig(data_dir=folder, database_url=url)
