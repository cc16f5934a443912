"""``serve``: open the register and the warm LibreOffice, then run the app under uvicorn.

The socket is bound here, before uvicorn starts, so ``--port 0`` works (the system picks a
free port, and the URL printed is the real one) and a port in use is one line, not a
traceback.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import InputError
from .settings import WebSettings, is_loopback

__all__ = ["Listen", "serve"]


@dataclass(frozen=True)
class Listen:
    """Where to listen."""

    host: str = "127.0.0.1"
    port: int = 8080


def serve(settings: WebSettings, listen: Listen, *, ready: Callable[[str], None]) -> None:
    """Serve the app until interrupted; ``ready`` is told the URL once the socket is bound.

    Raises:
        InputError: the register cannot be opened, the host is not loopback and no account
            exists, or the address cannot be bound.
    """
    import uvicorn

    from ..pipeline.service import BuildService
    from ..register.accounts import has_accounts
    from ..register.database import open_register
    from .app import create_app
    from .services import Services
    from .throttle import LoginThrottle

    with contextlib.ExitStack() as stack:
        register = stack.enter_context(open_register(settings.db, create=True))
        if not is_loopback(listen.host) and not has_accounts(register):
            raise InputError(
                f"--host {listen.host}: this would serve beyond this machine with no account to "
                "sign in with; add one first: crec-assemble users add NAME --role staff"
            )
        bound = stack.enter_context(_bound(listen))
        settings.workspace.mkdir(parents=True, exist_ok=True)
        builder = stack.enter_context(BuildService.start(settings.workspace / ".staging"))
        app = create_app(Services(settings, register, builder, LoginThrottle()))
        host, port = bound.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        ready(f"http://{shown}:{port}/")
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        uvicorn.Server(config).run(sockets=[bound])


@contextlib.contextmanager
def _bound(listen: Listen) -> Iterator[socket.socket]:
    family = socket.AF_INET6 if ":" in listen.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((listen.host.strip("[]"), listen.port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        raise InputError(f"--host {listen.host} --port {listen.port}: {error.strerror}") from None
    with sock:
        yield sock
