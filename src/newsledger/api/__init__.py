"""The HTTP API (``/api/v1``, OpenAPI at ``/openapi.json``) and the dashboard, one FastAPI app over one store.

Shells over :mod:`newsledger.service` and :mod:`newsledger.store.read`, like the CLI; the two never import
each other.  Security: the article text is escaped everywhere (Jinja2 autoescape, and the highlighter escapes
each piece); writes need ``Authorization: Bearer $NEWSLEDGER_TOKEN`` and are refused when no token is set;
every query is a parameterised SQLAlchemy statement; request bodies over ``settings.MAX_REQUEST_BYTES`` are
refused with 413 before they are read whole.
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsledger import __version__, settings
from newsledger.store import Store

PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str | None = None) -> JSONResponse:
    """An RFC 9457 problem details response."""
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


class BodyLimit:
    """Refuse request bodies over `limit` bytes: by Content-Length up front, and by counting chunked bodies."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await problem(413, "Request body too large", f"the limit is {self.limit:,} bytes")(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await problem(413, "Request body too large", f"the limit is {self.limit:,} bytes")(scope, receive, send)


class _TooLarge(Exception):
    pass


def create_app(db: str | None = None, token: str | None = None) -> FastAPI:
    """The app over the store at `db` (default $NEWSLEDGER_DB or ./newsledger.db).  `token` defaults to
    $NEWSLEDGER_TOKEN; without one the API is read-only."""
    from newsledger.api import pages, v1

    app = FastAPI(
        title="newsledger",
        version=__version__,
        description="Entities, quotes, figures, places, dates and events extracted from news, with provenance.",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.store = Store(db)
    app.state.token = token if token is not None else os.environ.get("NEWSLEDGER_TOKEN") or None
    app.add_middleware(BodyLimit, limit=settings.MAX_REQUEST_BYTES)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            response = problem(exc.status_code, str(exc.detail))
            for key, value in (exc.headers or {}).items():
                response.headers[key] = value
            return response
        return HTMLResponse(pages.error_page(request, exc.status_code, str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return problem(422, "Invalid request", where)

    app.include_router(v1.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("newsledger.api", "static")]), name="static")
    return app
