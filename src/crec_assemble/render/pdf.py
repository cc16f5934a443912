"""DOCX → signature-ready PDF. The only module that starts a process.

LibreOffice does the layout (headless, its own seeded profile, a timeout, the
whole process group killed when it hangs). One ``convert`` call hands it many
documents at once, because starting LibreOffice costs more than converting a
short agreement. pyhanko then adds the empty signature fields and pypdf
rewrites the file last, with fixed dates and an ``/ID`` derived from the
content, which is what makes two builds byte-identical.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Literal

from ..errors import ConversionError
from .manifest import attach_to_pdf

__all__ = [
    "INSTALL_HINT",
    "LibreOffice",
    "PdfInfo",
    "SignatureLine",
    "find_soffice",
    "finish_pdf",
]

INSTALL_HINT = (
    "apt-get install -y libreoffice-writer-nogui fonts-liberation2 "
    "fonts-crosextra-carlito fonts-crosextra-caladea"
)
_FILTERS = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML"}
_SIGNATURE_LABEL = "By:"
# The field covers the underscores after "By:" (points; the table column is ~234 pt wide).
_FIELD_OFFSET, _FIELD_WIDTH, _FIELD_BELOW, _FIELD_ABOVE = 22.0, 190.0, 4.0, 26.0


def find_soffice() -> str:
    """The LibreOffice executable, or a ConversionError that says how to install it."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ConversionError(f"LibreOffice is needed to make PDFs; install it with: {INSTALL_HINT}")


def _product_version(executable: str) -> str | None:
    """ "7.4" from the bootstraprc next to the real binary, without starting LibreOffice."""
    rc = Path(executable).resolve().parent / "bootstraprc"
    try:
        match = re.search(r"ProductKey=\D*(\d+\.\d+)", rc.read_text(encoding="utf-8"))
    except OSError:
        return None
    return match.group(1) if match else None


_SEEDED_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>{version}</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="FirstStartWizardCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""  # noqa: E501


class LibreOffice:
    """A private LibreOffice installation profile that converts DOCX files to PDF.

    Use as a context manager; the profile directory is removed on exit. Each
    instance has its own profile, so parallel converters never collide.
    """

    def __init__(self, *, timeout: float = 60.0, per_document: float = 60.0) -> None:
        """``timeout``: seconds allowed to start; ``per_document``: seconds allowed per output."""
        self._executable = find_soffice()
        self._timeout = timeout
        self._per_document = per_document
        self._profile = Path(tempfile.mkdtemp(prefix="crec-lo-"))
        self._process: subprocess.Popen[bytes] | None = None
        version = _product_version(self._executable)
        if version:
            # LibreOffice headless never records that its first start is done and re-runs
            # its start-up checks every time; telling it the version halves a short conversion.
            user = self._profile / "user"
            user.mkdir()
            (user / "registrymodifications.xcu").write_text(
                _SEEDED_PROFILE.format(version=version), encoding="utf-8"
            )

    def __enter__(self) -> LibreOffice:
        return self

    def _watch(self, process: subprocess.Popen[bytes], expected: Sequence[Path]) -> None:
        _watch_progress(process, expected, self._timeout, self._per_document, self.kill)

    def kill(self) -> None:
        """Stop a running conversion at once: the whole process group (Ctrl-C, timeout)."""
        process = self._process
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        shutil.rmtree(self._profile, ignore_errors=True)

    def convert(
        self, documents: Sequence[Path], outdir: Path, *, to: Literal["pdf", "docx"] = "pdf"
    ) -> list[Path]:
        """Convert documents with one LibreOffice process, into ``outdir``.

        ``to="docx"`` re-saves a DOCX the way LibreOffice writes it, which is how
        a vendor's round trip through LibreOffice looks.

        Returns:
            The converted paths, in the order of ``documents``.

        Raises:
            ConversionError: when LibreOffice fails, hangs past the timeout
                (it is then killed) or does not produce every PDF.
        """
        command = [
            self._executable,
            f"-env:UserInstallation={self._profile.as_uri()}",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
            "--nolockcheck", "--convert-to", _FILTERS[to], "--outdir", str(outdir),
            *(str(document) for document in documents),
        ]  # fmt: skip
        expected = [outdir / f"{document.stem}.{to}" for document in documents]
        with tempfile.TemporaryFile() as log:
            try:
                process = subprocess.Popen(
                    command,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its own process group, so a hang is killed whole
                    env={**os.environ, "HOME": str(self._profile)},
                )
            except OSError as error:
                raise ConversionError(f"LibreOffice could not be started: {error}") from None
            self._process = process
            try:
                self._watch(process, expected)
            finally:
                self._process = None
            log.seek(0)
            output = log.read()
        converted = expected
        failed = [
            d.name for d, path in zip(documents, converted, strict=True) if not path.is_file()
        ]
        if process.returncode != 0 or failed:
            last = output.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
            raise ConversionError(
                f"LibreOffice could not convert {', '.join(failed) or 'the documents'} "
                f"(exit {process.returncode}): {last[0]}"
            )
        return converted


