"""The network agent's contacts and good practices, the network per organisation and municipality, the
.xlsx export and the home page's reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.services.network import (
    agreements,
    contacts,
    overview,
    reminders,
    signatures,
)
from equilibri_desktop.services.network.contacts import ContactInput
from tests.network_helpers import agreement_input, make_body
from tests.registry_helpers import municipality_id

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with use_clock(FixedClock(NOW)):
        yield


def test_contacts_with_firms_and_the_agent_follow_ups(db, clock):
    firm = make_body(db, 0)
    with pytest.raises(ValidationError) as err:
        contacts.record_contact(db, ContactInput(firm.uuid, date(2026, 3, 9), "visita"))
    assert "futuro" in err.value.for_field("contact_on")
    with pytest.raises(ValidationError) as err:
        contacts.record_contact(db, ContactInput(firm.uuid, date(2026, 2, 9), "visita", next_step_due=date(2026, 3, 1)))
    assert err.value.for_field("next_step")
    row = contacts.record_contact(db, ContactInput(
        firm.uuid, date(2026, 2, 20), "visita", ("welfare", "accordo"), outcome="Interessata al piano welfare",
        next_step="Inviare bozza di accordo", next_step_due=date(2026, 3, 5)))
    assert row.agent == db.actor.username and row.topics == ("welfare", "accordo")
    due = reminders.network_reminders(db)
    assert [(r.kind, r.record_uuid) for r in due] == [("ricontatto", firm.uuid)]
    assert "Inviare bozza" in due[0].text
    assert reminders.network_reminders(db, agent="altro.agente") == ()
    contacts.complete_next_step(db, row.uuid)
    assert reminders.network_reminders(db) == ()
    assert [c.outcome for c in contacts.list_contacts(db, firm.uuid)] == ["Interessata al piano welfare"]


def test_good_practices_are_searchable(db, clock):
    firm, other = make_body(db, 0), make_body(db, 1)
    contacts.record_practice(db, firm.uuid, "Orario flessibile in entrata", "Fascia 8-10", "Assenze -20%")
    contacts.record_practice(db, other.uuid, "Voucher per centri estivi", "Per figli fino a 14 anni")
    with pytest.raises(ValidationError):
        contacts.record_practice(db, firm.uuid, "  ")
    assert [p.organisation_name for p in contacts.search_practices(db, "estivi")] == [other.name]
    assert len(contacts.search_practices(db)) == 2


def test_network_per_organisation_and_municipality_and_export(db, clock, tmp_path):
    lead, town, firm = make_body(db, 0), make_body(db, 1, "comune", "Carpiano"), make_body(db, 2)
    first = agreements.create_agreement(db, agreement_input([lead, town, firm]))
    agreements.send_for_signature(db, first.uuid, first.version)
    agreements.create_agreement(db, agreement_input([firm, lead], kind="rete", title="Rete imprese"))
    of_firm = overview.network_of_organisation(db, firm.uuid)
    assert sorted((m.kind, m.role) for m in of_firm) == [("partenariato", "partner"), ("rete", "capofila")]
    carpiano = overview.network_of_municipality(db, municipality_id(db, "Carpiano"))
    assert [(m.organisation_name, m.code) for m in carpiano] == [(town.name, first.code)]
    melegnano = overview.network_of_municipality(db, municipality_id(db, "Melegnano"))  # drafts left out
    assert {m.code for m in melegnano} == {first.code}
    path = tmp_path / "accordi.xlsx"
    assert overview.export_agreements(db, path) == 2
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]][:4] == ["Codice", "Tipo", "Titolo", "Stato"]
    assert sheet["D2"].value == "In firma" and sheet["F2"].value == 3


def test_reminders_for_pending_signatures_expiries_and_renewals(db, tmp_path):
    bodies = [make_body(db, i) for i in range(2)]
    with use_clock(FixedClock(datetime(2026, 1, 10, 9, tzinfo=UTC))):
        pending = agreements.create_agreement(db, agreement_input(bodies, title="In attesa"))
        agreements.send_for_signature(db, pending.uuid, pending.version)
        for title, tacit in (("Scade presto", False), ("Si rinnova", True)):
            draft = agreements.create_agreement(db, agreement_input(bodies, title=title, end_date=date(2026, 3, 20),
                                                                    tacit_renewal=tacit))
            sent = agreements.send_for_signature(db, draft.uuid, draft.version)
            scan = tmp_path / f"{title}.pdf"
            scan.write_bytes(b"%PDF scan")
            signatures.record_paper_signatures(db, sent.uuid, [p.uuid for p in sent.parties], scan)
        assert reminders.network_reminders(db, pending_days=15) == ()  # nothing pending long, nothing near expiry
    with use_clock(FixedClock(NOW)):
        found = reminders.network_reminders(db, pending_days=15)
    kinds = sorted(r.kind for r in found)
    assert kinds == ["firma", "firma", "rinnovo", "scadenza"]
    assert any("attesa da 51 giorni" in r.text for r in found)


def test_demo_data_holds_a_small_network(db):
    from equilibri_desktop.domain.access import Actor, Role
    from equilibri_desktop.services.demo.seed import seed_demo_data

    seed_demo_data(db)
    rows = agreements.search_agreements(db).items
    assert sorted(r.status for r in rows) == ["bozza", "in_firma", "in_firma", "in_vigore"]
    in_force = next(r for r in rows if r.status == "in_vigore")
    assert in_force.parties == in_force.signed == 5
    # The protocol signed by all waits for its stated date, twelve days ahead.
    protocol = next(r for r in rows if r.kind == "protocollo")
    assert protocol.status == "in_firma" and protocol.signed == protocol.parties == 2
    db.actor = Actor("demo.agente_rete", roles=frozenset({Role.AGENTE_RETE}))
    due = reminders.network_reminders(db)
    assert {r.kind for r in due} == {"firma", "ricontatto"}
    assert len(contacts.search_practices(db)) == 2


def test_good_practices_print_as_a_catalogue(db, clock, tmp_path):
    import pdfplumber

    firm = make_body(db, 0)
    contacts.record_practice(db, firm.uuid, "Orario flessibile in entrata", "Fascia 8-10", "Assenze -20%")
    path = contacts.print_practices_catalogue(db, tmp_path / "catalogo.pdf")
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "CATALOGO DELLE BUONE PRATICHE" in text and firm.name in text and "Assenze -20%" in text


def test_contacts_show_the_firms_sector_and_size_from_the_registry(db):
    from equilibri_desktop.domain.organisation_rules import OrganisationInput
    from equilibri_desktop.services.registry import organisations

    with use_clock(FixedClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))):
        firm = organisations.create_organisation(db, OrganisationInput(
            name="Officine Lambro", kind="impresa", ateco="25.62.00", employees=30,
            municipality_id=municipality_id(db, "Melegnano"))).organisation
        contacts.record_contact(db, ContactInput(firm.uuid, date(2026, 3, 1), "visita"))
        [row] = contacts.list_contacts(db, text="25.62")
        assert (row.organisation_name, row.ateco, row.size_class) == ("Officine Lambro", "25.62.00", "piccola")
        assert contacts.list_contacts(db, text="10.71") == ()
