"""Where the shipped files (forms, resources, migrations) live, frozen or not."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_root() -> Path:
    """Folder holding `forms/` and `resources/`: the PyInstaller bundle or the source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return PACKAGE_DIR.parent


def forms_dir() -> Path:
    return bundle_root() / "forms"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def font_path(name: str = "DejaVuSans.ttf") -> Path:
    return resources_dir() / "fonts" / name


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str = "equilibri.png") -> Path:
    return resources_dir() / "icons" / name


def stylesheet_path() -> Path:
    return resources_dir() / "style" / "equilibri.qss"


def srgb_profile_path() -> Path:
    return resources_dir() / "icc" / "sRGB.icc"


def migrations_dir() -> Path:
    # Inside the package so it ships with both wheels and frozen builds.
    return PACKAGE_DIR / "storage" / "migrations"


def reference_data_dir() -> Path:
    return PACKAGE_DIR / "storage" / "reference"
