"""signing keys for USB bundles (Ed25519 public keys of devices, head office's key pair)

Revision ID: trust_bundles_0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "trust_bundles_0002"
down_revision = "0002_opendata"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_keys",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("signer", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=200), server_default="", nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("private_key", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("revoked_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("organisation_id", "signer"),
    )


def downgrade() -> None:
    op.drop_table("signing_keys")
