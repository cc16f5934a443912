"""What issued documents are called: their ids and their file names."""

from __future__ import annotations

import re

__all__ = ["DOCUMENT_ID"]

# How an agreement's id looks in its header: DPA-2026-ACME-LEARNING-INC-419A21.
DOCUMENT_ID = re.compile(r"\b(?:DPA|SUB)-\d{4}-[A-Z0-9-]+-[0-9A-F]{6}\b")
