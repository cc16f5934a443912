"""The audit's compiled patterns kept between runs (audit/pattern_cache.py): a pattern from
the cache, cold or warm, is the one ``re.compile`` makes; a cache that is damaged, of another
Python or cannot be written is done without; and whole audits find the same with the cache
cold, warm and off."""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crec_assemble.audit import pattern_cache
from crec_assemble.audit.pattern_cache import _Cache

_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "The Provider shall not delete Student Data. Vendor will notify the LEA within 72 hours; "
    "the District may, in 10 DAYS, ask the café's owner. Provider  will  comply."
)
PATTERNS = [
    (r"\b(\d+)\s+(hours?|days?)\b", 0),
    (r"\b(\d+)\s+(hours?|days?)\b", re.IGNORECASE),
    (r"(?P<who>vendor|provider)\s+(?:shall|will)(?=\s)(?!\s+not)", re.IGNORECASE),
    (r"(?<!not )\bdelete\b", 0),
    (r"(?x) provider \s+ will  # a comment, as VERBOSE allows", re.IGNORECASE),
    (r"(?i)CAFÉ'S", 0),
    (r"^the (\w+)|(?P<end>comply)\.$", re.MULTILINE),
]


def _behaviour(pattern: re.Pattern[str]) -> Any:
    """What a pattern is and what it finds in TEXT."""
    found = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)]
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex), found)


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "patterns.json"


def _fill(path: Path) -> None:
    cold = _Cache(path)
    for pattern, flags in PATTERNS:
        cold.compiled(pattern, flags)
    cold.keep()


