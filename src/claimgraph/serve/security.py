"""Guards for a server that may face the open internet: headers, body size, write rate, the token.

- Every response carries a strict Content-Security-Policy (scripts, styles and images only from
  this server, no inline script or style), ``nosniff``, no framing and no referrer leaks.
- Request bodies are bounded before they are parsed: a ``Content-Length`` over the limit is
  refused at once, and a body streamed without one is cut off when it passes the limit.
- Writes are rate-limited per client address (a token bucket) and need the write token, compared
  in constant time. Without a token configured the server is read-only.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import OrderedDict
from typing import Any

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware refusing request bodies over ``limit`` bytes with 413.

    The refused body is read and dropped up to :attr:`drain` bytes first, so the client gets the
    413 instead of a connection reset (a server that closes with unread data sends TCP RST);
    anything larger is cut off at once.
    """

    def __init__(self, app: Any, limit: int, drain: int = 16 * 1024 * 1024) -> None:
        self.app = app
        self.limit = limit
        self.drain = max(drain, 4 * limit)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    length = int(v)
                except ValueError:
                    length = self.drain + 1
                if length > self.limit:
                    if length <= self.drain:
                        await _drain(receive, self.drain)
                    await _refuse(scope, send, self.limit)
                    return
        seen = 0
        started = False

        async def counting_receive() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge(message.get("more_body", False))
            return message  # type: ignore[no-any-return]

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge as e:
            if not started:
                if e.args and e.args[0]:
                    await _drain(receive, self.drain - seen)
                await _refuse(scope, send, self.limit)


async def _drain(receive: Any, budget: int) -> None:
    """Read and drop the rest of a request body, at most ``budget`` bytes."""
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _refuse(scope: dict[str, Any], send: Any, limit: int) -> None:
    api = scope.get("path", "").startswith("/api/")
    text = f"The request is larger than this server accepts ({limit // 1024} kB)."
    if api:
        import json

        body = json.dumps({"detail": text}).encode()
        ctype = b"application/json"
    else:
        body = f"<!doctype html><title>Too large</title><p>{text}</p>".encode()
        ctype = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """A token bucket per client: ``burst`` writes at once, refilled at ``per_minute``."""

    def __init__(self, per_minute: float, burst: int = 5, clients: int = 10_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._clients = clients
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 if the client may write now, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1:
                tokens -= 1
            else:
                wait = (1 - tokens) / self.rate
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self._clients:
                self._buckets.popitem(last=False)
            return wait


def token_ok(given: str | None, expected: str | None) -> bool:
    """Whether ``given`` is the write token (never true when writes are off)."""
    if not expected or not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
