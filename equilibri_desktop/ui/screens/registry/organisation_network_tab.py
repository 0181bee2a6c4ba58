"""An organisation's card › «Rete e welfare»: its whole history with the network (issue 14) — the agreements it
is or was party to, the network agent's contacts, its good practices, the welfare consulting it received.
Enter opens an agreement or an engagement; a contact's or a practice's full text shows below the table."""

from __future__ import annotations

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.network import organisation_history as network
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.models.paged_table import Column
from equilibri_desktop.ui.screens.registry.history_tab import HistoryTab, RowAction, Section
from equilibri_desktop.ui.screens.registry.table_model import day_text


def _opener(ctx, kind: str) -> RowAction:
    return RowAction(tr("Apr&i"), lambda row: ctx.navigator and ctx.navigator.open_record(kind, row.uuid),
                     lambda _row: ctx.navigator is not None and ctx.navigator.can_open(kind))


def _paragraphs(*pairs: tuple[str, str]) -> str:
    return "\n".join(f"{title}: {text}" for title, text in pairs if text)


def _agreements(ctx) -> Section:
    columns = [Column("start_date", tr("Dal"), day_text), Column("code", tr("Codice")), Column("title", tr("Titolo")),
               Column("role_label", tr("Ruolo"), domain_tr), Column("signature_label", tr("Firma"), domain_tr),
               Column("status_label", tr("Stato"), domain_tr), Column("end_date", tr("Al"), day_text)]
    return Section(
        tr("Accordi"), columns,
        lambda key, sort, descending, offset, limit: network.organisation_agreements(ctx.db, key, sort, descending,
                                                                                      offset, limit),
        open=_opener(ctx, "network_agreement"),
        detail=lambda row: _paragraphs((tr("Tipo"), domain_tr(row.kind_label)),
                                       (tr("Receduto il"), day_text(row.withdrawn_on))),
        count_text=lambda total: tr("Accordi: {n}").format(n=total), stretch=2)


def _contact_detail(row) -> str:
    due = ""
    if row.next_step:
        state = tr("fatto") if row.next_step_done else tr("entro il {date}").format(date=day_text(row.next_step_due))
        due = f"{row.next_step} ({state})" if row.next_step_due or row.next_step_done else row.next_step
    return _paragraphs((tr("Temi"), ", ".join(domain_tr(t) for t in row.topic_labels)), (tr("Sintesi"), row.summary),
                       (tr("Esito"), row.outcome), (tr("Prossimo passo"), due))


def _contacts(ctx) -> Section:
    columns = [Column("contact_on", tr("Data"), day_text), Column("kind_label", tr("Tipo"), domain_tr),
               Column("agent", tr("Agente")), Column("outcome", tr("Esito")),
               Column("next_step_due", tr("Prossimo passo entro"), day_text)]
    return Section(
        tr("Contatti con l'agente di rete"), columns,
        lambda key, sort, descending, offset, limit: network.organisation_contacts(ctx.db, key, sort, descending,
                                                                                    offset, limit),
        detail=_contact_detail, count_text=lambda total: tr("Contatti: {n}").format(n=total), stretch=3)


def _practices(ctx) -> Section:
    columns = [Column("recorded_on", tr("Data"), day_text), Column("measure", tr("Misura")),
               Column("results", tr("Risultati"), sortable=False)]
    return Section(
        tr("Buone pratiche"), columns,
        lambda key, sort, descending, offset, limit: network.organisation_practices(ctx.db, key, sort, descending,
                                                                                     offset, limit),
        detail=lambda row: _paragraphs((tr("Descrizione"), row.description), (tr("Risultati"), row.results)),
        count_text=lambda total: tr("Buone pratiche: {n}").format(n=total), stretch=2)


def _welfare(ctx) -> Section:
    columns = [Column("started_on", tr("Avvio"), day_text), Column("title", tr("Incarico")),
               Column("network_name", tr("Rete di imprese"), sortable=False),
               Column("stage_label", tr("Fase"), domain_tr), Column("consultant", tr("Consulente")),
               Column("hours", tr("Ore"), lambda hours: str(hours).replace(".", ","), align_right=True)]
    return Section(
        tr("Consulenza welfare"), columns,
        lambda key, sort, descending, offset, limit: network.organisation_welfare(ctx.db, key, sort, descending,
                                                                                   offset, limit),
        open=_opener(ctx, "welfare_engagement"), count_text=lambda total: tr("Incarichi: {n}").format(n=total))


def organisation_network_tab(ctx, parent=None) -> HistoryTab | None:
    """The sections the user's work includes; None when it includes none of them."""
    actor = ctx.db.actor
    sections = []
    if actor.can(Permission.NETWORK_READ):
        sections += [_agreements(ctx), _contacts(ctx), _practices(ctx)]
    if actor.can(Permission.WELFARE_READ):
        sections.append(_welfare(ctx))
    # The card's events tab owns «E&lenco» and «A&pri…»: each Alt letter once per card.
    return HistoryTab(ctx, sections, parent, section_label=tr("Ele&nco")) if sections else None
