"""What a worker process of a document batch runs: one document drawn into a synced hidden file.

Kept apart from the batch itself so that a worker loads ReportLab and the document builders only, not the
database layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from equilibri_desktop.documents import pdfa
from equilibri_desktop.services.documents.files import StagedFile, stage


@dataclass(frozen=True)
class Drawing:
    """One document to draw: `builder(data, profile, path)` writes the PDF.

    `builder` must be a module-level function and `data`, `profile` plain picklable values."""

    builder: Callable[[Any, Any, Path], object]
    data: Any
    profile: Any


def draw(target: Path, drawing: Drawing, anchor: str) -> StagedFile:
    """The document drawn into a synced hidden file beside `target` (in a worker process, or inline)."""
    with pdfa.rendering_for_register(anchor):
        return stage(target, lambda temp: drawing.builder(drawing.data, drawing.profile, temp))


def warm_up() -> None:
    """Each worker loads ReportLab, the fonts and the compressed sRGB profile before its first document, not
    during it."""
    from equilibri_desktop.documents.fonts import register_fonts
    from equilibri_desktop.documents.pdfa_canvas import compressed_srgb

    register_fonts()
    compressed_srgb()
