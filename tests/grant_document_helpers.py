"""A start-up grant call with its final ranking, letters to send and a revocation: the data the grant
documents are generated from in the service and UI tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import NamedTuple

from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantEligibilityCheck,
    GrantRanking,
    GrantRankingEntry,
    GrantRevocation,
    GrantStatusChange,
    GrantTranche,
)
from tests.grant_helpers import Ref, add_woman, make_application, make_call

ISSUED = date(2026, 7, 10)
PROFILE = OrganisationProfile(
    body_name="A.S.S.E.MI. – Azienda Sociale Sud Est Milano", address="Piazza Vittorio Veneto 2, 20097 San Donato "
    "Milanese (MI)", fiscal_code="97000000154", pec="assemi@pec.example.it",
    project_title="Governare gli equilibri", project_cup="E41B26000120002", signatory_name="Dott.ssa Laura Bianchi",
    signatory_role="La Direttrice")


class Scenario(NamedTuple):
    call: Ref
    ranking: Ref
    rossi: Ref  # funded in full, normal applicant
    ferri: Ref  # protected person, funded
    verdi: Ref  # vulnerability route, funded with what was left
    neri: Ref  # admitted, not funded
    gallo: Ref  # below the threshold
    esposito: Ref  # notice of reasons sent
    romano: Ref  # excluded


def _entry(s, ranking_id, app: Ref, position, score, outcome, granted, eligible=15_000_00):
    code = s.get(GrantApplication, app.id).public_code
    s.add(GrantRankingEntry(ranking_id=ranking_id, application_id=app.id, position=position, public_code=code,
                            score=Decimal(score), outcome=outcome, eligible_cost_cents=eligible,
                            granted_cents=granted))


def build_scenario(db) -> Scenario:
    organisation.save_profile(db, PROFILE)
    call = make_call(db, budget_cents=40_000_00, rna_code="12345")
    women = {
        "rossi": add_woman(db, "Rossi", "Maria", address="Via Emilia 12", cap="20077"),
        "ferri": add_woman(db, "Ferri", "Beatrice", born=date(1990, 5, 2), address="Via Segreta 7", cap="20097",
                           municipality="San Donato Milanese", protected=True, protection_body="CAV Melegnano",
                           protection_date=date(2026, 1, 10), domicile_address="c/o CAV, Casella postale 15",
                           domicile_cap="20077"),
        "verdi": add_woman(db, "Verdi", "Lucia", born=date(1992, 7, 21)),
        "neri": add_woman(db, "Neri", "Sara", born=date(1988, 1, 30)),
        "gallo": add_woman(db, "Gallo", "Paola", born=date(1979, 11, 5)),
        "esposito": add_woman(db, "Esposito", "Giulia", born=date(1995, 2, 14)),
        "romano": add_woman(db, "Romano", "Elena", born=date(1983, 9, 9)),
    }
    status = {"rossi": "finanziata", "ferri": "finanziata", "verdi": "finanziata", "neri": "ammessa_non_finanziata",
              "gallo": "non_ammessa", "esposito": "preavviso_rigetto", "romano": "preavviso_rigetto"}
    apps = {}
    for minute, (key, woman) in enumerate(women.items()):
        apps[key] = make_application(
            db, call, woman, status=status[key], business_name=f"Impresa {key.title()}",
            received_at=datetime(2026, 4, 10, 8, minute, tzinfo=UTC), vulnerability_route=key == "verdi")
    with db.unit_of_work() as s:
        ranking = GrantRanking(call_id=call.id, number=2, kind="definitiva", ranked_on=date(2026, 7, 1),
                               published=True, budget_cents=40_000_00, granted_cents=40_000_00)
        s.add(ranking)
        s.flush()
        _entry(s, ranking.id, apps["rossi"], 1, "85.50", "finanziata", 15_000_00)
        _entry(s, ranking.id, apps["ferri"], 2, "80.25", "finanziata", 15_000_00)
        _entry(s, ranking.id, apps["verdi"], 3, "77", "finanziata_parz", 10_000_00)
        _entry(s, ranking.id, apps["neri"], 4, "70", "ammessa_non_fin", 0)
        _entry(s, ranking.id, apps["gallo"], None, "52.5", "non_ammessa", 0)
        s.add(GrantStatusChange(application_id=apps["esposito"].id, from_status="in_istruttoria",
                                to_status="preavviso_rigetto", reason="Manca il business plan firmato.",
                                reply_deadline=date(2026, 7, 25)))
        s.add(GrantEligibilityCheck(application_id=apps["esposito"].id, rule="eta", computed="ko",
                                    detail="66 anni alla scadenza, massimo 65"))
        s.add(GrantStatusChange(application_id=apps["romano"].id, from_status="in_istruttoria",
                                to_status="preavviso_rigetto", reason="Residenza fuori dai comuni ammessi.",
                                reply_deadline=date(2026, 6, 20)))
        s.add(GrantRevocation(application_id=apps["rossi"].id, decided_on=date(2026, 11, 3),
                              reason="l'impresa non è stata costituita entro il termine del 31/12/2026",
                              amount_to_recover_cents=7_500_00))
        s.add(GrantTranche(application_id=apps["rossi"].id, position=0, label="Anticipo",
                           condition="impresa_costituita", gross_cents=7_500_00, withholding_cents=300_00,
                           status="pagata", paid_on=date(2026, 9, 1)))
        ranking_ref = Ref(ranking.id, ranking.uuid)
    return Scenario(call, ranking_ref, *(apps[k] for k in (
        "rossi", "ferri", "verdi", "neri", "gallo", "esposito", "romano")))


