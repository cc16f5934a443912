"""``crec-assemble audit`` as one library call: check every target, audit, write what was asked.

Whose obligations the vendor's paper is judged against is the contractor's role. When an
addendum is asked for, the profile says who signs it, so its role decides: an operator owes
more (provisions 6(c)-(d), 15 and the operator policies) than a consultant, and an audit run
as a consultant's would call an operator's paper complete while the addendum it sends lacks
what the law asks of an operator. A ``--role`` that contradicts the profile is refused
rather than silently preferred, since one of the two is a mistake a lawyer would want to see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..inputs.glyphs import ask_font_coverage
from ..inputs.vocabulary import with_article
from ..model import Requirement, Role
from ..resources import default_library

if TYPE_CHECKING:
    # The addendum's machinery (the build pipeline, its templates and markdown) is
    # imported only when --addendum asks for one: a plain audit runs without it.
    # The audit's own modules are imported by audit_contract (see there).
    from ..pipeline.plan import BuildOptions, Loaded, Planned
    from ..pipeline.produce import Produced
    from .report import AuditReport

__all__ = ["AuditOptions", "AuditResult", "audit_contract"]


@dataclass(frozen=True)
class AuditOptions:
    """What the audit takes besides the vendor's file; defaults are the shipped ones.

    ``role`` None means the ``addendum`` profile's role, or an operator's without one.
    ``report`` is a file (``.html``, ``.docx`` or ``.json``); ``addendum`` a contractor
    profile, whose gap addendum goes into the folder ``out``.
    """

    role: Role | None = None
    report: Path | None = None
    addendum: Path | None = None
    out: Path = Path("out")
    force: bool = False
    library: Path | None = None
    issuer: Path | None = None
    template: Path | None = None
    build_date: date | None = None


@dataclass(frozen=True)
class AuditResult:
    """The audit's findings and every file it wrote."""

    audit: AuditReport
    report: Path | None
    documents: tuple[Produced, ...]
    addendum_wanted: bool

    @property
    def exit_code(self) -> int:
        """0 when every requirement is present, 1 when anything is missing or weak."""
        return self.audit.exit_code

    def lines(self) -> list[str]:
        """The findings for a terminal, then the report written (the documents are listed
        as ``build`` lists them)."""
        lines = self.audit.lines()
        if self.report is not None:
            lines.append(f"wrote {self.report}")
        if self.addendum_wanted and not self.documents:
            lines.append("no gap addendum: nothing is missing or weak")
        return lines

    def as_json(self) -> dict[str, Any]:
        """The findings, the report's path and the documents, as ``build --json`` gives them."""
        return {
            **self.audit.as_json(),
            "report": str(self.report) if self.report is not None else None,
            "documents": [document.as_json() for document in self.documents],
        }


def audit_contract(file: Path, options: AuditOptions | None = None) -> AuditResult:
    """Audit a vendor's contract, then write the gap report and the gap addendum if asked.

    The report's format and target, the profile and the role it gives are checked before
    the file is read; the addendum's files once the audit has found the gaps it fills.
    Nothing is written unless every file can be (an existing one only with ``force``).

    Raises:
        InputError: a bad file, target, profile or role, or a library that cannot be read.
        CheckFailed: the addendum would not meet a gap requirement (the library lacks it).
        ConversionError: LibreOffice is missing or failed while writing the addendum's PDF.
    """
    options = options or AuditOptions()
    # Checking the catalogue (or the profile) asks fontconfig which characters the
    # agreement's font draws, which takes fc-match 10-20 ms: asked first, it answers
    # while the audit's modules and the YAML parser load.
    ask_font_coverage()
    from .findings import audit_document
    from .report import AuditReport

    writer = _checked_report(options)
    inputs = _addendum_inputs(options) if options.addendum is not None else None
    role = _role(options, inputs)
    requirements = _requirements(options, inputs)
    audited = audit_document(file, role, requirements)
    found = AuditReport(file, role, audited.findings, audited.notes)
    planned: Sequence[Planned] = ()
    if inputs is not None and found.gaps:
        from .addendum import plan_gap_addendum

        planned = plan_gap_addendum(inputs, found.gaps, _build_options(options))
    targets = [options.out / f"{p.stem}.{fmt}" for p in planned for fmt in p.formats]
    _check_targets([*targets, *([options.report] if options.report else [])], options.force)
    documents: Sequence[Produced] = ()
    if planned:
        from .addendum import write_gap_addendum

        documents = write_gap_addendum(planned, _build_options(options))
    if options.report is not None and writer is not None:
        from ..pipeline.files import write_all

        write_all({options.report: writer(found)})
    return AuditResult(found, options.report, tuple(documents), options.addendum is not None)


def _checked_report(options: AuditOptions) -> Callable[[AuditReport], bytes] | None:
    """The report's writer, its format and target checked before any work is done."""
    if options.report is None:
        return None
    from .report import report_writer

    writer = report_writer(options.report)
    _check_targets([options.report], options.force)
    return writer


def _check_targets(targets: list[Path], force: bool) -> None:
    """The files to write are free (or ``force``); with none, nothing to import or check."""
    if targets:
        from ..pipeline.files import check_targets

        check_targets(targets, force=force)


def _addendum_inputs(options: AuditOptions) -> Loaded:
    from ..pipeline.plan import load_inputs

    assert options.addendum is not None
    return load_inputs(
        [options.addendum],
        library=options.library,
        issuer=options.issuer,
        build_date=options.build_date,
    )


def _role(options: AuditOptions, inputs: Loaded | None) -> Role:
    """The profile's role when there is one; a contradicting ``--role`` is refused."""
    if inputs is None:
        return options.role or "operator"
    ((path, profile),) = inputs.profiles
    role = profile.contractor.role
    if options.role is not None and options.role != role:
        raise InputError(
            f"--role {options.role}: {path} is for {with_article(role)}, and the addendum "
            f"must meet what {with_article(role)} owes; leave out --role"
        )
    return role


def _requirements(options: AuditOptions, inputs: Loaded | None) -> tuple[Requirement, ...]:
    """The catalogue: all an audit needs, unless the addendum already loaded the library."""
    if inputs is not None:
        return inputs.library.requirements
    from ..library.catalogue import load_catalogue

    return load_catalogue((options.library or default_library()) / "requirements.yaml")


def _build_options(options: AuditOptions) -> BuildOptions:
    from ..pipeline.plan import BuildOptions

    return BuildOptions(
        out=options.out,
        force=options.force,
        library=options.library,
        issuer=options.issuer,
        template=options.template,
        build_date=options.build_date,
    )
