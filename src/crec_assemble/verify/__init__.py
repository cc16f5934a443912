"""Reading an issued document back: does it still say what CREC issued, and what changed?

:func:`verify` reads a DOCX, PDF, web page or e-mail back (:mod:`.read_back`),
compares it with its manifest section by section (:mod:`.sections`) or, without
one, with the clause library (:mod:`.matching`), explains what changed
(:mod:`.explain`) and returns a :class:`VerifyReport` (:mod:`.report`).
"""

from .read_back import verify, verify_bytes, verify_read
from .report import Addition, Alteration, SectionResult, VerifyReport

__all__ = [
    "Addition",
    "Alteration",
    "SectionResult",
    "VerifyReport",
    "verify",
    "verify_bytes",
    "verify_read",
]
