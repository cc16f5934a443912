"""Re-create templates/agreement.docx, the docxtpl template for every agreement.

The DOCX is committed to the repository and is what crec-assemble reads at run
time: staff may open it in Word and restyle it (fonts, spacing, the wording of
fixed text) without touching code.  This script re-creates it from scratch --
after a bad manual edit, or to see how it is put together:

    python tools/make_template.py      # writes templates/agreement.docx

Formatting lives in named styles (styles.xml), not in direct formatting, so a
change made in Word's Styles pane applies everywhere; the only direct formatting
is in the signature table.  Every Jinja tag is written as ONE run because
docxtpl cannot parse a tag that Word has split across runs -- if you edit a
tag in Word, retype the whole tag in one go.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "templates" / "agreement.docx"
FONT = "Times New Roman"  # LibreOffice substitutes the metric-compatible Liberation Serif
BLACK = RGBColor(0, 0, 0)

# block.kind -> paragraph style that renders it (the "signatures" kind is a table).
BLOCK_STYLES = {
    "heading": "Heading 1",
    "paragraph": "Body Text",
    "lead_in": "Lead-in Text",
    "item": "Clause Item",
    "subitem": "Clause Subitem",
    "exhibit_heading": "Exhibit Heading",
}

# Signature table rows; the left column is for the first signatory (the issuer
# of an agreement), the right one for the second (PARTY is replaced by "left" /
# "right"). crec-assemble fills each cell, e-signature anchors included.
SIGNATURE_CELLS = ["organisation", "by", "name", "title", "date"]


def element(tag: str, **attrs: str):
    """An OOXML element with w:-namespaced attributes."""
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    return el


def strip(parent, *tags: str) -> None:
    """Remove child elements, e.g. decorations of python-docx's default template."""
    if parent is None:
        return
    for tag in tags:
        for child in parent.findall(qn(tag)):
            parent.remove(child)


