"""Feedback questionnaires typed from paper, one at a time, and their averages per item for the event."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from equilibri_desktop.services.events import feedback
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors
from equilibri_desktop.ui.screens.events.rows_model import Col, RowsModel

ITEMS = len(feedback.FEEDBACK_ITEMS)


class FeedbackTab(FormScreen):
    FORM = "events/event_feedback"
    WIDGETS = {**{f"score_{i}_edit": QSpinBox for i in range(ITEMS)},
               **{f"score_{i}_label": QLabel for i in range(ITEMS)},
               "comment_edit": QLineEdit, "add_feedback_button": QPushButton, "summary_view": QTableView,
               "comments_label": QLabel}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_uuid = None
        for i, item in enumerate(feedback.FEEDBACK_ITEMS):
            getattr(self.ui, f"score_{i}_label").setText(f"{i + 1}. {item}")
        self.model = RowsModel([Col(tr("Domanda"), lambda r: r[0]),
                                Col(tr("Media"), lambda r: "—" if r[1] is None else str(r[1]).replace(".", ","),
                                    right=True),
                                Col(tr("Risposte"), lambda r: str(r[2]), right=True)], self)
        self.ui.summary_view.setModel(self.model)
        self.ui.summary_view.verticalHeader().hide()
        self.ui.summary_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.add_feedback_button.clicked.connect(self.add)
        self.ui.comment_edit.returnPressed.connect(self.add)

    def show_event(self, event_uuid) -> None:
        self.event_uuid = event_uuid
        self.refresh()

    def refresh(self) -> None:
        if self.event_uuid is None:
            return
        summary = feedback.feedback_summary(self.ctx.db, self.event_uuid)
        self.model.set_rows(summary.averages)
        self.ui.comments_label.setText(tr("Questionari: {n}.").format(n=summary.questionnaires) + (
            "\n" + "\n".join(f"• {c}" for c in summary.comments[-8:]) if summary.comments else ""))

    def add(self) -> None:
        scores = tuple(getattr(self.ui, f"score_{i}_edit").value() or None for i in range(ITEMS))
        comment, event_uuid = self.ui.comment_edit.text(), self.event_uuid
        run_operation(self, lambda: feedback.add_feedback(self.ctx.db, event_uuid, scores, comment),
                      on_success=self._added, form=self.form, label=tr("Registrazione del questionario…"))

    def _added(self, _count: int) -> None:
        clear_field_errors(self.form)
        for i in range(ITEMS):
            getattr(self.ui, f"score_{i}_edit").setValue(0)
        self.ui.comment_edit.clear()
        self.ui.score_0_edit.setFocus()
        self.refresh()
