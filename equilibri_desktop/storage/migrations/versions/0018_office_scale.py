"""Office scale: row counts kept by the database itself, and the indexes the home page's recent activity reads.

The home page counted the registry with COUNT(*), a full index scan (about 0.2 s at 1,000,000 people, on
every visit); recent changes were sorted out of the whole tables. Triggers now keep one row per counted table
up to date, whatever client writes; a later migration that rebuilds one of these tables in batch mode on SQLite
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
_POSTGRES_FUNCTIONS = [
    "CREATE FUNCTION row_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE row_count SET row_total = row_total + (SELECT count(*) FROM new_rows) WHERE table_name = TG_TABLE_NAME; "
    "RETURN NULL; END $$",
    "CREATE FUNCTION row_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE row_count SET row_total = row_total - (SELECT count(*) FROM old_rows) WHERE table_name = TG_TABLE_NAME; "
    "RETURN NULL; END $$",
    "CREATE FUNCTION row_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE row_count SET row_total = 0 WHERE table_name = TG_TABLE_NAME; RETURN NULL; END $$",
]


def _postgres_triggers(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER row_count_{table}_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION row_count_inserted()",
        f"CREATE TRIGGER row_count_{table}_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION row_count_deleted()",
        f"CREATE TRIGGER row_count_{table}_truncate AFTER TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION row_count_truncated()",
    ]


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
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in _POSTGRES_FUNCTIONS if postgres else []:
        op.execute(statement)
    for table in COUNTED:
        # Counted under the same lock as the trigger's creation on PostgreSQL; SQLite has one writer anyway.
        if postgres:
            op.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
        op.execute(f"INSERT INTO row_count (table_name, row_total) SELECT '{table}', count(*) FROM {table}")
        for statement in _postgres_triggers(table) if postgres else _sqlite_triggers(table):
            op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in COUNTED:
        for kind in ("insert", "delete") + (("truncate",) if postgres else ()):
            op.execute(f"DROP TRIGGER IF EXISTS row_count_{table}_{kind}" + (f" ON {table}" if postgres else ""))
    if postgres:
        for name in ("row_count_inserted", "row_count_deleted", "row_count_truncated"):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.drop_index("ix_organisation_updated_at")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_index("ix_person_updated_at")
    op.drop_table("row_count")
