"""The documents area of the rankings screen: the shared documents panel for the chosen frozen version.

The panel (ui/widgets/documents_panel.py) lists, generates and reopens the version's documents (decision,
annexes A and B, grant communications); the preview has no documents, so a hint takes its place.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QGroupBox, QLabel

from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.widgets.documents_panel import DocumentsPanel

RECORD_TYPE = "grant_ranking"


class DocumentsArea:
    def __init__(self, group: QGroupBox, placeholder: QLabel, panel: DocumentsPanel):
        self.group, self.placeholder, self.panel = group, placeholder, panel
        group.layout().addWidget(panel)

    def show_record(self, ranking_uuid: uuid.UUID | None) -> None:
        self.placeholder.setVisible(ranking_uuid is None)
        self.panel.setVisible(ranking_uuid is not None)
        if ranking_uuid is not None:
            self.panel.set_record(RECORD_TYPE, ranking_uuid)


def documents_area(ctx: AppContext, group: QGroupBox, placeholder: QLabel) -> DocumentsArea:
    return DocumentsArea(group, placeholder, DocumentsPanel(ctx))
