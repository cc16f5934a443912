"""A returned copy taken in whole: ``verify``'s report, and the event it stands for recorded.

On the command line a person runs ``verify FILE``, then says which document and which event
it is: ``register record ID returned --file FILE`` or ``... signed --file FILE``. A copy
uploaded to the web app says both itself: its manifest (or its text) names the document, and
a PDF carrying a signature someone put in a signature field is the signed copy. The event
is then recorded by :func:`~.recording.record_event`, as ``register record`` records it, and
``verify``'s report, made once, is both shown and kept with a ``returned`` event.

A copy whose document is not in the register is still verified; nothing is recorded, and
the result says why in one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..inputs.dates import CONNECTICUT
from ..render.untrusted import read_untrusted
from .recording import Recorded, record_event
from .records import RecordableKind
from .signatures import is_signed_copy
from .store import histories

if TYPE_CHECKING:
    from ..verify import VerifyReport
    from .database import Register

__all__ = ["CheckedReturn", "check_return"]


@dataclass(frozen=True)
class CheckedReturn:
    """What a returned copy turned out to be.

    Attributes:
        report: ``verify``'s report on it.
        recorded: the event recorded for it (``returned``, ``signed`` or ``signed-altered``),
            with the signature check behind a signed one; None when nothing was recorded.
        not_recorded: why nothing was recorded, in one line ("" when it was).
    """

    report: VerifyReport
    recorded: Recorded | None
    not_recorded: str = ""

    @property
    def signed(self) -> bool:
        """Whether it was recorded as a signed copy (intact or not)."""
        return self.recorded is not None and self.recorded.kind != "returned"

    def as_json(self) -> dict[str, Any]:
        """``verify --json``'s report, with the event as ``register record --json`` gives it."""
        return {
            **self.report.as_json(),
            "recorded": self.recorded.as_json() if self.recorded is not None else None,
            "not_recorded": self.not_recorded or None,
        }


def check_return(
    register: Register,
    path: Path,
    *,
    by: str,
    now: datetime,
    library: Path | None = None,
    template: Path | None = None,
) -> CheckedReturn:
    """Verify a returned copy, then record it against its document, dated today.

    A refusal to record (a document withdrawn, its issued PDF gone from where it was
    entered) is the result's ``not_recorded``, beside the report, not an error: the check
    itself was made.

    Raises:
        InputError: the file cannot be verified (see
            :func:`~crec_assemble.issued.returned.verify_returned`), or its signatures cannot
            be read.
        ConversionError: LibreOffice failed while rebuilding a PDF.
    """
    from ..issued.returned import verify_returned

    report = verify_returned(path, library=library, template=template)
    document = report.manifest.agreement_id
    with register.reading() as reader:
        known = bool(histories(reader, [document]))
    if not known:
        return CheckedReturn(report, None, f"{document} is not in the register, so nothing was "
                             "recorded (register add its issued files first)")  # fmt: skip
    kind: RecordableKind = "signed" if is_signed_copy(read_untrusted(path), path) else "returned"
    on = now.astimezone(CONNECTICUT).date()
    try:
        recorded = record_event(register, document, kind, on=on, by=by, now=now, file=path,
                                verified=report)  # fmt: skip
    except InputError as refused:
        return CheckedReturn(report, None, f"not recorded: {refused}")
    return CheckedReturn(report, recorded)
