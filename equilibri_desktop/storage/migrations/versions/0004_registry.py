"""Registry: full person and organisation records, privacy acknowledgements, consents, contacts, merges,
and the search keys behind search-as-you-type.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 2_000
EMPTY = sa.text("''")


def _search_text(length: int):
    # Compared byte by byte: prefix ranges and ORDER BY use a plain index (see storage/search_text.py).
    return sa.String(length=length).with_variant(sa.String(length=length, collation="C"), "postgresql")


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _text(name: str, length: int) -> sa.Column:
    # Existing rows get '' (batch mode copies them into the rebuilt table on SQLite).
    return sa.Column(name, sa.String(length=length), nullable=False, server_default=EMPTY)


def _alter_person() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(_text("birth_place_name", 100))
        batch_op.add_column(_text("municipality_name", 100))
        batch_op.add_column(_text("domicile_address", 200))
        batch_op.add_column(sa.Column("domicile_municipality_id", sa.Integer(), nullable=True))
        batch_op.add_column(_text("domicile_municipality_name", 100))
        batch_op.add_column(_text("domicile_cap", 5))
        batch_op.add_column(_text("pec", 200))
        batch_op.add_column(_text("preferred_contact", 20))
        batch_op.add_column(_text("occupational_status", 20))
        batch_op.add_column(sa.Column("did_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("protected", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(_text("protection_body", 200))
        batch_op.add_column(sa.Column("protection_date", sa.Date(), nullable=True))
        for name, length in (("search_name", 210), ("search_name_reversed", 210), ("search_phone", 20)):
            batch_op.add_column(sa.Column(name, _search_text(length), nullable=False, server_default=EMPTY))
        # Replaced by indexes on the search keys, each carrying the name key so that a search reads
        # one index in name order and never the table.
        for index in ("ix_person_phone", "ix_person_surname_first_name", "ix_person_email",
                      "ix_person_municipality_id"):
            batch_op.drop_index(index)
        batch_op.create_index("ix_person_birth_date", ["birth_date"], unique=False)
        batch_op.create_index("ix_person_search_name", ["search_name", "id"], unique=False)
        batch_op.create_index("ix_person_search_name_reversed", ["search_name_reversed", "search_name"],
                              unique=False)
        batch_op.create_index("ix_person_email_name", ["email", "search_name"], unique=False)
        batch_op.create_index("ix_person_search_phone_name", ["search_phone", "search_name"], unique=False)
        batch_op.create_index("ix_person_municipality_name", ["municipality_id", "search_name"], unique=False)
        batch_op.create_foreign_key("fk_person_domicile_municipality_id_municipality", "municipality",
                                    ["domicile_municipality_id"], ["id"])


def _alter_organisation() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(_text("municipality_name", 100))
        batch_op.add_column(_text("ateco", 8))
        batch_op.add_column(sa.Column("employees_women", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("employees_men", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("legal_representative_id", sa.Integer(), nullable=True))
        batch_op.add_column(_text("alliance_role", 20))
        batch_op.add_column(sa.Column("partner_since", sa.Date(), nullable=True))
        batch_op.add_column(_text("iban", 34))
        batch_op.add_column(sa.Column("search_name", _search_text(220), nullable=False, server_default=EMPTY))
        batch_op.add_column(sa.Column("search_phone", _search_text(20), nullable=False, server_default=EMPTY))
        batch_op.create_index("ix_organisation_kind", ["kind"], unique=False)
        batch_op.create_index("ix_organisation_legal_representative_id", ["legal_representative_id"], unique=False)
        batch_op.create_index("ix_organisation_search_name", ["search_name", "id"], unique=False)
        batch_op.create_foreign_key("fk_organisation_legal_representative_id_person", "person",
                                    ["legal_representative_id"], ["id"])


def _codes_compared_bytewise() -> None:
    """PostgreSQL: codes and e-mails are searched by prefix too, so they get the C collation."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in (("person", "fiscal_code", 16), ("person", "email", 200),
                                  ("organisation", "fiscal_code", 16), ("organisation", "vat_number", 11)):
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "C"')


