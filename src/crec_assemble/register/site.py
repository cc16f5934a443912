"""The public "Student data privacy contracts" pages, written from the register as static HTML.

One folder, published as it is: ``index.html`` (the contracts in force and the breach
notices), ``notices/ID.html`` (the notice of each contract, with what the regulation's
"Notices to Students and Parents/Guardians" requires it to say), ``contracts/ID.pdf`` (the
executed contract, copied and checked against its recorded hash) and ``site.css``.

The HTML comes from the Jinja templates in ``templates/site/``, which staff may restyle;
what the register holds reaches them only as variables, escaped (autoescape on), never as
template source. No clock, no absolute paths: the same register and the same ``on`` give the
same bytes. The folder is written beside ``out`` and replaces it whole when complete.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import jinja2

from ..errors import CheckFailed, InputError, quoted
from ..inputs.dates import CONNECTICUT
from ..library.placeholders import format_date, format_moment
from ..model import Issuer
from ..pipeline.files import new_folder
from ..resources import default_site_templates
from . import store
from .posting import READS, BreachNotice, PostedContract, breach_notices, posted_contracts
from .records import History

if TYPE_CHECKING:
    from .database import Register

__all__ = ["GENERATOR", "SiteResult", "publish", "write_site"]

# In every page's <meta name="generator">: how ``--force`` knows a folder is a site it wrote.
GENERATOR = "crec-assemble register site"
_STYLE = "site.css"
# A document id becomes a file name: nothing that could leave the folder or hide a file.
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}\Z")


@dataclass(frozen=True)
class SiteResult:
    """What ``write_site`` wrote, for the CLI to print and ``--json`` to show.

    Attributes:
        out: the site's folder.
        on: the day the pages show the register as of.
        contracts: the ids of the contracts posted, in the page's order.
        breaches: how many breach notices the page lists.
        files: every file written, relative to ``out``, with its SHA-256.
    """

    out: Path
    on: date
    contracts: tuple[str, ...]
    breaches: int
    files: Mapping[str, str]

    def summary(self) -> str:
        """What the pages post, in one line: ``register site`` prints it after the folder."""
        return (f"{len(self.contracts)} contracts in force, {self.breaches} breach notices, "
                f"as of {self.on.isoformat()}")  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "on": self.on.isoformat(),
            "contracts": list(self.contracts),
            "breaches": self.breaches,
            "files": dict(self.files),
        }


def publish(
    register: Register,
    out: Path,
    *,
    on: date,
    issuer: Path | None = None,
    base_url: str | None = None,
    force: bool = False,
    copy_files: bool = True,
) -> SiteResult:
    """:func:`write_site` for the register as it stands: ``register site``, and the web app's
    "generate the public site". Only the events the posting rules read are loaded.

    Args:
        issuer: the issuer file whose pages these are (None: the shipped one, CREC).

    Raises:
        InputError, CheckFailed: as :func:`write_site`, or a malformed issuer file.
    """
    from ..inputs.issuer import load_issuer
    from ..resources import default_issuer, default_library

    board = load_issuer(issuer or default_issuer(default_library()))
    with register.reading() as reader:
        recorded = store.histories(reader, kinds=READS)
    return write_site(recorded, out, on=on, issuer=board, base_url=base_url, force=force,
                      copy_files=copy_files)  # fmt: skip


def write_site(
    histories: Iterable[History],
    out: Path,
    *,
    on: date,
    issuer: Issuer,
    base_url: str | None = None,
    force: bool = False,
    copy_files: bool = True,
    templates: Path | None = None,
) -> SiteResult:
    """Write the public pages for the register as it stands on ``on`` into ``out``.

    Args:
        histories: every document in the register with its events.
        on: the day to post as of (events dated later have not happened yet).
        issuer: whose page it is (name, privacy contact).
        base_url: where the folder will be published (``https://www.crec.org/privacy/``);
            links are absolute under it. Without it links are relative, so the folder
            can be served from anywhere, or opened from disk.
        force: replace an existing site folder.
        copy_files: copy the executed PDFs in (off only to time the pages alone).
        templates: the site's templates, if not the shipped ``templates/site/``.

    Raises:
        InputError: bad ``base_url``, an id unfit for a file name, an executed PDF that is
            missing, or an ``out`` that may not be replaced.
        CheckFailed: an executed PDF whose bytes no longer match the hash recorded for it.
    """
    _check_base_url(base_url)
    histories = tuple(histories)
    contracts = posted_contracts(histories, on)
    breaches = breach_notices(histories, on)
    for contract in contracts:
        _check_id(contract.document.id)
    source = templates or default_site_templates()
    environment = _environment(source)
    written: dict[str, str] = {}
    with new_folder(out, force=force, replaceable=_written_by_us) as staged:

        def put(name: str, data: bytes) -> None:
            target = staged / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            written[name] = hashlib.sha256(data).hexdigest()

        for contract in contracts if copy_files else ():
            put(f"contracts/{contract.document.id}.pdf", _executed_bytes(contract))
        put(_STYLE, _read(source / _STYLE))
        facts = _facts(issuer, on)
        rows = [_contract_row(c, written, base_url) for c in contracts]
        for row in rows:
            links = _links(base_url, depth=1)
            page = environment.get_template("notice.html").render(**facts, **links, contract=row)
            put(row["notice_file"], page.encode("utf-8"))
        index = environment.get_template("index.html").render(
            **facts,
            **_links(base_url, depth=0),
            contracts=rows,
            breaches=[_breach_row(b) for b in breaches],
        )
        put("index.html", index.encode("utf-8"))
    return SiteResult(
        out,
        on,
        tuple(c.document.id for c in contracts),
        len(breaches),
        dict(sorted(written.items())),
    )


def _environment(source: Path) -> jinja2.Environment:
    """A Jinja environment over the site's templates: autoescape on, undefined is an error."""
    if not (source / "index.html").is_file():
        raise InputError(f"{source}: no index.html; not a folder of site templates")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(source),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _check_id(document: str) -> None:
    if not _SAFE_ID.match(document):
        raise InputError(
            f"{quoted(document)}: a document id the site cannot use as a file name "
            "(letters, digits, '.', '_' and '-' only)"
        )


def _check_base_url(base_url: str | None) -> None:
    if base_url is None:
        return
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"--base-url {quoted(base_url)}: not an http:// or https:// address")