_POLL_SECONDS = 0.05


def _watch_progress(
    process: subprocess.Popen[bytes],
    expected: Sequence[Path],
    start_up: float,
    per_document: float,
    kill: Callable[[], None],
) -> None:
    """Wait for LibreOffice, stopping it when it makes no progress for too long.

    Progress is a new output file: a long chunk may take as long as it needs,
    but a hang is caught within ``per_document`` seconds (plus ``start_up``
    before the first document), whatever the size of the chunk.
    """
    done, last = 0, time.monotonic()
    while process.poll() is None:
        time.sleep(_POLL_SECONDS)
        now = time.monotonic()
        count = sum(1 for path in expected if path.exists())
        if count != done:
            done, last = count, now
        allowed = per_document + (start_up if done == 0 else 0)
        if now - last > allowed:
            kill()
            process.wait()
            raise ConversionError(
                f"LibreOffice made no progress for {allowed:.0f} s and was stopped"
            )


@dataclass(frozen=True)
class SignatureLine:
    """Who signs on a signature line; the field is named after them."""

    field_name: str


@dataclass(frozen=True)
class PdfInfo:
    """The document information a finished PDF carries."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    timestamp: datetime


def finish_pdf(
    pdf: bytes, info: PdfInfo, manifest_json: bytes, signers: Sequence[SignatureLine]
) -> bytes:
    """Add signature fields, metadata and the manifest; make the bytes reproducible.

    ``signers`` are matched, in order, to the "By:" lines of the signature
    table (left column first). Pass none for a draft.

    Raises:
        ConversionError: when the signature lines cannot be found in the PDF.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pypdf.errors import PyPdfError
    from pypdfium2 import PdfiumError

    try:
        if signers:
            pdf = _add_signature_fields(pdf, signers)
        return _rewrite(pdf, info, manifest_json)
    except (PdfError, PyPdfError, PdfiumError, ValueError, KeyError) as error:
        raise ConversionError(f"LibreOffice produced an unreadable PDF ({error})") from None


def _signature_lines(pdf: bytes, wanted: int) -> tuple[int, list[tuple[float, float]]]:
    """The page and the positions (left, baseline) of the "By:" labels.

    The signature table sits after the body and before the exhibits, so the
    search runs from the last page backwards and stops at the first page that
    has them; PDFium finds text positions directly.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document) - 1, -1, -1):
            page = document[index].get_textpage()
            found: list[tuple[float, float]] = []
            searcher = page.search(_SIGNATURE_LABEL, match_case=True)
            while (hit := searcher.get_next()) is not None:
                left, bottom, _, _ = page.get_charbox(hit[0])
                found.append((left, bottom))
            if len(found) >= wanted:
                ordered = sorted(found, key=lambda point: (-round(point[1]), point[0]))
                return index, ordered[:wanted]
    finally:
        document.close()
    raise ConversionError(f'the PDF has no signature table ("{_SIGNATURE_LABEL}" lines)')


def _add_signature_fields(pdf: bytes, signers: Sequence[SignatureLine]) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    page, positions = _signature_lines(pdf, len(signers))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for signer, (x, y) in zip(signers, positions, strict=True):
        box = (
            int(x + _FIELD_OFFSET),
            int(y - _FIELD_BELOW),
            int(x + _FIELD_OFFSET + _FIELD_WIDTH),
            int(y + _FIELD_ABOVE),
        )
        append_signature_field(
            writer, SigFieldSpec(sig_field_name=signer.field_name, on_page=page, box=box)
        )
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]
    return output.getvalue()


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def _rewrite(pdf: bytes, info: PdfInfo, manifest_json: bytes) -> bytes:
    """The last write: fixed metadata, the manifest attached, an /ID from the content."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stamp = _pdf_date(info.timestamp)
    # Replacing the whole dictionary drops LibreOffice's run-dependent /DocChecksum.
    writer.metadata = {
        "/Title": info.title,
        "/Author": info.author,
        "/Subject": info.subject,
        "/Keywords": info.keywords,
        "/Creator": info.creator,
        "/Producer": info.creator,
        "/CreationDate": stamp,
        "/ModDate": stamp,
    }
    attach_to_pdf(writer, manifest_json)
    writer._ID = None  # pypdf would otherwise keep LibreOffice's random /ID
    draft = io.BytesIO()
    writer.write(draft)
    digest = hashlib.md5(draft.getvalue(), usedforsecurity=False).digest()
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
