"""The call form's «Commissione» tab: members appointed and removed at once, not with the form's save; the
minutes' secretary and sittings; the privacy notice the call gives its applicants. A tab of its own form: it
shows the saved call (`load(detail)`) and tells the page through `reload(call_uuid)` to read the call again
after a change."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from types import SimpleNamespace

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.services.grants import commission as grant_commission
from equilibri_desktop.services.grants.call_dto import CallDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.grants.commission_sittings_dialog import CommissionDetailsDialog
from equilibri_desktop.ui.screens.grants.privacy_settings_dialog import PrivacySettingsDialog
from equilibri_desktop.ui.service_messages import field_error_text
from equilibri_desktop.ui.widgets.field_messages import ERROR_STYLE

UUID_ROLE = Qt.ItemDataRole.UserRole
# The commission roles' labels (services/grants/commission.py MEMBER_ROLES) as lupdate can read them.
ROLE_TEXTS = {"presidente": QT_TRANSLATE_NOOP("CommissionTab", "Presidente"),
              "componente": QT_TRANSLATE_NOOP("CommissionTab", "Componente")}


def role_text(code: str) -> str:
    label = ROLE_TEXTS.get(code) or grant_commission.MEMBER_ROLES.get(code, code)
    return QCoreApplication.translate("CommissionTab", label)


def _item(text: str, data=None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if data is not None:
        cell.setData(UUID_ROLE, data)
    return cell


class CommissionTab:
    """Loads and drives its own form (`widget`, which also parents its questions, dialogs and operations);
    `reload(call_uuid)` asks whoever placed the tab to read the call again after a change."""

    TITLE = "&6 Commissione"
    FORM = "grants/call_commission_tab"
    # What tests/ui/test_forms.py checks the form against.
    WIDGETS: dict[str, type] = {
        "members_table": QTableWidget, "member_username_edit": QComboBox, "member_role_edit": QComboBox,
        "add_member_button": QPushButton, "remove_member_button": QPushButton, "commission_hint": QLabel,
        "member_username_error": QLabel, "member_role_error": QLabel}

    def __init__(self, ctx: AppContext, reload: Callable[[uuid.UUID], None], parent: QWidget | None = None):
        self.ctx, self.reload = ctx, reload
        self.widget = load_form(self.FORM, parent)
        self.ui = SimpleNamespace(**{name: child(self.widget, cls, name) for name, cls in self.WIDGETS.items()})
        self.call_uuid: uuid.UUID | None = None
        table = self.ui.members_table
        table.verticalHeader().hide()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            table.horizontalHeader().setSectionResizeMode(column, mode)
        table.itemSelectionChanged.connect(self._enable)
        for code in grant_commission.MEMBER_ROLES:
            self.ui.member_role_edit.addItem(role_text(code), code)
        self.ui.member_role_edit.setCurrentIndex(self.ui.member_role_edit.findData("componente"))
        self.ui.add_member_button.clicked.connect(self.add)
        self.ui.remove_member_button.clicked.connect(self.remove)
        tab = self.widget
        self.details_button = QPushButton(tr("Verbale: segretario e sedute…"), tab)
        tab.layout().addWidget(self.details_button)
        self.details_button.clicked.connect(self.edit_details)
        self.privacy_button = QPushButton(tr("Informativa privacy alle richiedenti…"), tab)
        tab.layout().addWidget(self.privacy_button)
        self.privacy_button.clicked.connect(self.edit_privacy)

    @property
    def can_write(self) -> bool:
        return self.ctx.db.actor.can(Permission.GRANTS_CALLS)

    def load(self, detail: CallDetail | None) -> None:
        """Show the saved call's commission (none for a call not saved yet)."""
        self.call_uuid = detail.uuid if detail else None
        table = self.ui.members_table
        members = detail.members if detail else ()
        table.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = (member.username, member.display_name, role_text(member.role),
                     tr("sì") if member.has_scored else tr("no"))
            for column, text in enumerate(cells):
                table.setItem(row, column, _item(text, member.uuid))
        combo = self.ui.member_username_edit
        combo.clear()
        if detail is not None and self.can_write:
            taken = {m.username for m in members}
            for choice in grant_commission.list_commissioners(self.ctx.db):
                if choice.username not in taken:
                    combo.addItem(f"{choice.display_name} ({choice.username})", choice.username)
        hint = ""
        if detail is None:
            hint = tr("Salva il bando prima di nominare la commissione.")
        elif self.can_write and combo.count() == 0:
            hint = tr("Nessun altro utente ha il ruolo di commissario: l'amministratore lo assegna in "
                      "Amministrazione › Utenti.")
        self.ui.commission_hint.setText(hint)
        self._enable()

    def _enable(self) -> None:
        writable = self.call_uuid is not None and self.can_write
        for widget in (self.ui.member_username_edit, self.ui.member_role_edit):
            widget.setEnabled(writable)
        self.ui.add_member_button.setEnabled(writable and self.ui.member_username_edit.count() > 0)
        self.ui.remove_member_button.setEnabled(writable and self.ui.members_table.currentRow() >= 0)
        self.details_button.setEnabled(writable)
        self.privacy_button.setEnabled(writable)

    def edit_privacy(self) -> None:
        """DPO, version and retention of the privacy notice the call gives its applicants."""
        if self.call_uuid is None:
            return
        self._close_dialog()
        self.dialog = PrivacySettingsDialog(self.ctx, self.call_uuid, self.widget)
        self.dialog.open()

    def _close_dialog(self) -> None:
        previous = getattr(self, "dialog", None)
        if previous is not None and shiboken6.isValid(previous):
            previous.deleteLater()

    def edit_details(self) -> None:
        """Secretary, place and sittings as the minutes print them (issue 11)."""
        if self.call_uuid is None:
            return
        # Kept until the next one (the dialog closes from its operation's callback): then deleted.
        self._close_dialog()
        self.dialog = CommissionDetailsDialog(self.ctx, self.call_uuid, self.widget)
        self.dialog.open()

    def add(self) -> None:
        username = self.ui.member_username_edit.currentData()
        if self.call_uuid is None or not username:
            return
        call_uuid, role = self.call_uuid, self.ui.member_role_edit.currentData()
        run_operation(self.widget, lambda: grant_commission.add_member(self.ctx.db, call_uuid, username, role),
                      on_success=lambda _member: self._added(call_uuid), on_failure=self._refused, form=self.widget,
                      error_title=tr("Nomina non eseguita"))

    def _added(self, call_uuid: uuid.UUID) -> None:
        self._show_errors({})
        self.reload(call_uuid)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_errors({e.field: field_error_text(e) for e in error.errors})

    def _show_errors(self, errors: dict[str, str]) -> None:
        for field in ("member_username", "member_role"):
            label = getattr(self.ui, f"{field}_error")
            label.setText(errors.get(field, ""))
            label.setStyleSheet(ERROR_STYLE)
            label.setVisible(field in errors)

    def remove(self) -> None:
        row = self.ui.members_table.currentRow()
        if self.call_uuid is None or row < 0:
            return
        member_uuid = self.ui.members_table.item(row, 0).data(UUID_ROLE)
        name = self.ui.members_table.item(row, 1).text() or self.ui.members_table.item(row, 0).text()
        if not Messages.confirm(self.widget, tr("Togli dalla commissione"),
                                tr("Togliere {name} dalla commissione?").format(name=name), ok_label=tr("Togli")):
            return
        call_uuid = self.call_uuid
        run_operation(self.widget, lambda: grant_commission.remove_member(self.ctx.db, call_uuid, member_uuid),
                      on_success=lambda _r: self.reload(call_uuid), error_title=tr("Componente non tolto"))
