"""Anagrafiche: people and organisations, each one screen (list ⇄ detail ⇄ form) for the navigation.

The factories import the screens lazily, like the navigation's own, so the registry costs nothing
until it is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from equilibri_desktop.ui.context import AppContext


def people_screen(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.registry.screens import PeopleScreen

    return PeopleScreen(ctx)


def organisations_screen(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.registry.screens import OrganisationsScreen

    return OrganisationsScreen(ctx)
