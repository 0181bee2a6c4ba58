"""What the tabs of the call form share: a tab loads its own form (`FORM`, the inputs it drives found there by
name), fills them from a CallInput (`load`), reads back the CallInput fields it edits (`collect`), says what its
inputs know is wrong before the service is asked (`problems`) and turns read-only; the page only places its
`widget` and tells it what to do. Opening and closing are typed in Rome time and stored in UTC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from types import SimpleNamespace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.domain.office_time import OFFICE_TZ, office_time
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.input_watch import input_problems
from equilibri_desktop.ui.widgets.money_edit import DecimalEdit

NOON = QTime(12, 0)
Edited = Callable[[str], None]  # told the CallInput field a change touched


def to_utc(day: date | None, clock: QTime) -> datetime | None:
    if day is None:
        return None
    local = datetime.combine(day, time(clock.hour(), clock.minute()))
    return local.replace(tzinfo=OFFICE_TZ).astimezone(UTC)


def from_utc(moment: datetime | None) -> tuple[date | None, QTime]:
    if moment is None:
        return None, NOON
    local = office_time(moment)
    return local.date(), QTime(local.hour, local.minute)


class CallTab:
    """The plain inputs a tab declares by kind (each named `<field>_edit` after its CallInput field); a tab adds
    its own tables and choices in the `_own` methods."""

    TITLE = ""  # the tab's title (the page translates it: tr() needs the literal there)
    FORM = ""  # the tab's own form under forms/, e.g. "grants/call_general_tab"
    WIDGETS: dict[str, type] = {}  # set from the declarations below: what tests/ui/test_forms.py checks
    TEXTS: tuple[str, ...] = ()
    PLAINS: tuple[str, ...] = ()
    DATES: tuple[str, ...] = ()
    MONEY: tuple[str, ...] = ()
    DECIMALS: tuple[str, ...] = ()
    OWN_WIDGETS: dict[str, type] = {}  # the tab's other named widgets

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.WIDGETS = cls.widgets()

    def __init__(self, edited: Edited, parent: QWidget | None = None):
        self.widget = load_form(self.FORM, parent)
        self._edited = edited
        # The tab's named widgets, as `tab.ui.<name>`.
        self.ui = SimpleNamespace(**{name: child(self.widget, cls, name) for name, cls in self.WIDGETS.items()})

    @classmethod
    def widgets(cls) -> dict[str, type]:
        """The named widgets the tab drives, for the form's widget list (tests/ui/test_forms.py checks it)."""
        return {**{f"{name}_edit": QLineEdit for name in cls.TEXTS + cls.DATES + cls.MONEY + cls.DECIMALS},
                **{f"{name}_edit": QPlainTextEdit for name in cls.PLAINS}, **cls.OWN_WIDGETS}

    def edit(self, name: str):
        return child(self.widget, QWidget, f"{name}_edit")

    def load(self, values: CallInput) -> None:
        for name in self.TEXTS:
            self.edit(name).setText(getattr(values, name))
        for name in self.PLAINS:
            self.edit(name).setPlainText(getattr(values, name))
        for name in self.DATES:
            self.edit(name).setDate(getattr(values, name))
        for name in self.MONEY:
            self.edit(name).set_cents(getattr(values, name) or None)
        for name in self.DECIMALS:
            self.edit(name).setValue(getattr(values, name))
        self._load_own(values)
        for edit in self.widget.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long titles show their beginning

    def collect(self) -> dict[str, object]:
        return {**{name: self.edit(name).text() for name in self.TEXTS},
                **{name: self.edit(name).toPlainText() for name in self.PLAINS},
                **{name: self.edit(name).date() for name in self.DATES},
                **{name: self.edit(name).cents() or 0 for name in self.MONEY},
                **{name: self.edit(name).value() for name in self.DECIMALS}, **self._collect_own()}

    def problems(self) -> dict[str, str]:
        """Dates that are not dates, numbers that are not numbers."""
        errors = input_problems(self.widget, final=True)
        for edit in self.widget.findChildren(DecimalEdit):
            if edit.problem():
                errors[edit.objectName().removesuffix("_edit")] = edit.problem()
        for name in self.DECIMALS:
            if name not in errors and self.edit(name).value() is None:
                errors[name] = tr("Scrivi un numero.")
        return {**errors, **self._own_problems()}

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.widget.findChildren(QLineEdit) + self.widget.findChildren(QPlainTextEdit):
            if edit.objectName().endswith("_edit"):
                edit.setReadOnly(read_only)
        self._set_own_read_only(read_only)

    # --- what a tab adds ------------------------------------------------------------------------
    def _load_own(self, values: CallInput) -> None:
        pass

    def _collect_own(self) -> dict[str, object]:
        return {}

    def _own_problems(self) -> dict[str, str]:
        return {}

    def _set_own_read_only(self, read_only: bool) -> None:
        pass
