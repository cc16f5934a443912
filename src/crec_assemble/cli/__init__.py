"""The ``crec-assemble`` command: wiring over the library, and the one place errors become
exit codes.

The modules that define commands do without ``from __future__ import annotations``: typer
reads each command's annotations at every run, and as strings it compiles and evaluates
each of them four times (about 30 ms a run); defined eagerly, they are evaluated once.
"""

from .app import main

__all__ = ["main"]
