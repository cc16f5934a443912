"""``validate``: profiles checked, and their agreements gated, without writing anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .assemble import assemble
from .build import default_build_date
from .errors import CheckFailed, InputError
from .issuer import load_issuer
from .library import load_library
from .profile import load_profile
from .resources import default_issuer, default_library

__all__ = ["ValidProfile", "validate_profiles"]


@dataclass(frozen=True)
class ValidProfile:
    path: Path
    legal_name: str
    role: str
    requirements: int


def validate_profiles(
    profiles: Sequence[Path], *, library: Path | None = None, issuer: Path | None = None
) -> list[ValidProfile]:
    """Validate every profile, reporting the problems of all of them at once.

    Raises:
        InputError: one line per problem across all profiles.
        CheckFailed: a profile's agreement would miss a requirement.
    """
    root = library or default_library()
    clauses = load_library(root)
    lea = load_issuer(issuer or default_issuer(root))
    problems: list[str] = []
    unmet: list[str] = []
    valid: list[ValidProfile] = []
    for path in profiles:
        try:
            profile = load_profile(path)
        except InputError as error:
            problems.append(str(error))
            continue
        agreement = assemble(profile, lea, clauses, build_date=default_build_date())
        unmet.extend(f"{path}: {finding}" for finding in agreement.unmet)
        valid.append(
            ValidProfile(path, profile.contractor.legal_name, profile.contractor.role,
                         len(agreement.requirements))
        )  # fmt: skip
    if problems:
        raise InputError("\n".join(problems))
    if unmet:
        raise CheckFailed("\n".join(unmet))
    return valid
