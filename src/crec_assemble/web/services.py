"""What the running app holds for its lifetime, handed to each request through ``app.state``.

One register connection factory, one warm LibreOffice (inside the build service), one login
throttle: made when the server starts, closed when it stops, never module globals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import Request

from .settings import WebSettings
from .throttle import LoginThrottle

if TYPE_CHECKING:
    from ..pipeline.service import BuildService
    from ..register.database import Register

__all__ = ["Services", "services"]


@dataclass(frozen=True)
class Services:
    """The app's long-lived parts.

    Attributes:
        settings: as the server was started.
        register: the open register (accounts live there too).
        builder: the build service and its warm LibreOffice.
        throttle: failed logins, by name and by address.
    """

    settings: WebSettings
    register: Register
    builder: BuildService
    throttle: LoginThrottle


def services(request: Request) -> Services:
    """The services of the app serving ``request``."""
    found: Services = request.app.state.services
    return found
