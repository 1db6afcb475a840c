"""cycle feed: changes carry their cycle; which laptop works on which cycle

Revision ID: trust_sync_0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "trust_sync_0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cycle_id", sa.String(length=64), nullable=True))
    op.create_table(
        "device_cycles",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("cycle_id", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("how", sa.String(length=16), nullable=False),
        sa.Column("added_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "cycle_id"),
    )


def downgrade() -> None:
    op.drop_table("device_cycles")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_column("cycle_id")
