"""Writing outputs safely: never over an existing file without ``force``, never partially.

Every file of a build is first written beside its target under a temporary
name; only when every document has been produced are they renamed into
place (``os.replace`` is atomic on one file system). On any failure the
temporary files are removed and the output directory is as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from .errors import InputError

__all__ = ["check_targets", "write_all"]


def check_targets(targets: Iterable[Path], *, force: bool) -> None:
    """Refuse duplicate targets, and existing ones unless ``force``.

    Raises:
        InputError: naming every offending path.
    """
    seen: set[Path] = set()
    problems: list[str] = []
    for target in targets:
        if target in seen:
            problems.append(
                f"{target}: two profiles would write this file; "
                "their contractors' legal names give the same file name"
            )
        seen.add(target)
        if target.exists() and not force:
            problems.append(f"{target}: already exists; use --force to overwrite it")
    if problems:
        raise InputError("\n".join(problems))


def write_all(files: Mapping[Path, bytes]) -> None:
    """Write every file, all or nothing.

    Raises:
        InputError: when a target cannot be written (its folder is a file, no permission…).
    """
    staged: list[tuple[Path, Path]] = []
    target = Path()
    try:
        for target, data in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            staged.append((Path(name), target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(name, 0o644)
        for temporary, target in staged:
            os.replace(temporary, target)
    except OSError as error:
        raise InputError(f"{target}: cannot write: {error.strerror or error}") from None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
