"""Amministrazione › Ente e progetto: letterhead, project and CUP, default signatory."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.services.documents import specimens
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.drafts import DraftKeeper
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import (
    FormScreen,
    clear_field_errors,
)
from equilibri_desktop.ui.tasks import run_task

LINE_FIELDS = ("body_name", "address", "fiscal_code", "vat_number", "pec", "email", "phone",
               "project_title", "project_cup", "signatory_name", "signatory_role")
LOGO_MAX_PIXELS = 800
DRAFT_KEY = "admin/organisation"


class OrganisationSettingsScreen(FormScreen):
    saved = Signal()  # the profile was stored

    FORM = "admin/organisation_settings"
    WIDGETS = {
        **{f"{name}_edit": QLineEdit for name in LINE_FIELDS},
        **{f"{name}_error": QLabel for name in LINE_FIELDS},
        "funding_statement_edit": QPlainTextEdit,
        "logo_preview": QLabel,
        "logo_error": QLabel,
        "logo_choose_button": QPushButton,
        "logo_remove_button": QPushButton,
        "status_label": QLabel,
        "save_button": QPushButton,
        "reload_button": QPushButton,
        "preview_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None, drafts: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = OrganisationProfile()
        self._logo: bytes | None = None
        self.editable = True
        self.drafts = DraftKeeper(ctx.db, DRAFT_KEY, None, collect=self._draft_values, apply=self._apply_draft,
                                  is_dirty=self.has_unsaved_changes, parent=self)
        self.drafts.enabled = drafts
        self.ui.save_button.clicked.connect(self.save)
        self.ui.reload_button.clicked.connect(self.discard_changes)
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.logo_choose_button.clicked.connect(self.choose_logo)
        self.ui.logo_remove_button.clicked.connect(lambda: self._set_logo(None))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for name in LINE_FIELDS:
            edit = getattr(self.ui, f"{name}_edit")
            edit.returnPressed.connect(self.save)  # Enter saves, as in every form of the app
            edit.textEdited.connect(self._mark_dirty)
        self.ui.funding_statement_edit.textChanged.connect(self._mark_dirty)
        self.load()
        self.apply_permissions()
        if drafts and self.editable:
            self.drafts.offer()

    def apply_permissions(self) -> None:
        """Everybody may read the profile; only SETTINGS_MANAGE may change it (the service checks too)."""
        self.editable = self.ctx.db.actor.can(Permission.SETTINGS_MANAGE)
        for name in LINE_FIELDS:
            getattr(self.ui, f"{name}_edit").setReadOnly(not self.editable)
        self.ui.funding_statement_edit.setReadOnly(not self.editable)
        for button in (self.ui.save_button, self.ui.reload_button, self.ui.logo_choose_button):
            button.setEnabled(self.editable)
        self.ui.logo_remove_button.setEnabled(self.editable and self._logo is not None)
        self._show_mode()

    def _show_mode(self) -> None:
        if not self.editable:
            self.ui.status_label.setText(tr("Sola lettura: solo un amministratore può modificare questi dati."))

    # --- load / collect -------------------------------------------------------------------
    def load(self) -> None:
        self._loaded = organisation.load_profile(self.ctx.db)
        for name in LINE_FIELDS:
            getattr(self.ui, f"{name}_edit").setText(getattr(self._loaded, name))
        self.ui.funding_statement_edit.setPlainText(self._loaded.funding_statement)
        self._set_logo(self._loaded.logo_png, mark_dirty=False)
        clear_field_errors(self.form)
        self.ui.status_label.clear()
        self._show_mode()

    def collect(self) -> OrganisationProfile:
        values = {name: getattr(self.ui, f"{name}_edit").text() for name in LINE_FIELDS}
        return replace(self._loaded, **values, funding_statement=self.ui.funding_statement_edit.toPlainText(),
                       logo_png=self._logo)

    def database_replaced(self) -> None:
        self.load()

    def has_unsaved_changes(self) -> bool:
        return self.collect().normalised() != self._loaded.normalised()

    def _mark_dirty(self) -> None:
        if not self.editable:
            return
        dirty = self.has_unsaved_changes()
        self.ui.status_label.setText(tr("Modifiche non salvate") if dirty else "")
        if dirty:
            self.drafts.changed()

    # --- drafts (the logo is left out: it is chosen again in a second) ----------------------
    def _draft_values(self) -> dict[str, str]:
        profile = self.collect()
        return {name: getattr(profile, name) for name in (*LINE_FIELDS, "funding_statement")}

    def _apply_draft(self, values: dict) -> None:
        for name in LINE_FIELDS:
            if isinstance(values.get(name), str):
                getattr(self.ui, f"{name}_edit").setText(values[name])
        if isinstance(values.get("funding_statement"), str):
            self.ui.funding_statement_edit.setPlainText(values["funding_statement"])
        self._mark_dirty()

    def discard_draft(self) -> None:
        self.drafts.discard()

    # --- actions --------------------------------------------------------------------------
    def save(self) -> None:
        """Through the operation runner: wrong fields are marked next to them, a colleague's save in the
        meantime is explained; `saved` is emitted once the profile is stored."""
        if not self.editable:
            self._show_mode()
            return
        values = self.collect()
        run_operation(self, lambda: organisation.save_profile(self.ctx.db, values), on_success=self._saved,
                      on_failure=self._not_saved, form=self.form)

    def _saved(self, profile: OrganisationProfile) -> None:
        self._loaded = profile
        self.drafts.discard()
        clear_field_errors(self.form)
        self.ui.status_label.setText(tr("Salvato."))
        self.saved.emit()

    def _not_saved(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.ui.status_label.setText(tr("Correggi i campi segnalati in rosso."))

    def discard_changes(self) -> None:
        if self.has_unsaved_changes() and not Messages.confirm(
                self, tr("Annulla modifiche"), tr("Le modifiche non salvate andranno perse. Continuare?")):
            return
        self.drafts.discard()
        self.load()

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Scegli il logo"), "", tr("Immagini (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: str) -> None:
        image = QImage(path)
        if image.isNull():
            self.ui.logo_error.setText(tr("Immagine non leggibile: usa un file PNG o JPEG."))
            self.ui.logo_error.show()
            return
        if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
            image = image.scaled(LOGO_MAX_PIXELS, LOGO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.ui.logo_error.hide()
        self._set_logo(bytes(data.data()))

    def _set_logo(self, png: bytes | None, mark_dirty: bool = True) -> None:
        self._logo = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.ui.logo_preview.setPixmap(pixmap.scaled(
                self.ui.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.ui.logo_preview.setPixmap(QPixmap())
            self.ui.logo_preview.setText(tr("Nessun logo"))
        self.ui.logo_remove_button.setEnabled(png is not None and self.editable)
        if mark_dirty:
            self._mark_dirty()

    def preview(self) -> None:
        profile = self.collect()
        run_task(
            lambda _ctx: specimens.render_letterhead_test_page(self.ctx.config, profile),
            parent=self, label=tr("Preparazione della pagina di prova…"),
            on_done=self._open_pdf, writes_database=False, cancellable=False,
        )

    def _open_pdf(self, path) -> None:
        self.last_preview_path = path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            Messages.inform(self, tr("Pagina di prova"), tr("Il PDF è stato salvato in:\n{path}").format(path=path))
