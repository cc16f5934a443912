"""Agreement → HTML page and plain-text e-mail body, for notices that go on the
website or into an e-mail.

The HTML carries the manifest in a ``<script type="application/json">``
element, so ``verify`` reads a web page back like a DOCX or PDF. Plain text
cannot carry a manifest; an e-mail body ends with the document's reference and
the hash of its words, which ``verify`` checks.
"""

from __future__ import annotations

import html

from ..model import Agreement, Block
from .manifest import manifest_script, text_reference

__all__ = ["render_html", "render_text"]

_TAGS = {
    "heading": "h2", "exhibit_heading": "h2", "paragraph": "p", "lead_in": "p",
    "item": "p", "subitem": "p",
}  # fmt: skip

_STYLE = (
    "body{font-family:Georgia,'Times New Roman',serif;max-width:42em;margin:2em auto;"
    "line-height:1.5;padding:0 1em}h1{font-size:1.5em}h2{font-size:1.1em}"
    ".item{margin-left:2em;text-indent:-2em}.subitem{margin-left:4em;text-indent:-2em}"
    ".ref{color:#555;font-size:.85em;border-top:1px solid #ccc;padding-top:.5em}"
)


def _inline(block: Block) -> str:
    parts = []
    for run in block.runs:
        text = html.escape(run.text).replace("\t", " ")
        if run.bold:
            text = f"<strong>{text}</strong>"
        if run.italic:
            text = f"<em>{text}</em>"
        parts.append(text)
    return "".join(parts)


def render_html(agreement: Agreement, manifest_json: bytes) -> bytes:
    """A self-contained, accessible HTML page (no scripts that run, no external files)."""
    body = [f"<h1>{html.escape(agreement.title)}</h1>"]
    for section in agreement.sections:
        for block in section.blocks:
            if block.kind == "signatures":
                continue  # notices and postings have no signature table
            tag = _TAGS[block.kind]
            css = f' class="{block.kind}"' if block.kind in ("item", "subitem") else ""
            body.append(f"<{tag}{css}>{_inline(block)}</{tag}>")
    body.append(f'<p class="ref">Reference: {html.escape(agreement.id)}</p>')
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(agreement.full_title)}</title>\n"
        f"<style>{_STYLE}</style>\n"
        f"{manifest_script(manifest_json)}\n"
        "</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def render_text(agreement: Agreement) -> bytes:
    """Plain text for an e-mail body: paragraphs separated by blank lines, lists indented."""
    paragraphs = [agreement.title.upper()]
    for section in agreement.sections:
        for block in section.blocks:
            if block.kind == "signatures":
                continue
            text = block.text.replace("\t", " ")
            indent = {"item": "  ", "subitem": "      "}.get(block.kind, "")
            paragraphs.append(indent + text)
    body = "\n\n".join(paragraphs)
    return f"{body}\n\n{text_reference(agreement.id, body)}\n".encode()
