"""The installation itself: the open database and its unit of work (database), start-up, backups, restores and
health checks (maintenance, backups), the office's letterhead profile (office_profile) and the home page (home)."""
