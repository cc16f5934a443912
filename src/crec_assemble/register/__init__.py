"""The register: every document CREC issued, and everything that happened to it since.

One database (SQLite by default, PostgreSQL for a shared office) holds an append-only log;
:mod:`.records` is what the rest of the tool reads out of it.
"""
