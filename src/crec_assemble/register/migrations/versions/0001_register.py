"""The first register: documents, their files, and the log of events.

Revision ID: 0001
Revises: none
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("parent", sa.String(80)),
        sa.Column("contractor", sa.Text, nullable=False),
        sa.Column("party", sa.Text, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("service", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("end_date", sa.Date),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("edition", sa.String(40), nullable=False),
        sa.Column("built", sa.Date, nullable=False),
        sa.Column("certificate_days", sa.Integer),
    )
    op.create_table(
        "files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("document_id", sa.String(80), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
    )
    op.create_index("ix_files_document_id", "files", ["document_id"])
    op.create_table(
        "events",
        sa.Column("number", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(80), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("on_date", sa.Date, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
    )
    op.create_index("events_by_document", "events", ["document_id", "kind", "on_date", "number"])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("files")
    op.drop_table("documents")
