"""Start-up e contributi › Bandi › a call: every setting in tabs, saved together (Ctrl+S); once scoring has
begun, a change that alters the result asks for its reason and makes a new edition.

The page's own form is only its shell (header, the tab widget, the buttons): each tab loads a form of its own
and the page places it, loads it, collects it and asks it for its problems."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabWidget, QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.domain.grants.codes import CallStatus
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.services.grants.call_dto import CallDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.grants.calls_actions import CallActions
from equilibri_desktop.ui.screens.grants.calls_commission import CommissionTab
from equilibri_desktop.ui.screens.grants.calls_fields import CallTab
from equilibri_desktop.ui.screens.grants.calls_rules import CallRulesTab
from equilibri_desktop.ui.screens.grants.calls_tab_amounts import AmountsTab
from equilibri_desktop.ui.screens.grants.calls_tab_editions import EditionsTab
from equilibri_desktop.ui.screens.grants.calls_tab_general import GeneralTab
from equilibri_desktop.ui.screens.grants.calls_tab_grid import GridTab
from equilibri_desktop.ui.screens.grants.calls_tab_texts import TextsTab
from equilibri_desktop.ui.screens.grants.calls_tab_tranches import TranchesTab
from equilibri_desktop.ui.widgets.field_messages import (
    first_invalid_input,
    merge_messages,
    show_messages,
)
from equilibri_desktop.ui.widgets.input_watch import watch_inputs

ERROR_TAB_COLOUR = QColor("#b00020")


class CallFormPage(FormScreen):
    FORM = "grants/call_form"  # the shell: header, tabs, buttons; every tab brings its own form
    WIDGETS = {
        "tabs": QTabWidget, "form_title": QLabel, "status_badge": QLabel, "status_label": QLabel,
        "status_button": QPushButton, "read_only_label": QLabel, "messages_label": QLabel, "keys_hint": QLabel,
        "save_button": QPushButton, "cancel_button": QPushButton,
    }
    saved = Signal(object)  # CallDetail
    closed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CallDetail | None = None
        self._loaded: CallInput | None = None
        self._filling = False
        self._save_errors: dict[str, str] = {}
        self._procedure: dict[str, object] = {}  # a_sportello, observation_days: no widgets yet (GRANT-PROC)
        self.general = GeneralTab(self.edited)
        self.amounts = AmountsTab(self.edited, grant_calls.municipality_choices(ctx.db))
        self.grid = GridTab(self.edited)
        self.tranches = TranchesTab(self.edited)
        self.texts = TextsTab(self.edited)
        self.commission = CommissionTab(ctx, self.reload)
        self.editions = EditionsTab(ctx)
        self.rules = CallRulesTab(self.edited)
        # The titles as literals: tr() is where lupdate finds them (each tab's TITLE says the same).
        self._place((self.general, tr("&1 Generale")), (self.amounts, tr("&2 Importi e requisiti")),
                    (self.grid, tr("&3 Griglia e graduatoria")), (self.tranches, tr("&4 Erogazione")),
                    (self.texts, tr("&5 Testi della determinazione")), (self.commission, tr("&6 Commissione")),
                    (self.editions, tr("&7 Edizioni")), (self.rules, tr("&8 Regole e atto")))
        self._after_save: Callable[[CallDetail], None] | None = None
        self.actions = CallActions(ctx, self.ui.status_button, self, self.form)
        self.actions.stored.connect(self._stored)
        self.actions.moved.connect(self._moved)
        self.actions.refused.connect(self.show_errors)
        self.actions.note.connect(self.ui.status_label.setText)
        self.actions.status_requested.connect(self.change_status)
        watch_inputs(self.form, self.edited, lambda: None)
        self.ui.save_button.clicked.connect(lambda: self.save())
        self.ui.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def _place(self, *tabs: tuple[object, str]) -> None:
        """Each tab's form on its page, in order. Tab goes from the tab bar through the shown tab's inputs (in
        the order its own form sets) to the page's buttons: a placed form joins the focus chain at its end, so
        the buttons move after the last one."""
        for tab, title in tabs:
            self.ui.tabs.addTab(tab.widget, title)
        last = tabs[-1][0].widget
        previous = last  # the last input of the last form (setTabOrder ignores a widget that takes no focus)
        widget = last.nextInFocusChain()
        while last.isAncestorOf(widget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                previous = widget
            widget = widget.nextInFocusChain()
        for button in (self.ui.save_button, self.ui.cancel_button, self.ui.status_button):
            QWidget.setTabOrder(previous, button)
            previous = button

    def focus_first_field(self) -> None:
        self.general.ui.title_edit.setFocus()

    @property
    def can_write(self) -> bool:
        return self.ctx.db.actor.can(Permission.GRANTS_CALLS)

    def apply_permissions(self) -> None:
        read_only = not self.can_write
        self.ui.read_only_label.setVisible(read_only)
        for tab in self._tabs():
            tab.set_read_only(read_only)
        self.ui.save_button.setVisible(not read_only)
        self.ui.cancel_button.setText(tr("Chiudi") if read_only or self.detail else tr("Annulla"))
        self.ui.keys_hint.setText(tr("Esc chiude") if read_only else tr("Ctrl+S salva · Esc chiude"))
        self.actions.refresh(self.detail, self.can_write)

    # --- loading ----------------------------------------------------------------------------
    def start_new(self) -> None:
        self._start(None, grant_calls.new_call_defaults(self.ctx.db))

    def start_edit(self, detail: CallDetail, keep_tab: bool = False) -> None:
        self._start(detail, detail.to_input(), keep_tab)

    def reload(self, call_uuid) -> None:
        """Read the call again (after a commission change), keeping what the clerk is typing."""
        detail = grant_calls.get_call(self.ctx.db, call_uuid)
        if self.has_unsaved_changes():
            self.detail = detail
            self.commission.load(detail)
            self.editions.load(detail)
            self._show_header()
        else:
            self._start(detail, detail.to_input(), keep_tab=True)

    def _start(self, detail: CallDetail | None, values: CallInput, keep_tab: bool = False) -> None:
        self.detail = detail
        self._save_errors = {}
        self._filling = True
        try:
            # The procedure settings have no widget here yet: kept as loaded so a save does not reset them.
            self._procedure = {"a_sportello": values.a_sportello, "observation_days": values.observation_days}
            for tab in self._tabs():
                tab.load(values)
        finally:
            self._filling = False
        self._loaded = self.collect()
        if not keep_tab:
            self.ui.tabs.setCurrentIndex(0)
        self.commission.load(detail)
        self.editions.load(detail)
        self._show_header()
        self.ui.status_label.clear()
        self.apply_permissions()
        self.refresh_messages()
        if not keep_tab:
            self.focus_first_field()

    def _show_header(self) -> None:
        detail = self.detail
        self.ui.form_title.setText(tr("Nuovo bando") if detail is None else detail.title)
        badge = tr("In preparazione") if detail is None else tr("{status} · edizione {edition}").format(
            status=domain_tr(detail.status_label), edition=detail.edition)
        if detail is not None and detail.scored:
            badge += tr(" · valutazioni iniziate")
        self.ui.status_badge.setText(badge)
        self.actions.refresh(self.detail, self.can_write)

    # --- changes and messages ---------------------------------------------------------------
    def edited(self, field: str) -> None:
        if self._filling:
            return
        self._save_errors.pop(field, None)
        self.ui.status_label.setText(tr("Modifiche non salvate") if self.has_unsaved_changes() else "")

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.collect() != self._loaded

    def _tabs(self) -> tuple[CallTab | CallRulesTab, ...]:
        return self.general, self.amounts, self.grid, self.tranches, self.texts, self.rules

    def collect(self) -> CallInput:
        """Every tab's inputs as one CallInput."""
        values = dict(self._procedure)
        for tab in self._tabs():
            values.update(tab.collect())
        return CallInput(**values)

    def refresh_messages(self, focus: bool = False) -> None:
        errors = self._save_errors
        unplaced = show_messages(self.form, errors, {})
        self.ui.messages_label.setText("\n".join(item.message for item in unplaced))
        self._mark_tabs(errors)
        if focus and (target := first_invalid_input(self.form, errors)) is not None:
            self._reveal(target)

    def _mark_tabs(self, errors: dict[str, str]) -> None:
        """Tabs holding a field in error show their title in red, so no message stays unseen."""
        tabs = self.ui.tabs
        wrong = [w for f in errors if (w := self.form.findChild(QWidget, f"{f}_edit")) is not None]
        for index in range(tabs.count()):
            page = tabs.widget(index)
            colour = ERROR_TAB_COLOUR if any(page.isAncestorOf(w) for w in wrong) else QColor()
            tabs.tabBar().setTabTextColor(index, colour)

    def _reveal(self, widget: QWidget) -> None:
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            if tabs.widget(index).isAncestorOf(widget):
                tabs.setCurrentIndex(index)
                break
        widget.setFocus()

    def show_errors(self, errors: list[FieldError]) -> None:
        self._save_errors = merge_messages(errors)
        self.refresh_messages(focus=True)
        self.ui.status_label.setText(tr("Correggi i campi segnalati in rosso."))

    # --- actions ----------------------------------------------------------------------------
    def save(self, then: Callable[[CallDetail], None] | None = None) -> bool:
        """Start saving (the operation runner reports back); False when refused before starting. `then` runs
        with the saved call."""
        if not self.isVisible() or not self.can_write:
            return False
        local = {field: message for tab in self._tabs() for field, message in tab.problems().items()}
        if local:
            self.show_errors([FieldError(field, message) for field, message in local.items()])
            return False
        self._after_save = then
        return self.actions.store(self.detail, self.collect())

    def _stored(self, detail: CallDetail) -> None:
        self._start(detail, detail.to_input(), keep_tab=True)
        self.ui.status_label.setText(tr("Salvato."))
        self.saved.emit(detail)
        then, self._after_save = self._after_save, None
        if then is not None:
            then(detail)

    def change_status(self, target: CallStatus) -> None:
        """From the «Cambia stato» menu: unsaved changes are saved first, then the move is confirmed."""
        if self.detail is None:
            return
        if self.has_unsaved_changes():
            if Messages.confirm(self, tr("Cambia stato"), tr("Prima salvo le modifiche al bando. Continuare?"),
                                ok_label=tr("Salva e continua")):
                self.save(then=lambda detail: self.actions.move(detail, target))
            return
        self.actions.move(self.detail, target)

    def _moved(self, detail: CallDetail) -> None:
        self.start_edit(detail, keep_tab=True)
        self.ui.status_label.setText(tr("Stato: {status}.").format(status=domain_tr(detail.status_label)))
        self.saved.emit(detail)

    def cancel(self) -> None:
        if self.has_unsaved_changes() and not self.actions.confirm_discard():
            return
        self._loaded = None
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Keys the inputs leave unused arrive here: Enter in a line edit saves, Esc closes.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QLineEdit):
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
