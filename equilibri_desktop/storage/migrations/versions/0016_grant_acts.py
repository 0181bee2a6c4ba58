"""Grant acts (issue 11): the commission's sittings (day, times, place) and secretary's minutes, criteria whose
scores reveal vulnerability, the privacy notice's settings on the call, the notice opening a revocation, the
other CAPs of a municipality served by several.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _record_columns(table: str) -> list:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def upgrade() -> None:
    op.add_column("municipality", sa.Column("other_caps", sa.String(length=120), nullable=False,
                                            server_default=""))
    op.add_column("grant_criterion", sa.Column("restricted", sa.Boolean(), nullable=False,
                                               server_default=sa.false()))
    op.add_column("grant_call", sa.Column("commission_place", sa.String(length=200), nullable=False,
                                          server_default=""))
    op.add_column("grant_call", sa.Column("commission_secretary", sa.String(length=200), nullable=False,
                                          server_default=""))
    op.add_column("grant_call", sa.Column("dpo_contact", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("grant_call", sa.Column("privacy_notice_version", sa.String(length=40), nullable=False,
                                          server_default=""))
    op.add_column("grant_call", sa.Column("retention_years", sa.Integer(), nullable=False, server_default="10"))
    op.create_table(
        "grant_commission_sitting",
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("ends_at", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        *_record_columns("grant_commission_sitting"),
        sa.ForeignKeyConstraint(["call_id"], ["grant_call.id"],
                                name=op.f("fk_grant_commission_sitting_call_id_grant_call")),
        sa.UniqueConstraint("call_id", "held_on", name=op.f("uq_grant_commission_sitting_call_id")),
    )
    with op.batch_alter_table("grant_commission_sitting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_commission_sitting_call_id"), ["call_id"], unique=False)
    op.create_table(
        "grant_revocation_notice",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("notice_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("term_days", sa.Integer(), nullable=False),
        sa.Column("firm_not_constituted", sa.Boolean(), nullable=False),
        sa.Column("counter_arguments", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        *_record_columns("grant_revocation_notice"),
        sa.ForeignKeyConstraint(["application_id"], ["grant_application.id"],
                                name=op.f("fk_grant_revocation_notice_application_id_grant_application")),
    )
    with op.batch_alter_table("grant_revocation_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_revocation_notice_application_id"), ["application_id"],
                              unique=False)


def downgrade() -> None:
    # Columns dropped in place, as 0006 does: a batch copy of these tables would break their children's keys.
    op.drop_table("grant_revocation_notice")
    op.drop_table("grant_commission_sitting")
    for column in ("retention_years", "privacy_notice_version", "dpo_contact", "commission_secretary",
                   "commission_place"):
        op.drop_column("grant_call", column)
    op.drop_column("grant_criterion", "restricted")
    op.drop_column("municipality", "other_caps")
