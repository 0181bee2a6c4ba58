"""The areas of work and their screens. An area is listed only when it has screens the user may open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from equilibri_desktop.domain.access import Actor, Permission
from equilibri_desktop.ui.context import AppContext

# Every area of the product, in menu order; those without screens stay hidden.
AREAS = (
    QT_TRANSLATE_NOOP("Navigation", "Anagrafiche"),
    QT_TRANSLATE_NOOP("Navigation", "Start-up e contributi"),
    QT_TRANSLATE_NOOP("Navigation", "Lavoro agile"),
    QT_TRANSLATE_NOOP("Navigation", "Rete e accordi"),
    QT_TRANSLATE_NOOP("Navigation", "Consulenza PMI"),
    QT_TRANSLATE_NOOP("Navigation", "Eventi"),
    QT_TRANSLATE_NOOP("Navigation", "Report"),
    QT_TRANSLATE_NOOP("Navigation", "Amministrazione"),
)


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    area: str  # one of AREAS, or "" for the home page
    title: str
    factory: Callable[[AppContext], QWidget]
    # Without it the screen is not listed at all (the services refuse the work anyway). Screens that
    # everybody may read but only some may change leave this empty and go read-only by themselves.
    permission: Permission | None = None
    # Kinds of record this screen shows through `open_record(uuid)` (see ui/navigator.py).
    record_kinds: tuple[str, ...] = ()

    def allowed(self, actor: Actor | None) -> bool:
        return self.permission is None or actor is None or actor.can(self.permission)


def _home(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.home.home_page import HomePage

    return HomePage(ctx)


def _organisation(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.admin.organisation_settings import (
        OrganisationSettingsScreen,
    )

    return OrganisationSettingsScreen(ctx)


def _backups(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.admin.backups import BackupsScreen

    return BackupsScreen(ctx)


def _users(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.admin.users import UsersScreen

    return UsersScreen(ctx)


def _audit(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.admin.audit import AuditScreen

    return AuditScreen(ctx)


def _people(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.registry import people_screen

    return people_screen(ctx)


def _organisations(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.registry import organisations_screen

    return organisations_screen(ctx)


def _grant_evaluation(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.grants.evaluation_screen import EvaluationScreen

    return EvaluationScreen(ctx)


def _grant_rankings(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.grants.ranking_screen import RankingScreen

    return RankingScreen(ctx)


def _grant_calls(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.grants.calls_screen import CallsScreen

    return CallsScreen(ctx)


def _grant_applications(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.grants.applications_screen import applications_screen

    return applications_screen(ctx)


def _grant_payments(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.grants.payments_screen import PaymentsScreen

    return PaymentsScreen(ctx)


def _grant_documents(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.grants.documents_screen import DocumentsScreen

    return DocumentsScreen(ctx)


def _network_agreements(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.network.agreements_screen import AgreementsScreen

    return AgreementsScreen(ctx)


def _network_overview(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.network.overview_screen import NetworkOverviewScreen

    return NetworkOverviewScreen(ctx)


def _network_contacts(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.network.contacts_screen import ContactsScreen

    return ContactsScreen(ctx)


def _network_templates(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.network.templates_screen import TemplatesScreen

    return TemplatesScreen(ctx)


def _events(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.events.events_screen import EventsScreen

    return EventsScreen(ctx)


def _field_office(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.field.field_office_screen import FieldOfficeScreen

    return FieldOfficeScreen(ctx)


def _welfare_engagements(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.welfare.engagements_screen import EngagementsScreen

    return EngagementsScreen(ctx)


def _welfare_indicators(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.welfare.indicators_screen import IndicatorsScreen

    return IndicatorsScreen(ctx)


def _flexwork_pathways(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    return PathwaysScreen(ctx)


def _flexwork_coworking(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.flexwork.coworking_screen import CoworkingScreen

    return CoworkingScreen(ctx)


def _flexwork_indicators(ctx: AppContext) -> QWidget:
    from equilibri_desktop.ui.screens.flexwork.indicators_screen import FlexworkIndicatorsScreen

    return FlexworkIndicatorsScreen(ctx)


SCREENS = (
    ScreenEntry("home", "", QT_TRANSLATE_NOOP("Navigation", "Home"), _home),
    ScreenEntry("people", "Anagrafiche", QT_TRANSLATE_NOOP("Navigation", "Persone"), _people,
                Permission.REGISTRY_READ, record_kinds=("person",)),
    ScreenEntry("organisations", "Anagrafiche", QT_TRANSLATE_NOOP("Navigation", "Enti e imprese"), _organisations,
                Permission.REGISTRY_READ, record_kinds=("organisation",)),
    ScreenEntry("grant_calls", "Start-up e contributi", QT_TRANSLATE_NOOP("Navigation", "Bandi"), _grant_calls,
                Permission.GRANTS_READ),
    ScreenEntry("grant_applications", "Start-up e contributi", QT_TRANSLATE_NOOP("Navigation", "Domande"),
                _grant_applications, Permission.GRANTS_READ, record_kinds=("grant_application",)),
    ScreenEntry("grant_evaluation", "Start-up e contributi", QT_TRANSLATE_NOOP("Navigation", "Valutazione"),
                _grant_evaluation, Permission.GRANTS_SCORE, record_kinds=("grant_score",)),
    ScreenEntry("grant_rankings", "Start-up e contributi", QT_TRANSLATE_NOOP("Navigation", "Graduatorie"),
                _grant_rankings, Permission.GRANTS_READ, record_kinds=("grant_ranking",)),
    ScreenEntry("grant_payments", "Start-up e contributi", QT_TRANSLATE_NOOP("Navigation", "Erogazioni"),
                _grant_payments, Permission.GRANTS_READ, record_kinds=("grant_payment",)),
    ScreenEntry("grant_documents", "Start-up e contributi", QT_TRANSLATE_NOOP("Navigation", "Documenti"),
                _grant_documents, Permission.GRANTS_READ, record_kinds=("document",)),
    ScreenEntry("flexwork_pathways", "Lavoro agile", QT_TRANSLATE_NOOP("Navigation", "Organizzazioni seguite"),
                _flexwork_pathways, Permission.FLEXWORK_READ, record_kinds=("flexwork_pathway",)),
    ScreenEntry("flexwork_coworking", "Lavoro agile", QT_TRANSLATE_NOOP("Navigation", "Coworking e satelliti"),
                _flexwork_coworking, Permission.FLEXWORK_READ),
    ScreenEntry("flexwork_indicators", "Lavoro agile", QT_TRANSLATE_NOOP("Navigation", "Indicatori lavoro agile"),
                _flexwork_indicators, Permission.FLEXWORK_READ),
    ScreenEntry("network_agreements", "Rete e accordi", QT_TRANSLATE_NOOP("Navigation", "Accordi"),
                _network_agreements, Permission.NETWORK_READ, record_kinds=("network_agreement",)),
    ScreenEntry("network_overview", "Rete e accordi", QT_TRANSLATE_NOOP("Navigation", "La rete"),
                _network_overview, Permission.NETWORK_READ),
    ScreenEntry("network_contacts", "Rete e accordi", QT_TRANSLATE_NOOP("Navigation", "Contatti con le imprese"),
                _network_contacts, Permission.NETWORK_READ),
    ScreenEntry("network_templates", "Rete e accordi", QT_TRANSLATE_NOOP("Navigation", "Modelli di accordo"),
                _network_templates, Permission.NETWORK_READ),
    ScreenEntry("events", "Eventi", QT_TRANSLATE_NOOP("Navigation", "Eventi e formazione"), _events,
                Permission.EVENTS_READ, record_kinds=("event",)),
    ScreenEntry("field_office", "Eventi", QT_TRANSLATE_NOOP("Navigation", "Portatili da campo"), _field_office,
                Permission.EVENTS_FIELD),
    ScreenEntry("welfare_engagements", "Consulenza PMI", QT_TRANSLATE_NOOP("Navigation", "Incarichi welfare"),
                _welfare_engagements, Permission.WELFARE_READ, record_kinds=("welfare_engagement",)),
    ScreenEntry("welfare_indicators", "Consulenza PMI", QT_TRANSLATE_NOOP("Navigation", "Indicatori welfare"),
                _welfare_indicators, Permission.WELFARE_READ),
    ScreenEntry("organisation", "Amministrazione", QT_TRANSLATE_NOOP("Navigation", "Ente e progetto"), _organisation),
    ScreenEntry("users", "Amministrazione", QT_TRANSLATE_NOOP("Navigation", "Utenti"), _users,
                Permission.USERS_MANAGE),
    ScreenEntry("audit", "Amministrazione", QT_TRANSLATE_NOOP("Navigation", "Registro delle attività"), _audit,
                Permission.AUDIT_READ),
    ScreenEntry("backups", "Amministrazione", QT_TRANSLATE_NOOP("Navigation", "Copie di sicurezza"), _backups,
                Permission.BACKUPS_MANAGE),
)


def screen_entry(key: str) -> ScreenEntry:
    return next(entry for entry in SCREENS if entry.key == key)


def screen_for_kind(kind: str, actor: Actor | None = None) -> str | None:
    """The key of the screen that shows records of `kind` to `actor`, if they may open it."""
    return next((entry.key for entry in SCREENS if kind in entry.record_kinds and entry.allowed(actor)), None)


def visible_screens(actor: Actor | None = None) -> list[ScreenEntry]:
    """The screens `actor` may open (all of them when no actor is given)."""
    return [entry for entry in SCREENS if entry.allowed(actor)]


def visible_areas(actor: Actor | None = None) -> list[str]:
    used = {entry.area for entry in visible_screens(actor)}
    return [area for area in AREAS if area in used]
