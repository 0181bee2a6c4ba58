"""Start-up e contributi › Domande › one application: new or stored, edited in tabs (applicant, business
plan, costs, declarations, attachments, formal check, history), saved with Ctrl+S, protocolled, and moved
along the workflow. Wrong input stays on screen with the message next to its field.

The page's own form is the shell (header, workflow buttons, the tab widget, save); each tab is a class with a
form of its own and `load(values, detail)`, `collect()`, `problems()`, composed here. No tab reaches back into
the page: what the page needs to hear leaves by a tab's signals."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.services.grants import applications
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.services.registry import municipalities
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screens.grants.application_actions import WorkflowActions
from equilibri_desktop.ui.screens.grants.application_attachments import AttachmentsPanel
from equilibri_desktop.ui.screens.grants.application_costs import CostsEditor
from equilibri_desktop.ui.screens.grants.application_form import PAGE_WIDGETS
from equilibri_desktop.ui.screens.grants.application_people import ApplicantSection
from equilibri_desktop.ui.screens.grants.application_summary import header_texts
from equilibri_desktop.ui.screens.grants.application_tab_declarations import DeclarationsTab
from equilibri_desktop.ui.screens.grants.application_tab_deminimis import DeMinimisTab
from equilibri_desktop.ui.screens.grants.application_tab_history import HistoryTab
from equilibri_desktop.ui.screens.grants.application_tab_project import ProjectTab
from equilibri_desktop.ui.screens.grants.application_tab_review import ReviewTab
from equilibri_desktop.ui.screens.registry.pages import RegistryPage
from equilibri_desktop.ui.widgets.field_messages import merge_messages, show_messages
from equilibri_desktop.ui.widgets.input_watch import input_problems, watch_inputs


class ApplicationPage(RegistryPage):
    FORM = "grants/application_page"
    WIDGETS = PAGE_WIDGETS

    back = Signal()
    saved = Signal(object)  # ApplicationDetail

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ApplicationDetail | None = None
        self._loaded = None
        self._save_errors: dict[str, str] = {}
        self._notices: dict[str, str] = {}
        self._filling = False
        self.people = ApplicantSection(ctx, self)
        self.project = ProjectTab(municipalities.list_municipalities(ctx.db), self)
        self.costs = CostsEditor(self)
        self.declarations = DeclarationsTab(self)
        self.attachments = AttachmentsPanel(ctx, self)
        self.review = ReviewTab(ctx)
        self.history = HistoryTab()
        self.de_minimis = DeMinimisTab(ctx)
        self.tabs = (self.people, self.project, self.costs, self.declarations, self.attachments, self.review,
                     self.history, self.de_minimis)
        titles = (tr("&1 Richiedente"), tr("&2 Progetto d'impresa"), tr("&3 Piano dei costi"),
                  tr("&4 Dichiarazioni"), tr("&5 Allegati"), tr("&6 Istruttoria"), tr("&7 Storico"),
                  tr("&8 De minimis e RNA"))
        for tab, title in zip(self.tabs, titles, strict=True):
            self.ui.tabs.addTab(tab.widget, title)
        self._chain_focus()
        self.actions = WorkflowActions(ctx, self.ui, self, self.has_unsaved_changes)
        self.actions.moved.connect(self.show_detail)
        self.actions.register_requested.connect(self.register)
        self._after_save: Callable[[ApplicationDetail], None] | None = None
        self.review.changed.connect(lambda _checklist: self._checks_changed())
        self.de_minimis.changed.connect(self._edited)
        watch_inputs(self.form, lambda _field: self._edited(), self.refresh_messages)
        for source in (self.people.changed, self.costs.changed, self.project.changed, self.declarations.changed):
            source.connect(self._edited)
        self.people.company_changed.connect(self._apply_editability)
        self.people.call_changed.connect(lambda: self.costs.set_minimum(self.people.minimum_cofinancing()))
        self.ui.save_button.clicked.connect(lambda: self.save())
        self.ui.cancel_button.clicked.connect(self.cancel)
        self.ui.back_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def _chain_focus(self) -> None:
        """Tab goes from the tab bar into the tabs' inputs, in each tab's own order (a tab added to the tab widget
        brings its chain along, after the shell's), then to «Salva» and «Annulla», as when the tabs were one
        form. Qt orders only widgets that take focus: «Salva» follows the last of them in the tabs."""
        tabs, last = self.ui.tabs, None
        widget = tabs.nextInFocusChain()
        while widget is not self:
            if tabs.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            QWidget.setTabOrder(last, self.ui.save_button)
            QWidget.setTabOrder(self.ui.save_button, self.ui.cancel_button)

    def _checks_changed(self) -> None:
        """The procedure's gates live in the DTO: read it again so the workflow buttons follow the checks."""
        if self.detail is None:
            return
        key = self.detail.uuid
        run_operation(self, lambda: applications.get_application(self.ctx.db, key), writes=False,
                      on_success=self._gates_read)

    def _gates_read(self, detail: ApplicationDetail) -> None:
        if self.detail is not None and detail.uuid == self.detail.uuid and detail.version == self.detail.version:
            self.detail = detail
            self.actions.update(detail)

    # --- showing --------------------------------------------------------------------------
    def start_new(self) -> None:
        self.detail = None
        self._show(ApplicationInput(), None)
        self.ui.tabs.setCurrentWidget(self.people.widget)
        self.people.focus_first()

    def open_record(self, application_uuid: uuid.UUID) -> bool:
        found, detail = run_now(self, lambda: applications.get_application(self.ctx.db, application_uuid),
                                error_title=tr("Domanda non disponibile"))
        if found:
            self.show_detail(detail)
        return found

    def show_detail(self, detail: ApplicationDetail, warnings: Sequence[FieldError] = ()) -> None:
        self.detail = detail
        self._show(detail.to_input(), detail, warnings)

    def _show(self, values: ApplicationInput, detail: ApplicationDetail | None,
              warnings: Sequence[FieldError] = ()) -> None:
        self._filling = True
        try:
            for tab in self.tabs:
                tab.load(values, detail)
            self.costs.set_minimum(self.people.minimum_cofinancing())
        finally:
            self._filling = False
        self._save_errors, self._notices = {}, merge_messages(warnings)
        self._show_header(detail)
        self.actions.update(detail)
        self._apply_editability()
        self._loaded = self.snapshot()
        self.ui.status_label.setText(tr("Salvata, con alcune cose da completare.") if warnings else "")
        self.refresh_messages()

    def _show_header(self, detail: ApplicationDetail | None) -> None:
        title, badge, info = header_texts(detail)
        self.ui.form_title.setText(title)
        self.ui.status_badge.setText(badge)
        self.ui.info_label.setText(info)

    def _can(self, permission: Permission) -> bool:
        return self.ctx.db.actor.can(permission)

    def _apply_editability(self) -> None:
        editable = self._can(Permission.GRANTS_WRITE) and (self.detail is None or self.detail.editable)
        self.people.set_editable(editable, self.detail is None or self.detail.status == "bozza")
        self.project.set_editable(editable, self.people.company())
        self.costs.set_editable(editable)
        self.declarations.set_editable(editable)
        self.ui.save_button.setEnabled(editable)

    # --- values ---------------------------------------------------------------------------
    def collect(self) -> ApplicationInput:
        fields: dict[str, object] = {}
        for tab in self.tabs:
            fields.update(tab.collect())
        return ApplicationInput(**fields)

    def snapshot(self) -> tuple:
        return self.collect(), self.costs.raw(), self.people.raw() + self.project.raw()

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.snapshot() != self._loaded

    def _edited(self) -> None:
        if self._filling:
            return
        self.ui.status_label.setText(tr("Modifiche non salvate") if self.has_unsaved_changes() else "")
        self.refresh_messages()

    def local_errors(self) -> dict[str, str]:
        errors = input_problems(self.form, final=True)  # dates typed anywhere, the panels' too
        for tab in self.tabs:
            errors.update(tab.problems())
        return errors

    def refresh_messages(self, reveal: bool = False) -> None:
        errors = {**self._save_errors}
        warnings = dict(self._notices)
        if self.people.problem:
            warnings["applicant_uuid"] = self.people.problem
        unplaced = show_messages(self.form, errors, warnings)
        self.ui.messages_label.setText("\n".join(item.message for item in unplaced))
        self.ui.messages_label.setStyleSheet("color: #b00020;" if errors else "color: #8a4b00;")
        if reveal and errors:
            self._reveal(next(iter(errors)))

    def _reveal(self, field: str) -> None:
        """Show the tab holding `field` and put the cursor in its input."""
        target = self.form.findChild(QWidget, f"{field}_edit") or self.form.findChild(QWidget, f"{field}_error")
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            if target is not None and tabs.widget(index).isAncestorOf(target):
                tabs.setCurrentIndex(index)
                break
        if target is not None and target.objectName().endswith("_edit") and target.isEnabled():
            target.setFocus()
        elif field == "cost_items":
            self.costs.table.setFocus()

    # --- saving ---------------------------------------------------------------------------
    def refused(self, errors: dict[str, str]) -> bool:
        """Show `errors` next to their fields, on the tab of the first one; what was typed stays."""
        self._save_errors = errors
        self.refresh_messages(reveal=True)
        self.ui.status_label.setText(tr("Correggi i campi segnalati in rosso."))
        return False

    def _submit(self, call, error_title: str, on_success) -> None:
        """A save or a protocol through the operation runner: what the service refuses lands next to the fields
        (and stays there while the clerk corrects), a colleague's save or a closed call in a message."""
        run_operation(self, call, on_success=on_success, form=self.form, error_title=error_title,
                      on_failure=lambda error: isinstance(error, ValidationError)
                      and self.refused(merge_messages(error.errors)))

    def save(self, then: Callable[[ApplicationDetail], None] | None = None) -> bool:
        """Start saving; False when refused before starting. `then` runs with the saved application."""
        if not self.isVisible() or not self.ui.save_button.isEnabled():
            return False
        local = self.local_errors()
        if local:
            return self.refused(local)
        data, db = self.collect(), self.ctx.db
        if self.detail is None:
            def call():
                return applications.create_draft(db, data)
        else:
            key, version = self.detail.uuid, self.detail.version

            def call():
                return applications.update_application(db, key, version, data)
        self._after_save = then
        self._submit(call, tr("Salvataggio non eseguito"), self._stored)
        return True

    def _stored(self, result) -> None:
        self.show_detail(result.application, result.warnings)  # says what is still to complete, if anything
        if not result.warnings:
            self.ui.status_label.setText(tr("Salvata."))
        self.saved.emit(result.application)
        then, self._after_save = self._after_save, None
        if then is not None:
            then(result.application)

    def register(self) -> None:
        """«Protocolla»: a new application is stored and protocolled in one step, a draft with unsaved changes
        is saved first."""
        if not Messages.confirm(self, tr("Protocolla la domanda"), tr(
                "Assegnare adesso numero di protocollo, data e ora di ricevimento? Non si potranno più cambiare."),
                ok_label=tr("Protocolla")):
            return
        if self.detail is not None and self.has_unsaved_changes():
            self.save(then=self._register_stored)
        elif self.detail is not None:
            self._register_stored(self.detail)
        elif local := self.local_errors():
            self.refused(local)
        else:
            data, db = self.collect(), self.ctx.db
            self._submit(lambda: applications.register_new_application(db, data),
                         tr("Protocollazione non eseguita"), self._registered)

    def _register_stored(self, detail: ApplicationDetail) -> None:
        db = self.ctx.db
        self._submit(lambda: applications.register_application(db, detail.uuid, detail.version),
                     tr("Protocollazione non eseguita"), self._registered)

    def _registered(self, result) -> None:
        self.show_detail(result.application, result.warnings)
        self.ui.status_label.setText(tr("Protocollata: n. {protocol}.").format(protocol=result.application.protocol))
        self.saved.emit(result.application)

    def cancel(self) -> None:
        """Esc: with changes, ask and go back to what is stored; without, back to the list."""
        if not self.has_unsaved_changes():
            self._loaded = None
            self.back.emit()
            return
        if not Messages.confirm(self, tr("Annulla modifiche"), tr("Le modifiche non salvate andranno perse. "
                                                                  "Continuare?"), ok_label=tr("Esci senza salvare")):
            return
        if self.detail is None:
            self._loaded = None
            self.back.emit()
        else:
            self.open_record(self.detail.uuid)

    def refresh(self) -> None:
        if self.detail is not None and not self.has_unsaved_changes():
            self.open_record(self.detail.uuid)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

