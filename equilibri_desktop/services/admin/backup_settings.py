"""The backup settings as the SQLite file itself stores them.

Their own module because both the backups (maintenance) and the audit anchors (which look for anchors in the
second backup folder) read them, and maintenance already calls the anchors when it writes a copy.
"""

from __future__ import annotations

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.backup_policy import META_PREFIX, BackupSettings, settings_from_meta
from equilibri_desktop.storage import backup as backups


def backup_settings_of(config: AppConfig) -> BackupSettings:
    """The settings stored in the SQLite file itself, so start and exit copies need no open session."""
    path = config.database_path
    if path is None or not path.exists():
        return BackupSettings()
    return settings_from_meta(backups.read_meta(path, META_PREFIX))
