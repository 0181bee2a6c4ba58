"""The cover the session lock puts over each window: who is signed in, the password, «Sblocca», «Cambia utente».

The lock (ui/session_lock.py) hands it the input addressed to the covered window itself; the cover tells the
lock what the user asked through its signals, so it needs nothing of the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.ui.i18n import tr

KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
          QEvent.Type.MouseMove}


class LockCover(QFrame):
    """Covers one window; asks for the password to unlock."""

    unlock_requested = Signal(str)  # the password typed (the field is already cleared)
    switch_requested = Signal()  # «Cambia utente»: a new login

    def __init__(self, display_name: str, window: QWidget):
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        panel = QFrame(self, objectName="lock_panel")
        title = QLabel(tr("Sessione bloccata"), objectName="lock_title")
        who = QLabel(tr("Per riprendere il lavoro, {name} scriva la propria password.").format(name=display_name))
        who.setWordWrap(True)
        self.password_edit = QLineEdit(objectName="lock_password_edit", echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("Password"))
        self.error_label = QLabel(objectName="lock_error_label", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.unlock_button = QPushButton(tr("S&blocca"), objectName="lock_unlock_button", default=True)
        self.switch_button = QPushButton(tr("Cambia &utente"), objectName="lock_switch_button")
        self.password_edit.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button.clicked.connect(self.switch_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        for widget in (title, who, self.password_edit, self.error_label):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.setContentsMargins(22, 18, 22, 18)
        inner.setSpacing(10)
        panel.setFixedWidth(420)
        # A wrapped label inside a centred panel gets its height from too narrow a guess: give it its own.
        who.setMinimumHeight(who.heightForWidth(420 - 44) + 4)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.fit()
        self.show()
        self.raise_()

    def fit(self) -> None:
        self.setGeometry(self.parentWidget().rect())

    def take_input(self, event: QEvent) -> None:
        """Input addressed to the covered window itself: keys go to the cover's focus (the password field
        unless the user tabbed to a button), clicks to the cover's widget under the pointer."""
        if event.type() in KEYS:
            target = self.focusWidget()
            if target is None or not self.isAncestorOf(target):
                target = self.password_edit
                target.setFocus()
            QApplication.sendEvent(target, event)  # the same event: a ShortcutOverride's answer comes back
            return
        if event.type() in MOUSE:
            point = self.mapFrom(self.parentWidget(), event.position().toPoint())
            target = self.childAt(point) or self
            local = QPointF(target.mapFrom(self, point))
            QApplication.sendEvent(target, QMouseEvent(event.type(), local, event.scenePosition(),
                                                       event.globalPosition(), event.button(), event.buttons(),
                                                       event.modifiers()))

    def _unlock(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        self.unlock_requested.emit(password)

    # Keys and clicks the cover's widgets leave alone (Enter after returnPressed, a click on a label) stop
    # here: climbing on to the covered window, they would come back to the cover a second time.
    def keyPressEvent(self, event) -> None:
        event.accept()

    def keyReleaseEvent(self, event) -> None:
        event.accept()

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        event.accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()
