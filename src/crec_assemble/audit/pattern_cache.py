"""The audit's compiled patterns, kept between runs as Python keeps compiled bytecode.

Python's ``re`` parses and compiles a pattern in Python, and the audit's patterns are long
alternations of the words vendors use: a fresh ``crec-assemble audit FILE`` spent about half
of its time compiling the 150 to 300 of them it needed (0.2-0.3 s on Python 3.11), more than
it spent reading the document. What ``re`` compiles a pattern to is a list of integers that it hands
to its C engine, ``_sre.compile``. This module keeps that list for each of the audit's own
patterns in a file in the user's cache folder and, in the next process, hands it to the
engine directly, which takes a few microseconds a pattern.

``re`` has no public interface for this, so the module mirrors what ``re.compile`` does in
``re._compiler.compile``, the same in Python 3.11 to 3.13, and is used only on those
versions. The file is named for the interpreter and the engine's version (``_sre.MAGIC``),
and the engine checks every list it is given and refuses a malformed one. Whatever goes
wrong (another Python, a file that cannot be read, parsed or written, an entry the engine
refuses), the pattern is compiled by ``re.compile`` itself: the cache makes an audit
faster, never different. ``tests/test_audit_pattern_cache.py`` audits the corpus with the
cache cold, warm and off and finds the same.

Only patterns written in the audit's source come here (:class:`.LazyPattern` and
:func:`.lexicon.find`), never a document's text, so the file stays at a few hundred
entries; :data:`_MOST` bounds it all the same. ``CREC_ASSEMBLE_CACHE_DIR`` names another
folder for it (the test suite uses one of its own).
"""

from __future__ import annotations

import array
import atexit
import base64
import binascii
import functools
import importlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

__all__ = ["compile_pattern"]

_VERSIONS = ((3, 11), (3, 12), (3, 13))  # whose re._compiler.compile this module mirrors
_MOST = 5000  # entries the file may hold
_LARGEST = 32 * 2**20  # bytes of a file worth reading (a full one is about 1 MB)
_ENVIRONMENT = "CREC_ASSEMBLE_CACHE_DIR"
_WORD = "I"  # an unsigned machine word, the size of the engine's (checked in _location)

# re's own pieces, which have no public name (nor type stubs).
_sre: Any = None
try:
    _sre = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # another Python implementation: re.compile it is
    _sre = None

# What the engine, or building its arguments, raises for an entry it cannot take.
_REFUSED = (RuntimeError, TypeError, ValueError, AttributeError, IndexError, binascii.Error)
# An entry: (flags as compiled, the code, the number of groups, group names to numbers). The
# code is kept as Base64 of its machine words: a JSON list of them took three times as long
# to read as compiling saves on a small document.
_Entry = tuple[int, str, int, dict[str, int]]


class _Cache:
    """The entries read from the file this run, and those compiled since, to add to it."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, _Entry] = _read(path) if path else {}
        self.added: dict[str, _Entry] = {}

    def compiled(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = f"{flags}:{pattern}"
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled_flags, packed, groups, groupindex = entry
                return _engine(pattern, compiled_flags, _unpacked(packed), groups, groupindex)
            except _REFUSED:  # compile it afresh
                del self.entries[key]
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        compiled_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
        groupindex = dict(parsed.state.groupdict)
        compiled = _engine(pattern, compiled_flags, code, groups, groupindex)
        entry = (compiled_flags, _packed(code), groups, groupindex)
        self.entries[key] = entry
        if not self.added:
            atexit.register(self.keep)
        self.added[key] = entry
        return compiled

    def keep(self) -> None:
        """Add this run's entries to the file (with any another process added meanwhile),
        written whole and then renamed, so a reader never sees half a file."""
        if self.path is None or not self.added:
            return
        entries = {**_read(self.path), **self.added}
        self.added = {}
        if len(entries) > _MOST:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        except OSError:  # a cache that cannot be written is one the next run does without
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"python": sys.version, "entries": entries}, out)
            os.replace(temporary, self.path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)


def _engine(
    pattern: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int]
) -> re.Pattern[str]:
    """The engine's pattern, made as ``re._compiler.compile`` makes it."""
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return compiled


def _packed(code: list[int]) -> str:
    return base64.b64encode(array.array(_WORD, code).tobytes()).decode("ascii")


def _unpacked(packed: str) -> list[int]:
    return array.array(_WORD, base64.b64decode(packed, validate=True)).tolist()


def _read(path: Path) -> dict[str, _Entry]:
    """The file's entries, or none if it is missing, unreadable or of another Python."""
    try:
        if path.stat().st_size > _LARGEST:
            return {}
        stored: Any = json.loads(path.read_text(encoding="utf-8"))
        if stored["python"] != sys.version:
            return {}
        entries: dict[str, _Entry] = {key: tuple(value) for key, value in stored["entries"].items()}
        return entries
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _location() -> Path | None:
    if _sre is None or sys.version_info[:2] not in _VERSIONS:
        return None
    if array.array(_WORD).itemsize != _sre.CODESIZE:
        return None
    folder = os.environ.get(_ENVIRONMENT) or platformdirs.user_cache_dir("crec-assemble")
    return Path(folder) / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.json"


@functools.cache
def _this_run() -> _Cache:
    """The cache for this process, read from its file when first needed."""
    return _Cache(_location())


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this Python's entry is there."""
    cache = _this_run()
    if cache.path is None:
        return re.compile(pattern, flags)
    return cache.compiled(pattern, int(flags))
