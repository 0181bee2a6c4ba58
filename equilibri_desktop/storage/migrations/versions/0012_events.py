"""Events and training: events with partners and sessions, participants with their consents, attendance
per session, feedback questionnaires.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('event',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('line_of_work', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('target', sa.String(length=20), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('registration_open', sa.Boolean(), nullable=False),
    sa.Column('min_attendance_pct', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('certificate_kind', sa.String(length=20), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signer_role', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_event_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_event_uuid'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_first_day'), ['first_day'], unique=False)

    op.create_table('event_feedback',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('scores', sa.String(length=200), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_feedback_event_id_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_feedback')),
    sa.UniqueConstraint('uuid', name=op.f('uq_event_feedback_uuid'))
    )
    with op.batch_alter_table('event_feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_feedback_event_id'), ['event_id'], unique=False)

    op.create_table('event_session',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('trainer', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_session_event_id_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_session')),
    sa.UniqueConstraint('uuid', name=op.f('uq_event_session_uuid'))
    )
    with op.batch_alter_table('event_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_session_event_id'), ['event_id'], unique=False)

    op.create_table('event_participant',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('search_name', sa.String(length=210), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('fiscal_code', sa.String(length=16), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('organisation_name', sa.String(length=200), nullable=False),
    sa.Column('participant_kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('privacy_notice_version', sa.String(length=40), nullable=False),
    sa.Column('privacy_on', sa.Date(), nullable=True),
    sa.Column('consent_photos', sa.Boolean(), nullable=False),
    sa.Column('consent_news', sa.Boolean(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_collected_by', sa.String(length=80), nullable=False),
    sa.Column('certificate_uuid', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_participant_event_id_event')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_event_participant_municipality_id_municipality')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_event_participant_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_event_participant_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participant')),
    sa.UniqueConstraint('uuid', name=op.f('uq_event_participant_uuid'))
    )
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.create_index('ix_event_participant_event_code', ['event_id', 'fiscal_code'], unique=False)
        batch_op.create_index('ix_event_participant_event_name', ['event_id', 'search_name'], unique=False)
        batch_op.create_index('ix_event_participant_event_status', ['event_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participant_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participant_person_id'), ['person_id'], unique=False)

    op.create_table('event_partner',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_partner_event_id_event')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_event_partner_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_partner')),
    sa.UniqueConstraint('event_id', 'organisation_id', name=op.f('uq_event_partner_event_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_event_partner_uuid'))
    )
    with op.batch_alter_table('event_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_partner_event_id'), ['event_id'], unique=False)

    op.create_table('event_attendance',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['event_participant.id'], name=op.f('fk_event_attendance_participant_id_event_participant')),
    sa.ForeignKeyConstraint(['session_id'], ['event_session.id'], name=op.f('fk_event_attendance_session_id_event_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_attendance')),
    sa.UniqueConstraint('participant_id', 'session_id', name=op.f('uq_event_attendance_participant_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_event_attendance_uuid'))
    )
    with op.batch_alter_table('event_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_attendance_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('event_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_attendance_session_id'))

    op.drop_table('event_attendance')
    with op.batch_alter_table('event_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_partner_event_id'))

    op.drop_table('event_partner')
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participant_person_id'))
        batch_op.drop_index(batch_op.f('ix_event_participant_organisation_id'))
        batch_op.drop_index('ix_event_participant_event_status')
        batch_op.drop_index('ix_event_participant_event_name')
        batch_op.drop_index('ix_event_participant_event_code')

    op.drop_table('event_participant')
    with op.batch_alter_table('event_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_session_event_id'))

    op.drop_table('event_session')
    with op.batch_alter_table('event_feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_feedback_event_id'))

    op.drop_table('event_feedback')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_first_day'))

    op.drop_table('event')
