"""Test pages an office prints to check its letterhead before real documents go out."""

from __future__ import annotations

from pathlib import Path

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.organisation import OrganisationProfile

TEST_PAGE_NAME = "prova-carta-intestata.pdf"


def render_letterhead_test_page(config: AppConfig, profile: OrganisationProfile, target: Path | None = None) -> Path:
    from equilibri_desktop.documents.specimen import build_test_page_pdf  # ReportLab is slow to import

    path = target or (config.documents_dir / TEST_PAGE_NAME)
    path.parent.mkdir(parents=True, exist_ok=True)
    build_test_page_pdf(profile.normalised(), path)
    return path
