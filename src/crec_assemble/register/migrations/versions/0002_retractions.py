"""Retractions: an event recorded by mistake is retracted by a later event that names it.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as events:
        events.add_column(sa.Column("retracts", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as events:
        events.drop_column("retracts")
