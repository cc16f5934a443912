"""What ``audit`` reads of a file, and what it refuses: judged by content, never by name.

Each case is a way vendor paper was misread (issue 12, "Reading the file"): an HTML page
whose first line is a template directive read as text with its markup, a ``.tsx`` component
accepted and every state's promises credited to Connecticut, a citation or a greeting
splitting or gluing sentences.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from crec_assemble.audit.durations import has_placeholder
from crec_assemble.audit.reader import read_document, read_sentences
from crec_assemble.audit.sentences import classify
from crec_assemble.errors import InputError

from conftest import Cli

_BODY = (
    "<h1>Data Privacy Addendum</h1>\n"
    "<p>Provider shall not sell Student Data.</p>\n"
    "<div>Provider shall encrypt Student Data at rest.</div>\n"
    "<ul><li>Provider shall delete Student Data on request.</li></ul>\n"
)
_PROMISES = [
    "Data Privacy Addendum",
    "Provider shall not sell Student Data.",
    "Provider shall encrypt Student Data at rest.",
    "Provider shall delete Student Data on request.",
]
_READS = "audit reads PDF, DOCX, HTML, Markdown or plain text"


def _texts(path: Path) -> list[str]:
    return [sentence.text for sentence in read_sentences(path)]


# -- HTML, found by its content ------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    ['{% extends "base.html" %}\n{% block content %}',
     '<%@ page contentType="text/html;charset=UTF-8" %>',
     "{{> header}}",
     "<?php include 'header.php'; ?>"],
    ids=["jinja-django", "jsp", "handlebars", "php"],
)  # fmt: skip
def it_reads_a_template_page_as_html_without_its_directives(tmp_path: Path, opening: str) -> None:
    path = tmp_path / "terms.html"
    path.write_text(f"{opening}\n{_BODY}")
    reading = read_document(path)
    assert [s.text for s in reading.sentences] == _PROMISES
    assert len(reading.notes) == 1 and "template directive" in reading.notes[0]


def it_reads_a_tag_soup_as_html_whatever_its_name_and_first_line(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(f"Terms of Service\n{_BODY}<table><tr><td>Breach notice</td>"
                    "<td>within 72 hours</td></tr></table>\n")  # fmt: skip
    assert _texts(path) == ["Terms of Service", *_PROMISES, "Breach notice — within 72 hours"]
    assert read_document(path).notes == ()


def it_leaves_out_scripts_styles_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "terms.html"
    path.write_text(
        "<html><head><style>p { color: red; }</style>"
        "<script>if (a) { sell(); }</script></head><body><!-- Provider may sell data. -->"
        "<p>Provider shall not sell Student Data.</p><noscript>Enable scripts.</noscript>"
        "</body></html>"
    )
    assert _texts(path) == ["Provider shall not sell Student Data."]


def it_reads_what_a_template_prints_as_a_blank_to_fill(tmp_path: Path) -> None:
    path = tmp_path / "terms.html"
    path.write_text("{% block content %}<p>Provider shall notify the Board within "
                    "{{ notice_days }} days of a breach.</p>{% endblock %}")  # fmt: skip
    (sentence,) = read_sentences(path)
    assert sentence.text == "Provider shall notify the Board within […] days of a breach."
    assert has_placeholder(sentence.text)


def it_keeps_markdown_with_a_little_inline_html_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "terms.md"
    path.write_text("# Privacy\n\nProvider shall not sell data.<br>\n\n"
                    "Provider shall encrypt data.\n\nProvider shall delete data.\n\n"
                    "Provider shall notify the Board.\n")  # fmt: skip
    assert len(read_sentences(path)) == 5


# -- Files audit refuses: their content is no document's text ------------------------------

_TSX = """import React from 'react';
import { useState } from 'react';

