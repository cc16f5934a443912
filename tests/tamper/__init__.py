"""The tamper suite's helpers: the issued documents, one generator per kind of
alteration and of unchanged re-save, the cases they make, the one verdict function
and the scorecard. ``tests/test_tamper_suite.py`` runs them."""

from .altered import Altered, Generator, Target
from .cases import CASES, KINDS, Case, Kind, Made, kind_named, make_cases
from .documents import DOCUMENTS, Issued, issued_documents, section_of
from .scorecard import Row, score, table
from .verdict import Verdicts, check

__all__ = [
    "CASES",
    "DOCUMENTS",
    "KINDS",
    "Altered",
    "Case",
    "Generator",
    "Issued",
    "Kind",
    "Made",
    "Row",
    "Target",
    "Verdicts",
    "check",
    "issued_documents",
    "kind_named",
    "make_cases",
    "score",
    "section_of",
    "table",
]
