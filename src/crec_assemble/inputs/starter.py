"""The commented starter profile that ``crec-assemble init`` writes.

It must validate as written (a test checks both roles), so a new user starts
from something that builds and edits from there. Every field is explained by
its description in the profile's JSON Schema, the one source of that help: the
web app's interview shows the same words beside the same fields.
"""

from __future__ import annotations

import textwrap

from ..model import Role
from .profile_form import field_at

__all__ = ["starter_profile"]

_WIDTH = 88
_COMMENT_COLUMN = 39  # where a comment beside a value starts, when it fits there

_SERVICES = {
    "operator": ("Example Reading App", "Online reading practice for students in grades K-5.",
                 "[website, online_service]"),
    "consultant": ("Program Evaluation",
                   "Statistical analysis of program outcomes for CREC's magnet schools.",
                   "[professional_services]"),
}  # fmt: skip


def _comment(text: str, indent: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=f"{indent}# ",
                         subsequent_indent=f"{indent}# ", break_on_hyphens=False)  # fmt: skip


def _entry(path: str, value: str = "") -> str:
    """``key: value`` for the field at ``path``, with its help beside it or above it; a
    choice of many lists the keys it takes."""
    field = field_at(path)
    indent = "  " * path.count(".")
    line = f"{indent}{field.key}:" + (f" {value}" if value else "")
    about = field.help
    if field.widget == "choices":
        about += " Any of: " + ", ".join(key for key, _ in field.options) + "."
    elif len(line) < _COMMENT_COLUMN and _COMMENT_COLUMN + 2 + len(about) <= _WIDTH:
        return f"{line.ljust(_COMMENT_COLUMN)}# {about}"
    return f"{_comment(about, indent)}\n{line}"


def _notes(path: str, indent: str = "", depth: int = 1) -> str:
    """The fields of the group at ``path``, each with its help, as comment lines: for a
    part of the profile the starter leaves out."""
    lines = []
    for field in field_at(path).fields:
        start = f"{indent}#{'  ' * depth} "
        text = textwrap.fill(f"{field.key}: {field.help}", _WIDTH, initial_indent=start,
                             subsequent_indent=start + "    ", break_on_hyphens=False)  # fmt: skip
        lines.append(text)
        if field.fields:
            lines.append(_notes(f"{path}.{field.key}", indent, depth + 1))
    return "\n".join(lines)


def starter_profile(role: Role) -> str:
    """A starter profile for an operator or a consultant, with every field explained."""
    name, description, delivery = _SERVICES[role]
    return f"""\
# Contractor profile for crec-assemble (format 1).
# Check it with:  crec-assemble validate THIS-FILE
# Build it with:  crec-assemble build THIS-FILE
# Editors that read JSON Schema can autocomplete it: crec-assemble schema > profile.schema.json
# yaml-language-server: $schema=profile.schema.json
profile: 1

{_entry("contractor")}
{_entry("contractor.legal_name", "Example Learning, Inc.")}
{_entry("contractor.role", role)}
{_entry("contractor.address", "100 Pearl Street, Hartford, CT 06103")}
{_entry("contractor.signatory")}
{_entry("contractor.signatory.name", "Jordan Lee")}
{_entry("contractor.signatory.title", "Chief Executive Officer")}
{_entry("contractor.signatory.email", "jordan.lee@example.com")}
{_entry("contractor.privacy_contact")}
{_entry("contractor.privacy_contact.name", "Casey Morgan")}
{_entry("contractor.privacy_contact.email", "privacy@example.com")}
{_entry("contractor.privacy_contact.phone", '"+1 860 555 0100"')}
{_comment(field_at("contractor.file_name").help, "  ")}
  # file_name: example-learning-west

{_entry("services")}
{_entry("services.name", name)}
{_entry("services.description", description)}
{_entry("services.delivery", delivery)}
{_entry("services.start_date", "2026-07-01")}
{_entry("services.end_date", "2027-06-30")}
{_comment(field_at("services.master_agreement").help, "  ")}
{_notes("services.master_agreement", "  ")}
  # master_agreement: {{title: Example Master Services Agreement, date: 2026-05-01}}

{_entry("data")}
{_entry("data.student_information", "[first_name, last_name, grades]")}
{_entry("data.directory_information", "[grade_levels]")}
{_entry("data.student_records", "false")}
{_entry("data.student_generated_content", "false")}
{_entry("data.content_accounts", "false")}

{_comment(field_at("subcontractors").help, "")}
# Leave the list empty if there are none. Each one has:
{_notes("subcontractors")}
subcontractors: []
#  - legal_name: Example Hosting LLC
#    service: Cloud hosting
#    data: [first_name, last_name]
#    consent_date: 2026-06-15
#    address: 1 Main Street, Boston, MA 02110
#    signatory: {{name: Alex Kim, title: General Counsel}}
#    privacy_contact: {{name: Privacy Office, email: privacy@hosting.example}}
"""
