"""Start-up grants: money rules and acts (issue 11) — call settings for partial grants, repayment, age,
maintenance, spending floor, tax-check age, budget charge and officers; criterion minimum; de minimis and RNA
per application; capital goods in the cost plan; non-commercial firms; withholding base; the revocation
procedure and its interest; the entitlement kept in ranking snapshots.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, column, type, nullable, server default) — rows already stored keep the behaviour they had.
COLUMNS = (
    ("grant_call", "min_partial_grant_cents", sa.BigInteger(), False, "0"),
    ("grant_call", "partial_acceptance_days", sa.Integer(), False, "15"),
    ("grant_call", "leftover_to_later", sa.Boolean(), False, sa.false()),
    ("grant_call", "repayment_term_days", sa.Integer(), False, "30"),
    ("grant_call", "age_reference", sa.String(length=20), False, "scadenza"),
    ("grant_call", "maintenance_months", sa.Integer(), False, "24"),
    ("grant_call", "min_eligible_spending_cents", sa.BigInteger(), False, "0"),
    ("grant_call", "tax_check_max_age_days", sa.Integer(), False, "60"),
    ("grant_call", "budget_chapter", sa.String(length=60), False, ""),
    ("grant_call", "budget_year", sa.Integer(), True, None),
    ("grant_call", "budget_commitment", sa.String(length=60), False, ""),
    ("grant_call", "deciding_officer_role", sa.String(length=120), False, ""),
    ("grant_call", "deciding_officer_appointment", sa.String(length=200), False, ""),
    ("grant_call", "procedure_officer", sa.String(length=200), False, ""),
    ("grant_call", "funding_act", sa.String(length=300), False, ""),
    ("grant_call", "territorial_plan", sa.String(length=300), False, ""),
    ("grant_call", "commission_act", sa.String(length=200), False, ""),
    ("grant_criterion", "min_points", sa.Numeric(precision=7, scale=2), True, None),
    ("grant_application", "de_minimis_received_cents", sa.BigInteger(), True, None),
    ("grant_application", "de_minimis_checked_on", sa.Date(), True, None),
    ("grant_application", "rna_cor_code", sa.String(length=40), False, ""),
    ("grant_application", "official_protocol", sa.String(length=40), False, ""),
    ("grant_application", "official_protocol_date", sa.Date(), True, None),
    ("grant_cost_item", "capital_good", sa.Boolean(), False, sa.false()),
    ("grant_firm", "non_commercial", sa.Boolean(), False, sa.false()),
    ("grant_tranche", "withholding_base_cents", sa.BigInteger(), True, None),
    ("grant_ranking_entry", "entitled_cents", sa.BigInteger(), True, None),
    ("grant_revocation", "notice_on", sa.Date(), True, None),
    ("grant_revocation", "notice_reference", sa.String(length=60), False, ""),
    ("grant_revocation", "notice_term_days", sa.Integer(), False, "10"),
    ("grant_revocation", "counter_arguments", sa.Text(), False, ""),
    ("grant_revocation", "answer", sa.Text(), False, ""),
    ("grant_revocation", "firm_not_constituted", sa.Boolean(), False, sa.false()),
    ("grant_revocation", "due_cents", sa.BigInteger(), False, "0"),
    ("grant_revocation", "principal_cents", sa.BigInteger(), False, "0"),
    ("grant_revocation", "interest_cents", sa.BigInteger(), False, "0"),
    ("grant_revocation", "repayment_on", sa.Date(), True, None),
)


def record_columns() -> list[sa.Column]:
    """The columns every record has (storage.base.RecordMixin)."""
    return [sa.Column("id", sa.Integer(), nullable=False), sa.Column("uuid", sa.Uuid(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("created_by", sa.String(length=80), nullable=False),
            sa.Column("updated_by", sa.String(length=80), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "grant_official_number",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("official_number", sa.String(length=40), nullable=False),
        sa.Column("official_date", sa.Date(), nullable=False),
        *record_columns(),
        sa.ForeignKeyConstraint(["document_id"], ["generated_document.id"],
                                name=op.f("fk_grant_official_number_document_id_generated_document")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_official_number")),
        sa.UniqueConstraint("document_id", name=op.f("uq_grant_official_number_document_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_grant_official_number_uuid")),
    )
    for table, name, kind, nullable, default in COLUMNS:
        op.add_column(table, sa.Column(name, kind, nullable=nullable, server_default=default))
    # A revocation stored before this revision asked back its whole amount, all principal.
    op.execute("UPDATE grant_revocation SET principal_cents = amount_to_recover_cents")


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+): batch copies of these tables would break their foreign keys.
    for table, name, _kind, _nullable, _default in reversed(COLUMNS):
        op.drop_column(table, name)
    op.drop_table("grant_official_number")
