"""open data: which organisations publish their package

Revision ID: 0002_opendata
Revises: 0002_dashboard
Create Date: 2026-11-29 23:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_opendata"
# Chained after the dashboard's revision, which this branch builds on (its derived tables).
down_revision = "0002_dashboard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "open_data",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("licence", sa.String(length=32), nullable=False),
        sa.Column("published_at", sa.String(length=40), nullable=False),
        sa.Column("published_by", sa.String(length=254), server_default="", nullable=False),
        sa.Column("built_at", sa.String(length=40), nullable=True),
        sa.Column("cycles", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"]),
        sa.PrimaryKeyConstraint("organisation_id"),
    )


def downgrade() -> None:
    op.drop_table("open_data")
