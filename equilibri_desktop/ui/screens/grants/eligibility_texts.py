"""An eligibility line's detail in the interface's language: its code worded through the service messages'
catalogue (ui/eligibility_catalogue.py); a line stored before the codes, or with a code this version does not know,
shows its Italian text as written."""

from __future__ import annotations

from equilibri_desktop.services.grants.eligibility import EligibilityRow
from equilibri_desktop.ui.service_messages import coded_text


def detail_text(row: EligibilityRow) -> str:
    return coded_text(row.detail_code, dict(row.detail_params), row.detail)
