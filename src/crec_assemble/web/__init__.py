"""The staff web app: every staff task in a browser, on the library the CLI uses.

``crec-assemble serve`` runs it (FastAPI under uvicorn). Pages are rendered on the server
from the Jinja templates in ``templates/web/`` and work without JavaScript; htmx, shipped in
``static/``, adds live validation. The JSON API (``/api/…``) returns the CLI's ``--json``
results. Like ``cli/``, this layer only wires: it parses a request, calls one library
function and presents its result.
"""

from .app import create_app
from .settings import WebSettings

__all__ = ["WebSettings", "create_app"]
