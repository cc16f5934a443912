"""The ``crec-assemble`` command: wiring over the library, and the one place errors become
exit codes.
"""

from .app import main

__all__ = ["main"]
