"""Test pages and specimens an office prints to check its letterhead and templates before real documents go out.

`render_specimens` draws one document of every kind into a folder. It only reads the database (letterhead
and, when there is one, the latest call's texts, grid and commission) and falls back to example values, so
it works on any installation, even one never started. Applicants are always fictitious.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.organisation import OrganisationProfile

TEST_PAGE_NAME = "prova-carta-intestata.pdf"
EXAMPLE_PROFILE = OrganisationProfile(
    body_name="A.S.S.E.MI. – Azienda Sociale Sud Est Milano (esempio)",
    address="Via Giuseppe Di Vittorio 4, 20098 San Giuliano Milanese (MI)",
    fiscal_code="97000000154", pec="protocollo@pec.assemi.example.org", email="segreteria@assemi.example.org",
    phone="02 9820 4100", project_title="Governare gli equilibri", project_cup="E11H17000120002",
    signatory_name="Dott.ssa Paola Ferri (esempio)", signatory_role="La Responsabile del procedimento")


@dataclass(frozen=True)
class SpecimenResult:
    paths: tuple[Path, ...]
    letterhead_from_database: bool  # False: the example letterhead (no database, or the office's is empty)
    call_title: str
    call_from_database: bool


def render_letterhead_test_page(config: AppConfig, profile: OrganisationProfile, target: Path | None = None) -> Path:
    from equilibri_desktop.documents.specimen import build_test_page_pdf  # ReportLab is slow to import

    path = target or (config.documents_dir / TEST_PAGE_NAME)
    path.parent.mkdir(parents=True, exist_ok=True)
    build_test_page_pdf(profile.normalised(), path)
    return path


def _read_database(config: AppConfig):
    """The office's letterhead and latest call, or (None, None) when there is no usable database. Never
    creates, migrates or writes anything."""
    from equilibri_desktop.services.admin import office_profile as organisation
    from equilibri_desktop.services.admin.database import connect, schema_is_current
    from equilibri_desktop.services.admin.maintenance import database_damage
    from equilibri_desktop.services.grants import specimens as grant_specimens

    if config.is_sqlite and (not config.database_path.is_file() or database_damage(config)):
        return None, None
    db = connect(config)
    try:
        if not schema_is_current(db):
            return None, None
        profile = organisation.load_profile(db)
        return (profile if profile.body_name else None), grant_specimens.call_from_database(db)
    finally:
        db.dispose()


def render_specimens(config: AppConfig, outdir: Path, today: date | None = None) -> SpecimenResult:
    """Write the letterhead test page and one specimen of every grant document into `outdir`."""
    from equilibri_desktop.documents.grants import annexes, decision, letters, minutes
    from equilibri_desktop.documents.grants.data import (
        ExclusionLetterData,
        GrantCommunicationData,
        GrantDecisionData,
        RankingAnnexData,
        RevocationData,
        ScoringMinutesData,
    )
    from equilibri_desktop.documents.specimen import build_test_page_pdf
    from equilibri_desktop.services.events.specimens import render_event_specimens
    from equilibri_desktop.services.flexwork.specimens import render_flexwork_specimens
    from equilibri_desktop.services.grants.document_common import Office
    from equilibri_desktop.services.grants.specimen_documents import specimen_documents
    from equilibri_desktop.services.grants.specimen_procedure import render_procedure_specimens
    from equilibri_desktop.services.grants.specimens import demo_call
    from equilibri_desktop.services.network import specimens as network_specimens
    from equilibri_desktop.services.welfare import specimens as welfare_specimens

    builders = {GrantDecisionData: decision.build_grant_decision_pdf, RankingAnnexData: annexes.build_ranking_annex_pdf,
                ExclusionLetterData: letters.build_exclusion_letter_pdf,
                GrantCommunicationData: letters.build_grant_communication_pdf,
                RevocationData: letters.build_revocation_pdf, ScoringMinutesData: minutes.build_scoring_minutes_pdf}
    today = today or office_today()
    stored_profile, stored_call = _read_database(config)
    profile = (stored_profile or EXAMPLE_PROFILE).normalised()
    settings = stored_call or demo_call(today)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = [outdir / f"01-{TEST_PAGE_NAME}"]
    build_test_page_pdf(profile, paths[0])
    for stem, data in specimen_documents(Office(profile), settings, today):
        path = outdir / f"{stem}.pdf"
        builders[type(data)](data, profile, path)
        paths.append(path)
    paths += render_procedure_specimens(profile, settings, outdir, today)
    paths += network_specimens.render_network_specimens(profile, outdir, today)
    paths += render_event_specimens(profile, outdir, today)
    paths += welfare_specimens.render_welfare_specimens(profile, outdir, today)
    paths += render_flexwork_specimens(profile, outdir, today)
    return SpecimenResult(tuple(paths), stored_profile is not None, settings.call.title, stored_call is not None)
