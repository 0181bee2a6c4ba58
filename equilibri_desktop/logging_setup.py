"""Rotating log file in the data folder. Log record ids and counts, never personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from equilibri_desktop.log_scrub import ScrubbingFormatter

LOG_FILENAME = "equilibri.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(ScrubbingFormatter(_FORMAT))  # error texts quote values: masked here
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per migration step is noise
    return path
