"""The commented starter profile that ``crec-assemble init`` writes.

It must validate as written (a test checks both roles), so a new user starts
from something that builds and edits from there.
"""

from __future__ import annotations

from ..model import Role
from .vocabulary import DIRECTORY_INFORMATION, STUDENT_INFORMATION

__all__ = ["starter_profile"]

_OPERATOR = """\
  name: Example Reading App
  description: Online reading practice for students in grades K-5.
  # How the services reach students: website, online_service, mobile_application,
  # software, cloud_storage, professional_services.
  delivery: [website, online_service]"""

_CONSULTANT = """\
  name: Program Evaluation
  description: Statistical analysis of program outcomes for CREC's magnet schools.
  # How the services are delivered: website, online_service, mobile_application,
  # software, cloud_storage, professional_services.
  delivery: [professional_services]"""


def _wrapped(keys: list[str], indent: str) -> str:
    lines, line = [], indent + "#"
    for key in keys:
        if len(line) + len(key) + 2 > 88:
            lines.append(line.rstrip(","))
            line = indent + "#"
        line += f" {key},"
    return "\n".join([*lines, line.rstrip(",")])


def starter_profile(role: Role) -> str:
    """A starter profile for an operator or a consultant, with every field explained."""
    services = _OPERATOR if role == "operator" else _CONSULTANT
    student_keys = _wrapped(list(STUDENT_INFORMATION), "  ")
    directory_keys = _wrapped(list(DIRECTORY_INFORMATION), "  ")
    return f"""\
# Contractor profile for crec-assemble (format 1).
# Check it with:  crec-assemble validate THIS-FILE
# Build it with:  crec-assemble build THIS-FILE
# Editors that read JSON Schema can autocomplete it: crec-assemble schema > profile.schema.json
# yaml-language-server: $schema=profile.schema.json
profile: 1

contractor:
  legal_name: Example Learning, Inc.   # exactly as it should appear in the agreement
  # operator: runs a website, online service or mobile app used for school purposes.
  # consultant: provides professional, non-instructional services.
  role: {role}
  address: 100 Pearl Street, Hartford, CT 06103
  signatory:                           # who signs for the contractor
    name: Jordan Lee
    title: Chief Executive Officer
    email: jordan.lee@example.com
  privacy_contact:                     # receives deletion requests and breach correspondence
    name: Casey Morgan
    email: privacy@example.com
    phone: "+1 860 555 0100"           # quote phone numbers

services:
{services}
  start_date: 2026-07-01               # YYYY-MM-DD; the agreement's effective date
  end_date: 2027-06-30
  # If the vendor has its own agreement, name it: build then writes a Student Data
  # Privacy Addendum that controls over it (and over its terms of service).
  # master_agreement: {{title: Example Master Services Agreement, date: 2026-05-01}}

data:                                  # the student data the contractor receives (Exhibit B)
  # Student information, any of:
{student_keys}
  student_information: [first_name, last_name, grades]
  # Directory information, any of:
{directory_keys}
  directory_information: [grade_levels]
  student_records: false
  student_generated_content: false
  # Provision 7 exception: may students or parents keep an account for their own content?
  content_accounts: false

# Subcontractors that receive student data, each with the date of CREC's express
# written consent (provision 14). Leave the list empty if there are none.
subcontractors: []
#  - legal_name: Example Hosting LLC
#    service: Cloud hosting
#    data: [first_name, last_name]     # only categories declared under data:
#    consent_date: 2026-06-15
#    # Its flow-down addendum needs these three (build --draft prints blanks instead):
#    address: 1 Main Street, Boston, MA 02110
#    signatory: {{name: Alex Kim, title: General Counsel}}
#    privacy_contact: {{name: Privacy Office, email: privacy@hosting.example}}
"""
