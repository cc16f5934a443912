"""crec-assemble: Student Data Privacy Agreements under CREC Regulation 3520.13-R.

The library is the product; the ``crec-assemble`` command is a thin layer over
it. The public names below are what a script or the web app should import::

    from pathlib import Path
    from crec_assemble import BuildOptions, build_batch

    result = build_batch([Path("examples")], BuildOptions(out=Path("out")))

Each name is imported from its module on first use (PEP 562), so importing
``crec_assemble`` loads no document library (docxtpl, pypdf, pyhanko) and
``crec-assemble --help`` stays fast. The modules under the layer packages are
not a stable interface; these names are.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

# Read from the installed metadata on first use: importlib.metadata alone costs more than
# the rest of ``crec-assemble --help``'s own imports.
__version__: str

# Each public name, and the module (under this package) that defines it.
_PUBLIC = {
    "build": "pipeline.plan",
    "BuildOptions": "pipeline.plan",
    "build_batch": "pipeline.batch",
    "BatchResult": "pipeline.batch",
    "verify": "verify.report",
    "VerifyReport": "verify.report",
    "rebuild": "issued.rebuild",
    "Rebuilt": "issued.rebuild",
    "redline_editions": "issued.redline",
    "redline_files": "issued.redline",
    "write_redline": "issued.redline",
    "audit_file": "audit.rules",
    "PaperworkOptions": "paperwork.documents",
    "notice": "paperwork.documents",
    "breach": "paperwork.documents",
    "disposition": "paperwork.documents",
    "CrecError": "errors",
    "InputError": "errors",
    "CheckFailed": "errors",
    "ConversionError": "errors",
}

__all__ = [
    "BatchResult",
    "BuildOptions",
    "CheckFailed",
    "ConversionError",
    "CrecError",
    "InputError",
    "PaperworkOptions",
    "Rebuilt",
    "VerifyReport",
    "__version__",
    "audit_file",
    "breach",
    "build",
    "build_batch",
    "disposition",
    "notice",
    "rebuild",
    "redline_editions",
    "redline_files",
    "verify",
    "write_redline",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    if name == "__version__":
        value: Any = _installed_version()
    elif name in _PUBLIC:
        value = getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("crec-assemble")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def __dir__() -> list[str]:
    """The public names, whether or not they were imported yet."""
    return sorted(__all__)


class _Package(ModuleType):
    """Keeps a public function bound when a subpackage of the same name is imported.

    Importing ``crec_assemble.verify.report`` would otherwise rebind
    ``crec_assemble.verify`` to the subpackage, and ``from crec_assemble import
    verify`` would give a module or the function depending on what was imported
    before. So the subpackage is reached through imports only
    (``from crec_assemble.verify.report import …``), never as an attribute:
    ``import crec_assemble.verify.report as report`` does not work.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _PUBLIC and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:
    from .audit.rules import audit_file
    from .errors import CheckFailed, ConversionError, CrecError, InputError
    from .issued.rebuild import Rebuilt, rebuild
    from .issued.redline import redline_editions, redline_files, write_redline
    from .paperwork.documents import PaperworkOptions, breach, disposition, notice
    from .pipeline.batch import BatchResult, build_batch
    from .pipeline.plan import BuildOptions, build
    from .verify.report import VerifyReport, verify
