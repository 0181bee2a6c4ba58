"""Rete e accordi › Modelli di accordo: the text of premises and articles per kind, with the fields filled from
each agreement's data; a preview with an example agreement (on screen and as PDF); every save a new version
(older ones listed, with the agreements drafted from them, and can be taken up again); and the office's figures
for the network's reminders on the home page."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.domain.network.templates import FIELDS, OBLIGATIONS_MARK
from equilibri_desktop.services.network import settings, templates
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.screens.network.common import fill_table, payload
from equilibri_desktop.ui.widgets.document_files import DocumentFiles


def preview_html(preview: templates.TemplatePreview) -> str:
    """The filled text as the PDF lays it out: premises, then numbered articles."""
    parts = ["<p><b>" + html.escape(tr("Premesso che")) + "</b></p><ul>"]
    parts += [f"<li>{html.escape(line)}</li>" for line in preview.premises]
    parts.append("</ul>")
    for number, (title, body) in enumerate(preview.articles, start=1):
        parts.append(f"<p><b>{html.escape(tr('Art. {n}').format(n=number))} – {html.escape(title)}</b></p>")
        for line in body.splitlines():
            if line.strip() == OBLIGATIONS_MARK:
                parts.append("<p><i>" + html.escape(tr("[qui gli impegni e i contributi di ciascuna parte]"))
                             + "</i></p>")
            elif line.strip():
                parts.append(f"<p>{html.escape(line)}</p>")
    return "".join(parts)


class TemplatesScreen(FormScreen):
    FORM = "network/templates"
    WIDGETS = {
        "kind_combo": QComboBox, "current_label": QLabel, "premises_text_edit": QPlainTextEdit,
        "articles_text_edit": QPlainTextEdit, "field_combo": QComboBox, "insert_field_button": QPushButton,
        "note_edit": QLineEdit, "preview_button": QPushButton, "preview_pdf_button": QPushButton,
        "save_button": QPushButton, "side_tabs": QTabWidget, "preview_browser": QTextBrowser,
        "versions_table": QTableWidget, "load_version_button": QPushButton,
        "pending_signature_days_spin": QSpinBox, "expiry_warning_days_spin": QSpinBox,
        "save_settings_button": QPushButton, "message_label": QLabel,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.versions: tuple[templates.TemplateVersionRow, ...] = ()
        self._loaded: tuple[str, str] = ("", "")
        self._last_editor: QPlainTextEdit | None = None
        ui = self.ui
        for kind in AgreementKind:
            ui.kind_combo.addItem(domain_tr(kind.label), kind.value)
        ui.kind_combo.setMinimumContentsLength(24)
        ui.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for name in FIELDS:
            ui.field_combo.addItem(f"{{{name}}}", name)
        ui.kind_combo.activated.connect(lambda _i: self._kind_chosen())
        ui.insert_field_button.clicked.connect(self.insert_field)
        ui.preview_button.clicked.connect(self.preview)
        ui.preview_pdf_button.clicked.connect(self.preview_pdf)
        ui.save_button.clicked.connect(self.save)
        ui.load_version_button.clicked.connect(self.load_version)
        ui.versions_table.cellActivated.connect(lambda *_: self.load_version())
        ui.save_settings_button.clicked.connect(self.save_settings)
        for editor in (ui.premises_text_edit, ui.articles_text_edit):
            editor.cursorPositionChanged.connect(lambda e=editor: setattr(self, "_last_editor", e))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        writer = ctx.db.actor.can(Permission.NETWORK_WRITE)
        for name in ("save_button", "save_settings_button", "load_version_button", "insert_field_button"):
            getattr(ui, name).setEnabled(writer)
        for editor in (ui.premises_text_edit, ui.articles_text_edit):
            editor.setReadOnly(not writer)
        self.form.findChild(QSplitter, "templates_splitter").setSizes([560, 440])
        self.refresh()

    # --- loading ---------------------------------------------------------------------------------
    def kind(self) -> AgreementKind:
        return AgreementKind(self.ui.kind_combo.currentData())

    def refresh(self, reload_text: bool = False) -> None:
        """The versions and the reminders' figures; the text too, unless the clerk is editing it (coming back
        to the screen must not lose her changes)."""
        kind, load = self.kind(), reload_text or not self.has_unsaved_changes()
        run_operation(self, lambda: templates.list_template_versions(self.ctx.db, kind),
                      on_success=lambda versions: self._show_versions(versions, load), writes=False)
        run_operation(self, lambda: settings.get_settings(self.ctx.db), on_success=self._show_settings, writes=False)

    def _kind_chosen(self) -> None:
        if self.has_unsaved_changes() and not Messages.confirm(
                self, tr("Modelli di accordo"), tr("Il testo modificato non è stato salvato: lasciarlo?")):
            self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(self.versions[0].kind))
            return
        self.refresh(reload_text=True)

    def _show_versions(self, versions, load_text: bool) -> None:
        self.versions = versions
        rows = [(v.number, v.saved_on, v.saved_by, v.used_by, v.note) for v in versions]
        fill_table(self.ui.versions_table, (tr("Versione"), tr("Salvata il"), tr("Da"), tr("Accordi"), tr("Nota")),
                   rows, stretch=4, payloads=[v.number for v in versions])
        current = versions[0]
        self.ui.current_label.setText(
            tr("In uso: versione {n} del {day}").format(n=current.number, day=f"{current.saved_on:%d/%m/%Y}")
            if current.number else tr("In uso: testo predefinito"))
        if load_text:
            self._load_text(current)

    def _load_text(self, version: templates.TemplateVersionRow) -> None:
        clear_field_errors(self.form)
        self.ui.premises_text_edit.setPlainText(version.premises_text)
        self.ui.articles_text_edit.setPlainText(version.articles_text)
        self.ui.note_edit.clear()
        self._loaded = (version.premises_text, version.articles_text)
        self.preview()

    def _texts(self) -> tuple[str, str]:
        return self.ui.premises_text_edit.toPlainText(), self.ui.articles_text_edit.toPlainText()

    def has_unsaved_changes(self) -> bool:
        return self._texts() != self._loaded

    def discard_draft(self) -> None:
        self._loaded = self._texts()

    # --- editing ---------------------------------------------------------------------------------
    def insert_field(self) -> None:
        editor = self._last_editor or self.ui.articles_text_edit
        editor.insertPlainText(self.ui.field_combo.currentText())
        editor.setFocus()

    def load_version(self) -> None:
        number = payload(self.ui.versions_table)
        version = next((v for v in self.versions if v.number == number), None)
        if version is None:
            return
        if self.has_unsaved_changes() and not Messages.confirm(
                self, tr("Modelli di accordo"), tr("Il testo modificato non è stato salvato: sostituirlo con quello "
                                                   "della versione scelta?")):
            return
        self._load_text(version)
        self._loaded = ("", "")  # taken up again, it is a change to save as a new version
        self.ui.message_label.setText(tr("Testo della versione {n} ripreso: salvalo per renderlo quello in uso.")
                                      .format(n=version.number))

    def preview(self) -> None:
        kind, (premises, articles) = self.kind(), self._texts()
        run_operation(self, lambda: templates.preview_template(self.ctx.db, kind, premises, articles),
                      on_success=lambda p: self.ui.preview_browser.setHtml(preview_html(p)), writes=False)

    def preview_pdf(self) -> None:
        kind, (premises, articles) = self.kind(), self._texts()
        path = Path(tempfile.mkdtemp(prefix="modello-")) / f"anteprima-{kind.value}.pdf"
        clear_field_errors(self.form)
        run_operation(self, lambda: templates.render_template_preview(self.ctx.db, kind, premises, articles, path),
                      on_success=DocumentFiles.open_file, form=self.form, writes=False,
                      label=tr("Anteprima del PDF…"))

    def save(self) -> None:
        kind, (premises, articles), note = self.kind(), self._texts(), self.ui.note_edit.text()
        clear_field_errors(self.form)
        run_operation(self, lambda: templates.save_template(self.ctx.db, kind, premises, articles, note),
                      on_success=self._saved, form=self.form, label=tr("Salvataggio del modello…"))

    def _saved(self, number: int) -> None:
        self.ui.message_label.setText(tr("Salvata la versione {n}: i nuovi accordi partono da questo testo.")
                                      .format(n=number))
        self.refresh(reload_text=True)

    # --- reminders' figures ---------------------------------------------------------------------
    def _show_settings(self, data: settings.NetworkSettingsData) -> None:
        self.ui.pending_signature_days_spin.setValue(data.pending_signature_days)
        self.ui.expiry_warning_days_spin.setValue(data.expiry_warning_days)

    def save_settings(self) -> None:
        data = settings.NetworkSettingsData(self.ui.pending_signature_days_spin.value(),
                                            self.ui.expiry_warning_days_spin.value())
        clear_field_errors(self.form)
        run_operation(self, lambda: settings.save_settings(self.ctx.db, data), form=self.form,
                      on_success=lambda saved: (self._show_settings(saved), self.ui.message_label.setText(
                          tr("Promemoria salvati: firme in attesa da più di {p} giorni, scadenze entro {e} giorni.")
                          .format(p=saved.pending_signature_days, e=saved.expiry_warning_days))))
