"""Driving the whole start-up grant flow in the main window, as the demo users of a demo database would:
log in from the demo list, open screens from the navigation, type, click and answer the real dialogs.

The end-to-end test (test_grant_end_to_end.py) reads as the story; the gestures live here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)
from sqlalchemy import select

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.money import format_euro
from equilibri_desktop.services.access.users import LoginSession
from equilibri_desktop.storage.models import GrantApplication, Municipality, Person
from equilibri_desktop.ui.dialogs import login as login_dialogs
from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.tasks import wait_for_all
from equilibri_desktop.ui.widgets.person_picker import LABEL_ROLE
from tests.ui.access_helpers import answering_modals

WAIT_MS = 15_000  # generous: a 2-core CI machine draws PDFs and runs PostgreSQL at the same time
LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = os.environ.get("EQUILIBRI_SHOTS", "")
GRID_MAX = (25, 15, 20, 15, 15, 10)  # the demo call's criteria C1…C6


# --- the paper applications --------------------------------------------------------------------------
@dataclass(frozen=True)
class Woman:
    surname: str
    first_name: str
    did_date: date

    @property
    def name(self) -> str:
        return f"{self.surname} {self.first_name}"


@dataclass(frozen=True)
class Plan:
    """One application as the clerk finds it on paper, and the points the two members will give it."""

    business: str
    service: str  # ServiceKind value
    description: str
    furniture_euro: int
    works_euro: int
    own_euro: int
    points: tuple[int, int]  # total of each member (commissario, commissaria)

    @property
    def eligible_cents(self) -> int:
        return (self.furniture_euro + self.works_euro) * 100


NOTARY_EURO = 900  # the notary's fee of every plan: not eligible under the call


def waiting_women(db, count: int) -> list[Woman]:
    """Unemployed women with a DID living in the district who have not applied yet: the ones whose
    applications lie on the clerk's desk. Plain ASCII names, unique, so typing them finds only them."""
    with db.unit_of_work() as s:
        district = set(s.scalars(select(Municipality.id).where(Municipality.sud_est_milano.is_(True))))
        applied = set(s.scalars(select(GrantApplication.applicant_id)))
        people = s.scalars(select(Person).where(Person.sex == "F", Person.occupational_status == "disoccupata",
                                                Person.did_date.is_not(None), Person.protected.is_(False))
                           .order_by(Person.surname, Person.first_name)).all()
        names = [f"{p.surname} {p.first_name}".lower() for p in people]
        found = [Woman(p.surname, p.first_name, p.did_date) for p in people
                 if p.municipality_id in district and p.id not in applied and f"{p.surname}{p.first_name}".isalpha()
                 and f"{p.surname}{p.first_name}".isascii()
                 and sum(n.startswith(f"{p.surname} {p.first_name}".lower()) for n in names) == 1]
    assert len(found) >= count, f"only {len(found)} women wait in the demo registry"
    return found[:count]


def criteria_points(total: int) -> list[int]:
    """A member's total spread over the six criteria in proportion to their maximum, every one within it."""
    points = [total * most // 100 for most in GRID_MAX]
    index = 0
    while sum(points) < total:
        if points[index] < GRID_MAX[index]:
            points[index] += 1
        index = (index + 1) % len(points)
    return points


# --- windows, logins, navigation ----------------------------------------------------------------------
def click(qtbot, widget: QWidget) -> None:
    """Click a button once it shows and may be pressed (a rebuilt row of buttons appears a moment later)."""
    try:
        qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=WAIT_MS)
    except Exception as error:
        raise AssertionError(f"{widget.objectName()} {getattr(widget, 'text', str)()!r} {widget.toolTip()!r} "
                             f"cannot be clicked") from error
    qtbot.mouseClick(widget, LEFT)


def click_cell(qtbot, table: QTableWidget, row: int, column: int = 0) -> None:
    table.scrollToItem(table.item(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, column)).center())


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Click into an input, select what is there and type over it."""
    qtbot.mouseClick(widget, LEFT, pos=QPoint(8, min(8, widget.height() // 2)))
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    assert text.isascii(), text  # keyClicks with accented letters kills the test process
    qtbot.keyClicks(widget, text)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def settle() -> None:
    wait_for_all(WAIT_MS)
    QApplication.processEvents()


def choose_demo_user(qtbot, username: str) -> Callable[[QWidget], None]:
    """A handler for the login dialog: click the demo user's row, then «Accedi»."""
    def answer(dialog: QWidget) -> None:
        table = dialog.ui.demo_table
        row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == username)
        click_cell(qtbot, table, row, 1)
        assert dialog.ui.username_edit.text() == username and dialog.ui.password_edit.text()
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    return answer


