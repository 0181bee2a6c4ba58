"""Start-up grants: calls with their grid, municipalities and tranche plan; applications with costs,
declarations, attachments, workflow and eligibility checks; commission scores; frozen rankings; firms,
tranches, payment checks, expenses, revocations; the register of generated documents.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('generated_document',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_uuid', sa.Uuid(), nullable=False),
    sa.Column('file_path', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('signed_copy_path', sa.String(length=500), nullable=False),
    sa.Column('signed_copy_sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_generated_document')),
    sa.UniqueConstraint('kind', 'year', 'number', name=op.f('uq_generated_document_kind')),
    sa.UniqueConstraint('uuid', name=op.f('uq_generated_document_uuid'))
    )
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_generated_document_record_uuid'), ['record_uuid'], unique=False)

    op.create_table('grant_call',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('act_number', sa.String(length=40), nullable=False),
    sa.Column('act_date', sa.Date(), nullable=True),
    sa.Column('cup', sa.String(length=15), nullable=False),
    sa.Column('budget_cents', sa.BigInteger(), nullable=False),
    sa.Column('max_grant_cents', sa.BigInteger(), nullable=False),
    sa.Column('max_cost_share_pct', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('min_cofinancing_pct', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('min_age', sa.Integer(), nullable=True),
    sa.Column('max_age', sa.Integer(), nullable=True),
    sa.Column('opens_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('admission_threshold', sa.Numeric(precision=7, scale=2), nullable=False),
    sa.Column('tie_break', sa.String(length=20), nullable=False),
    sa.Column('last_grant_rule', sa.String(length=20), nullable=False),
    sa.Column('constitution_deadline', sa.Date(), nullable=True),
    sa.Column('report_deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('edition', sa.Integer(), nullable=False),
    sa.Column('deciding_officer', sa.String(length=200), nullable=False),
    sa.Column('premises_text', sa.Text(), nullable=False),
    sa.Column('legal_references_text', sa.Text(), nullable=False),
    sa.Column('payment_terms_text', sa.Text(), nullable=False),
    sa.Column('obligations_text', sa.Text(), nullable=False),
    sa.Column('revocation_text', sa.Text(), nullable=False),
    sa.Column('rna_code', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_call')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_call_uuid'))
    )
    op.create_table('grant_call_edition',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('edition', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('previous_settings', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_grant_call_edition_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_call_edition')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_call_edition_uuid'))
    )
    with op.batch_alter_table('grant_call_edition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_call_edition_call_id'), ['call_id'], unique=False)

    op.create_table('grant_call_municipality',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_grant_call_municipality_call_id_grant_call')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_grant_call_municipality_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_call_municipality')),
    sa.UniqueConstraint('call_id', 'municipality_id', name=op.f('uq_grant_call_municipality_call_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_call_municipality_uuid'))
    )
    with op.batch_alter_table('grant_call_municipality', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_call_municipality_call_id'), ['call_id'], unique=False)

    op.create_table('grant_commission_member',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_grant_commission_member_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_commission_member')),
    sa.UniqueConstraint('call_id', 'username', name=op.f('uq_grant_commission_member_call_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_commission_member_uuid'))
    )
    with op.batch_alter_table('grant_commission_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_commission_member_call_id'), ['call_id'], unique=False)

    op.create_table('grant_criterion',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('max_points', sa.Numeric(precision=7, scale=2), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_grant_criterion_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_criterion')),
    sa.UniqueConstraint('call_id', 'code', name=op.f('uq_grant_criterion_call_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_criterion_uuid'))
    )
    with op.batch_alter_table('grant_criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_criterion_call_id'), ['call_id'], unique=False)

    op.create_table('grant_ranking',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('ranked_on', sa.Date(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('budget_cents', sa.BigInteger(), nullable=False),
    sa.Column('granted_cents', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_grant_ranking_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_ranking')),
    sa.UniqueConstraint('call_id', 'number', name=op.f('uq_grant_ranking_call_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_ranking_uuid'))
    )
    with op.batch_alter_table('grant_ranking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_ranking_call_id'), ['call_id'], unique=False)

    op.create_table('grant_tranche_plan',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('condition', sa.String(length=30), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_grant_tranche_plan_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_tranche_plan')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_tranche_plan_uuid'))
    )
    with op.batch_alter_table('grant_tranche_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_tranche_plan_call_id'), ['call_id'], unique=False)

    op.create_table('grant_application',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('protocol_year', sa.Integer(), nullable=True),
    sa.Column('protocol_number', sa.Integer(), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('public_code', sa.String(length=12), nullable=False),
    sa.Column('applicant_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('applicant_kind', sa.String(length=20), nullable=False),
    sa.Column('occupational_status', sa.String(length=20), nullable=False),
    sa.Column('did_date', sa.Date(), nullable=True),
    sa.Column('business_name', sa.String(length=200), nullable=False),
    sa.Column('service_kind', sa.String(length=30), nullable=False),
    sa.Column('service_description', sa.Text(), nullable=False),
    sa.Column('target_users', sa.Text(), nullable=False),
    sa.Column('planned_legal_form', sa.String(length=80), nullable=False),
    sa.Column('ateco_code', sa.String(length=10), nullable=False),
    sa.Column('own_cofinancing_cents', sa.BigInteger(), nullable=False),
    sa.Column('women_quota_pct', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('women_board_pct', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('vulnerability_route', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_id'], ['person.id'], name=op.f('fk_grant_application_applicant_id_person')),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_grant_application_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_application')),
    sa.UniqueConstraint('protocol_year', 'protocol_number', name=op.f('uq_grant_application_protocol_year')),
    sa.UniqueConstraint('public_code', name=op.f('uq_grant_application_public_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_application_uuid'))
    )
    with op.batch_alter_table('grant_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_application_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index('ix_grant_application_call_status', ['call_id', 'status'], unique=False)

    op.create_table('grant_attachment',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('stored_path', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_attachment_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_attachment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_attachment_uuid'))
    )
    with op.batch_alter_table('grant_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_attachment_application_id'), ['application_id'], unique=False)

    op.create_table('grant_co_applicant',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_co_applicant_application_id_grant_application')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_grant_co_applicant_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_co_applicant')),
    sa.UniqueConstraint('application_id', 'person_id', name=op.f('uq_grant_co_applicant_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_co_applicant_uuid'))
    )
    with op.batch_alter_table('grant_co_applicant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_co_applicant_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_co_applicant_person_id'), ['person_id'], unique=False)

    op.create_table('grant_conflict_declaration',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('has_conflict', sa.Boolean(), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_conflict_declaration_application_id_grant_application')),
    sa.ForeignKeyConstraint(['member_id'], ['grant_commission_member.id'], name=op.f('fk_grant_conflict_declaration_member_id_grant_commission_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_conflict_declaration')),
    sa.UniqueConstraint('application_id', 'member_id', name=op.f('uq_grant_conflict_declaration_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_conflict_declaration_uuid'))
    )
    with op.batch_alter_table('grant_conflict_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_conflict_declaration_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_conflict_declaration_member_id'), ['member_id'], unique=False)

    op.create_table('grant_cost_item',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_cost_item_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_cost_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_cost_item_uuid'))
    )
    with op.batch_alter_table('grant_cost_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_cost_item_application_id'), ['application_id'], unique=False)

    op.create_table('grant_declaration',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('given', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_declaration_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_declaration')),
    sa.UniqueConstraint('application_id', 'code', name=op.f('uq_grant_declaration_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_declaration_uuid'))
    )
    with op.batch_alter_table('grant_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_declaration_application_id'), ['application_id'], unique=False)

    op.create_table('grant_eligibility_check',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('computed', sa.String(length=10), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.Column('confirmed', sa.String(length=10), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('confirmed_by', sa.String(length=80), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_eligibility_check_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_eligibility_check')),
    sa.UniqueConstraint('application_id', 'rule', name=op.f('uq_grant_eligibility_check_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_eligibility_check_uuid'))
    )
    with op.batch_alter_table('grant_eligibility_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_eligibility_check_application_id'), ['application_id'], unique=False)

    op.create_table('grant_expense',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('document_number', sa.String(length=60), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.Column('ineligible_reason', sa.String(length=300), nullable=False),
    sa.Column('attachment_path', sa.String(length=500), nullable=False),
    sa.Column('attachment_sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_expense_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_expense')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_expense_uuid'))
    )
    with op.batch_alter_table('grant_expense', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_expense_application_id'), ['application_id'], unique=False)

    op.create_table('grant_firm',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('vat_number', sa.String(length=11), nullable=False),
    sa.Column('constituted_on', sa.Date(), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('cap', sa.String(length=5), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_firm_application_id_grant_application')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_grant_firm_municipality_id_municipality')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_grant_firm_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_firm')),
    sa.UniqueConstraint('application_id', name=op.f('uq_grant_firm_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_firm_uuid'))
    )
    with op.batch_alter_table('grant_firm', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_firm_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('grant_ranking_entry',
    sa.Column('ranking_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=True),
    sa.Column('public_code', sa.String(length=12), nullable=False),
    sa.Column('score', sa.Numeric(precision=7, scale=2), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=False),
    sa.Column('eligible_cost_cents', sa.BigInteger(), nullable=False),
    sa.Column('granted_cents', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_ranking_entry_application_id_grant_application')),
    sa.ForeignKeyConstraint(['ranking_id'], ['grant_ranking.id'], name=op.f('fk_grant_ranking_entry_ranking_id_grant_ranking')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_ranking_entry')),
    sa.UniqueConstraint('ranking_id', 'application_id', name=op.f('uq_grant_ranking_entry_ranking_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_ranking_entry_uuid'))
    )
    with op.batch_alter_table('grant_ranking_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_ranking_entry_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_ranking_entry_ranking_id'), ['ranking_id'], unique=False)

    op.create_table('grant_revocation',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('amount_to_recover_cents', sa.BigInteger(), nullable=False),
    sa.Column('recovered_cents', sa.BigInteger(), nullable=False),
    sa.Column('recovery_status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_revocation_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_revocation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_revocation_uuid'))
    )
    with op.batch_alter_table('grant_revocation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_revocation_application_id'), ['application_id'], unique=False)

    op.create_table('grant_score',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Numeric(precision=7, scale=2), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_score_application_id_grant_application')),
    sa.ForeignKeyConstraint(['criterion_id'], ['grant_criterion.id'], name=op.f('fk_grant_score_criterion_id_grant_criterion')),
    sa.ForeignKeyConstraint(['member_id'], ['grant_commission_member.id'], name=op.f('fk_grant_score_member_id_grant_commission_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_score')),
    sa.UniqueConstraint('application_id', 'member_id', 'criterion_id', name=op.f('uq_grant_score_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_score_uuid'))
    )
    with op.batch_alter_table('grant_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_score_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_score_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_score_member_id'), ['member_id'], unique=False)

    op.create_table('grant_served_municipality',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_served_municipality_application_id_grant_application')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_grant_served_municipality_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_served_municipality')),
    sa.UniqueConstraint('application_id', 'municipality_id', name=op.f('uq_grant_served_municipality_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_served_municipality_uuid'))
    )
    with op.batch_alter_table('grant_served_municipality', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_served_municipality_application_id'), ['application_id'], unique=False)

    op.create_table('grant_status_change',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=30), nullable=False),
    sa.Column('to_status', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('reply_deadline', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_status_change_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_status_change')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_status_change_uuid'))
    )
    with op.batch_alter_table('grant_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_status_change_application_id'), ['application_id'], unique=False)

    op.create_table('grant_tranche',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('condition', sa.String(length=30), nullable=False),
    sa.Column('gross_cents', sa.BigInteger(), nullable=False),
    sa.Column('withholding_cents', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('liquidation_act', sa.String(length=60), nullable=False),
    sa.Column('liquidation_date', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('override_by', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_grant_tranche_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_tranche')),
    sa.UniqueConstraint('application_id', 'position', name=op.f('uq_grant_tranche_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_tranche_uuid'))
    )
    with op.batch_alter_table('grant_tranche', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_tranche_application_id'), ['application_id'], unique=False)

    op.create_table('grant_payment_check',
    sa.Column('tranche_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['tranche_id'], ['grant_tranche.id'], name=op.f('fk_grant_payment_check_tranche_id_grant_tranche')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_payment_check')),
    sa.UniqueConstraint('tranche_id', 'kind', name=op.f('uq_grant_payment_check_tranche_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_grant_payment_check_uuid'))
    )
    with op.batch_alter_table('grant_payment_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_payment_check_tranche_id'), ['tranche_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('grant_payment_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_payment_check_tranche_id'))

    op.drop_table('grant_payment_check')
    with op.batch_alter_table('grant_tranche', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_tranche_application_id'))

    op.drop_table('grant_tranche')
    with op.batch_alter_table('grant_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_status_change_application_id'))

    op.drop_table('grant_status_change')
    with op.batch_alter_table('grant_served_municipality', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_served_municipality_application_id'))

    op.drop_table('grant_served_municipality')
    with op.batch_alter_table('grant_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_score_member_id'))
        batch_op.drop_index(batch_op.f('ix_grant_score_criterion_id'))
        batch_op.drop_index(batch_op.f('ix_grant_score_application_id'))

    op.drop_table('grant_score')
    with op.batch_alter_table('grant_revocation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_revocation_application_id'))

    op.drop_table('grant_revocation')
    with op.batch_alter_table('grant_ranking_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_ranking_entry_ranking_id'))
        batch_op.drop_index(batch_op.f('ix_grant_ranking_entry_application_id'))

    op.drop_table('grant_ranking_entry')
    with op.batch_alter_table('grant_firm', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_firm_organisation_id'))

    op.drop_table('grant_firm')
    with op.batch_alter_table('grant_expense', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_expense_application_id'))

    op.drop_table('grant_expense')
    with op.batch_alter_table('grant_eligibility_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_eligibility_check_application_id'))

    op.drop_table('grant_eligibility_check')
    with op.batch_alter_table('grant_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_declaration_application_id'))

    op.drop_table('grant_declaration')
    with op.batch_alter_table('grant_cost_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_cost_item_application_id'))

    op.drop_table('grant_cost_item')
    with op.batch_alter_table('grant_conflict_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_conflict_declaration_member_id'))
        batch_op.drop_index(batch_op.f('ix_grant_conflict_declaration_application_id'))

    op.drop_table('grant_conflict_declaration')
    with op.batch_alter_table('grant_co_applicant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_co_applicant_person_id'))
        batch_op.drop_index(batch_op.f('ix_grant_co_applicant_application_id'))

    op.drop_table('grant_co_applicant')
    with op.batch_alter_table('grant_attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_attachment_application_id'))

    op.drop_table('grant_attachment')
    with op.batch_alter_table('grant_application', schema=None) as batch_op:
        batch_op.drop_index('ix_grant_application_call_status')
        batch_op.drop_index(batch_op.f('ix_grant_application_applicant_id'))

    op.drop_table('grant_application')
    with op.batch_alter_table('grant_tranche_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_tranche_plan_call_id'))

    op.drop_table('grant_tranche_plan')
    with op.batch_alter_table('grant_ranking', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_ranking_call_id'))

    op.drop_table('grant_ranking')
    with op.batch_alter_table('grant_criterion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_criterion_call_id'))

    op.drop_table('grant_criterion')
    with op.batch_alter_table('grant_commission_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_commission_member_call_id'))

    op.drop_table('grant_commission_member')
    with op.batch_alter_table('grant_call_municipality', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_call_municipality_call_id'))

    op.drop_table('grant_call_municipality')
    with op.batch_alter_table('grant_call_edition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_call_edition_call_id'))

    op.drop_table('grant_call_edition')
    op.drop_table('grant_call')
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_generated_document_record_uuid'))

    op.drop_table('generated_document')

