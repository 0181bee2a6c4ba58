"""The bundled DejaVu fonts, registered once, so every PDF embeds its fonts and never uses Helvetica."""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from equilibri_desktop.paths import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FAMILY = REGULAR

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts and the family (so <b> and <i> work in Paragraphs); safe to call often."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = font_path(filename)
            if not path.is_file():
                raise FileNotFoundError(f"Font mancante nell'installazione: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # No bold-oblique face is bundled: bold is the better fallback for <b><i> in acts.
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        # A canvas opens every page with its base font: left at Helvetica it is referenced but never
        # embedded, which PDF/A forbids.
        rl_config.canvas_basefontname = REGULAR
        # Tables set their cell font even around Paragraph cells, from a default bound to Helvetica
        # when ReportLab was imported: change the default so no table can slip it in.
        CellStyle.fontname = REGULAR
        _registered = True