class Office:
    """The main window of a demo installation and the shots of what it shows."""

    def __init__(self, qtbot, ctx, shots: str = SHOTS):
        self.qtbot, self.ctx = qtbot, ctx
        self.window: MainWindow | None = None
        self.shots = Path(shots) / "e2e" if shots else None
        self.shot_count = 0

    def login(self, username: str) -> MainWindow:
        """The login dialog of a demo installation lists the demo users: click one, «Accedi»."""
        with answering_modals(self._photographed(choose_demo_user(self.qtbot, username), "accesso"),
                              timeout_ms=WAIT_MS):
            session: LoginSession | None = login_dialogs.run_login(self.ctx, None)
        assert session is not None and session.user.username == username
        self.ctx.db.actor = session.actor
        window = MainWindow(self.ctx.config, self.ctx.ui_state, self.ctx, session)
        self.qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        self.qtbot.waitExposed(window, timeout=WAIT_MS)
        self.window = window
        self.activate()
        return window

    def _photographed(self, handler: Callable[[QWidget], None], shot: str) -> Callable[[QWidget], None]:
        """The handler of a dialog, which is first photographed when `shot` names the picture."""
        def answer(dialog: QWidget) -> None:
            if shot:
                self.shot(shot, dialog)
            handler(dialog)
        return answer

    def switch_user(self, username: str) -> None:
        """File › Esci dall'account, then the next demo user picks their row in the login dialog."""
        settle()
        with answering_modals(choose_demo_user(self.qtbot, username), timeout_ms=WAIT_MS):
            self.window.logout_action.trigger()
        assert self.ctx.db.user == username, self.ctx.db.user
        self.activate()

    @contextmanager
    def answering(self, handler: Callable[[QWidget], None], shot: str = "") -> Iterator[None]:
        """Answer the real modal dialog the next gesture opens (photographed first when `shot` names it);
        then the main window is active again (offscreen, a closed dialog leaves no active window behind)."""
        with answering_modals(self._photographed(handler, shot), timeout_ms=WAIT_MS):
            yield
        self.activate()

    def activate(self) -> None:
        window = self.window
        window.windowHandle().requestActivate()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)

    def open(self, key: str) -> QWidget:
        """Click the screen's entry in the navigation tree."""
        nav, item = self.window.nav, self.window.nav_items[key]
        nav.scrollToItem(item)
        self.qtbot.waitUntil(lambda: not nav.visualItemRect(item).isEmpty(), timeout=WAIT_MS)  # laid out
        self.qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(item).center())
        self.qtbot.waitUntil(lambda: self.window.screens.get(key) is self.window.current_screen(), timeout=WAIT_MS)
        return self.window.current_screen()

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """With EQUILIBRI_SHOTS set: a picture of the window (or of a dialog) in SHOTS/e2e."""
        if self.shots is None:
            return
        self.shots.mkdir(parents=True, exist_ok=True)
        self.qtbot.wait(60)  # let rebuilt layouts settle before the picture
        self.shot_count += 1
        (widget or self.window).grab().save(str(self.shots / f"{self.shot_count:02d}_{name}.png"))


# --- Domande ----------------------------------------------------------------------------------------------
def pick_person(qtbot, picker, text: str) -> None:
    """Type a name in a registry picker and take the match from the list with the keyboard."""
    picker.setFocus()
    picker.clear()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: picker.results.rowCount() > 0
                    and picker.results.item(0).data(LABEL_ROLE).lower() == text.lower(), timeout=WAIT_MS)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.person_uuid() is not None and not popup.isVisible(), timeout=WAIT_MS)
    window = picker.window()
    window.windowHandle().requestActivate()  # offscreen leaves the closed popup as the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def tick_list_item(qtbot, listing: QListWidget, label: str) -> None:
    """Click a line of a checklist, then Space ticks it."""
    item = listing.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    listing.scrollToItem(item)
    qtbot.mouseClick(listing.viewport(), LEFT, pos=listing.visualItemRect(item).center())
    qtbot.keyClick(listing.viewport(), Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked, label


def add_cost(qtbot, page, description: str, category: str, euro: int, eligible: bool = True) -> None:
    """«Aggiungi voce» opens the description; Tab moves along the row; Space unticks «Ammissibile»."""
    table = page.costs.ui.cost_items_table
    rows = table.rowCount()
    click(qtbot, page.costs.ui.add_cost_button)
    qtbot.waitUntil(lambda: table.rowCount() == rows + 1 and focused() is not table, timeout=WAIT_MS)
    qtbot.keyClicks(focused(), description)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), category)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), f"{euro:,}".replace(",", "."))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # commits the amount; the «Ammissibile» cell is current
    qtbot.waitUntil(lambda: table.currentColumn() == 3 and table.state() != table.State.EditingState,
                    timeout=WAIT_MS)
    if not eligible:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    wanted = Qt.CheckState.Checked if eligible else Qt.CheckState.Unchecked
    assert table.item(rows, 3).checkState() == wanted, description


def button_box_button(dialog: QWidget, text: str) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


# --- the real dialogs, answered like a user ----------------------------------------------------------
def reason_dialog_answer(qtbot, reason: str) -> Callable[[QWidget], None]:
    """The reason dialog of a workflow step: type the note, press its OK button."""
    def answer(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.ui.reason_edit, reason)
        qtbot.mouseClick(dialog.ui.ok_button, LEFT)
    return answer


def no_conflict_answer(qtbot) -> Callable[[QWidget], None]:
    """The conflict-of-interest declaration: «di non trovarmi in alcuna situazione di conflitto»."""
    def answer(dialog: QWidget) -> None:
        qtbot.mouseClick(dialog.no_conflict_radio, LEFT)
        qtbot.mouseClick(dialog.ok_button, LEFT)
    return answer


def act_dialog_answer(qtbot, reason: str, ok_label: str) -> Callable[[QWidget], None]:
    """The date-and-reason question before a ranking act: today's date stays, the reason is typed."""
    def answer(dialog: QWidget) -> None:
        assert dialog.ranked_on_edit.date() == office_today()
        qtbot.keyClicks(dialog.reason_edit, reason)
        qtbot.mouseClick(button_box_button(dialog, ok_label), LEFT)
    return answer


def euro(whole_euro: int) -> str:
    return format_euro(Decimal(whole_euro))


def table_texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def table_texts_of_list(listing: QListWidget) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


def row_where(table: QTableWidget, column: int, text: str) -> int:
    texts = table_texts(table, column)
    assert text in texts, (text, texts)
    return texts.index(text)
