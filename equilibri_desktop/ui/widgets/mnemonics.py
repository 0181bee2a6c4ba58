"""Alt+letter mnemonics as the user meets them: only what is on screen in one window counts.

Qt gives an Alt+letter to a button's "&" letter, to a label's when it has a buddy, to a group box
title, to each tab and to each menu of the menu bar. Two visible owners of one letter make it
ambiguous: the key then only moves the focus between them and never presses the button. Wizards
show their own buttons over pages written separately (and translated separately), so they move a
button's letter when a page already uses it (`WizardMnemonics`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget, QWizard

from equilibri_desktop.ui.i18n import tr

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _owners(window: QWidget):
    """(text, description) of every mnemonic owner visible in `window`."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton):
            yield widget.text(), name
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text(), name
        elif isinstance(widget, QGroupBox):
            yield widget.title(), name
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget.tabText(index), f"{name} tab {index}"
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    yield action.text(), f"menu {action.text()}"


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """letter → the visible widgets that use it (a label only with a buddy: without, Alt does nothing)."""
    letters: dict[str, list[str]] = defaultdict(list)
    for text, description in _owners(window):
        letter = mnemonic(text)
        if letter:
            letters[letter].append(f"{description} ({text!r})")
    return dict(letters)


def literal(text: str) -> str:
    """`text` shown as is on a button: a name like "Rossi & Figli" must not make Alt+F."""
    return text.replace("&", "&&")


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: owners for letter, owners in visible_mnemonics(window).items() if len(owners) > 1}


def with_free_mnemonic(text: str, taken: set[str]) -> str:
    """`text` keeping its letter if free, else marking the first free letter (none if all are taken)."""
    letter = mnemonic(text)
    if letter is None or letter not in taken:
        return text
    plain = text.replace("&&", "\0").replace("&", "")
    for position, char in enumerate(plain):
        if char.isalnum() and char.lower() not in taken:
            plain = plain[:position] + "&" + plain[position:]
            break
    return plain.replace("\0", "&&")


class WizardMnemonics:
    """Keeps the wizard's Back/Next/Commit/Finish/Cancel letters off those of the page shown."""

    # The step forward keeps its letter first (on a commit page "&Importa" beats "< &Indietro").
    BUTTONS = (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton,
               QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
               QWizard.WizardButton.CancelButton)

    def __init__(self, wizard: QWizard):
        self.wizard = wizard
        wizard.currentIdChanged.connect(lambda _id: self.update())

    def update(self) -> None:
        wizard = self.wizard
        page = wizard.currentPage()
        if page is None:
            return
        # The page's own letters, read on the page: while the wizard opens it is not shown yet.
        taken = set(visible_mnemonics(page))
        for which in self.BUTTONS:
            text = with_free_mnemonic(page.buttonText(which), taken)  # the page's own, else the wizard's
            if (letter := mnemonic(text)) is not None:
                taken.add(letter)
            wizard.button(which).setText(text)



def label_wizard_buttons(wizard: QWizard) -> WizardMnemonics:
    """Our words on the wizard's buttons (the same in every wizard, whatever Qt's catalogue says), their
    letters kept off each page's."""
    for which, text in ((QWizard.WizardButton.BackButton, tr("< &Indietro")),
                        (QWizard.WizardButton.NextButton, tr("A&vanti >")),
                        (QWizard.WizardButton.FinishButton, tr("&Fine")),
                        (QWizard.WizardButton.CancelButton, tr("Annulla"))):
        wizard.setButtonText(which, text)
    return WizardMnemonics(wizard)
