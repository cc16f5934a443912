"""The audit's compiled patterns, kept between runs as Python keeps compiled bytecode.

Python's ``re`` parses and compiles a pattern in Python, and the audit's patterns are long
alternations of the words vendors use: a fresh ``crec-assemble audit FILE`` spent about half
of its time compiling the 150 to 300 of them it needed (0.2-0.3 s on Python 3.11), more than
it spent reading the document. What ``re`` compiles a pattern to is a list of integers that it
hands to its C engine, ``_sre.compile``. This module keeps that list for each of the audit's
own patterns in a file in the user's cache folder and, in the next process, hands it to the
engine directly, which takes a few microseconds a pattern.

``re`` has no public interface for this, so the module mirrors what ``re.compile`` does in
``re._compiler.compile``, the same in Python 3.11 to 3.13, and is used only on those
versions. The file is named for the interpreter build and the engine's version
(``_sre.MAGIC``) and carries a BLAKE2 digest of its entries, so a file damaged on disk, or one
of another Python, is not read; an entry of the wrong shape, or one the engine refuses (it
checks every list it is given), is compiled afresh. Whatever goes wrong (another Python, a
file that cannot be read, parsed or written), the pattern is compiled by ``re`` itself: the
cache makes an audit faster, never different. ``tests/test_audit_pattern_cache.py`` audits
the corpus with the cache cold, warm and off and finds the same, and checks every entry kept
against what ``re`` compiles. The file is trusted as the installed code is: whoever can write
the user's cache folder can change the user's programs too.

Only patterns written in the audit's source come here (:class:`.LazyPattern` and
:func:`.lexicon.find`), never a document's text, so the file stays at a few hundred
entries; :data:`_MOST` bounds it all the same. ``CREC_ASSEMBLE_CACHE_DIR`` names another
folder for it (the test suite uses one of its own).
"""

from __future__ import annotations

import array
import atexit
import base64
import functools
import hashlib
import importlib
import json
import os
import re
import sys
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

# What the engine, or building its arguments, raises for an entry it cannot take
# (binascii.Error, for Base64 that is not, is a ValueError).
_REFUSED = (RuntimeError, TypeError, ValueError, IndexError)
# What reading a file that is not ours can raise besides OSError.
_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, RecursionError)
# An entry: (flags as compiled, the code, the number of groups, group names to numbers). The
# code is kept as Base64 of its machine words: a JSON list of them took three times as long
# to read as compiling saves on a small document.
_Entry = tuple[int, str, int, dict[str, int]]
_MOST_GROUPS = 100  # no pattern of the audit's has near as many


class _Cache:
    """The entries read from the file this run, the patterns made from them, and the
    entries compiled since, to add to the file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, Any] = _read(path) if path else {}
        self.added: dict[str, _Entry] = {}
        self.used: set[str] = set()
        self.patterns: dict[str, re.Pattern[str]] = {}

    def compiled(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = f"{flags}:{pattern}"
        known = self.patterns.get(key)
        if known is not None:
            return known
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None and _well_formed(entry):
            try:
                compiled_flags, packed, groups, groupindex = entry
                made = _engine(pattern, compiled_flags, _unpacked(packed), groups, groupindex)
                self.patterns[key] = made
                return made
            except _REFUSED:  # compile it afresh
                pass
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        compiled_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
        groupindex = dict(parsed.state.groupdict)
        made = _engine(pattern, compiled_flags, code, groups, groupindex)
        self.entries[key] = self.added[key] = (compiled_flags, _packed(code), groups, groupindex)
        if len(self.added) == 1:
            atexit.register(self.keep)
        self.patterns[key] = made
        return made

    def keep(self) -> None:
        """Add this run's entries to the file (with any another process added meanwhile),
        written whole and then renamed, so a reader never sees half a file. A file grown past
        :data:`_MOST` keeps only what this run used."""
        if self.path is None or not self.added:
            return
        import tempfile  # only a run that compiled something writes: not every audit's import

        entries = {**_read(self.path), **self.added}
        if len(entries) > _MOST:
            entries = {key: self.entries[key] for key in self.used if key in self.entries}
        self.added = {}
        body = json.dumps(entries).encode("utf-8")
        header = json.dumps({"python": sys.version, "blake2b": _digest(body)}).encode("ascii")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        except OSError:  # a cache that cannot be written is one the next run does without
            return
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(header + b"\n" + body)
            os.replace(temporary, self.path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)


def _well_formed(entry: Any) -> bool:
    """Whether ``entry`` has an entry's shape, within bounds the engine's arguments can take
    (a group count in the billions would make it allocate as many slots)."""
    if not isinstance(entry, (list, tuple)) or len(entry) != 4:
        return False
    flags, packed, groups, groupindex = entry
    return (
        type(flags) is int
        and 0 <= flags < 2**16
        and isinstance(packed, str)
        and type(groups) is int
        and 0 <= groups <= _MOST_GROUPS
        and isinstance(groupindex, dict)
        and all(
            isinstance(name, str) and type(index) is int and 1 <= index <= groups
            for name, index in groupindex.items()
        )
    )


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
    """The code as Base64 of its machine words, which JSON reads far faster than a list."""
    return base64.b64encode(array.array(_WORD, code).tobytes()).decode("ascii")


def _unpacked(packed: str) -> list[int]:
    """The code :func:`_packed` wrote (ValueError when it is not Base64 of whole words)."""
    return array.array(_WORD, base64.b64decode(packed, validate=True)).tolist()


def _digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def _read(path: Path) -> dict[str, Any]:
    """The file's entries, or none if it is missing, unreadable, damaged (its digest does not
    match) or of another Python. Each entry is checked for shape when it is used."""
    try:
        if path.stat().st_size > _LARGEST:
            return {}
        header, _, body = path.read_bytes().partition(b"\n")
        stored = json.loads(header)
        if stored["python"] != sys.version or stored["blake2b"] != _digest(body):
            return {}
        entries = json.loads(body)
        return entries if isinstance(entries, dict) else {}
    except (OSError, *_UNREADABLE):
        return {}


def _location() -> Path | None:
    if _sre is None or sys.version_info[:2] not in _VERSIONS:
        return None
    if array.array(_WORD).itemsize != _sre.CODESIZE:
        return None
    folder = os.environ.get(_ENVIRONMENT) or platformdirs.user_cache_dir("crec-assemble")
    build = _digest(f"{sys.version} {sys.byteorder}".encode())[:12]
    return Path(folder) / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{build}.json"


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
