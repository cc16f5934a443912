"""What one running web app is configured with, fixed when it starts."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_UPLOAD_LIMIT", "WebSettings", "is_loopback"]

DEFAULT_UPLOAD_LIMIT = 20 * 1024 * 1024  # the 20 MB: a long signed PDF fits


@dataclass(frozen=True)
class WebSettings:
    """The app's settings.

    Attributes:
        db: the register, as ``--db`` names it (None: ``$CREC_REGISTER``, else register.db).
        workspace: where the app keeps what it builds and what is uploaded to it, each
            request in a folder of its own; downloads are served only from here.
        upload_limit: the largest request body accepted, in bytes.
        secure_cookies: send the session cookie only over HTTPS (when served beyond loopback
            behind a TLS proxy).
        library, issuer, template: as the CLI's options of the same names (None: shipped).
    """

    db: str | None = None
    workspace: Path = Path("web-out")
    upload_limit: int = DEFAULT_UPLOAD_LIMIT
    secure_cookies: bool = False
    library: Path | None = None
    issuer: Path | None = None
    template: Path | None = None


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable only from this machine (``127.0.0.1``, ``::1``,
    ``localhost``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
