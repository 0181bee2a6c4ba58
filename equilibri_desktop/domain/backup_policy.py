"""Which backup copies to keep (newest, one a day, one a week) and the office's backup settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from equilibri_desktop.domain.errors import FieldError, ValidationError

# Copies made just before a restore or an upgrade are the way back from a mistake: never rotated early.
SAFETY_REASONS = ("prima-ripristino", "prima-aggiornamento")
SAFETY_DAYS = 30
META_PREFIX = "backup."


@dataclass(frozen=True)
class BackupSettings:
    keep_newest: int = 10  # the newest copies, whatever their age
    keep_daily_days: int = 14  # plus the newest copy of each of the last N days
    keep_weekly_weeks: int = 8  # plus the newest copy of each of the last N weeks
    second_folder: str = ""  # a USB drive or network share that gets a copy of each backup; "" = none
    warn_after_days: int = 7  # the home page warns when the newest copy is older


_LIMITS = {"keep_newest": (1, 500), "keep_daily_days": (0, 366), "keep_weekly_weeks": (0, 260),
           "warn_after_days": (1, 365)}
_LABELS = {"keep_newest": "Copie più recenti da tenere", "keep_daily_days": "Giorni con una copia al giorno",
           "keep_weekly_weeks": "Settimane con una copia a settimana",
           "warn_after_days": "Avviso dopo quanti giorni senza copia"}


def validate_backup_settings(settings: BackupSettings) -> BackupSettings:
    errors = [FieldError.coded(name, "admin.backup_setting", label=_LABELS[name], low=low, high=high)
              for name, (low, high) in _LIMITS.items() if not low <= getattr(settings, name) <= high]
    if errors:
        raise ValidationError(errors)
    return settings


def settings_to_meta(settings: BackupSettings) -> dict[str, str]:
    return {META_PREFIX + f.name: str(getattr(settings, f.name)) for f in fields(BackupSettings)}


def settings_from_meta(values: dict[str, str]) -> BackupSettings:
    """Stored values, falling back to the default for anything missing or unreadable."""
    defaults = BackupSettings()
    chosen = {}
    for f in fields(BackupSettings):
        raw = values.get(META_PREFIX + f.name)
        if raw is None:
            continue
        if f.name == "second_folder":
            chosen[f.name] = raw.strip()
            continue
        try:
            low, high = _LIMITS[f.name]
            number = int(raw)
            chosen[f.name] = number if low <= number <= high else getattr(defaults, f.name)
        except ValueError:
            continue
    return BackupSettings(**chosen)


@dataclass(frozen=True)
class BackupCopy:
    name: str
    taken_at: datetime  # local time, naive, as written in the file name
    reason: str


def copies_to_keep(copies: Iterable[BackupCopy], settings: BackupSettings, now: datetime) -> set[str]:
    """Names of the copies the rotation keeps; `now` in the same (local, naive) time as `taken_at`."""
    newest_first = sorted(copies, key=lambda c: c.taken_at, reverse=True)
    keep = {c.name for c in newest_first[: settings.keep_newest]}
    first_day = now.date() - timedelta(days=settings.keep_daily_days - 1)
    first_week = now - timedelta(weeks=settings.keep_weekly_weeks)
    seen_days: set = set()
    seen_weeks: set = set()
    for copy in newest_first:
        day = copy.taken_at.date()
        if settings.keep_daily_days and day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(copy.name)
        week = copy.taken_at.isocalendar()[:2]
        if settings.keep_weekly_weeks and copy.taken_at >= first_week and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(copy.name)
        if copy.reason in SAFETY_REASONS and now - copy.taken_at < timedelta(days=SAFETY_DAYS):
            keep.add(copy.name)
    return keep
