"""Agreements: drafting from the registry, bad input next to the fields, the lifecycle with paper signatures,
amendments as linked versions, closing, the list's filters and the network agent's permissions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from equilibri_desktop.domain.access import (
    Actor,
    Permission,
    PermissionDeniedError,
    Role,
)
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.network.codes import AgreementStatus as S
from equilibri_desktop.services.network import agreements, lifecycle, signatures
from equilibri_desktop.services.network.dto import AgreementFilter
from tests.network_helpers import agreement_input, make_body, party
from tests.registry_helpers import add_person, municipality_id

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with use_clock(FixedClock(NOW)):
        yield


def _scan(tmp_path, name="firmato.pdf"):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 scansione")
    return path


def test_draft_from_the_registry_with_contributions_and_code(db, clock):
    bodies = [make_body(db, i) for i in range(3)]
    detail = agreements.create_agreement(db, agreement_input(bodies))
    assert detail.code == "AP-2026-001" and detail.status == S.BOZZA
    assert [p.organisation_name for p in detail.parties] == [b.name for b in bodies]
    assert detail.lead_name == bodies[0].name
    first = detail.parties[0]
    assert (first.signatory_name == bodies[0].rep_name
            and first.in_kind_value == first.in_kind_hours * first.in_kind_rate)
    assert str(first.in_kind_value) == "1020.00" and str(detail.total_cash) == "4500.00"
    assert "{impegni}" in detail.articles_text and detail.committee[0].name == "Paola Ferri"
    assert agreements.create_agreement(db, agreement_input(bodies[:2])).code == "AP-2026-002"


def test_bad_input_goes_next_to_the_fields(db, clock):
    a, b = make_body(db, 0), make_body(db, 1)
    with pytest.raises(ValidationError) as err:
        agreements.create_agreement(db, agreement_input([a, b], start_date=date(2026, 5, 1), end_date=date(2026, 4, 1)))
    assert "precedere" in err.value.for_field("end_date")
    with pytest.raises(ValidationError) as err:
        agreements.create_agreement(db, agreement_input([a, b], in_force_from=date(2028, 1, 1)))
    assert "seguire la scadenza" in err.value.for_field("in_force_from")
    twice = agreement_input([a, b], parties=(party(a, "capofila"), party(b), party(a)))
    with pytest.raises(ValidationError) as err:
        agreements.create_agreement(db, twice)
    assert "già tra le parti" in err.value.for_field("parties")
    stranger = add_person(db, "Verdi", "Ugo", sex="M", born=date(1960, 2, 2))
    no_power = agreement_input([a, b], parties=(party(a, "capofila"), party(b, signatory_uuid=stranger.uuid)))
    with pytest.raises(ValidationError) as err:
        agreements.create_agreement(db, no_power)
    assert "potere di firma" in err.value.for_field("parties")
    delegate = (party(a, "capofila"), party(b, signatory_uuid=stranger.uuid, capacity="delegato"))
    with pytest.raises(ValidationError) as err:
        agreements.create_agreement(db, agreement_input([a, b], parties=delegate))
    assert "atto di delega" in err.value.for_field("parties")
    with_act = (delegate[0], replace(delegate[1], delegation_act="Delega del 10/01/2026 prot. 55"))
    assert agreements.create_agreement(db, agreement_input([a, b], parties=with_act)).parties[1].capacity == "delegato"
    with pytest.raises(ValidationError) as err:
        agreements.create_agreement(db, agreement_input([a, b], kind="tra_pa"))
    assert "pubblica amministrazione" in err.value.for_field("parties")


def test_paper_lifecycle_to_in_force_then_amendment_replaces_it(db, clock, tmp_path):
    bodies = [make_body(db, i) for i in range(3)]
    draft = agreements.create_agreement(db, agreement_input(bodies))
    sent = agreements.send_for_signature(db, draft.uuid, draft.version)
    assert sent.status == S.IN_FIRMA and "sign" in sent.allowed_actions
    with pytest.raises(DomainError):
        agreements.update_agreement(db, sent.uuid, sent.version, agreement_input(bodies))
    p1, p2, p3 = sent.parties
    signatures.mark_sent(db, sent.uuid, p2.uuid)
    refused = signatures.record_refusal(db, sent.uuid, p2.uuid, "Testo da rivedere")
    assert refused.parties[1].signature_status == "rifiutato" and refused.parties[1].refusal_reason
    signatures.mark_sent(db, sent.uuid, p2.uuid)
    one = signatures.record_paper_signatures(db, sent.uuid, [p1.uuid], _scan(tmp_path), date(2026, 2, 20))
    assert one.status == S.IN_FIRMA and one.parties[0].signature_method == "carta"
    done = signatures.record_paper_signatures(db, sent.uuid, [p2.uuid, p3.uuid], _scan(tmp_path, "tutti.pdf"))
    assert done.status == S.IN_VIGORE and done.in_force_on == date(2026, 3, 2)
    assert len(done.attachments) == 2 and all(len(a.sha256) == 64 for a in done.attachments)
    assert (db.config.data_dir / done.attachments[1].file_path).is_file()
    amendment = agreements.amend_agreement(db, done.uuid, "Ingresso di un nuovo partner")
    assert amendment.code == "AP-2026-001/M1" and amendment.amends_uuid == done.uuid
    assert [v[1] for v in amendment.versions] == ["AP-2026-001", "AP-2026-001/M1"]
    assert agreements.get_agreement(db, done.uuid).status == S.IN_VIGORE  # until the amendment is signed
    more = agreement_input(bodies + [make_body(db, 3)])
    amendment = agreements.update_agreement(db, amendment.uuid, amendment.version, more)
    amendment = agreements.send_for_signature(db, amendment.uuid, amendment.version)
    signed = signatures.record_paper_signatures(db, amendment.uuid, [p.uuid for p in amendment.parties],
                                                _scan(tmp_path, "m1.pdf"))
    assert signed.status == S.IN_VIGORE and len(signed.parties) == 4
    assert agreements.get_agreement(db, done.uuid).status == S.SOSTITUITO


def test_art_15_agreement_refuses_a_paper_scan_and_says_why(db, clock, tmp_path):
    a, b = make_body(db, 0, "comune"), make_body(db, 1, "comune", "Carpiano")
    draft = agreements.create_agreement(db, agreement_input([a, b], kind="tra_pa"))
    assert draft.code.startswith("PA-") and "art. 15" in draft.digital_only_reason
    sent = agreements.send_for_signature(db, draft.uuid, draft.version)
    with pytest.raises(DomainError) as err:
        signatures.record_paper_signatures(db, sent.uuid, [sent.parties[0].uuid], _scan(tmp_path))
    assert "pena di nullità" in str(err.value) and "2-bis" in str(err.value)
    after = agreements.get_agreement(db, sent.uuid)
    assert all(p.signature_status == "da_inviare" for p in after.parties) and not after.attachments


def _in_force(db, tmp_path, bodies, **fields):
    draft = agreements.create_agreement(db, agreement_input(bodies, **fields))
    sent = agreements.send_for_signature(db, draft.uuid, draft.version)
    return signatures.record_paper_signatures(db, sent.uuid, [p.uuid for p in sent.parties], _scan(tmp_path))


def test_renewal_expiry_and_withdrawal_with_notice(db, clock, tmp_path):
    bodies = [make_body(db, i) for i in range(3)]
    first = _in_force(db, tmp_path, bodies, renewal_months=13, end_date=date(2027, 1, 31))
    renewed = agreements.close_agreement(db, first.uuid, first.version, S.RINNOVATO)
    assert renewed.status == S.RINNOVATO and renewed.end_date == date(2028, 2, 29)
    expired = agreements.close_agreement(db, renewed.uuid, renewed.version, S.SCADUTO, on=date(2028, 2, 29))
    assert expired.status == S.SCADUTO
    second = _in_force(db, tmp_path, bodies, withdrawal_notice_days=60)
    partner = second.parties[2]
    left = agreements.close_agreement(db, second.uuid, second.version, S.RECEDUTO, on=date(2026, 3, 2),
                                      party_uuid=partner.uuid)
    assert left.status == S.IN_VIGORE and left.parties[2].withdrawn_on == date(2026, 5, 1)
    lead = agreements.close_agreement(db, left.uuid, left.version, S.RECEDUTO, party_uuid=left.parties[0].uuid)
    # The lead's withdrawal ends the agreement for all, but only once its 60 days' notice has run.
    assert lead.status == S.IN_VIGORE and lead.closed_on == date(2026, 5, 1)
    with use_clock(FixedClock(datetime(2026, 4, 30, 18, 0, tzinfo=UTC))):
        assert lifecycle.apply_dates(db) == ()
    with use_clock(FixedClock(datetime(2026, 5, 1, 8, 0, tzinfo=UTC))):
        assert [c.status for c in lifecycle.apply_dates(db)] == ["receduto"]
    assert agreements.get_agreement(db, lead.uuid).status == S.RECEDUTO


def test_list_filters_by_kind_status_municipality_and_sector(db, clock, tmp_path):
    firm, town = make_body(db, 0), make_body(db, 1, "comune", "Carpiano")
    other = make_body(db, 2, municipality="Dresano")
    agreements.create_agreement(db, agreement_input([firm, town]))
    agreements.create_agreement(db, agreement_input([other, firm], kind="rete", title="Rete welfare imprese"))
    assert agreements.count_agreements(db) == 2
    by_kind = agreements.search_agreements(db, AgreementFilter(kind="rete")).items
    assert [r.title for r in by_kind] == ["Rete welfare imprese"] and by_kind[0].parties == 2
    carpiano = municipality_id(db, "Carpiano")
    assert [r.kind for r in agreements.search_agreements(db, AgreementFilter(municipality_id=carpiano)).items] == [
        "partenariato"]
    assert agreements.count_agreements(db, AgreementFilter(sector="comune")) == 1
    assert agreements.count_agreements(db, AgreementFilter(status="in_vigore")) == 0
    assert agreements.count_agreements(db, AgreementFilter(text="welfare")) == 1


def make_body_free():
    from tests.network_helpers import Body

    return Body(None, "", None, "", "")


def test_network_agent_works_on_agreements_but_never_sees_grants(db, clock):
    agent = Actor("agente", roles=frozenset({Role.AGENTE_RETE}))
    assert agent.can(Permission.NETWORK_WRITE) and agent.can(Permission.NETWORK_CONTACTS)
    assert agent.can(Permission.REGISTRY_READ)
    assert not agent.can(Permission.GRANTS_READ) and not agent.can(Permission.PROTECTED_DATA)
    reviewer = Actor("rev", roles=frozenset({Role.REVISORE}))
    db.actor = reviewer
    assert agreements.count_agreements(db) == 0
    with pytest.raises(PermissionDeniedError):
        agreements.create_agreement(db, agreement_input([make_body_free()], parties=()))
