"""The areas of work and their screens. An area is listed only when it has real screens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from equilibri_desktop.ui.context import AppContext

# Every area of the product, in menu order; those without screens stay hidden.
AREAS = (
    QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"),
    QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
    QT_TRANSLATE_NOOP("Navigation", "Lavoro agile"),
    QT_TRANSLATE_NOOP("Navigation", "Rete e accordi"),
    QT_TRANSLATE_NOOP("Navigation", "Consulenza PMI"),
    QT_TRANSLATE_NOOP("Navigation", "Eventi"),
    QT_TRANSLATE_NOOP("Navigation", "Report"),
    QT_TRANSLATE_NOOP("Navigation", "Amministrazione"),
)


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    area: str  # one of AREAS, or "" for the home page
    title: str
    factory: Callable[[AppContext], QWidget]


def _home(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.home.home_page import HomePage

    return HomePage(ctx)


def _organisation(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.admin.organisation_settings import (
        OrganisationSettingsScreen,
    )

    return OrganisationSettingsScreen(ctx)


def _backups(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.admin.backups import BackupsScreen

    return BackupsScreen(ctx)


SCREENS = (
    ScreenEntry("home", "", QT_TRANSLATE_NOOP("Navigation", "Home"), _home),
    ScreenEntry("organisation", "Amministrazione", QT_TRANSLATE_NOOP("Navigation", "Ente e progetto"), _organisation),
    ScreenEntry("backups", "Amministrazione", QT_TRANSLATE_NOOP("Navigation", "Copie di sicurezza"), _backups),
)


def visible_areas() -> list[str]:
    used = {entry.area for entry in SCREENS}
    return [area for area in AREAS if area in used]