export default function StateTerms() {
  const [state, setState] = useState('CT');
  return (
    <div className="terms">
      <p>Connecticut: Provider shall not sell Student Data.</p>
      <p>New York: Provider shall encrypt Student Data.</p>
    </div>
  );
}
"""


def _zip(path: Path, *names: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return path


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [("terms.tsx", _TSX.encode(), "source code or data"),
     ("terms.txt", _TSX.encode(), "source code or data"),
     ("terms.md", b"package terms;\npublic class Terms {\n  void sell() {\n  }\n}\n",
      "source code or data"),
     ("terms.txt", json.dumps({"ct": ["Provider shall not sell data."]}).encode(),
      "source code or data"),
     ("terms.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "an image (PNG)"),
     ("terms.md", b"\xff\xd8\xff\xe0\x00\x10JFIF", "an image (JPEG)"),
     ("terms.txt", b"Provider shall\x00 not sell\x00", "binary data"),
     ("terms.txt", bytes(range(128, 256)) * 4, "not UTF-8 text"),
     ("terms.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "Word 97-2003"),
     ("terms.rtf", b"{\\rtf1\\ansi Provider shall not sell.}", "an RTF file")],
    ids=["tsx", "tsx-named-txt", "java-named-md", "json", "png", "jpeg", "nul-bytes",
         "latin-1-bytes", "legacy-doc", "rtf"],
)  # fmt: skip
def it_refuses_a_file_whose_content_it_does_not_read(
    tmp_path: Path, name: str, content: bytes, what: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as refused:
        read_sentences(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ") and what in message and _READS in message


@pytest.mark.parametrize(
    ("names", "what"),
    [(("a.txt",), "a zip archive, not a DOCX"),
     (("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"), "a spreadsheet (XLSX)"),
     (("mimetype", "content.xml"), "an OpenDocument file")],
    ids=["zip", "xlsx", "odt"],
)  # fmt: skip
def it_refuses_a_zip_that_is_not_a_docx(tmp_path: Path, names: tuple[str, ...], what: str) -> None:
    path = _zip(tmp_path / "terms.docx", *names)
    with pytest.raises(InputError, match=re.escape(what)):
        read_sentences(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [("terms.txt", "Provider shall not:\n(a) sell data;\n(b) rent data;\n(c) lease data;\n"
      "(d) trade data; or\n(e) disclose data (except as required by law);\n"),
     ("terms.md", "# Terms\n\nProvider shall not sell data.\n\n```js\nconst a = () => {\n"
      "  return b;\n};\n```\n\nProvider shall encrypt data.\n"),
     ("terms.code", "Provider shall not sell data. Provider shall encrypt it.\n")],
    ids=["list-ending-in-semicolons", "markdown-with-a-code-sample", "prose-with-any-suffix"],
)  # fmt: skip
def it_reads_prose_whatever_its_suffix(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert any("shall not" in text for text in _texts(path))


def it_reads_text_with_a_few_stray_bytes_and_utf16_text(tmp_path: Path) -> None:
    stray = tmp_path / "terms.txt"
    stray.write_bytes(b"Provider\x92s duty: Provider shall not sell data.")
    assert _texts(stray) == ["Provider\ufffds duty: Provider shall not sell data."]
    wide = tmp_path / "wide.txt"
    wide.write_bytes("Provider shall not sell data.".encode("utf-16"))
    assert _texts(wide) == ["Provider shall not sell data."]


def it_refuses_an_unread_file_with_exit_2_and_one_line(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "StateTerms.tsx"
    path.write_text(_TSX)
    result = cli("audit", path)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"{path}: source code or data, not a document's text; {_READS}\n"


def it_says_in_the_report_that_template_directives_were_dropped(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "terms.html"
    path.write_text(f"{{% extends 'base.html' %}}\n{_BODY}")
    result = cli("audit", path, "--json")
    assert result.exit_code == 1
    (note,) = json.loads(result.stdout)["notes"]
    assert note.startswith("read as HTML; 1 template directive dropped")
    assert "  note: read as HTML" in cli("audit", path).stdout


# -- Sentences: abbreviations, greetings and headings ---------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["Conn. Gen. Stat. § 10-234aa", "20 U.S.C. 1232g", "34 C.F.R. Part 99", "e.g. Hosting",
     "i.e. Hosting", "No. 5", "Sec. 4", "Dr. Alvarez", "Ms. Lee", "Mr. Lee", "Acme Inc. Hosting",
     "Acme Co. Hosting", "Acme Corp. Hosting", "Acme Learning L.L.C. Hosting",
     "15 U.S.C. 6501 et seq. and COPPA", "Conn. Gen. Stat. 10-234aa et seq., as amended"],
    ids=["conn-gen-stat", "usc", "cfr", "e-g", "i-e", "no", "sec", "dr", "ms", "mr", "inc",
         "co", "corp", "llc", "et-seq-and", "et-seq-comma"],
)  # fmt: skip
def it_ends_no_sentence_at_a_legal_abbreviation_or_honorific(tmp_path: Path, phrase: str) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(f"Provider shall notify {phrase} in writing. Provider shall not sell data.")
    assert _texts(path) == [
        f"Provider shall notify {phrase} in writing.",
        "Provider shall not sell data.",
    ]


@pytest.mark.parametrize(
    "letter",
    ["Dear Dr. Alvarez:\nProvider shall not sell data. Provider shall encrypt data.",
     "Dear Dr. Alvarez:\n\nProvider shall not sell data. Provider shall encrypt data.",
     "To Whom It May Concern:\n\nProvider shall not sell data. Provider shall encrypt data."],
    ids=["same-paragraph", "own-paragraph", "to-whom"],
)  # fmt: skip
def it_glues_no_greeting_onto_the_first_sentence(tmp_path: Path, letter: str) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(letter)
    assert _texts(path)[1:] == ["Provider shall not sell data.", "Provider shall encrypt data."]


def it_reads_a_heading_ending_in_a_full_stop_as_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("12.4 Governing Law. Provider shall comply with Conn. Gen. Stat. "
                    "§ 10-234bb.\n\n12.5 Notices.\n\nProvider shall notify the Board.")  # fmt: skip
    kinds = [(s.text, classify(s).kind) for s in read_sentences(path)]
    assert kinds == [
        ("12.4 Governing Law.", "heading"),
        ("Provider shall comply with Conn. Gen. Stat. § 10-234bb.", "vendor"),
        ("12.5 Notices.", "heading"),
        ("Provider shall notify the Board.", "vendor"),
    ]
