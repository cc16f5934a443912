"""A new LibreOffice profile, seeded so that its first start is not a first start.

LibreOffice headless never records that its first start is done and re-runs its start-up
checks every time; telling it the version it is halves a short conversion.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["seed_profile"]


def seed_profile(profile: Path, executable: str) -> None:
    """Write the settings a first start would into ``profile``; nothing when the version of
    ``executable`` cannot be read (LibreOffice then runs its checks, only slower)."""
    version = _product_version(executable)
    if version:
        user = profile / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(
            _SEEDED_PROFILE.format(version=version), encoding="utf-8"
        )


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
