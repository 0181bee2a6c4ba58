"""Initial schema: registry, reference data, organisation settings, tombstones.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 08:50:35.431440
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('municipality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('istat_code', sa.String(length=6), nullable=False),
    sa.Column('belfiore_code', sa.String(length=4), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('cap', sa.String(length=5), nullable=False),
    sa.Column('province', sa.String(length=2), nullable=False),
    sa.Column('district', sa.String(length=60), nullable=False),
    sa.Column('sud_est_milano', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality')),
    sa.UniqueConstraint('belfiore_code', name=op.f('uq_municipality_belfiore_code')),
    sa.UniqueConstraint('istat_code', name=op.f('uq_municipality_istat_code'))
    )
    with op.batch_alter_table('municipality', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_municipality_name'), ['name'], unique=False)

    op.create_table('organisation_settings',
    sa.Column('body_name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('fiscal_code', sa.String(length=16), nullable=False),
    sa.Column('vat_number', sa.String(length=11), nullable=False),
    sa.Column('pec', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('project_title', sa.String(length=300), nullable=False),
    sa.Column('project_cup', sa.String(length=15), nullable=False),
    sa.Column('funding_statement', sa.Text(), nullable=False),
    sa.Column('signatory_name', sa.String(length=200), nullable=False),
    sa.Column('signatory_role', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation_settings')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organisation_settings_uuid'))
    )
    op.create_table('tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_uuid', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstone'))
    )
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstone_record_uuid'), ['record_uuid'], unique=False)
        batch_op.create_index('ix_tombstone_table_deleted', ['table_name', 'deleted_at'], unique=False)

    op.create_table('organisation',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('legal_form', sa.String(length=60), nullable=False),
    sa.Column('fiscal_code', sa.String(length=16), nullable=True),
    sa.Column('vat_number', sa.String(length=11), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('cap', sa.String(length=5), nullable=False),
    sa.Column('pec', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_organisation_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('fiscal_code', name=op.f('uq_organisation_fiscal_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organisation_uuid')),
    sa.UniqueConstraint('vat_number', name=op.f('uq_organisation_vat_number'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)

    op.create_table('person',
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_place_code', sa.String(length=4), nullable=False),
    sa.Column('fiscal_code', sa.String(length=16), nullable=True),
    sa.Column('citizenship', sa.String(length=60), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('cap', sa.String(length=5), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_person_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('fiscal_code', name=op.f('uq_person_fiscal_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_uuid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_phone'), ['phone'], unique=False)
        batch_op.create_index('ix_person_surname_first_name', ['surname', 'first_name'], unique=False)
    # Marks the file as ours, so a restore can refuse a foreign SQLite database.
    op.bulk_insert(
        sa.table("app_meta", sa.column("key", sa.String), sa.column("value", sa.Text)),
        [{"key": "application", "value": "equilibri-desktop"}],
    )


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_surname_first_name')
        batch_op.drop_index(batch_op.f('ix_person_phone'))
        batch_op.drop_index(batch_op.f('ix_person_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_person_email'))

    op.drop_table('person')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_name'))
        batch_op.drop_index(batch_op.f('ix_organisation_municipality_id'))

    op.drop_table('organisation')
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.drop_index('ix_tombstone_table_deleted')
        batch_op.drop_index(batch_op.f('ix_tombstone_record_uuid'))

    op.drop_table('tombstone')
    op.drop_table('organisation_settings')
    with op.batch_alter_table('municipality', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_municipality_name'))

    op.drop_table('municipality')
    op.drop_table('app_meta')
