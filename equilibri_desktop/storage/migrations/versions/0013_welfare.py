"""Company welfare consulting: engagements with firms or networks, meetings, anonymous survey answers,
welfare plans and their measures.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 20:08:39.761334
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('welfare_engagement',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('network_name', sa.String(length=200), nullable=False),
    sa.Column('ateco', sa.String(length=8), nullable=False),
    sa.Column('employees_women', sa.Integer(), nullable=False),
    sa.Column('employees_men', sa.Integer(), nullable=False),
    sa.Column('employees_permanent', sa.Integer(), nullable=False),
    sa.Column('employees_fixed_term', sa.Integer(), nullable=False),
    sa.Column('employees_part_time', sa.Integer(), nullable=False),
    sa.Column('collective_agreement', sa.String(length=200), nullable=False),
    sa.Column('union_representation', sa.String(length=20), nullable=False),
    sa.Column('consultant', sa.String(length=120), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welfare_engagement')),
    sa.UniqueConstraint('uuid', name=op.f('uq_welfare_engagement_uuid'))
    )
    with op.batch_alter_table('welfare_engagement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welfare_engagement_stage'), ['stage'], unique=False)

    op.create_table('welfare_meeting',
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['welfare_engagement.id'], name=op.f('fk_welfare_meeting_engagement_id_welfare_engagement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welfare_meeting')),
    sa.UniqueConstraint('uuid', name=op.f('uq_welfare_meeting_uuid'))
    )
    with op.batch_alter_table('welfare_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welfare_meeting_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('welfare_plan',
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('labour_costs_cents', sa.BigInteger(), nullable=False),
    sa.Column('workers_women', sa.Integer(), nullable=False),
    sa.Column('workers_men', sa.Integer(), nullable=False),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('employer_contributions', sa.Numeric(precision=6, scale=4), nullable=False),
    sa.Column('employee_contributions', sa.Numeric(precision=6, scale=4), nullable=False),
    sa.Column('income_tax', sa.Numeric(precision=6, scale=4), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['welfare_engagement.id'], name=op.f('fk_welfare_plan_engagement_id_welfare_engagement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welfare_plan')),
    sa.UniqueConstraint('engagement_id', 'year', name=op.f('uq_welfare_plan_engagement_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_welfare_plan_uuid'))
    )
    op.create_table('welfare_engagement_firm',
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['welfare_engagement.id'], name=op.f('fk_welfare_engagement_firm_engagement_id_welfare_engagement')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_welfare_engagement_firm_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welfare_engagement_firm')),
    sa.UniqueConstraint('engagement_id', 'organisation_id', name=op.f('uq_welfare_engagement_firm_engagement_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_welfare_engagement_firm_uuid'))
    )
    with op.batch_alter_table('welfare_engagement_firm', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welfare_engagement_firm_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('welfare_plan_measure',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('tax_category', sa.String(length=20), nullable=False),
    sa.Column('need', sa.String(length=20), nullable=False),
    sa.Column('amount_per_worker_cents', sa.BigInteger(), nullable=False),
    sa.Column('unit_value_cents', sa.BigInteger(), nullable=True),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('with_children', sa.Boolean(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['welfare_plan.id'], name=op.f('fk_welfare_plan_measure_plan_id_welfare_plan')),
    sa.ForeignKeyConstraint(['provider_id'], ['organisation.id'], name=op.f('fk_welfare_plan_measure_provider_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welfare_plan_measure')),
    sa.UniqueConstraint('uuid', name=op.f('uq_welfare_plan_measure_uuid'))
    )
    with op.batch_alter_table('welfare_plan_measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welfare_plan_measure_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_welfare_plan_measure_provider_id'), ['provider_id'], unique=False)

    op.create_table('welfare_survey_response',
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('import_file', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('contract', sa.String(length=20), nullable=False),
    sa.Column('part_time', sa.Boolean(), nullable=False),
    sa.Column('household', sa.String(length=20), nullable=False),
    sa.Column('children', sa.String(length=40), nullable=False),
    sa.Column('dependants', sa.SmallInteger(), nullable=False),
    sa.Column('commute_time', sa.String(length=8), nullable=False),
    sa.Column('commute_mode', sa.String(length=20), nullable=False),
    sa.Column('interests', sa.String(length=40), nullable=False),
    sa.Column('time_preference', sa.String(length=20), nullable=False),
    sa.Column('bonus_to_welfare', sa.String(length=8), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['welfare_engagement.id'], name=op.f('fk_welfare_survey_response_engagement_id_welfare_engagement')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_welfare_survey_response_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welfare_survey_response')),
    sa.UniqueConstraint('uuid', name=op.f('uq_welfare_survey_response_uuid'))
    )
    with op.batch_alter_table('welfare_survey_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welfare_survey_response_engagement_id'), ['engagement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_welfare_survey_response_organisation_id'), ['organisation_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('welfare_survey_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welfare_survey_response_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_welfare_survey_response_engagement_id'))

    op.drop_table('welfare_survey_response')
    with op.batch_alter_table('welfare_plan_measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welfare_plan_measure_provider_id'))
        batch_op.drop_index(batch_op.f('ix_welfare_plan_measure_plan_id'))

    op.drop_table('welfare_plan_measure')
    with op.batch_alter_table('welfare_engagement_firm', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welfare_engagement_firm_organisation_id'))

    op.drop_table('welfare_engagement_firm')
    op.drop_table('welfare_plan')
    with op.batch_alter_table('welfare_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welfare_meeting_engagement_id'))

    op.drop_table('welfare_meeting')
    with op.batch_alter_table('welfare_engagement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welfare_engagement_stage'))

    op.drop_table('welfare_engagement')
