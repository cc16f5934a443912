"""The parties as their profiles and issuer files describe them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .literals import Role
from .seal import IssuerSeal

__all__ = [
    "Contractor",
    "DataSchedule",
    "Issuer",
    "IssuerPrivacy",
    "MasterAgreement",
    "Notices",
    "Person",
    "Profile",
    "Services",
    "Subcontractor",
]


@dataclass(frozen=True)
class Person:
    """A named person at a party; empty strings where the profile gives nothing."""

    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Contractor:
    """The contracting party; ``file_name``, when given, names its files instead of
    ``legal_name`` (two contractors whose names give one file name)."""

    legal_name: str
    role: Role
    address: str
    signatory: Person
    privacy_contact: Person
    file_name: str = ""


@dataclass(frozen=True)
class MasterAgreement:
    """The vendor's own agreement that an addendum amends."""

    title: str
    date: date


@dataclass(frozen=True)
class Services:
    name: str
    description: str
    delivery: tuple[str, ...]
    start_date: date
    end_date: date
    master_agreement: MasterAgreement | None = None


@dataclass(frozen=True)
class DataSchedule:
    """The student data a contractor receives, by the regulation's categories."""

    student_information: tuple[str, ...]
    directory_information: tuple[str, ...]
    student_records: bool
    student_generated_content: bool
    content_accounts: bool


@dataclass(frozen=True)
class Subcontractor:
    """An approved subcontractor.

    Its address, signatory and privacy contact are optional in a profile, but its
    flow-down needs them unless it is a draft, which prints blank lines instead.
    ``line`` is where the profile lists it, for messages about it; it is not part of
    what the subcontractor is.
    """

    legal_name: str
    service: str
    data: tuple[str, ...]
    consent_date: date
    address: str = ""
    signatory: Person = Person("")
    privacy_contact: Person = Person("")
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Profile:
    """A validated contractor profile.

    ``sha256`` is the hash of the profile file's bytes and ``record`` its
    validated data as canonical JSON; the manifest keeps both, so an issued
    agreement can be rebuilt without the original file.
    """

    contractor: Contractor
    services: Services
    data: DataSchedule
    subcontractors: tuple[Subcontractor, ...]
    source: str
    sha256: str
    record: str


@dataclass(frozen=True)
class Notices:
    attention: str
    address: str
    email: str = ""


@dataclass(frozen=True)
class IssuerPrivacy:
    """How the issuer receives a contractor's breach notice, and where it posts its contracts.

    ``email`` is monitored every day, weekends and holidays included, so notice
    sent there takes effect when sent; ``phone`` is for urgent notice of a
    breach, any day; ``posting_page`` is the web page where the issuer posts
    the notices and executed contracts the statute requires it to publish.
    """

    email: str
    phone: str
    posting_page: str


@dataclass(frozen=True)
class Issuer:
    """The local education agency that issues the agreement (CREC by default).

    ``privacy`` is optional: issuer files written for edition 2026-07 have none,
    and a clause that prints it fails on such a file, naming ``source``. ``seal`` is
    where the file's ``seal:`` block points; it is in neither ``record`` nor
    ``sha256``, so it never reaches a manifest.
    """

    name: str
    short_name: str
    governing_body: str
    policy: str
    address: str
    signatory: Person
    notices: Notices
    sha256: str
    record: str
    privacy: IssuerPrivacy | None = None
    source: str = ""
    seal: IssuerSeal | None = field(default=None, compare=False)