def _stored(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The file's header and entries."""
    header, _, body = path.read_bytes().partition(b"\n")
    return json.loads(header), json.loads(body)


def _store(path: Path, header: dict[str, Any], entries: Any) -> None:
    """Entries written with a digest that matches them, as a file of ours would be."""
    body = json.dumps(entries).encode()
    header = {**header, "blake2b": pattern_cache._digest(body)}
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def it_compiles_what_re_compiles_cold_and_then_warm(
    cache_file: Path, pattern: str, flags: int
) -> None:
    cold = _Cache(cache_file)
    assert _behaviour(cold.compiled(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    cold.keep()
    warm = _Cache(cache_file)
    assert f"{flags}:{pattern}" in warm.entries
    assert _behaviour(warm.compiled(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    assert not warm.added  # read from the file, not compiled again


def it_makes_each_pattern_once_a_run(cache_file: Path) -> None:
    _fill(cache_file)
    warm = _Cache(cache_file)
    assert warm.compiled(*PATTERNS[0]) is warm.compiled(*PATTERNS[0])


def it_raises_what_re_raises_for_a_broken_pattern(cache_file: Path) -> None:
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        _Cache(cache_file).compiled(r"(unclosed", 0)


def it_adds_to_what_another_run_kept(cache_file: Path) -> None:
    first, second = _Cache(cache_file), _Cache(cache_file)
    first.compiled(*PATTERNS[0])
    second.compiled(*PATTERNS[1])
    first.keep()
    second.keep()
    assert set(_Cache(cache_file).entries) == {f"{flags}:{p}" for p, flags in PATTERNS[:2]}


def it_keeps_only_what_a_run_used_once_the_file_is_full(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(cache_file)
    monkeypatch.setattr(pattern_cache, "_MOST", 3)
    run = _Cache(cache_file)
    run.compiled(*PATTERNS[0])
    run.compiled(r"\bnew\b", 0)
    run.keep()
    assert set(_Cache(cache_file).entries) == {f"{PATTERNS[0][1]}:{PATTERNS[0][0]}", "0:\\bnew\\b"}


def it_writes_nothing_when_nothing_was_compiled(cache_file: Path) -> None:
    _fill(cache_file)
    before = cache_file.stat().st_mtime_ns
    warm = _Cache(cache_file)
    for pattern, flags in PATTERNS:
        warm.compiled(pattern, flags)
    warm.keep()
    assert cache_file.stat().st_mtime_ns == before
    assert [p.name for p in cache_file.parent.iterdir()] == [cache_file.name]  # no temporary


def _one_character_changed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(b'"', data.index(b"\n") + 40) + 5  # inside an entry's code
    data[at] = ord("A") if data[at] != ord("A") else ord("B")
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_text("{ not json"),
        lambda path: _store(path, {"python": "2.7.18 (default)"}, _stored(path)[1]),
        lambda path: _store(path, {}, _stored(path)[1]),
        lambda path: _store(path, _stored(path)[0], [1, 2, 3]),
        lambda path: _store(path, _stored(path)[0], "[" * 100_000),
        _one_character_changed,
    ],
    ids=["not JSON", "another Python", "no version", "not a table", "nested", "damaged"],
)
def it_does_without_a_file_it_cannot_use(cache_file: Path, damage: Any) -> None:
    _fill(cache_file)
    damage(cache_file)
    cache = _Cache(cache_file)
    assert cache.entries == {}
    for pattern, flags in PATTERNS:
        assert _behaviour(cache.compiled(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    cache.keep()
    assert len(_Cache(cache_file).entries) == len(PATTERNS)  # and mends it


@pytest.mark.parametrize(
    "entry",
    [
        [0, pattern_cache._packed([0, 1, 2]), 0, {}],  # code the engine refuses
        [0, "", 0, {}],
        [0, "not Base64!", 0, {}],
        [0, "AAA", 0, {}],  # not whole words
        [0, [1, 2, 3], 0, {}],
        [2, pattern_cache._packed([1]), 10**12, {}],  # as many groups as memory
        [2, pattern_cache._packed([1]), 1, {"who": 9}],  # a group beyond the count
        [10**30, pattern_cache._packed([1]), 0, {}],
        [0, "AQAAAA=="],  # too short
        None,
    ],
    ids=["refused", "no code", "not Base64", "not words", "a list", "huge groups",
         "group beyond", "huge flags", "short", "null"],
)  # fmt: skip
def it_compiles_afresh_an_entry_of_the_wrong_shape(cache_file: Path, entry: Any) -> None:
    pattern, flags = PATTERNS[2]
    _fill(cache_file)
    header, entries = _stored(cache_file)
    _store(cache_file, header, {**entries, f"{flags}:{pattern}": entry})
    cache = _Cache(cache_file)
    assert _behaviour(cache.compiled(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    cache.keep()
    again = _Cache(cache_file)
    assert _behaviour(again.compiled(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    assert not again.added  # the mended entry was kept


def it_does_without_a_folder_it_cannot_write(tmp_path: Path) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    cache = _Cache(in_the_way / "patterns.json")
    assert _behaviour(cache.compiled(*PATTERNS[0])) == _behaviour(re.compile(*PATTERNS[0]))
    cache.keep()  # nothing raised, nothing written
    assert in_the_way.read_text() == "not a folder"


def it_keeps_the_file_where_it_is_told_and_names_it_for_the_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREC_ASSEMBLE_CACHE_DIR", str(tmp_path))
    location = pattern_cache._location()
    assert location is not None and location.parent == tmp_path
    assert sys.implementation.cache_tag in location.name
    monkeypatch.setattr(pattern_cache, "_VERSIONS", ())
    assert pattern_cache._location() is None  # another Python: re.compile, no file


# Each run audits the development corpus's own documents in a fresh process, where every
# pattern is compiled for the first time, and prints every finding.
_AUDITS = """
import json, sys
from pathlib import Path
from crec_assemble.audit import pattern_cache
from crec_assemble.audit.findings import audit_file
from crec_assemble.resources import default_library
from crec_assemble.library.clauses import load_library
if sys.argv[1] == "off":
    pattern_cache._location = lambda: None
requirements = load_library(default_library()).requirements
found = []
for path in sorted(Path(sys.argv[2]).iterdir()):
    if path.suffix in (".md", ".txt", ".html", ".docx", ".pdf"):
        for f in audit_file(path, "operator", requirements):
            found.append([path.name, f.as_json()])
print(json.dumps(found))
"""


def _audits(mode: str, cache: Path) -> list[Any]:
    env = dict(os.environ, CREC_ASSEMBLE_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", _AUDITS, mode, str(ROOT / "tests" / "corpus")],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found: list[Any] = json.loads(done.stdout)
    return found


def it_finds_the_same_with_the_cache_cold_warm_and_off(tmp_path: Path) -> None:
    off = _audits("off", tmp_path / "unused")
    assert not (tmp_path / "unused").exists()
    cold = _audits("on", tmp_path / "cache")
    (kept,) = (tmp_path / "cache").iterdir()
    written = kept.stat().st_mtime_ns
    warm = _audits("on", tmp_path / "cache")
    assert len(off) > 1000
    assert cold == off
    assert warm == off
    assert kept.stat().st_mtime_ns == written  # every pattern came from the file
    _, entries = _stored(kept)
    assert len(entries) > 100
    for key, (compiled_flags, packed, groups, groupindex) in entries.items():
        flags, pattern = key.split(":", 1)  # each kept code is the one re compiles
        parsed = _parser.parse(pattern, int(flags))
        assert pattern_cache._unpacked(packed) == list(_compiler._code(parsed, int(flags)))
        assert (compiled_flags, groups, groupindex) == (
            int(flags) | parsed.state.flags,
            parsed.state.groups - 1,
            parsed.state.groupdict,
        )
