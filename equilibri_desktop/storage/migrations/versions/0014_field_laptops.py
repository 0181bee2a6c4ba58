"""Field laptops: intake notes, the kit's office versions on a laptop, merged packages and records in the office,
and a stable identity of the office database (so a package from another office is refused).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 23:07:22.546492
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('field_base',
    sa.Column('record_uuid', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.Column('fiscal_code_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('record_uuid', name=op.f('pk_field_base'))
    )
    with op.batch_alter_table('field_base', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_base_fiscal_code_hash'), ['fiscal_code_hash'], unique=False)

    op.create_table('field_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_uuid', sa.Uuid(), nullable=False),
    sa.Column('kit_uuid', sa.Uuid(), nullable=False),
    sa.Column('event_uuid', sa.Uuid(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('receipt_code', sa.String(length=20), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_import')),
    sa.UniqueConstraint('package_uuid', name=op.f('uq_field_import_package_uuid'))
    )
    with op.batch_alter_table('field_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_import_kit_uuid'), ['kit_uuid'], unique=False)

    op.create_table('field_merged_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('field_uuid', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('office_uuid', sa.Uuid(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('office_version', sa.Integer(), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.Column('package_uuid', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_merged_record')),
    sa.UniqueConstraint('field_uuid', name=op.f('uq_field_merged_record_field_uuid'))
    )
    with op.batch_alter_table('field_merged_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_merged_record_office_uuid'), ['office_uuid'], unique=False)

    op.create_table('field_note',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['event_participant.id'], name=op.f('fk_field_note_participant_id_event_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_note')),
    sa.UniqueConstraint('uuid', name=op.f('uq_field_note_uuid'))
    )
    with op.batch_alter_table('field_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_note_participant_id'), ['participant_id'], unique=False)

    app_meta = sa.table("app_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    existing = op.get_bind().execute(sa.select(app_meta.c.value).where(app_meta.c.key == "office_id")).scalar()
    if existing is None:
        op.bulk_insert(app_meta, [{"key": "office_id", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    with op.batch_alter_table('field_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_note_participant_id'))

    op.drop_table('field_note')
    with op.batch_alter_table('field_merged_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_merged_record_office_uuid'))

    op.drop_table('field_merged_record')
    with op.batch_alter_table('field_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_import_kit_uuid'))

    op.drop_table('field_import')
    with op.batch_alter_table('field_base', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_base_fiscal_code_hash'))

    op.drop_table('field_base')
    op.execute("DELETE FROM app_meta WHERE key = 'office_id'")
