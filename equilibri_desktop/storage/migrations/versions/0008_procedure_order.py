"""The procedure's order: calls "a sportello" and their period for observations, when a ranking was
published (and why a final one came early), and the date the beneficiary accepted her grant.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("grant_call", sa.Column("a_sportello", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("grant_call", sa.Column("observation_days", sa.Integer(), nullable=False, server_default="10"))
    op.add_column("grant_ranking", sa.Column("published_on", sa.Date(), nullable=True))
    op.add_column("grant_ranking", sa.Column("early_reason", sa.Text(), nullable=False, server_default=""))
    op.add_column("grant_application", sa.Column("accepted_on", sa.Date(), nullable=True))
    # Rankings published before this version count as published on the day they were ranked.
    op.execute("UPDATE grant_ranking SET published_on = ranked_on WHERE published = true")


def downgrade() -> None:
    # Dropped in place, as 0006 does: a batch copy of these tables would break their children's foreign keys.
    op.drop_column("grant_application", "accepted_on")
    op.drop_column("grant_ranking", "early_reason")
    op.drop_column("grant_ranking", "published_on")
    op.drop_column("grant_call", "observation_days")
    op.drop_column("grant_call", "a_sportello")
