"""crec-assemble: Student Data Privacy Agreements under CREC Regulation 3520.13-R.

The library is the product; the ``crec-assemble`` command is a thin layer over
it. Heavy dependencies (docxtpl, pypdf, pyhanko) are imported by the modules
that use them, never here, so ``--help`` stays fast.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crec-assemble")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
