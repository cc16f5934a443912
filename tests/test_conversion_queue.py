"""The conversion queue's chunks: never two documents with one file name, each PDF its own.

A stand-in ``soffice`` converts (it wraps each DOCX's bytes in a PDF's first and last
lines) and logs the documents it was handed, one line per chunk, so these tests run
without LibreOffice.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from crec_assemble.pipeline.conversion_queue import (
    ConversionFailed,
    ConversionQueue,
    PdfConverted,
)
from crec_assemble.pipeline.produce import Rendered
from crec_assemble.render.pdf import PdfInfo

from conftest import fake_soffice

# Started early, with no document, it has nothing to do; handed documents, it "converts".
_CONVERTER = """
[[ "$*" == *--convert-to* ]] || exit 0
names=()
for f in "$@"; do
  [[ "$f" == *.docx ]] || continue
  names+=("$(basename "$f")")
  {{ printf '%%PDF-1.4\\n'; cat "$f"; printf '\\n%%%%EOF\\n'; }} > "${{f%.docx}}.pdf"
done
echo "${{names[*]}}" >> "{log}"
"""


def _rendered(stem: str, content: str) -> Rendered:
    """A document waiting for its PDF; only its stem and DOCX bytes matter to the queue."""
    info = PdfInfo("title", "author", "subject", "keywords", "creator", datetime(2026, 11, 28))
    return Rendered(
        profile=Path(f"{content}.yaml"), kind="agreement", id=content, parent="", title="",
        manifest={}, unmet=(), stem=stem, formats=("docx", "pdf"),
        files={"docx": content.encode()}, pdf_info=info, signers=(),
    )  # fmt: skip


def _convert_all(
    documents: list[Rendered], staging: Path, *, keep_warm: bool
) -> list[PdfConverted | ConversionFailed]:
    """Put every document on a new queue, close it, and return what it posted."""
    posted: list[PdfConverted | ConversionFailed] = []
    staging.mkdir()
    converter = ConversionQueue(posted.append, chunk=10, timeout=30, start_up=30,
                                staging=staging, keep_warm=keep_warm)  # fmt: skip
    for document in documents:
        converter.put(document)
    converter.close()
    converter.start()
    converter.join(timeout=60)
    assert not converter.is_alive()
    return posted


@pytest.mark.parametrize("keep_warm", [True, False], ids=["kept-warm", "batch"])
def it_never_puts_two_documents_with_one_stem_in_a_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep_warm: bool
) -> None:
    """Two requests may build one contractor at once; staged under one name, one document
    would overwrite the other. The later one waits for the next chunk."""
    log = tmp_path / "chunks.log"
    fake_soffice(tmp_path, monkeypatch, _CONVERTER.format(log=log))
    documents = [_rendered("acme", "first acme"), _rendered("acme", "second acme"),
                 _rendered("beta", "beta"), _rendered("acme", "third acme")]  # fmt: skip
    posted = _convert_all(documents, tmp_path / "staging", keep_warm=keep_warm)
    chunks = [line.split() for line in log.read_text().splitlines()]
    assert chunks == [["acme.docx", "beta.docx"], ["acme.docx"], ["acme.docx"]]
    assert all(isinstance(outcome, PdfConverted) for outcome in posted)
    assert sorted(outcome.document.id for outcome in posted) == sorted(d.id for d in documents)


def it_gives_each_document_the_pdf_of_its_own_docx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_soffice(tmp_path, monkeypatch, _CONVERTER.format(log=tmp_path / "chunks.log"))
    documents = [_rendered("acme", f"acme number {n}") for n in range(3)]
    posted = _convert_all(documents, tmp_path / "staging", keep_warm=True)
    for outcome in posted:
        assert isinstance(outcome, PdfConverted)
        assert outcome.pdf == b"%PDF-1.4\n" + outcome.document.docx + b"\n%%EOF\n"
