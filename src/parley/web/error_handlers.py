"""Every failure becomes a clear 4xx/5xx: JSON under /api, a small HTML page elsewhere.

No handler ever shows a traceback; unexpected errors are logged on the server and answered with
a generic message.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from parley.errors import ParleyError, StoreError, UsageError

log = logging.getLogger(__name__)


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str) -> Response:
    """`{"error": message}` for the API, the error page for browsers."""
    if is_api(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    templates: Jinja2Templates = request.app.state.web.templates
    page: Response = templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )
    return page


def _validation_message(exc: RequestValidationError) -> str:
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "query")
        problems.append(f"{where}: {error.get('msg', 'invalid value')}")
    return "bad request: " + "; ".join(problems)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    response = error_response(request, exc.status_code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    status = 422 if is_api(request) else 400
    return error_response(request, status, _validation_message(exc))


async def _on_parley(request: Request, exc: Exception) -> Response:
    if isinstance(exc, UsageError):
        return error_response(request, 400, str(exc))
    if isinstance(exc, StoreError):
        log.error("database error: %s", exc)
        return error_response(request, 503, "the database cannot be read right now")
    return error_response(request, 400, str(exc))


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers above on `app`."""
    app.add_exception_handler(HTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(ParleyError, _on_parley)
    app.add_exception_handler(Exception, _on_unexpected)
