"""Alembic's entry point, run only through :func:`crec_assemble.register.database.migrate`.

The caller hands over an open connection (``config.attributes["connection"]``), so Alembic
works inside the register's own transaction and never opens a second connection of its own.
SQLite cannot alter most of a table in place, so changes are rendered as "batch" operations
(copy, change, swap), which PostgreSQL runs as ordinary ALTERs.
"""

from alembic import context

from crec_assemble.register.schema import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
