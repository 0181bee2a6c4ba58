"""Italian display formats for dates and ages shown in screens."""

from __future__ import annotations

from datetime import datetime

from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.ui.i18n import tr


def local_datetime(value: datetime) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def backup_age_text(when: datetime | None, now: datetime | None = None) -> str:
    if when is None:
        return tr("nessuna copia")
    now = now or utc_now()
    minutes = int((now - when).total_seconds() // 60)
    if minutes < 1:
        return tr("meno di un minuto fa")
    if minutes < 60:
        return tr("{n} minuti fa").format(n=minutes) if minutes != 1 else tr("1 minuto fa")
    # Singular cases are separate strings, so every message is a plain one for Qt Linguist.
    hours = minutes // 60
    if hours < 48:
        return tr("{n} ore fa").format(n=hours) if hours != 1 else tr("1 ora fa")
    return tr("{n} giorni fa").format(n=hours // 24)
