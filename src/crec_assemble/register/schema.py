"""The register's tables, as SQLAlchemy Core sees them today.

Three tables of the record and no updates: ``documents`` and ``files`` are written once, when
a document is entered; ``events`` only grows. The fourth, ``users``, holds the web app's
accounts and is the one table whose rows change (a new password, a new token) or go (an
account removed): it is who may use the register, not part of its record. The migrations
in ``migrations/versions`` build the same tables step by step, so a register made by an older
version is brought up to this one (``tests/test_register_database.py`` checks the two agree).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = ["documents", "events", "files", "metadata", "users"]

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("parent", String(80)),
    Column("contractor", Text, nullable=False),
    Column("party", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("service", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date),
    Column("data", Text, nullable=False),  # JSON list of the student data named
    Column("edition", String(40), nullable=False),
    Column("built", Date, nullable=False),
    Column("certificate_days", Integer),
)

files = Table(
    "files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("document_id", String(80), ForeignKey("documents.id"), nullable=False, index=True),
    Column("format", String(10), nullable=False),
    Column("path", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("number", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(80), ForeignKey("documents.id"), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("on_date", Date, nullable=False),
    Column("recorded_at", DateTime, nullable=False),  # UTC
    Column("recorded_by", Text, nullable=False),
    Column("details", Text, nullable=False),  # JSON object
    Column("retracts", Integer),  # a retraction: the number of the event it takes back
    # Covers due's first cut and list's latest events: one scan of the index, no table.
    Index("events_by_document", "document_id", "kind", "on_date", "number"),
)

users = Table(
    "users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(20), nullable=False),  # staff, counsel or viewer
    Column("password_hash", Text, nullable=False),  # argon2id, with its parameters and salt
    Column("token_hash", String(64)),  # sha256 hex of the API token; None until one is issued
    Column("created_at", DateTime, nullable=False),  # UTC
    Column("created_by", Text, nullable=False),
    # Named, so that a later migration can drop or change it: batch mode on SQLite finds a
    # constraint only by its name.
    UniqueConstraint("token_hash", name="users_token_hash"),
)
