"""The grant letters of a batch as one PDF to print at once: the registered documents, checked against their
SHA-256, joined in ranking order into a printing copy (not registered: each letter keeps its own number)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

import pikepdf

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents import register as document_register

PRINT_FOLDER = "stampe"  # under the data folder: copies to print, safe to delete


def combine_for_printing(db: Database, documents: Sequence[uuid.UUID], name: str) -> Path:
    """One PDF with every page of `documents`, in the order given; returns its path."""
    db.require(Permission.GRANTS_READ)
    folder = db.config.data_dir / PRINT_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}_{office_now():%Y%m%d_%H%M%S}.pdf"
    with pikepdf.new() as combined:
        for path in document_register.document_paths(db, list(documents)):  # read and checked in one go
            with pikepdf.open(path) as part:
                combined.pages.extend(part.pages)
        combined.save(target)
    return target
