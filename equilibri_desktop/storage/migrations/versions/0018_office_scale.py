"""Office scale: row counts kept by the database itself, and the indexes the home page's recent activity reads.

The home page counted the registry with COUNT(*), a full index scan (about 0.2 s at 1,000,000 people, on
every visit); recent changes were sorted out of the whole tables. Triggers now keep one row per counted table
up to date on SQLite, whatever client writes (on PostgreSQL a shared counter row would make every writer
wait on the others, so the server counts for itself); a later migration that rebuilds one of these tables in batch mode on SQLite
drops its triggers and must recreate them (tests/test_home_counts.py notices).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

COUNTED = ("person", "organisation")


def _sqlite_triggers(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER row_count_{table}_insert AFTER INSERT ON {table} BEGIN "
        f"UPDATE row_count SET row_total = row_total + 1 WHERE table_name = '{table}'; END",
        f"CREATE TRIGGER row_count_{table}_delete AFTER DELETE ON {table} BEGIN "
        f"UPDATE row_count SET row_total = row_total - 1 WHERE table_name = '{table}'; END",
    ]


# Statement triggers with transition tables: a bulk insert of 5,000 rows updates the count once.
def upgrade() -> None:
    op.create_table(
        "row_count",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_total", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_row_count")),
    )
    with op.batch_alter_table("person") as batch_op:
        batch_op.create_index("ix_person_updated_at", ["updated_at"], unique=False)
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.create_index("ix_organisation_updated_at", ["updated_at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # On the shared server one counter row per table would be a lock every writer waits on: a colleague's save
        # would queue behind a long import's open transaction. The server counts for itself (services/admin/home).
        return
    for table in COUNTED:
        op.execute(f"INSERT INTO row_count (table_name, row_total) SELECT '{table}', count(*) FROM {table}")
        for statement in _sqlite_triggers(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for table in COUNTED:
            for kind in ("insert", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS row_count_{table}_{kind}")
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.drop_index("ix_organisation_updated_at")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_index("ix_person_updated_at")
    op.drop_table("row_count")
