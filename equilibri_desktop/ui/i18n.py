"""The one translation helper of the UI code.

`pyside6-lupdate` files every `tr("…")` call of a Python module under the empty context, so the
helper looks strings up there; `.ui` forms keep their own per-form contexts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
