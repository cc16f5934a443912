"""A profile's files, from its rendered documents to the disk, the same way wherever it is built.

A batch (:mod:`~crec_assemble.pipeline.batch`) and the build service of a
long-running process (:mod:`~crec_assemble.pipeline.service`) both claim a
profile's file names before converting anything, report what went wrong in
one line, and write its files together or not at all. The caller holds the
output folder's lock (:mod:`~crec_assemble.pipeline.out_lock`) throughout.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from ..errors import CrecError, InputError
from .files import write_all
from .outcome import Failure
from .owners import Claims, Owner
from .produce import Produced, Rendered, written

__all__ = ["claim", "failure", "targets", "write_profile"]


def targets(document: Rendered, out: Path) -> list[Path]:
    """The files a document is written to in ``out``, one per format."""
    return [out / f"{document.stem}.{fmt}" for fmt in document.formats]


def claim(claims: Claims, documents: Sequence[Rendered], out: Path, profile: Path) -> str | None:
    """Claim the files of a profile's documents, or say why they may not be written (then
    nothing is claimed): another document of the run has them, another contractor's file is
    there, or a file exists (see :class:`~crec_assemble.pipeline.owners.Claims`)."""
    stems = [document.stem for document in documents]
    if len(set(stems)) != len(stems):
        return "two of its documents would have the same file name"
    outputs = [(Owner.of_manifest(d.manifest), targets(d, out)) for d in documents]
    problems = (claims.problem(owner, paths, profile) for owner, paths in outputs)
    problem = next(filter(None, problems), None)
    if problem is None:
        for owner, paths in outputs:
            claims.claim(owner, paths, profile)
    return problem


def failure(profile: Path, error: Exception, step: Literal["built", "finished"]) -> Failure:
    """A profile that failed while it was built (rendered) or its PDF finished, in one line.

    A :class:`~crec_assemble.errors.CrecError` says it in its own words; anything else is
    a bug or a broken worker, named by its type. Only the build can blame the input: a PDF
    that fails its finishing is the conversion's fault, whatever the error's type.
    """
    if isinstance(error, CrecError):
        return Failure(profile, str(error), step == "built" and isinstance(error, InputError))
    return Failure(profile, f"could not be {step} ({type(error).__name__}: {error})", False)


def write_profile(
    documents: Sequence[Rendered],
    pdfs: Mapping[str, bytes],
    out: Path,
    *,
    keep_existing: bool = False,
) -> list[Produced]:
    """Write all of a profile's files, or none; return what was written.

    Args:
        pdfs: each document's finished PDF, by stem (those written as PDF only).
        keep_existing: resume: write only the files missing, never over a finished one.

    Raises:
        InputError: a file cannot be written (its folder is a file, no permission…).
    """
    files: dict[Path, bytes] = {}
    produced = []
    for document in documents:
        document_files, record = written(document, out, pdfs.get(document.stem))
        if keep_existing:
            document_files = {p: d for p, d in document_files.items() if not p.exists()}
        files.update(document_files)
        produced.append(record)
    write_all(files)
    return produced
