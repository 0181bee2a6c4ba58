"""Packaging smoke test: build.spec gives a folder whose frozen app ships its files and passes its self-test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_FOLDER = "Equilibri"  # EXE_NAME in build.spec
CONTENTS = "_internal"  # contents_directory in build.spec: sys._MEIPASS of the frozen app
SELF_TEST_CHECKS = ("moduli", "database", "documenti", "identificativi", "orario", "traduzioni")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app_folder(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm",
               "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-6000:]}"
    return work / "dist" / APP_FOLDER


def _relative_files(folder: Path, pattern: str) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob(pattern) if "__pycache__" not in p.parts}


def test_frozen_app_passes_its_self_test(app_folder):
    executable = app_folder / (APP_FOLDER + (".exe" if sys.platform == "win32" else ""))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(executable), "--self-test"], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    if sys.platform != "win32":  # a windowed Windows exe has no stdout: only its exit code speaks
        for check in SELF_TEST_CHECKS:
            assert re.search(rf"^OK\s+{check}:", result.stdout, re.MULTILINE), output


def test_bundle_ships_forms_migrations_and_reference_data(app_folder):
    bundle = app_folder / CONTENTS
    assert _relative_files(bundle / "forms", "*.ui") == _relative_files(ROOT / "forms", "*.ui")
    for folder, pattern in (("storage/migrations", "*.py"), ("storage/migrations", "*.mako"),
                            ("storage/reference", "*.csv")):
        source = ROOT / "equilibri_desktop" / folder
        shipped = bundle / "equilibri_desktop" / folder
        assert _relative_files(shipped, pattern) == _relative_files(source, pattern), folder
    assert _relative_files(bundle / "equilibri_desktop/storage/migrations/versions", "*.py")
    assert (bundle / "resources/translations/equilibri_en.qm").is_file()
    assert (bundle / "codicefiscale/data/municipalities.json").is_file()


def test_bundle_leaves_out_unused_heavy_parts(app_folder):
    unwanted = re.compile(r"WebEngine|Qt6?Quick|Qt6?Qml|Qt63D|Multimedia|tkinter|tcl", re.IGNORECASE)
    found = sorted(p.name for p in app_folder.rglob("*") if unwanted.search(p.name))
    assert not found, found
