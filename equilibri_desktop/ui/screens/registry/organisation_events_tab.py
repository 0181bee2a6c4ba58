"""An organisation's card › «Eventi e formazione»: the people it sent to events and courses (with attendance
and certificates) and the events it organised or joined as a partner. Enter opens the event."""

from __future__ import annotations

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.attendance import format_hours
from equilibri_desktop.services.events import history
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.models.paged_table import Column
from equilibri_desktop.ui.screens.registry.history_tab import HistoryTab, RowAction, Section
from equilibri_desktop.ui.screens.registry.person_events_tab import open_event, training_columns
from equilibri_desktop.ui.screens.registry.table_model import day_text


def roles_text(roles: tuple[bool, bool]) -> str:
    organiser, partner = roles
    return ", ".join(text for shown, text in ((organiser, tr("Organizzatore")), (partner, tr("Partner"))) if shown)


def _open_person(ctx, row) -> None:
    if ctx.navigator is not None and row.person_uuid is not None:
        ctx.navigator.open_person(row.person_uuid)


def _trained(ctx) -> Section:
    return Section(
        tr("Persone formate"), training_columns(with_person=True),
        lambda key, sort, descending, offset, limit: history.organisation_trainings(ctx.db, key, sort, descending,
                                                                                     offset, limit),
        open=RowAction(tr("A&pri l'evento"), lambda row: open_event(ctx, row)),
        more=RowAction(tr("Apri la pers&ona"), lambda row: _open_person(ctx, row),
                       lambda row: row.person_uuid is not None),
        detail=lambda row: "" if row.person_uuid else tr(
            "Iscritta all'evento senza scheda in anagrafica: la scheda si completa dall'evento."),
        count_text=lambda total: tr("Partecipazioni: {n}").format(n=total))


def _events(ctx) -> Section:
    columns = [Column("first_day", tr("Data"), day_text), Column("title", tr("Evento")),
               Column("kind_label", tr("Tipo"), domain_tr), Column("roles", tr("Ruolo dell'ente"), roles_text,
                                                                  sortable=False),
               Column("people", tr("Partecipanti dell'ente"), align_right=True),
               Column("total_minutes", tr("Ore"), format_hours, align_right=True)]
    return Section(
        tr("Eventi organizzati o come partner"), columns,
        lambda key, sort, descending, offset, limit: history.organisation_events(ctx.db, key, sort, descending,
                                                                                  offset, limit),
        open=RowAction(tr("A&pri l'evento"), lambda row: ctx.navigator and ctx.navigator.open_record(
            "event", row.uuid)),
        count_text=lambda total: tr("Eventi: {n}").format(n=total))


def organisation_events_tab(ctx, parent=None) -> HistoryTab | None:
    if not ctx.db.actor.can(Permission.EVENTS_READ):
        return None
    return HistoryTab(ctx, [_trained(ctx), _events(ctx)], parent)
