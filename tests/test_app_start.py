"""The real program starts: a window on an X server in CI (Xvfb), offscreen elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from equilibri_desktop.config import resolve_config
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.instance_lock import InstanceLock
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin import office_profile as organisation


def _prepared_folder(tmp_path):
    config = resolve_config(tmp_path / "dati")
    db = maintenance.prepare_database(config)
    organisation.save_profile(db, OrganisationProfile(body_name="Comune di San Zenone al Lambro"))
    db.dispose()
    return config


def _start(config, *extra, timeout=120):
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    elif env.get("QT_QPA_PLATFORM") == "offscreen":
        del env["QT_QPA_PLATFORM"]  # a display is there: use a real window
    return subprocess.run([sys.executable, "-m", "equilibri_desktop", "--data-dir", str(config.data_dir), *extra],
                          capture_output=True, text=True, timeout=timeout, env=env)


def test_ci_provides_a_display_for_real_windows():
    if os.environ.get("EQUILIBRI_REQUIRE_DISPLAY") == "1":
        assert os.environ.get("DISPLAY"), "CI must start Xvfb for the real-window tests"


def test_app_opens_its_window_and_backs_up(tmp_path):
    config = _prepared_folder(tmp_path)
    # What a save interrupted two days ago left behind (see services/document_files.py).
    leftover = config.data_dir / "documenti" / "2026" / ".determinazione-a1b2.tmp"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"%PDF-1.4 mezzo documento")
    two_days_ago = time.time() - 2 * 86_400
    os.utime(leftover, (two_days_ago, two_days_ago))
    result = _start(config, "--exit-when-shown")
    assert result.returncode == 0, result.stderr
    assert "ready Equilibri Desktop — Comune di San Zenone al Lambro" in result.stdout
    reasons = sorted(b.reason for b in maintenance.list_backups(config))
    assert reasons == ["avvio", "chiusura"]
    assert not leftover.exists()
    log = (config.log_dir / "equilibri.log").read_text(encoding="utf-8")
    assert "starting" in log
    assert "long-lived objects frozen" in log  # no full-collection pauses while the clerk types
    assert "San Zenone" not in log  # the log never holds what clerks typed


def test_second_instance_is_explained_not_started(tmp_path):
    config = _prepared_folder(tmp_path)
    with InstanceLock(config.data_dir):
        result = _start(config, "--exit-when-shown", timeout=60)
    assert result.returncode == 1
    assert "shown" not in result.stdout
    assert "già aperto" in result.stderr
    assert maintenance.list_backups(config) == []  # refused before touching the database


def test_newer_database_is_refused_with_a_message(tmp_path):
    from sqlalchemy import text

    config = _prepared_folder(tmp_path)
    db = maintenance.prepare_database(config)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    result = _start(config, "--exit-when-shown", timeout=60)
    assert result.returncode == 1
    assert "più recente" in result.stderr


@pytest.mark.parametrize("flag", ["--version"])
def test_version_flag(flag):
    result = subprocess.run([sys.executable, "-m", "equilibri_desktop", flag], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and "Equilibri Desktop" in result.stdout


# What the home page never needs: documents, spreadsheets, signatures, charts, and the registry's validation
# libraries (fiscal codes, IBANs, VAT numbers, amounts in words). Each costs start-up time when imported early.
NOT_AT_START = ("reportlab", "pikepdf", "openpyxl", "pyhanko", "asn1crypto", "cryptography", "rapidfuzz",
                "num2words", "codicefiscale", "schwifty", "stdnum", "alembic", "PySide6.QtCharts",
                "equilibri_desktop.services.registry.search", "equilibri_desktop.ui.screens.registry")

# The program itself, with a look at the modules loaded when the home page is filled.
_MODULES_AT_READY = """
import gc, json, sys
from equilibri_desktop import app

loaded, collector = [], []
report_when_painted = app._report_when_painted


def spy(marker, window, close=False):
    if marker == "ready":
        loaded.extend(sorted(sys.modules))
    collector.append((marker, gc.isenabled()))
    report_when_painted(marker, window, close)


app._report_when_painted = spy
code = app.run(["equilibri", "--data-dir", sys.argv[1], "--exit-when-shown"])
print("MODULES " + json.dumps(loaded))
print("COLLECTOR " + json.dumps(collector))
sys.exit(code)
"""


def test_home_page_is_filled_without_loading_what_it_does_not_need(tmp_path):
    config = _prepared_folder(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _MODULES_AT_READY, str(config.data_dir)], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "ready Equilibri Desktop" in result.stdout
    loaded = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("MODULES "))[8:])
    assert "equilibri_desktop.ui.screens.home.home_page" in loaded  # the spy saw the filled home page
    early = [name for name in loaded if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_AT_START)]
    assert early == []
    # The garbage collector is off while the program loads, and back on once the home page is filled.
    collector = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("COLLECTOR "))[10:])
    assert collector == [["shown", False], ["ready", True]]
