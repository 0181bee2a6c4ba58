"""Calls: the occupational statuses admitted and the female share a company must exceed, until now fixed
in the code (unemployed or never employed; more than half).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Calls already stored keep the rules they were run with.
    op.add_column("grant_call", sa.Column("allowed_occupations", sa.String(length=120), nullable=False,
                                          server_default="disoccupata,inoccupata"))
    op.add_column("grant_call", sa.Column("women_share_above_pct", sa.Numeric(precision=5, scale=2),
                                          nullable=False, server_default="50"))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+ can): copying grant_call, as batch mode would, breaks the foreign keys of
    # its criteria, municipalities, applications… once SQLite enforces them.
    op.drop_column("grant_call", "women_share_above_pct")
    op.drop_column("grant_call", "allowed_occupations")
