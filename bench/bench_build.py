"""Time a build of many agreements: rendering alone, and rendering + PDF.

Usage: ./run bench [--copies N]

Copies each example profile N times under distinct legal names, then times
``build --format docx`` and ``build --format all`` (one LibreOffice process
for all PDFs) and prints seconds per document. Speed is measured here, never
asserted in tests.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

from crec_assemble.build import BuildOptions, build

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))


def _profiles(folder: Path, copies: int) -> list[Path]:
    paths = []
    for example in EXAMPLES:
        data = yaml.safe_load(example.read_text())
        for copy in range(copies):
            data["contractor"]["legal_name"] = f"{data['contractor']['legal_name']} {copy}"
            path = folder / f"{example.stem}-{copy}.yaml"
            path.write_text(yaml.safe_dump(data))
            paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5, help="copies of each example")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        profiles = _profiles(Path(work), args.copies)
        for fmt in ("docx", "all"):
            started = time.perf_counter()
            build(
                profiles,
                BuildOptions(
                    out=Path(work) / fmt,
                    format=fmt,  # type: ignore[arg-type]
                    build_date=date(2026, 11, 28),
                ),
            )
            elapsed = time.perf_counter() - started
            print(
                f"{fmt:>4}: {len(profiles)} documents in {elapsed:6.2f} s "
                f"= {elapsed / len(profiles):.3f} s/document"
            )


if __name__ == "__main__":
    main()
