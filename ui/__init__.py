"""The browser pages: plain HTML, CSS and JavaScript served as static files.

``index.html`` is the live trace page (the API serves it at ``/ui/``); ``run.html``
and ``case.html`` are the run viewer (``python -m evals.erreason view RUN_DIR``).
Nothing is built and nothing loads from the internet: a Content-Security-Policy
allowing only this origin is sent with every page.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

__all__ = ["SECURITY_HEADERS", "STATIC_DIR", "UIFiles", "mount_ui"]

STATIC_DIR = Path(__file__).with_name("static")
"""The page files."""

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
"""Sent with every page: scripts and data only from this origin."""


class UIFiles(StaticFiles):
    """Static files with the security headers."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        """Serve ``path`` and add :data:`SECURITY_HEADERS`."""
        response = await super().get_response(path, scope)
        response.headers.update(SECURITY_HEADERS)
        return response


def mount_ui(app: Starlette, home: str = "/ui/") -> None:
    """Serve the pages under ``/ui`` and redirect ``/`` to ``home``."""

    async def root(_request: Request) -> Response:
        return RedirectResponse(home)

    app.add_route("/", root, include_in_schema=False)
    app.mount("/ui", UIFiles(directory=STATIC_DIR, html=True), name="ui")
