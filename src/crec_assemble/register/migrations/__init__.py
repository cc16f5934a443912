"""Alembic's migrations of the register: each step, once released, is never edited."""
