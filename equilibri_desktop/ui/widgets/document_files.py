"""Opening, printing and choosing document files: the system's PDF viewer, the print dialog, the file picker.

Every step that shows a system window goes through `DocumentFiles`, whose static methods tests replace;
the register (services/document_register.py) checks each file's SHA-256 before it gets here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.documents.dto import DocumentRef
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation

log = logging.getLogger(__name__)
SIGNED_COPY_FILTER = "Documenti firmati o scansioni (*.pdf *.p7m *.tif *.tiff *.jpg *.jpeg *.png)"
PRINT_DPI = 300


class DocumentFiles:
    @staticmethod
    def open_file(path: Path) -> bool:
        """In the default viewer of the system; False when the system has none."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @staticmethod
    def print_file(parent: QWidget | None, path: Path) -> bool | None:
        """Through the system print dialog: True printed, False cancelled, None when printing is not
        available here (no Qt PDF or print support): the caller opens the viewer instead."""
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:
            return None
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.name)
        printer.setFromTo(1, document.pageCount())
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        _paint(document, printer)
        return True

    @staticmethod
    def choose_signed_copy(parent: QWidget | None) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, tr("Allega la copia firmata"), "", tr(SIGNED_COPY_FILTER))
        return Path(chosen) if chosen else None


def _paint(document, printer) -> None:
    first = max(printer.fromPage(), 1)
    last = min(printer.toPage() or document.pageCount(), document.pageCount())
    painter = QPainter(printer)
    try:
        for page in range(first - 1, last):
            if page > first - 1:
                printer.newPage()
            area = QRectF(painter.viewport())
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            # Rendered at print resolution (not screen) so text stays sharp on paper.
            pixels = QSize(int(size.width() / 72 * PRINT_DPI), int(size.height() / 72 * PRINT_DPI))
            painter.drawImage(target, document.render(page, pixels))
    finally:
        painter.end()


def open_document(parent: QWidget | None, path_of, ref: DocumentRef) -> None:
    """Open a registered file (`path_of` checks its checksum, off the UI thread); a changed or missing file
    is reported by the operation runner."""
    run_operation(parent, path_of, on_success=lambda path: _open_path(parent, path), writes=False,
                  error_title=tr("Documento alterato o mancante"))


def _open_path(parent: QWidget | None, path) -> None:
    if not DocumentFiles.open_file(path):
        Messages.warn(parent, tr("Nessun programma per i PDF"), tr(
            "Il sistema non ha un programma predefinito per aprire {name}. Il file è in {path}.").format(
            name=path.name, path=path))


def print_document(parent: QWidget | None, path_of, ref: DocumentRef) -> None:
    run_operation(parent, path_of, on_success=lambda path: _print_path(parent, path, ref), writes=False,
                  error_title=tr("Documento alterato o mancante"))


def _print_path(parent: QWidget | None, path, ref: DocumentRef) -> None:
    outcome = DocumentFiles.print_file(parent, path)
    if outcome is None:
        log.info("printing not available here: document %s opened in the viewer", ref.uuid)
        Messages.inform(parent, tr("Stampa dal visualizzatore"), tr(
            "La stampa diretta non è disponibile su questo computer: il documento si apre nel visualizzatore "
            "PDF, da cui puoi stamparlo."))
        DocumentFiles.open_file(path)


class SelectedDocumentActions:
    """Open, open the signed copy, print: the same three actions wherever a list of documents is shown.
    The widget using it provides `ctx` and `selected()` (the chosen DocumentRef or None)."""

    def open_selected(self) -> None:
        doc = self.selected()
        if doc is not None:
            open_document(self, lambda: document_register.document_path(self.ctx.db, doc.uuid), doc)

    def open_signed_copy(self) -> None:
        doc = self.selected()
        if doc is not None and doc.has_signed_copy:
            open_document(self, lambda: document_register.signed_copy_path(self.ctx.db, doc.uuid), doc)

    def print_selected(self) -> None:
        doc = self.selected()
        if doc is not None:
            print_document(self, lambda: document_register.document_path(self.ctx.db, doc.uuid), doc)
