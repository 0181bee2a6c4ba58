"""The network: agreement templates kept as numbered versions (an agreement records the version it was drafted
from) and the office's figures for the network's reminders.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [sa.Column("id", sa.Integer(), nullable=False), sa.Column("uuid", sa.Uuid(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("created_by", sa.String(length=80), nullable=False),
            sa.Column("updated_by", sa.String(length=80), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False)]


def upgrade() -> None:
    versions = op.create_table(
        "network_template_version",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("premises_text", sa.Text(), nullable=False),
        sa.Column("articles_text", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False, server_default=""),
        sa.Column("saved_on", sa.Date(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_template_version")),
        sa.UniqueConstraint("kind", "number", name=op.f("uq_network_template_version_kind")),
        sa.UniqueConstraint("uuid", name=op.f("uq_network_template_version_uuid")),
    )
    op.create_index(op.f("ix_network_template_version_kind"), "network_template_version", ["kind"], unique=False)
    # The office's saved text of each kind becomes its version 1.
    old = sa.table("network_template", sa.column("kind", sa.String), sa.column("premises_text", sa.Text),
                   sa.column("articles_text", sa.Text), sa.column("created_at", sa.DateTime(timezone=True)),
                   sa.column("updated_at", sa.DateTime(timezone=True)), sa.column("created_by", sa.String),
                   sa.column("updated_by", sa.String))
    rows = op.get_bind().execute(sa.select(old)).mappings().all()
    if rows:
        op.bulk_insert(versions, [dict(kind=r["kind"], number=1, premises_text=r["premises_text"],
                                       articles_text=r["articles_text"], note="", saved_on=r["updated_at"].date(),
                                       id=i, uuid=uuid.uuid4(), created_at=r["created_at"], updated_at=r["updated_at"],
                                       created_by=r["created_by"], updated_by=r["updated_by"], version=1)
                                  for i, r in enumerate(rows, start=1)])
    op.drop_table("network_template")
    # Added in place (no batch copy): a copy of network_agreement would break its children's foreign keys.
    # SQLite adds a column with its reference only in the column's own definition.
    fk_name = "fk_network_agreement_template_version"  # the convention's name passes PostgreSQL's 63 characters
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE network_agreement ADD COLUMN template_version_id INTEGER CONSTRAINT {fk_name} "
                   "REFERENCES network_template_version (id)")
    else:
        op.add_column("network_agreement", sa.Column("template_version_id", sa.Integer(), nullable=True))
        op.create_foreign_key(fk_name, "network_agreement", "network_template_version", ["template_version_id"],
                              ["id"])
    op.create_table(
        "network_settings",
        sa.Column("pending_signature_days", sa.Integer(), nullable=False, server_default="15"),
        sa.Column("expiry_warning_days", sa.Integer(), nullable=False, server_default="60"),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_settings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_network_settings_uuid")),
    )


def downgrade() -> None:
    op.drop_table("network_settings")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_network_agreement_template_version", "network_agreement",
                           type_="foreignkey")
    op.drop_column("network_agreement", "template_version_id")
    template = op.create_table(
        "network_template",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("premises_text", sa.Text(), nullable=False),
        sa.Column("articles_text", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_template")),
        sa.UniqueConstraint("kind", name=op.f("uq_network_template_kind")),
        sa.UniqueConstraint("uuid", name=op.f("uq_network_template_uuid")),
    )
    # The newest version of each kind is the text the older schema knew.
    versions = sa.table("network_template_version", sa.column("kind", sa.String), sa.column("number", sa.Integer),
                        sa.column("premises_text", sa.Text), sa.column("articles_text", sa.Text),
                        sa.column("created_at", sa.DateTime(timezone=True)),
                        sa.column("updated_at", sa.DateTime(timezone=True)), sa.column("created_by", sa.String),
                        sa.column("updated_by", sa.String))
    rows = op.get_bind().execute(sa.select(versions).order_by(versions.c.kind, versions.c.number)).mappings().all()
    newest = {r["kind"]: r for r in rows}
    if newest:
        op.bulk_insert(template, [dict(kind=r["kind"], premises_text=r["premises_text"],
                                       articles_text=r["articles_text"], id=i, uuid=uuid.uuid4(),
                                       created_at=r["created_at"], updated_at=r["updated_at"],
                                       created_by=r["created_by"], updated_by=r["updated_by"], version=1)
                                  for i, r in enumerate(newest.values(), start=1)])
    op.drop_index(op.f("ix_network_template_version_kind"), table_name="network_template_version")
    op.drop_table("network_template_version")
