"""A person's card › «Eventi e formazione»: the events she registered for, where she stands, the hours she
attended and her certificate; Enter opens the event, a button the certificate in the document register."""

from __future__ import annotations

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.events import history
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.models.paged_table import Column
from equilibri_desktop.ui.screens.registry.history_tab import HistoryTab, RowAction, Section
from equilibri_desktop.ui.screens.registry.table_model import day_text


def yes_or_dash(value: bool) -> str:
    return tr("Sì") if value else "—"


def open_event(ctx, row) -> None:
    if ctx.navigator is not None:
        ctx.navigator.open_record("event", row.event_uuid)


def certificate_action(ctx) -> RowAction:
    """The certificate lives in the document register (Start-up e contributi › Documenti)."""
    def can_open(row) -> bool:
        return row.has_certificate and ctx.navigator is not None and ctx.navigator.can_open("document")

    return RowAction(tr("Apr&i l'attestato"), lambda row: ctx.navigator.open_record("document", row.certificate_uuid),
                     can_open)


def training_columns(with_person: bool) -> list[Column]:
    columns = [Column("first_day", tr("Data"), day_text), Column("event_title", tr("Evento")),
               Column("kind_label", tr("Tipo"), domain_tr)]
    if with_person:
        columns.append(Column("person_name", tr("Persona")))
    return columns + [Column("status_label", tr("Stato"), domain_tr),
                      Column("attended_hours", tr("Ore frequentate"), align_right=True),
                      Column("has_certificate", tr("Attestato"), yes_or_dash)]


def person_events_tab(ctx, parent=None) -> HistoryTab | None:
    """None when the user's work does not include events (e.g. the network agent)."""
    if not ctx.db.actor.can(Permission.EVENTS_READ):
        return None
    section = Section(
        tr("Eventi e corsi"), training_columns(with_person=False),
        lambda key, sort, descending, offset, limit: history.person_trainings(ctx.db, key, sort, descending,
                                                                               offset, limit),
        open=RowAction(tr("A&pri l'evento"), lambda row: open_event(ctx, row)), more=certificate_action(ctx),
        count_text=lambda total: tr("Iscrizioni: {n}").format(n=total))
    return HistoryTab(ctx, [section], parent)
