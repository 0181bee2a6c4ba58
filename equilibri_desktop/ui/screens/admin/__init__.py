"""Amministrazione: the office profile, users and roles, the activity log and the backups."""
