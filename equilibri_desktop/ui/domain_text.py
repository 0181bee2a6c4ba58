"""The labels of the domain's closed lists (statuses, kinds, roles, outcomes…) in the interface language.

The domain keeps them in Italian, the language of the office's acts and documents, which never change with
the interface. Screens show them through `domain_tr`, which looks them up in the catalogue under one context;
lupdate finds them in domain_catalogue.py, which scripts/translations.py writes from the domain's enums.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Dominio"


def domain_tr(label: str | None) -> str:
    return QCoreApplication.translate(CONTEXT, label) if label else ""


def domain_choices(choices) -> list[tuple[str, str]]:
    """(code, label) pairs of a domain list, labels in the interface language."""
    return [(code, domain_tr(label)) for code, label in choices]
