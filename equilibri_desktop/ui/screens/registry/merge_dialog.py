"""Merge two records of the same person or organisation: the two side by side, one radio button per
field group to choose the value to keep, then the service moves every link and records the merge."""

from __future__ import annotations

import itertools
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QPushButton, QRadioButton, QScrollArea, QWidget

from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.services.registry.merge_common import BOTH, DROP, KEEP
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.merge_fields import is_blank, merge_kind
from equilibri_desktop.ui.screens.registry.pages import attach_form
from equilibri_desktop.ui.service_messages import error_text, field_error_text
from equilibri_desktop.ui.tasks import run_task
from equilibri_desktop.ui.widgets.mnemonics import literal

A, B = "a", "b"
SHOWN_CHARS = 70
WIDTH, MIN_HEIGHT, MAX_HEIGHT = 960, 360, 700


class MergeDialog(QDialog):
    FORM = "registry/merge_dialog"
    WIDGETS = {"intro_label": QLabel, "keep_a_radio": QRadioButton, "keep_b_radio": QRadioButton,
               "choices_area": QScrollArea, "choices_widget": QWidget, "error_label": QLabel,
               "ok_button": QPushButton, "cancel_button": QPushButton}
    merged = Signal(object)  # uuid of the record kept

    def __init__(self, ctx: AppContext, kind: str, uuid_a: uuid.UUID, uuid_b: uuid.UUID, parent=None,
                 records: tuple | None = None):
        """`records` are the two details when the caller has read them already (off the UI thread)."""
        super().__init__(parent)
        self.ctx, self.kind = ctx, merge_kind(kind)
        self.setWindowTitle(tr("Unisci due schede"))
        self.form, self.ui = attach_form(self, self.FORM, self.WIDGETS, margins=(14, 12, 14, 12))
        first, second = records or (self.kind.fetch(ctx.db, uuid_a), self.kind.fetch(ctx.db, uuid_b))
        self.records = {A: first, B: second}
        self.inputs = {side: detail.to_input() for side, detail in self.records.items()}
        self.groups: dict[str, QButtonGroup] = {}
        for radio, side in ((self.ui.keep_a_radio, A), (self.ui.keep_b_radio, B)):
            # The form's "&A"/"&B" keep their Alt letter; a name's own "&" is no mnemonic.
            radio.setText(f"{radio.text()}: {literal(self.kind.label(self.records[side]))}")
        self.ui.choices_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its radios take the focus, it scrolls to them
        self._build_rows()
        self._chain_tab_order()
        self.ui.ok_button.clicked.connect(self.accept)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.resize(WIDTH, MAX_HEIGHT)
        self._height_fitted = False

    def _build_rows(self) -> None:
        grid = self.ui.choices_widget.layout()
        for column, text in enumerate(("", tr("Scheda A"), tr("Scheda B"))):
            header = QLabel(text)
            header.setStyleSheet("font-weight: 600; color: #33475b;")
            grid.addWidget(header, 0, column)
        titles = self.kind.titles()
        row = 0
        for group, fields in self.kind.groups.items():
            row += 1
            grid.addWidget(QLabel(titles.get(group, group)), row, 0)
            buttons = QButtonGroup(self)
            texts = {side: self.kind.text(self.records[side], group) for side in (A, B)}
            for column, side in enumerate((A, B), start=1):
                radio = QRadioButton(literal(self._short(texts[side])) or tr("(vuoto)"),
                                     objectName=f"{group}_{side}_radio")
                radio.setToolTip(texts[side])
                buttons.addButton(radio)
                radio.setProperty("side", side)
                grid.addWidget(radio, row, column)
            if group == "notes":
                row += 1
                radio = QRadioButton(tr("Tutte e due, una dopo l'altra"), objectName="notes_both_radio")
                radio.setProperty("side", BOTH)
                buttons.addButton(radio)
                grid.addWidget(radio, row, 1, 1, 2)
            same = texts[A] == texts[B]
            for radio in buttons.buttons():
                radio.setEnabled(not same)  # nothing to choose where the two agree
            self.groups[group] = buttons
            self._set_side(group, self._default_side(group, fields))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row + 1, 1)

    def _chain_tab_order(self) -> None:
        """Tab goes from the record to keep through the choices, row by row, then to the buttons (the
        rows are built after the form, so Qt would put them after Cancel)."""
        chain = [self.ui.keep_a_radio, self.ui.keep_b_radio]
        chain += [radio for buttons in self.groups.values() for radio in buttons.buttons()]
        chain += [self.ui.ok_button, self.ui.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._height_fitted:  # laid out now: the wrapped intro's real height is known
            self._height_fitted = True
            self.resize(WIDTH, self._fitting_height())

    def _fitting_height(self) -> int:
        """Tall enough to show every row without scrolling, when the screen has the room."""
        missing = self.ui.choices_widget.sizeHint().height() - self.ui.choices_area.viewport().height()
        screen = self.screen().availableGeometry().height() if self.screen() else MAX_HEIGHT
        return max(MIN_HEIGHT, min(self.height() + missing, screen - 60, MAX_HEIGHT))

    @staticmethod
    def _short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"

    def _default_side(self, group: str, fields: tuple[str, ...]) -> str:
        """As the service would: record A wins unless it is blank where B is not; two notes are kept both."""
        a, b = self.inputs[A], self.inputs[B]
        if group == "notes" and a.notes and b.notes and a.notes != b.notes:
            return BOTH
        return B if is_blank(a, fields) and not is_blank(b, fields) else A

    def _set_side(self, group: str, side: str) -> None:
        for radio in self.groups[group].buttons():
            radio.setChecked(radio.property("side") == side)

    def choose(self, group: str, side: str) -> None:
        """Pick record A's or B's value for a group ('a', 'b' or, for notes, 'both')."""
        self._set_side(group, side)

    def keep_side(self) -> str:
        return A if self.ui.keep_a_radio.isChecked() else B

    def choices(self) -> dict[str, str]:
        keep = self.keep_side()
        chosen = {}
        for group, buttons in self.groups.items():
            side = buttons.checkedButton().property("side") if buttons.checkedButton() else keep
            chosen[group] = BOTH if side == BOTH else (KEEP if side == keep else DROP)
        return chosen

    def accept(self) -> None:
        keep = self.keep_side()
        drop = B if keep == A else A
        kept, dropped = self.records[keep], self.records[drop]
        if not Messages.confirm(self, tr("Unisci due schede"), tr(
                "La scheda «{drop}» verrà eliminata e tutti i suoi collegamenti passeranno a «{keep}». "
                "L'unione resta nella storia della scheda. Continuare?").format(
                drop=self.kind.label(dropped), keep=self.kind.label(kept)), ok_label=tr("Unisci")):
            return
        choices = self.choices()
        self.ui.ok_button.setEnabled(False)
        self.ui.error_label.hide()
        run_task(lambda _task: self.kind.merge(self.ctx.db, kept.uuid, dropped.uuid, choices, kept.version,
                                               dropped.version),
                 parent=self, label=tr("Unione delle schede…"), on_done=self._done, on_error=self._failed,
                 cancellable=False)

    def _done(self, result) -> None:
        self.result_value = result
        kept = getattr(result, "person", None) or result.organisation
        self.merged.emit(kept.uuid)
        super().accept()

    def _failed(self, error: Exception, _details: str) -> None:
        self.ui.ok_button.setEnabled(True)
        if not isinstance(error, DomainError):
            raise error
        text = ("\n".join(field_error_text(e) for e in error.errors) if isinstance(error, ValidationError)
                else error_text(error))
        self.ui.error_label.setText(tr("Unione non eseguita: {reason}").format(reason=text))
        self.ui.error_label.show()
