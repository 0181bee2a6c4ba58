"""Flexible work: pathways, assessment, regulation, individual agile-work agreements, Ministry communications,
coworking spaces and placements, monitoring questionnaires.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 23:08:33.403224
"""
import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('flexwork_pathway',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('sector', sa.String(length=10), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('consultant', sa.String(length=120), nullable=False),
    sa.Column('collective_agreement', sa.String(length=200), nullable=False),
    sa.Column('contact_band_required', sa.Boolean(), nullable=False),
    sa.Column('inail_pat', sa.String(length=10), nullable=False),
    sa.Column('inail_tariff', sa.String(length=4), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_flexwork_pathway_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_pathway')),
    sa.UniqueConstraint('organisation_id', name=op.f('uq_flexwork_pathway_organisation_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_pathway_uuid'))
    )
    with op.batch_alter_table('flexwork_pathway', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flexwork_pathway_stage'), ['stage'], unique=False)

    op.create_table('flexwork_space',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('services', sa.Text(), nullable=False),
    sa.Column('childcare', sa.Boolean(), nullable=False),
    sa.Column('prices', sa.Text(), nullable=False),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['organisation.id'], name=op.f('fk_flexwork_space_operator_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_space')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_space_uuid'))
    )
    with op.batch_alter_table('flexwork_space', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flexwork_space_municipality'), ['municipality'], unique=False)
        batch_op.create_index(batch_op.f('ix_flexwork_space_operator_id'), ['operator_id'], unique=False)

    op.create_table('flexwork_agreement',
    sa.Column('pathway_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('duration', sa.String(length=20), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('employment_start', sa.Date(), nullable=False),
    sa.Column('employment_type', sa.String(length=20), nullable=False),
    sa.Column('remote_days', sa.SmallInteger(), nullable=False),
    sa.Column('office_days', sa.SmallInteger(), nullable=False),
    sa.Column('places', sa.String(length=120), nullable=False),
    sa.Column('tools', sa.Text(), nullable=False),
    sa.Column('contact_start', sa.String(length=5), nullable=False),
    sa.Column('contact_end', sa.String(length=5), nullable=False),
    sa.Column('disconnection_start', sa.String(length=5), nullable=False),
    sa.Column('disconnection_end', sa.String(length=5), nullable=False),
    sa.Column('rest_times', sa.Text(), nullable=False),
    sa.Column('directive_power', sa.Text(), nullable=False),
    sa.Column('safety_notice_on', sa.Date(), nullable=False),
    sa.Column('notice_days_worker', sa.SmallInteger(), nullable=False),
    sa.Column('notice_days_employer', sa.SmallInteger(), nullable=False),
    sa.Column('justified_cause', sa.Text(), nullable=False),
    sa.Column('worker_disabled', sa.Boolean(), nullable=False),
    sa.Column('priority', sa.String(length=30), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pathway_id'], ['flexwork_pathway.id'], name=op.f('fk_flexwork_agreement_pathway_id_flexwork_pathway')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_flexwork_agreement_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_agreement')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_agreement_uuid'))
    )
    with op.batch_alter_table('flexwork_agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flexwork_agreement_pathway_id'), ['pathway_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flexwork_agreement_person_id'), ['person_id'], unique=False)

    op.create_table('flexwork_assessment',
    sa.Column('pathway_id', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('roles_total', sa.Integer(), nullable=False),
    sa.Column('roles_remote', sa.Integer(), nullable=False),
    sa.Column('workers_women', sa.Integer(), nullable=False),
    sa.Column('workers_men', sa.Integer(), nullable=False),
    sa.Column('workers_children_12', sa.Integer(), nullable=False),
    sa.Column('workers_caregivers', sa.Integer(), nullable=False),
    sa.Column('workers_disabled', sa.Integer(), nullable=False),
    sa.Column('tools', sa.Text(), nullable=False),
    sa.Column('data_security', sa.Text(), nullable=False),
    sa.Column('current_practices', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pathway_id'], ['flexwork_pathway.id'], name=op.f('fk_flexwork_assessment_pathway_id_flexwork_pathway')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_assessment')),
    sa.UniqueConstraint('pathway_id', name=op.f('uq_flexwork_assessment_pathway_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_assessment_uuid'))
    )
    op.create_table('flexwork_placement',
    sa.Column('space_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_flexwork_placement_person_id_person')),
    sa.ForeignKeyConstraint(['space_id'], ['flexwork_space.id'], name=op.f('fk_flexwork_placement_space_id_flexwork_space')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_placement')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_placement_uuid'))
    )
    with op.batch_alter_table('flexwork_placement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flexwork_placement_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flexwork_placement_space_id'), ['space_id'], unique=False)

    op.create_table('flexwork_questionnaire',
    sa.Column('pathway_id', sa.Integer(), nullable=False),
    sa.Column('phase', sa.String(length=6), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('priority', sa.String(length=30), nullable=False),
    sa.Column('wellbeing', sa.SmallInteger(), nullable=False),
    sa.Column('balance', sa.SmallInteger(), nullable=False),
    sa.Column('organisation', sa.SmallInteger(), nullable=False),
    sa.Column('remote_days_month', sa.SmallInteger(), nullable=False),
    sa.Column('commute_minutes_saved_week', sa.Integer(), nullable=False),
    sa.Column('commute_km_saved_week', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pathway_id'], ['flexwork_pathway.id'], name=op.f('fk_flexwork_questionnaire_pathway_id_flexwork_pathway')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_questionnaire')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_questionnaire_uuid'))
    )
    with op.batch_alter_table('flexwork_questionnaire', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flexwork_questionnaire_pathway_id'), ['pathway_id'], unique=False)

    op.create_table('flexwork_regulation',
    sa.Column('pathway_id', sa.Integer(), nullable=False),
    sa.Column('work_mode', sa.String(length=12), nullable=False),
    sa.Column('days', sa.SmallInteger(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('contact_start', sa.String(length=5), nullable=False),
    sa.Column('contact_end', sa.String(length=5), nullable=False),
    sa.Column('disconnection_start', sa.String(length=5), nullable=False),
    sa.Column('disconnection_end', sa.String(length=5), nullable=False),
    sa.Column('tools', sa.Text(), nullable=False),
    sa.Column('tools_provider', sa.String(length=12), nullable=False),
    sa.Column('places', sa.String(length=120), nullable=False),
    sa.Column('safety_notice', sa.Text(), nullable=False),
    sa.Column('trial_months', sa.SmallInteger(), nullable=False),
    sa.Column('piao_section', sa.Text(), nullable=False),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pathway_id'], ['flexwork_pathway.id'], name=op.f('fk_flexwork_regulation_pathway_id_flexwork_pathway')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_regulation')),
    sa.UniqueConstraint('pathway_id', name=op.f('uq_flexwork_regulation_pathway_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_regulation_uuid'))
    )
    op.create_table('flexwork_stage_entry',
    sa.Column('pathway_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pathway_id'], ['flexwork_pathway.id'], name=op.f('fk_flexwork_stage_entry_pathway_id_flexwork_pathway')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_stage_entry')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_stage_entry_uuid'))
    )
    with op.batch_alter_table('flexwork_stage_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flexwork_stage_entry_pathway_id'), ['pathway_id'], unique=False)

    op.create_table('flexwork_communication',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=15), nullable=False),
    sa.Column('event_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('exported_on', sa.Date(), nullable=True),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('receipt', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['flexwork_agreement.id'], name=op.f('fk_flexwork_communication_agreement_id_flexwork_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexwork_communication')),
    sa.UniqueConstraint('uuid', name=op.f('uq_flexwork_communication_uuid'))
    )
    with op.batch_alter_table('flexwork_communication', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flexwork_communication_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flexwork_communication_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_flexwork_communication_sent_on'), ['sent_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('flexwork_communication', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flexwork_communication_sent_on'))
        batch_op.drop_index(batch_op.f('ix_flexwork_communication_due_on'))
        batch_op.drop_index(batch_op.f('ix_flexwork_communication_agreement_id'))

    op.drop_table('flexwork_communication')
    with op.batch_alter_table('flexwork_stage_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flexwork_stage_entry_pathway_id'))

    op.drop_table('flexwork_stage_entry')
    op.drop_table('flexwork_regulation')
    with op.batch_alter_table('flexwork_questionnaire', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flexwork_questionnaire_pathway_id'))

    op.drop_table('flexwork_questionnaire')
    with op.batch_alter_table('flexwork_placement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flexwork_placement_space_id'))
        batch_op.drop_index(batch_op.f('ix_flexwork_placement_person_id'))

    op.drop_table('flexwork_placement')
    op.drop_table('flexwork_assessment')
    with op.batch_alter_table('flexwork_agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flexwork_agreement_person_id'))
        batch_op.drop_index(batch_op.f('ix_flexwork_agreement_pathway_id'))

    op.drop_table('flexwork_agreement')
    with op.batch_alter_table('flexwork_space', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flexwork_space_operator_id'))
        batch_op.drop_index(batch_op.f('ix_flexwork_space_municipality'))

    op.drop_table('flexwork_space')
    with op.batch_alter_table('flexwork_pathway', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flexwork_pathway_stage'))

    op.drop_table('flexwork_pathway')
