"""The network: agreements with parties, signatures, steering committee, attachments and templates; the
network agent's contacts with firms and their good practices.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('network_template',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('premises_text', sa.Text(), nullable=False),
    sa.Column('articles_text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_template')),
    sa.UniqueConstraint('kind', name=op.f('uq_network_template_kind')),
    sa.UniqueConstraint('uuid', name=op.f('uq_network_template_uuid'))
    )
    op.create_table('network_agreement',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('lead_organisation_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('in_force_from', sa.Date(), nullable=True),
    sa.Column('in_force_on', sa.Date(), nullable=True),
    sa.Column('tacit_renewal', sa.Boolean(), nullable=False),
    sa.Column('renewal_months', sa.Integer(), nullable=False),
    sa.Column('withdrawal_notice_days', sa.Integer(), nullable=False),
    sa.Column('privacy_role', sa.String(length=20), nullable=False),
    sa.Column('privacy_arrangement', sa.Text(), nullable=False),
    sa.Column('processor_organisation_id', sa.Integer(), nullable=True),
    sa.Column('cup', sa.String(length=15), nullable=False),
    sa.Column('premises_text', sa.Text(), nullable=False),
    sa.Column('articles_text', sa.Text(), nullable=False),
    sa.Column('amends_id', sa.Integer(), nullable=True),
    sa.Column('amendment_number', sa.Integer(), nullable=False),
    sa.Column('amendment_reason', sa.Text(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['amends_id'], ['network_agreement.id'], name=op.f('fk_network_agreement_amends_id_network_agreement')),
    sa.ForeignKeyConstraint(['lead_organisation_id'], ['organisation.id'], name=op.f('fk_network_agreement_lead_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['processor_organisation_id'], ['organisation.id'], name=op.f('fk_network_agreement_processor_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_agreement')),
    sa.UniqueConstraint('code', name=op.f('uq_network_agreement_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_network_agreement_uuid'))
    )
    with op.batch_alter_table('network_agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_agreement_amends_id'), ['amends_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_agreement_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_agreement_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_agreement_status'), ['status'], unique=False)

    op.create_table('network_contact',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('contact_on', sa.Date(), nullable=False),
    sa.Column('agent', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('topics', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('next_step', sa.String(length=300), nullable=False),
    sa.Column('next_step_due', sa.Date(), nullable=True),
    sa.Column('next_step_done', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_network_contact_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_contact')),
    sa.UniqueConstraint('uuid', name=op.f('uq_network_contact_uuid'))
    )
    with op.batch_alter_table('network_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_contact_agent'), ['agent'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_contact_contact_on'), ['contact_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_contact_next_step_due'), ['next_step_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_contact_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('network_practice',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('measure', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_network_practice_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_practice')),
    sa.UniqueConstraint('uuid', name=op.f('uq_network_practice_uuid'))
    )
    with op.batch_alter_table('network_practice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_practice_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('network_committee_member',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['network_agreement.id'], name=op.f('fk_network_committee_member_agreement_id_network_agreement')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_network_committee_member_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_committee_member')),
    sa.UniqueConstraint('uuid', name=op.f('uq_network_committee_member_uuid'))
    )
    with op.batch_alter_table('network_committee_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_committee_member_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('network_party',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('signatory_person_id', sa.Integer(), nullable=False),
    sa.Column('signatory_capacity', sa.String(length=30), nullable=False),
    sa.Column('delegation_act', sa.String(length=300), nullable=False),
    sa.Column('obligations', sa.Text(), nullable=False),
    sa.Column('cash_cents', sa.BigInteger(), nullable=False),
    sa.Column('in_kind_hours', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('in_kind_rate_cents', sa.BigInteger(), nullable=False),
    sa.Column('in_kind_description', sa.String(length=300), nullable=False),
    sa.Column('signature_status', sa.String(length=20), nullable=False),
    sa.Column('signature_method', sa.String(length=20), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('refused_on', sa.Date(), nullable=True),
    sa.Column('refusal_reason', sa.String(length=300), nullable=False),
    sa.Column('signed_file_path', sa.String(length=500), nullable=False),
    sa.Column('signed_file_sha256', sa.String(length=64), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['network_agreement.id'], name=op.f('fk_network_party_agreement_id_network_agreement')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_network_party_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['signatory_person_id'], ['person.id'], name=op.f('fk_network_party_signatory_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_party')),
    sa.UniqueConstraint('agreement_id', 'organisation_id', name=op.f('uq_network_party_agreement_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_network_party_uuid'))
    )
    with op.batch_alter_table('network_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_party_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_party_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_party_signatory_person_id'), ['signatory_person_id'], unique=False)

    op.create_table('network_attachment',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('file_path', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('check_report', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['network_agreement.id'], name=op.f('fk_network_attachment_agreement_id_network_agreement')),
    sa.ForeignKeyConstraint(['party_id'], ['network_party.id'], name=op.f('fk_network_attachment_party_id_network_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_attachment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_network_attachment_uuid'))
    )
    with op.batch_alter_table('network_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_attachment_agreement_id'), ['agreement_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('network_attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_attachment_agreement_id'))

    op.drop_table('network_attachment')
    with op.batch_alter_table('network_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_party_signatory_person_id'))
        batch_op.drop_index(batch_op.f('ix_network_party_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_network_party_agreement_id'))

    op.drop_table('network_party')
    with op.batch_alter_table('network_committee_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_committee_member_agreement_id'))

    op.drop_table('network_committee_member')
    with op.batch_alter_table('network_practice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_practice_organisation_id'))

    op.drop_table('network_practice')
    with op.batch_alter_table('network_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_contact_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_network_contact_next_step_due'))
        batch_op.drop_index(batch_op.f('ix_network_contact_contact_on'))
        batch_op.drop_index(batch_op.f('ix_network_contact_agent'))

    op.drop_table('network_contact')
    with op.batch_alter_table('network_agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_agreement_status'))
        batch_op.drop_index(batch_op.f('ix_network_agreement_kind'))
        batch_op.drop_index(batch_op.f('ix_network_agreement_end_date'))
        batch_op.drop_index(batch_op.f('ix_network_agreement_amends_id'))

    op.drop_table('network_agreement')
    op.drop_table('network_template')
