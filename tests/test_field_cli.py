"""`equilibri-admin field kit|import`: the kit from the command line, a dry run with its report, the decisions
written in that report, and each bad package refused with its own exit code while nothing is written."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from equilibri_desktop.cli.admin import main
from equilibri_desktop.services.events import participants
from equilibri_desktop.services.events.dto import Consents
from equilibri_desktop.services.field import returns
from equilibri_desktop.storage.models import AppMeta, EventParticipant
from equilibri_desktop.storage.models.field import OFFICE_ID_KEY
from tests.field_helpers import PASSPHRASE, field_person, office_event, open_laptop, register_field
from tests.registry_helpers import add_person, municipality_id


@pytest.fixture
def run(capsys):
    def call(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return call


def _where(config) -> list[str]:
    return ["--data-dir", str(config.data_dir), "--database-url", config.database_url]


def _registrations(db) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(EventParticipant))


def _set_office_id(db, value: str) -> str:
    with db.unit_of_work() as s:
        before = s.scalar(select(AppMeta.value).where(AppMeta.key == OFFICE_ID_KEY))
        s.execute(update(AppMeta).where(AppMeta.key == OFFICE_ID_KEY).values(value=value))
    return before


def test_kit_and_import_from_the_command_line(run, db, config, tmp_path):
    town = municipality_id(db, "Melegnano")
    add_person(db, "Ricci", "Chiara", born=date(1988, 6, 21), municipality_id=town)
    event = office_event(db, registered=1)
    secret = tmp_path / "frase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    kit_path = tmp_path / "evento.eqk"
    code, out, _ = run("field", "kit", "--event", event.uuid, "--to", kit_path, "--passphrase-file", secret,
                       *_where(config))
    assert code == 0 and "Kit scritto" in out and kit_path.exists()

    laptop, info = open_laptop(kit_path, tmp_path / "portatile")
    register_field(laptop, info.event_uuid, field_person("Ricci", "Chiara", born=date(1988, 6, 21),
                                                         municipality_id=town))
    office_row = participants.list_participants(db, event.uuid)[0]
    participants.record_consents(laptop, office_row.uuid, Consents("2026.1"))
    participants.record_consents(db, office_row.uuid, Consents("2026.2"))
    package = returns.prepare_return(laptop, tmp_path / "rientro.eqr", PASSPHRASE).path
    before = _registrations(db)

    wrong = tmp_path / "sbagliata.txt"
    wrong.write_text("un'altra frase segreta", encoding="utf-8")
    code, _, err = run("field", "import", package, "--passphrase-file", wrong, *_where(config))
    assert code == 3 and "frase segreta" in err
    altered = tmp_path / "alterato.eqr"
    data = bytearray(package.read_bytes())
    data[-100] ^= 0x04
    altered.write_bytes(bytes(data))
    code, _, err = run("field", "import", altered, "--passphrase-file", secret, *_where(config))
    assert code == 4 and "alterato" in err
    ours = _set_office_id(db, "un-altro-ufficio")
    code, _, err = run("field", "import", package, "--passphrase-file", secret, *_where(config))
    assert code == 5 and "altro database" in err
    _set_office_id(db, ours)

    report = tmp_path / "prova.xlsx"
    code, out, _ = run("field", "import", package, "--passphrase-file", secret, "--dry-run", "--report", report,
                       *_where(config))
    assert code == 0 and "da decidere" in out and "non è stato modificato" in out
    code, _, err = run("field", "import", package, "--passphrase-file", secret, *_where(config))
    assert code == 7 and "Restano da decidere 1 conflitti e 1 possibili corrispondenze" in err
    assert _registrations(db) == before

    book = load_workbook(report)
    book["Conflitti"]["J2"] = book["Conflitti"]["J3"] = "campo"  # who collected, which notice: the field
    book["Corrispondenze"]["F2"] = "sì"
    book.save(report)
    code, out, _ = run("field", "import", package, "--passphrase-file", secret, "--decisions", report,
                       *_where(config))
    assert code == 0 and "Codice di ricevuta" in out
    rows = {p.name: p for p in participants.list_participants(db, event.uuid)}
    assert rows["Ricci Chiara"].in_registry and rows[office_row.name].privacy_notice_version == "2026.1"
    code, out, _ = run("field", "import", package, "--passphrase-file", secret, *_where(config))
    assert code == 0 and "già stato unito" in out
    laptop.dispose()


def test_a_kit_needs_a_real_event_and_a_long_passphrase(run, db, config, tmp_path):
    event = office_event(db, registered=0)
    short = tmp_path / "corta.txt"
    short.write_text("corta", encoding="utf-8")
    code, _, err = run("field", "kit", "--event", event.uuid, "--to", tmp_path / "k.eqk", "--passphrase-file",
                       short, *_where(config))
    assert code == 1 and "almeno 10 caratteri" in err and not (tmp_path / "k.eqk").exists()
    code, _, err = run("field", "kit", "--event", "non-un-uuid", "--to", tmp_path / "k.eqk", "--passphrase-file",
                       short, *_where(config))
    assert code == 1 and "non è l'identificativo" in err
