"""The person's privacy tab: acknowledgements of the notice and optional consents, shown and recorded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.registry import privacy
from equilibri_desktop.services.registry.person_dto import PersonDetail
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.formatting import local_datetime
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.registry.detail_base import current_key, date_or_dash, fill_table
from equilibri_desktop.ui.screens.registry.privacy_dialogs import (
    ConsentDialog,
    PrivacyAckDialog,
    WithdrawConsentDialog,
)


class PrivacyActions:
    """The tab's buttons and tables on the person's screen. It is handed what it needs (the screen's widgets,
    the person shown, a way to reload) rather than the screen itself, so it never imports back its screen."""

    def __init__(self, ctx, ui, parent: QWidget, person: Callable[[], PersonDetail | None],
                 refresh: Callable[[], None]):
        self.ctx = ctx
        self.ui = ui
        self.parent = parent  # the dialogs' and confirmations' parent
        self._person = person
        self._refresh = refresh
        self.dialog = None  # the one open, for tests and to keep it alive
        ui.add_ack_button.clicked.connect(self.add_ack)
        ui.remove_ack_button.clicked.connect(self.remove_ack)
        ui.give_consent_button.clicked.connect(self.give_consent)
        ui.withdraw_consent_button.clicked.connect(self.withdraw_consent)
        for table in (ui.acks_table, ui.consents_table):
            table.itemSelectionChanged.connect(self._enable)

    @property
    def person(self) -> PersonDetail | None:
        return self._person()

    def show(self, person: PersonDetail) -> None:
        ui = self.ui
        fill_table(ui.acks_table, [[a.notice_version, date_or_dash(a.acknowledged_on), domain_tr(a.channel_label),
                                    tr("{user}, {when}").format(user=a.recorded_by, when=local_datetime(a.recorded_at))]
                                   for a in person.privacy_acks], [a.uuid for a in person.privacy_acks])
        fill_table(ui.consents_table, [[domain_tr(c.kind_label), date_or_dash(c.given_on),
                                        date_or_dash(c.withdrawn_on) if c.withdrawn_on else "",
                                        tr("in vigore") if c.active else tr("revocato")]
                                       for c in person.consents], [c.uuid for c in person.consents])
        self._enable()

    def _enable(self) -> None:
        ui = self.ui
        writable = self.ctx.db.actor.can(Permission.REGISTRY_WRITE)
        ui.add_ack_button.setEnabled(writable)
        ui.give_consent_button.setEnabled(writable)
        ui.remove_ack_button.setEnabled(writable and current_key(ui.acks_table) is not None)
        consent = self._current_consent()
        ui.withdraw_consent_button.setEnabled(writable and consent is not None and consent.active)

    def _current_consent(self):
        key = current_key(self.ui.consents_table)
        return next((c for c in self.person.consents if c.uuid == key), None) if self.person and key else None

    def _open(self, dialog) -> None:
        dialog.recorded.connect(lambda _entry: self._refresh())
        self.dialog = dialog
        dialog.open()

    def add_ack(self) -> None:
        if self.person is not None and self.ui.add_ack_button.isEnabled():
            last = self.person.privacy_acks[0].notice_version if self.person.privacy_acks else ""
            self._open(PrivacyAckDialog(self.ctx, self.person.uuid, self.parent, last_version=last))

    def give_consent(self) -> None:
        if self.person is not None and self.ui.give_consent_button.isEnabled():
            self._open(ConsentDialog(self.ctx, self.person.uuid, self.parent))

    def withdraw_consent(self) -> None:
        consent = self._current_consent()
        if consent is not None and self.ui.withdraw_consent_button.isEnabled():
            self._open(WithdrawConsentDialog(self.ctx, consent, self.parent))

    def remove_ack(self) -> None:
        key = current_key(self.ui.acks_table)
        if key is None or not self.ui.remove_ack_button.isEnabled():
            return
        if not Messages.confirm(self.parent, tr("Togli la registrazione"), tr(
                "Togliere questa presa visione dell'informativa? Usalo solo per una registrazione fatta per "
                "errore: la rimozione resta nel registro delle attività."), ok_label=tr("Togli")):
            return
        run_operation(self.parent, lambda: privacy.remove_privacy_ack(self.ctx.db, key),
                      on_success=lambda _none: self._refresh(), on_failure=lambda _error: self._refresh(),
                      error_title=tr("Operazione non eseguita"))
