"""Reference data: the 53 municipalities of ASST Melegnano e della Martesana.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
import csv

import sqlalchemy as sa
from alembic import op

from equilibri_desktop.paths import reference_data_dir

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

municipality = sa.table(
    "municipality",
    sa.column("istat_code", sa.String),
    sa.column("belfiore_code", sa.String),
    sa.column("name", sa.String),
    sa.column("cap", sa.String),
    sa.column("province", sa.String),
    sa.column("district", sa.String),
    sa.column("sud_est_milano", sa.Boolean),
)


def _rows() -> list[dict]:
    with open(reference_data_dir() / "municipalities_asst.csv", encoding="utf-8", newline="") as handle:
        return [
            {
                "istat_code": row["istat"],
                "belfiore_code": row["belfiore"],
                "name": row["name"],
                "cap": row["cap"],
                "province": row["province"],
                "district": row["district"],
                "sud_est_milano": row["sud_est_milano"] == "1",
            }
            for row in csv.DictReader(handle)
        ]


def upgrade() -> None:
    op.bulk_insert(municipality, _rows())


def downgrade() -> None:
    op.execute(municipality.delete())
