"""Persistence: SQLAlchemy models, engine set-up, migrations, backups. The only home of SQL."""