def set_fonts(rpr) -> None:
    """Name the font for every script slot; python-docx's font.name sets only two."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = element("w:rFonts")
        rpr.insert(0, rfonts)  # rFonts must come first in run properties
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(qn(f"w:{slot}"), FONT)


def drop_theme_fonts(styles_el) -> None:
    """python-docx's default styles point at theme fonts (Calibri/Cambria), which
    Debian lacks.  Without the references every style inherits docDefaults."""
    theme = [qn(f"w:{a}") for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")]
    for rfonts in list(styles_el.iter(qn("w:rFonts"))):
        for attr in theme:
            rfonts.attrib.pop(attr, None)
        if not rfonts.attrib:
            rfonts.getparent().remove(rfonts)


def set_size(style, points: float) -> None:
    """Size for Latin and complex-script text alike (python-docx sets only w:sz)."""
    style.font.size = Pt(points)
    rpr = style.element.get_or_add_rPr()
    strip(rpr, "w:szCs")
    rpr.find(qn("w:sz")).addnext(element("w:szCs", val=str(int(points * 2))))


def plain_look(style, points: float) -> None:
    """Bold black text without the default template's theme colour, bottom
    border, kerning and letter spacing."""
    set_size(style, points)
    style.font.bold = True
    style.font.color.rgb = BLACK
    strip(style.element.rPr, "w:spacing", "w:kern")
    strip(style.element.pPr, "w:pBdr", "w:contextualSpacing")


def custom_style(doc, name: str, base: str):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.quick_style = True  # list it in Word's style gallery
    return style


def hanging(style, left: float) -> None:
    """Number at (left - 0.5 in), tab to the text at `left`, wrapped lines at `left`."""
    pf = style.paragraph_format
    pf.left_indent, pf.first_line_indent = Inches(left), Inches(-0.5)
    pf.tab_stops.add_tab_stop(Inches(left))
    style.next_paragraph_style = style


def define_styles(doc) -> None:
    styles = doc.styles
    drop_theme_fonts(styles.element)

    # Document defaults: what every style inherits unless it says otherwise.
    defaults = styles.element.find(qn("w:docDefaults"))
    set_fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")))
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "120")  # 6 pt
    spacing.set(qn("w:line"), "240")  # single (the default template has 1.15)

    normal = styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr())
    set_size(normal, 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0

    body = styles["Body Text"]
    body.paragraph_format.alignment = ALIGN.JUSTIFY
    body.paragraph_format.space_after = Pt(6)

    title = styles["Title"]
    plain_look(title, 16)
    title.font.all_caps = False
    title.paragraph_format.alignment = ALIGN.CENTER
    title.paragraph_format.space_after = Pt(12)

    h1 = styles["Heading 1"]
    plain_look(h1, 11)
    set_fonts(h1.element.rPr)
    pf = h1.paragraph_format
    pf.keep_with_next = True
    pf.space_before, pf.space_after = Pt(12), Pt(6)
    pf.tab_stops.add_tab_stop(Inches(0.5))  # "4.<tab>Ownership of Student Data"
    h1.element.pPr.find(qn("w:outlineLvl")).set(qn("w:val"), "0")  # 0 = Word's "Level 1"
    h1.next_paragraph_style = body

    # Word shows a linked character style's look when a paragraph style is
    # applied to part of a paragraph; keep them in step.
    plain_look(styles["Title Char"], 16)
    plain_look(styles["Heading 1 Char"], 11)

    # A paragraph that introduces a list ("Contractor shall:") stays on the page of its list.
    lead_in = custom_style(doc, "Lead-in Text", "Body Text")
    lead_in.paragraph_format.keep_with_next = True

    hanging(custom_style(doc, "Clause Item", "Body Text"), 0.5)  # "(a)<tab>text"
    hanging(custom_style(doc, "Clause Subitem", "Body Text"), 1.0)  # "(i)<tab>text"

    exhibit = custom_style(doc, "Exhibit Heading", "Heading 1")
    exhibit.paragraph_format.alignment = ALIGN.CENTER
    exhibit.paragraph_format.page_break_before = True
    exhibit.next_paragraph_style = body

    banner = custom_style(doc, "Draft Banner", "Normal")
    banner.font.bold = True
    set_size(banner, 14)
    banner.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    banner.paragraph_format.alignment = ALIGN.CENTER

    sig = custom_style(doc, "Signature Text", "Normal")
    sig.paragraph_format.alignment = ALIGN.LEFT
    sig.paragraph_format.space_after = Pt(0)
    sig.paragraph_format.keep_with_next = True  # keeps the signature block on one page

    for name, align in (("Header", ALIGN.RIGHT), ("Footer", ALIGN.CENTER)):
        set_size(styles[name], 9)
        styles[name].paragraph_format.alignment = align
        styles[name].paragraph_format.space_after = Pt(0)


def tag(doc, text: str, style: str | None = None):
    """A paragraph holding exactly one run, so docxtpl sees the tag intact."""
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(text)
    return paragraph


def add_signature_table(doc) -> None:
    table = doc.add_table(rows=len(SIGNATURE_CELLS), cols=2)
    table.autofit = False  # fixed layout: each column keeps half the text width

    # Full width, and explicitly borderless whatever the default table style says.
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
    tbl_w.set(qn("w:type"), "pct")
    tbl_w.set(qn("w:w"), "5000")  # fiftieths of a percent: 100 %
    borders = element("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(element(f"w:{edge}", val="nil"))
    tbl_w.addnext(borders)  # schema order: tblW, ..., tblBorders, ..., tblLayout

    for row, name in zip(table.rows, SIGNATURE_CELLS, strict=True):
        row._tr.get_or_add_trPr().append(element("w:cantSplit"))
        for cell, party in zip(row.cells, ("left", "right"), strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.style = doc.styles["Signature Text"]
            paragraph.add_run(f"{{{{r parties.{party}.{name} }}}}")
            if name == "by":
                # Room to sign.  crec-assemble finds "By:" in the PDF to place the
                # signature field, so the text must appear here and nowhere else.
                paragraph.paragraph_format.space_before = Pt(24)


def add_field(paragraph, instruction: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end) that
    Word and LibreOffice both recalculate at layout time."""
    instr = element("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(element("w:fldChar", fldCharType="begin"))
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(element("w:fldChar", fldCharType="separate"))
    paragraph.add_run("1")  # shown until the field is recalculated
    paragraph.add_run()._r.append(element("w:fldChar", fldCharType="end"))


def drop_stock_parts(doc) -> None:
    """python-docx's default template carries a thumbnail of an unrelated page and
    an app.xml naming "Microsoft Macintosh Word"; neither belongs in an agreement."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = (
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'extended-properties"><Application>crec-assemble</Application></Properties>'
            )


def build() -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Inches(1))
    define_styles(doc)

    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    header.add_run("{{ agreement.title }}")
    header.add_run(" · ")
    header.add_run("{{ agreement.id }}")
    header.add_run("{% if agreement.draft %} · DRAFT{% endif %}")

    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.add_run("Page ")
    add_field(footer, "PAGE")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES")

    # docxtpl replaces each {%p ...%} paragraph by the bare Jinja statement, and
    # each {{r ...}} run by the runs of a RichText value.
    tag(doc, "{%p if agreement.draft %}")
    tag(doc, "DRAFT — NOT FOR SIGNATURE", "Draft Banner")
    tag(doc, "{%p endif %}")
    tag(doc, "{{ agreement.title }}", "Title")
    tag(doc, "{%p for block in blocks %}")
    for index, (kind, style) in enumerate(BLOCK_STYLES.items()):
        tag(doc, f'{{%p {"elif" if index else "if"} block.kind == "{kind}" %}}')
        tag(doc, "{{r block.text }}", style)
    tag(doc, '{%p elif block.kind == "signatures" %}')
    add_signature_table(doc)
    # Word needs a paragraph after a table (this one also ends the body when the
    # signatures come last).  Squeezed to a 1 pt line so that a table ending at
    # the foot of a page does not push it onto an otherwise blank page.
    spacer = doc.add_paragraph().paragraph_format
    spacer.space_before = spacer.space_after = Pt(0)
    spacer.line_spacing = Pt(1)  # a Length (not a float) means "exactly"
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")

    drop_stock_parts(doc)
    props = doc.core_properties  # docxtpl renders these strings with Jinja too
    props.title = "{{ agreement.title }}"
    props.author = "crec-assemble"
    props.comments = props.keywords = props.last_modified_by = props.subject = ""
    props.revision = 1

    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(OUT))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    build()
