"""The session lock as a person meets it: the real program on a real X server, keys typed through the server.

xdotool types into whatever window has the X input focus, exactly as a keyboard would; nothing here calls
into the program. The check that the window is usable again is the program's own behaviour: Ctrl+Q,
dropped while locked, closes it once unlocked, and the activity log holds the unlock.
CI starts Xvfb (and sets EQUILIBRI_REQUIRE_DISPLAY=1); elsewhere the test starts its own Xvfb.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from equilibri_desktop.config import resolve_config
from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.access import user_admin
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.storage.models.audit import AuditEntry
from tests.x_server import start_xvfb

PASSWORD = "una frase abbastanza lunga"


@pytest.fixture
def display(tmp_path):
    """The X display to use: CI's, or a private Xvfb when none is set and none is required."""
    assert shutil.which("xdotool"), "xdotool is needed (apt-get install xdotool)"
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    assert os.environ.get("EQUILIBRI_REQUIRE_DISPLAY") != "1", "CI must start Xvfb for the real-window tests"
    assert shutil.which("Xvfb"), "Xvfb is needed (apt-get install xvfb)"
    server, display = start_xvfb("1366x768x24")
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _prepared_folder(tmp_path):
    config = resolve_config(tmp_path / "dati")
    db = maintenance.prepare_database(config)
    organisation.save_profile(db, OrganisationProfile(body_name="Comune di Vizzolo Predabissi"))
    user_admin.create_user(db, "olga.orsini", "Olga Orsini", [Role.OPERATORE], password=PASSWORD,
                           must_change_password=False)
    db.dispose()
    return config


class Session:
    """The running program and the X server it draws on."""

    def __init__(self, config, display: str, tmp_path: Path):
        self.env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        self.env["DISPLAY"] = display
        self.log = config.log_dir / "equilibri.log"
        self.out = open(tmp_path / "program.out", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen([sys.executable, "-m", "equilibri_desktop", "--data-dir",
                                         str(config.data_dir)], env=self.env, stdout=self.out,
                                        stderr=subprocess.STDOUT)

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, f"xdotool {args}: {result.stderr}"
        return result.stdout.strip()

    def focus(self, title_pattern: str) -> None:
        window = self.xdotool("search", "--sync", "--onlyvisible", "--name", title_pattern).splitlines()[0]
        self.xdotool("windowfocus", "--sync", window)
        time.sleep(0.3)  # the program takes the focus-in before the first key

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)

    def saw(self, text: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log.exists() and text in self.log.read_text(encoding="utf-8"):
                return True
            assert self.process.poll() is None, f"the program ended before «{text}»"
            time.sleep(0.1)
        return False

    def wait_log(self, text: str, timeout: float = 60) -> None:
        assert self.saw(text, timeout), f"«{text}» never reached the program's log"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(30)
        self.out.close()


def test_lock_typed_through_the_x_server_unlocks_the_window(tmp_path, display):
    config = _prepared_folder(tmp_path)
    session = Session(config, display, tmp_path)
    try:
        session.focus("^Accesso")
        session.type("olga.orsini")
        session.key("Tab")
        session.type(PASSWORD)
        session.key("Return")
        session.wait_log("start-up done")
        for _attempt in range(5):  # the window takes the focus back from the closing login dialog a moment later
            session.focus("Vizzolo Predabissi")
            session.key("ctrl+l")
            if session.saw("session locked", timeout=3):
                break
        session.wait_log("session locked")
        session.key("ctrl+q")  # dropped: nothing under the cover reacts
        time.sleep(1.0)
        assert session.process.poll() is None
        session.type(PASSWORD)
        session.key("Return")
        session.wait_log("session unlocked")
        session.key("ctrl+q")  # the window is usable again: its shortcut closes it
        assert session.process.wait(60) == 0
    finally:
        session.stop()
    output = (tmp_path / "program.out").read_text(encoding="utf-8")
    db = maintenance.prepare_database(config)
    try:
        with db.unit_of_work() as s:
            details = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.detail.like("sblocco%"))))
    finally:
        db.dispose()
    assert details == ["sblocco della sessione"], output
