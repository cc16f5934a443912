"""``serve``: the staff web app (see docs/web.md)."""

from pathlib import Path
from typing import Annotated

import typer

from .options import DbOption, IssuerOption, LibraryOption, TemplateOption

__all__ = ["serve"]


def serve(
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. Beyond loopback only once an account "
            "exists (crec-assemble users add).",
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port (0: any free one).")
    ] = 8080,
    db: DbOption = None,
    workspace: Annotated[
        Path,
        typer.Option(
            "--workspace",
            file_okay=False,
            help="Folder for what the app builds and receives, a folder per request.",
        ),
    ] = Path("web-out"),
    upload_limit: Annotated[
        int, typer.Option("--upload-limit", min=1, metavar="MB", help="Largest upload, in MB.")
    ] = 20,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies", help="Send the session cookie over HTTPS only (behind a TLS proxy)."
        ),
    ] = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
) -> None:
    """Serve the staff web app: profiles, agreements, returns, vendor paper and the register.

    Pages work without JavaScript; the JSON API under /api/ takes the browser session or a
    bearer token from `users token`. Stop it with Ctrl-C.

    Example: crec-assemble serve --db register.db
    """
    from ..web.server import Listen
    from ..web.server import serve as run
    from ..web.settings import WebSettings

    settings = WebSettings(
        db=db,
        workspace=workspace,
        upload_limit=upload_limit * 1024 * 1024,
        secure_cookies=secure_cookies,
        library=library,
        issuer=issuer,
        template=template,
    )
    run(
        settings,
        Listen(host, port),
        ready=lambda url: typer.echo(f"crec-assemble: serving on {url} (Ctrl-C stops)"),
    )