def _create_tables() -> None:
    op.create_table(
        "privacy_acknowledgement",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("notice_version", sa.String(length=40), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name="fk_privacy_acknowledgement_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_privacy_acknowledgement"),
        sa.UniqueConstraint("uuid", name="uq_privacy_acknowledgement_uuid"),
    )
    op.create_index("ix_privacy_acknowledgement_person_id", "privacy_acknowledgement", ["person_id"])
    op.create_table(
        "consent",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name="fk_consent_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_consent"),
        sa.UniqueConstraint("uuid", name="uq_consent_uuid"),
    )
    op.create_index("ix_consent_person_kind", "consent", ["person_id", "kind"])
    op.create_table(
        "organisation_contact",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name="fk_organisation_contact_organisation_id_organisation"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name="fk_organisation_contact_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_contact"),
        sa.UniqueConstraint("organisation_id", "person_id", name="uq_organisation_contact_organisation_id"),
        sa.UniqueConstraint("uuid", name="uq_organisation_contact_uuid"),
    )
    op.create_index("ix_organisation_contact_person_id", "organisation_contact", ["person_id"])
    op.create_table(
        "registry_merge",
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("kept_uuid", sa.Uuid(), nullable=False),
        sa.Column("dropped_uuid", sa.Uuid(), nullable=False),
        sa.Column("dropped_label", sa.String(length=300), nullable=False),
        sa.Column("fields_from_dropped", sa.Text(), nullable=False),
        sa.Column("moved_links", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_registry_merge"),
        sa.UniqueConstraint("uuid", name="uq_registry_merge_uuid"),
    )
    op.create_index("ix_registry_merge_kept_uuid", "registry_merge", ["kept_uuid"])
    op.create_index("ix_registry_merge_dropped_uuid", "registry_merge", ["dropped_uuid"])


def _backfill() -> None:
    """Search keys and birthplace names for the rows already stored (demo data, early testers)."""
    # The app's own key functions: the keys must equal what the app computes for new rows.
    from equilibri_desktop.domain.birthplaces import birthplace_from_code
    from equilibri_desktop.domain.search_keys import (
        organisation_name_key,
        person_name_key,
        person_name_key_reversed,
        phone_key,
    )

    conn = op.get_bind()
    person = sa.table("person", sa.column("birth_date", sa.Date), *(sa.column(n) for n in (
        "id", "surname", "first_name", "phone", "birth_place_code", "birth_place_name",
        "search_name", "search_name_reversed", "search_phone")))
    rows = conn.execute(sa.select(person.c.id, person.c.surname, person.c.first_name, person.c.phone,
                                  person.c.birth_place_code, person.c.birth_date)).all()
    update = person.update().where(person.c.id == sa.bindparam("row_id")).values(
        search_name=sa.bindparam("k1"), search_name_reversed=sa.bindparam("k2"),
        search_phone=sa.bindparam("k3"), birth_place_name=sa.bindparam("place"))
    for start in range(0, len(rows), BATCH):
        values = []
        for row in rows[start:start + BATCH]:
            place = birthplace_from_code(row.birth_place_code, row.birth_date) if row.birth_place_code else None
            values.append({"row_id": row.id, "k1": person_name_key(row.surname, row.first_name),
                           "k2": person_name_key_reversed(row.surname, row.first_name),
                           "k3": phone_key(row.phone)[:20], "place": place.label if place else ""})
        conn.execute(update, values)
    organisation = sa.table("organisation", *(sa.column(n) for n in ("id", "name", "phone", "search_name",
                                                                      "search_phone")))
    rows = conn.execute(sa.select(organisation.c.id, organisation.c.name, organisation.c.phone)).all()
    update = organisation.update().where(organisation.c.id == sa.bindparam("row_id")).values(
        search_name=sa.bindparam("k1"), search_phone=sa.bindparam("k2"))
    if rows:
        conn.execute(update, [{"row_id": r.id, "k1": organisation_name_key(r.name)[:220],
                               "k2": phone_key(r.phone)[:20]} for r in rows])


def upgrade() -> None:
    _alter_person()
    _alter_organisation()
    _codes_compared_bytewise()
    _create_tables()
    _backfill()


def downgrade() -> None:
    for table in ("registry_merge", "organisation_contact", "consent", "privacy_acknowledgement"):
        op.drop_table(table)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_constraint("fk_organisation_legal_representative_id_person", type_="foreignkey")
        for index in ("ix_organisation_search_name", "ix_organisation_legal_representative_id",
                      "ix_organisation_kind"):
            batch_op.drop_index(index)
        for column in ("search_phone", "search_name", "iban", "partner_since", "alliance_role",
                       "legal_representative_id", "employees_men", "employees_women", "ateco",
                       "municipality_name"):
            batch_op.drop_column(column)
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint("fk_person_domicile_municipality_id_municipality", type_="foreignkey")
        for index in ("ix_person_municipality_name", "ix_person_search_phone_name", "ix_person_email_name",
                      "ix_person_search_name_reversed", "ix_person_search_name", "ix_person_birth_date"):
            batch_op.drop_index(index)
        batch_op.create_index("ix_person_surname_first_name", ["surname", "first_name"], unique=False)
        batch_op.create_index("ix_person_phone", ["phone"], unique=False)
        batch_op.create_index("ix_person_email", ["email"], unique=False)
        batch_op.create_index("ix_person_municipality_id", ["municipality_id"], unique=False)
        for column in ("search_phone", "search_name_reversed", "search_name", "protection_date",
                       "protection_body", "protected", "did_date", "occupational_status", "preferred_contact",
                       "pec", "domicile_cap", "domicile_municipality_name", "domicile_municipality_id",
                       "domicile_address", "municipality_name", "birth_place_name"):
            batch_op.drop_column(column)
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in (("person", "fiscal_code", 16), ("person", "email", 200),
                                      ("organisation", "fiscal_code", 16), ("organisation", "vat_number", 11)):
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "default"')
