"""`equilibri-admin specimens OUTDIR`: one PDF of every document kind, on any installation, without writing
to the database and without ever printing a real applicant."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import func, select

from equilibri_desktop.cli.admin import main
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.storage.models import AuditEntry, GeneratedDocument, GrantCriterion
from tests.grant_helpers import add_member, add_woman, make_application, make_call

EXPECTED = ("01-prova-carta-intestata.pdf", "02-determinazione.pdf", "03-allegato-a.pdf", "04-allegato-b.pdf",
            "05-preavviso-di-rigetto.pdf", "06-esclusione.pdf", "07-comunicazione-di-concessione.pdf",
            "08-revoca.pdf", "09-verbale-commissione.pdf",
            # the procedure's other documents (tests/test_grant_procedure_documents.py checks their content)
            "30-informativa-privacy.pdf", "31-soccorso-istruttorio.pdf", "32-avvio-revoca.pdf",
            "33-modulo-accettazione.pdf", "34-atto-di-liquidazione.pdf", "35-nomina-commissione.pdf",
            "36-approvazione-graduatoria-provvisoria.pdf", "37-verbale-allegato-riservato.pdf",
            # the network's agreements (tests/test_network_documents.py checks their content)
            "20-accordo-partenariato-5-parti-carta.pdf", "21-accordo-art15-tra-enti-pubblici.pdf",
            # events (tests/test_events_documents.py)
            "22-foglio-firme.pdf", "23-attestato-di-frequenza.pdf",
            # company welfare (tests/test_welfare_end_to_end.py)
            "10-welfare-rapporto-indagine.pdf", "11-welfare-piano.pdf", "12-welfare-bozza-regolamento.pdf",
            # flexible work (tests/test_flexwork_specimens.py)
            "40-lavoro-agile-regolamento.pdf", "41-lavoro-agile-accordo-individuale.pdf")
FICTITIOUS = ("Esempio", "Campione", "Modello", "Saggio", "Bozza")


@pytest.fixture
def run(capsys):
    def call(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return call


def _texts(folder: Path) -> dict[str, str]:
    texts = {}
    for name in EXPECTED:
        with pdfplumber.open(folder / name) as pdf:
            texts[name] = re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))
    return texts


def test_specimens_work_without_any_database_and_create_none(run, tmp_path):
    data_dir, out = tmp_path / "mai-avviato", tmp_path / "esemplari"
    code, stdout, _ = run("--data-dir", data_dir, "specimens", out)
    assert code == 0 and "dati di esempio" in stdout and "Bando di esempio" in stdout
    assert sorted(p.name for p in out.iterdir()) == sorted(EXPECTED)
    assert not (data_dir / "equilibri.sqlite3").exists()
    texts = _texts(out)
    assert "DETERMINAZIONE N. ____ DEL ____" in texts["02-determinazione.pdf"]
    assert "€ 40.000,00 (euro quarantamila/00)" in texts["02-determinazione.pdf"]
    assert "ALLEGATO A ALLA DETERMINAZIONE" in texts["03-allegato-a.pdf"]
    # The grants follow the budget in ranking order: the last one funded in part takes exactly what is left.
    annex = texts["03-allegato-a.pdf"]
    assert re.search(r"H6N2PJ5D \d+,\d\d Finanziata in parte € 10\.000,00", annex)
    assert "Ammessa non finanziata" in annex and "Residuo € 0,00" in annex
    # Annex A is the published one: not even the fictitious applicants are named.
    assert not any(name in texts["03-allegato-a.pdf"] for name in FICTITIOUS)
    assert all(name in texts["04-allegato-b.pdf"] for name in FICTITIOUS)
    assert "esclusa" in texts["06-esclusione.pdf"] and "osservazioni" in texts["05-preavviso-di-rigetto.pdf"]
    assert "€ 7.500,00" in texts["07-comunicazione-di-concessione.pdf"]
    assert "revoca totale" in texts["08-revoca.pdf"]
    assert "Carlo Conti (esempio)" in texts["09-verbale-commissione.pdf"]
    assert ("n.d." in texts["10-welfare-rapporto-indagine.pdf"]
            and "Trattamento fiscale per il" in texts["11-welfare-piano.pdf"])
    # Ranking, decision and minutes agree on the scores.
    score = re.search(r"7K3M9QXA (\d+,\d\d)", texts["03-allegato-a.pdf"]).group(1)
    assert score in texts["09-verbale-commissione.pdf"]


def _counts(config) -> tuple[int, int]:
    db = connect(config)
    try:
        with db.unit_of_work() as s:
            return (s.scalar(select(func.count()).select_from(AuditEntry)),
                    s.scalar(select(func.count()).select_from(GeneratedDocument)))
    finally:
        db.dispose()


def test_specimens_use_the_office_letterhead_and_call_but_never_real_applicants(run, config, tmp_path):
    db = maintenance.prepare_database(config)
    try:
        organisation.save_profile(db, OrganisationProfile(
            body_name="Comune di Prova Specimen", address="Piazza Municipio 1, 20077 Melegnano (MI)",
            signatory_name="Dott. Mario Verdi", signatory_role="Il Dirigente"))
        call = make_call(db, title="Bando conciliazione Melegnano 2026", premises_text="Premessa propria del bando.")
        add_member(db, call, "giada.neri", "Giada Neri", role="presidente")
        with db.unit_of_work() as s:  # the call's own restricted criterion gives the minutes' restricted annex
            s.scalar(select(GrantCriterion).where(GrantCriterion.call_id == call.id,
                                                  GrantCriterion.code == "C6")).restricted = True
        woman = add_woman(db, "Realepersona", "Vera")
        make_application(db, call, woman)
    finally:
        db.dispose()
    before = _counts(config)
    out = tmp_path / "esemplari"
    code, stdout, _ = run("--data-dir", config.data_dir, "--database-url", config.database_url, "specimens", out)
    assert code == 0 and "i dati dell'ente" in stdout and "Bando conciliazione Melegnano 2026" in stdout
    texts = _texts(out)
    assert all("Comune di Prova Specimen" in text for text in texts.values())
    assert "Premessa propria del bando" in texts["02-determinazione.pdf"]
    assert "Il Dirigente" in texts["02-determinazione.pdf"]
    assert "Giada Neri" in texts["09-verbale-commissione.pdf"]
    assert not any("Realepersona" in text for text in texts.values())
    assert _counts(config) == before  # nothing written: no audit entry, no registered document
