"""Alembic environment: always run from code with a connection handed over in `config.attributes`."""

from alembic import context

from equilibri_desktop.storage import models  # noqa: F401 - registers every table
from equilibri_desktop.storage.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Le migrazioni si eseguono con equilibri-admin migrate, non con il comando alembic.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode rebuilds tables safely
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
