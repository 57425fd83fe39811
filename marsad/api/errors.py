"""One JSON shape for every HTTP error, and the request-body size guard.

Clients (the web UI, scripts) read `code`, `error` and `message` whatever
went wrong, so validation failures, Marsad errors and plain HTTP errors are
all converted to the shape of `MarsadError.to_dict()`.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.errors import MarsadError

# HTTP status -> short error name used when no Marsad error class applies.
STATUS_NAMES: dict[int, str] = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    413: "PayloadTooLarge",
    422: "InvalidParameter",
    500: "InternalError",
    503: "StoreUnavailable",
}


def error_body(status: int, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    """The error shape for HTTP-level failures (code `H<status>`)."""
    body: dict[str, Any] = {"code": f"H{status}", "error": STATUS_NAMES.get(status, "HTTPError"), "message": message}
    if details:
        body["details"] = details
    return body


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


class ApiError(Exception):
    """Raised by endpoints to answer with a given status and message."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path"))
    return f"{where or 'request'}: {error.get('msg', 'invalid')}"


def install_error_handlers(app: FastAPI) -> None:
    """Route every failure through `error_body`, so the shape never varies."""

    @app.exception_handler(RequestValidationError)
    async def on_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        message = "; ".join(_describe(e) for e in errors) or "invalid request"
        return JSONResponse(error_body(422, message, errors), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(ApiError)
    async def on_api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, headers=exc.headers)

    @app.exception_handler(MarsadError)
    async def on_marsad(_: Request, exc: MarsadError) -> JSONResponse:
        # Marsad errors reaching the HTTP layer come from user input (bad cursor, unknown sort ...).
        return JSONResponse(exc.to_dict(), status_code=422)

    @app.exception_handler(Exception)
    async def on_crash(_: Request, exc: Exception) -> JSONResponse:
        return error_response(500, f"internal error: {type(exc).__name__}")


class BodySizeLimit:
    """ASGI middleware answering 413 when a request body exceeds `max_bytes`.

    It checks Content-Length up front and also counts streamed chunks, so a
    chunked upload cannot slip past the limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except _TooLarge:
            await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, f"request body larger than {self.max_bytes} bytes")
        await response(scope, receive, send)


class _TooLarge(Exception):
    """Internal signal: the streamed body passed the limit."""