def _url(base_url: str | None, name: str, depth: int) -> str:
    """A link to the site's file ``name`` from a page ``depth`` folders down."""
    root = base_url.rstrip("/") + "/" if base_url is not None else "../" * depth
    return root + quote(name)


def _links(base_url: str | None, *, depth: int) -> dict[str, Any]:
    """What every page links to: the index and the style sheet."""
    return {
        "home": _url(base_url, "index.html", depth),
        "style": _url(base_url, _STYLE, depth),
        "generator": GENERATOR,
    }


def _facts(issuer: Issuer, on: date) -> dict[str, Any]:
    privacy = issuer.privacy
    return {
        "issuer": {"name": issuer.name, "short_name": issuer.short_name},
        "contact": (
            {"email": privacy.email, "phone": privacy.phone} if privacy is not None else None
        ),
        "on": {"iso": on.isoformat(), "text": format_date(on)},
    }


def _contract_row(
    contract: PostedContract, written: Mapping[str, str], base_url: str | None
) -> dict[str, Any]:
    """One contract as the templates read it: plain values, dates already in words."""
    document = contract.document
    pdf = f"contracts/{document.id}.pdf"
    notice = f"notices/{document.id}.html"
    return {
        "id": document.id,
        "contractor": document.contractor,
        "service": document.service,
        "description": document.description,
        "data": list(document.data),
        "executed": {"iso": contract.executed.isoformat(), "text": format_date(contract.executed)},
        "end": (
            {"iso": document.end.isoformat(), "text": format_date(document.end)}
            if document.end is not None
            else None
        ),
        "notice_file": notice,
        "notice_url": _url(base_url, notice, 0),
        "pdf_url": _url(base_url, pdf, 0),
        "pdf_url_from_notice": _url(base_url, pdf, 1),
        "sha256": written.get(pdf),
    }


def _breach_row(notice: BreachNotice) -> dict[str, Any]:
    document = notice.document
    return {
        "contractor": document.party,
        "service": document.service,
        "discovered": {
            "iso": notice.discovered.isoformat(),
            # Connecticut's zone by name ("EDT"), not the offset the register stored it with
            "text": format_moment(notice.discovered.astimezone(CONNECTICUT)),
        },
        "categories": list(notice.categories),
        "posted": (
            {"iso": notice.posted.isoformat(), "text": format_date(notice.posted)}
            if notice.posted is not None
            else None
        ),
    }


def _executed_bytes(contract: PostedContract) -> bytes:
    """The executed PDF's bytes, checked against the hash the register recorded for it."""
    data = _read(contract.file, f"{contract.document.id}: executed contract ")
    if contract.sha256 is not None and hashlib.sha256(data).hexdigest() != contract.sha256:
        raise CheckFailed(
            f"{contract.document.id}: executed contract {contract.file} has changed since it "
            "was recorded (its SHA-256 no longer matches)"
        )
    return data


def _read(path: Path, what: str = "") -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{what}{path}: cannot read: {error.strerror or error}") from None


def _written_by_us(folder: Path) -> bool:
    """Whether ``folder`` holds a site this tool wrote: its index page names the generator."""
    index = folder / "index.html"
    try:
        with index.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">'.encode() in head
