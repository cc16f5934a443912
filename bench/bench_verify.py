"""``verify`` benchmark: how long checking a returned agreement takes, by what came back.

Usage: ./run bench-verify [--runs N] [--profile PATH]

Builds one agreement (default ``examples/capitol-evaluation.yaml``: DOCX and PDF),
makes the returned copies staff meet, and runs the real ``crec-assemble verify``
on each in a fresh process N times (default 5), printing the median, the minimum
and the maximum:

  docx-issued     the DOCX as issued (identical to its rebuild: no comparison)
  docx-resaved    the DOCX re-saved by LibreOffice (every story compared)
  pdf-issued      the PDF as issued (its rebuild runs LibreOffice once)
  pdf-resaved     the PDF re-saved by pypdf (each page rendered and compared)
  pdf-covered     the PDF with a white box over a phrase (found, and drawn with --out)

Rounds are interleaved, so a machine busy with other work weighs on every case
alike. Speed is measured here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import io
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject

from crec_assemble.pipeline.converter import LibreOffice

from timings import machine, table

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "examples" / "capitol-evaluation.yaml"
PHRASE = "five (5) calendar days"


def _verify(path: Path, *extra: str) -> float:
    """Seconds one ``crec-assemble verify`` takes in a fresh process (exit 0 or 1)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "crec_assemble", "verify", str(path), *extra],
                          stdout=subprocess.DEVNULL, check=False)  # fmt: skip
    assert done.returncode in (0, 1), f"verify {path.name} exited {done.returncode}"
    return time.perf_counter() - started


def _covered(pdf: bytes) -> bytes:
    """The PDF with a white rectangle drawn into the page that holds ``PHRASE``."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        text = document[index].get_textpage()
        hit = text.search(PHRASE).get_next()
        if hit is not None:
            left, bottom, right, top = text.get_charbox(hit[0])
            right = text.get_charbox(hit[0] + hit[1] - 1)[2]
            break
    else:
        raise SystemExit(f"the agreement does not say {PHRASE!r}")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    box = DecodedStreamObject()
    box.set_data(f"q 1 1 1 rg {left - 1} {bottom - 2} {right - left + 2} {top - bottom + 4} re f Q"
                 .encode())  # fmt: skip
    page = writer.pages[index]
    contents = page.raw_get("/Contents")
    streams = list(contents) if isinstance(contents, ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([*streams, writer._add_object(box)])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _cases(profile: Path, work: Path) -> dict[str, tuple[Path, tuple[str, ...]]]:
    """The returned copies, made once."""
    out = work / "issued"
    subprocess.run([sys.executable, "-m", "crec_assemble", "build", str(profile), "--out",
                    str(out)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    (docx,) = out.glob("*.docx")
    (pdf,) = out.glob("*.pdf")
    staged = work / "staged"
    staged.mkdir()
    shutil.copy(docx, staged / docx.name)
    with LibreOffice() as office:
        (resaved_docx,) = office.convert([staged / docx.name], work / "resaved", to="docx")
    resaved_pdf = work / "resaved.pdf"
    PdfWriter(clone_from=PdfReader(pdf)).write(resaved_pdf)
    covered = work / "covered.pdf"
    covered.write_bytes(_covered(pdf.read_bytes()))
    pages = ("--out", str(work / "pages"), "--force")
    return {
        "docx-issued": (docx, ()),
        "docx-resaved": (resaved_docx, ()),
        "pdf-issued": (pdf, ()),
        "pdf-resaved": (resaved_pdf, ()),
        "pdf-covered": (covered, pages),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", type=Path, default=PROFILE)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="crec-bench-verify-"))
    try:
        cases = _cases(args.profile, work)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (path, extra) in cases.items():
                times[name].append(_verify(path, *extra))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"verify, {args.runs} runs each, {platform.machine()}, {machine()}")
    print("\n".join(table("seconds", times)))


if __name__ == "__main__":
    main()
