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

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Read from the installed metadata on first use (resources.tool_version).
__version__: str

# Each public name, and the module (under this package) that defines it, with the name it
# has there when that differs: ``verify_file`` is ``issued.returned.verify_returned``, named
# apart from the ``verify`` subpackage (as ``audit_contract`` is from ``audit``).
_PUBLIC = {
    "build": "pipeline.build",
    "BuildOptions": "pipeline.plan",
    "build_batch": "pipeline.batch",
    "BatchResult": "pipeline.outcome",
    "verify_file": "issued.returned:verify_returned",
    "VerifyReport": "verify.report",
    "rebuild": "issued.rebuild",
    "Rebuilt": "issued.rebuild",
    "redline_editions": "issued.redline",
    "redline_files": "issued.redline",
    "write_redline": "issued.redline",
    "audit_contract": "audit.run",
    "AuditOptions": "audit.run",
    "AuditResult": "audit.run",
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
    "AuditOptions",
    "AuditResult",
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
    "audit_contract",
    "breach",
    "build",
    "build_batch",
    "disposition",
    "notice",
    "rebuild",
    "redline_editions",
    "redline_files",
    "verify_file",
    "write_redline",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    if name == "__version__":
        from .resources import tool_version

        value: Any = tool_version()
    elif name in _PUBLIC:
        module, _, attribute = _PUBLIC[name].partition(":")
        value = getattr(import_module(f".{module}", __name__), attribute or name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, whether or not they were imported yet."""
    return sorted(__all__)


if TYPE_CHECKING:
    from .audit.run import AuditOptions, AuditResult, audit_contract
    from .errors import CheckFailed, ConversionError, CrecError, InputError
    from .issued.rebuild import Rebuilt, rebuild
    from .issued.redline import redline_editions, redline_files, write_redline
    from .issued.returned import verify_returned as verify_file
    from .paperwork.documents import PaperworkOptions, breach, disposition, notice
    from .pipeline.batch import build_batch
    from .pipeline.build import build
    from .pipeline.outcome import BatchResult
    from .pipeline.plan import BuildOptions
    from .verify.report import VerifyReport
