"""PDFium, one call at a time in a process: it is not thread-safe, not even across documents.

pypdfium2 says so, and it shows: finishing PDFs in 16 threads at once (a server
building for many requests) crashed the process within a few hundred documents,
a segmentation fault in ``get_textpage`` (measured). A server also verifies and
audits in its request threads. So every use of PDFium holds :data:`PDFIUM` from
opening a document to closing it, which closes what was loaded from it as well;
what is not (a page's bitmap) CPython frees as its last reference goes, inside
the block. Re-entrant, so a function that holds it may call another that takes it.
"""

from __future__ import annotations

import threading

__all__ = ["PDFIUM"]

PDFIUM = threading.RLock()
