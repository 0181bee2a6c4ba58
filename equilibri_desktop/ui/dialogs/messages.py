"""Every modal question and notice goes through here, so tests can answer them without blocking."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from equilibri_desktop.ui.i18n import tr


class Messages:
    """Tests monkeypatch these static methods; the app shows real dialogs."""

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str, ok_label: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        ok = box.addButton(ok_label or tr("Conferma"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr("Annulla"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    @staticmethod
    def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
        """A written reason (several lines allowed); None when the user cancels."""
        answer, ok = QInputDialog.getMultiLineText(parent, title, text)
        return answer.strip() if ok else None

    @staticmethod
    def inform(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @staticmethod
    def warn(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @staticmethod
    def error_details(parent: QWidget | None, title: str, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
        box.setDetailedText(details)
        copy = box.addButton(tr("Copia i dettagli"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        # The copy button would close the box; keep it open so the clerk can also read the text.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(f"{text}\n\n{details}"))
        box.exec()
