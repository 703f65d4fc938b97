"""Client configuration: the vendors, their keys and hosts, limits, and the key's auth.

Everything here is decided before any request: ``resolve_config`` checks a client's
arguments (falling back to the environment) into one immutable ``Config``.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import math
import os
import urllib.parse
from collections.abc import Generator
from typing import NamedTuple

import httpx

from audiences import __version__
from audiences._clock import Clock, SystemClock
from audiences._errors import InvalidArgumentError, MissingAPIKeyError

DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024  # a page of 100 mentions with comments is ~2 MB
# Bounds on what a caller may ask for: beyond them a value is a mistake (1e20 s, 2,000
# retries), refused before it overflows a clock or a float somewhere below.
MAX_REQUEST_SECONDS = 86_400.0  # a request's timeout: a day
MAX_RETRIES = 100
MAX_WAIT_SECONDS = 30 * 86_400.0  # wait()'s timeout and poll_interval: thirty days
USER_AGENT = f"audiences-python/{__version__}"
# 100 connections at most, and all of them kept alive: under fan-out (many runs awaited at
# once) httpx's default of 20 kept-alive connections closed and reopened connections
# continually.
CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


class Vendor(NamedTuple):
    """What the facade needs to know about one vendor."""

    name: str
    default_base_url: str
    key_header: str

    @property
    def key_env(self) -> str:
        """The environment variable of the API key (``BUZZABOUT_API_KEY``)."""
        return f"{self.name.upper()}_API_KEY"

    @property
    def base_url_env(self) -> str:
        """The environment variable of the base URL (``BUZZABOUT_BASE_URL``)."""
        return f"{self.name.upper()}_BASE_URL"


BUZZABOUT = Vendor("buzzabout", "https://api.buzzabout.ai", "x-api-key")
AUDIENCELAB = Vendor("audiencelab", "https://api.audiencelab.io", "X-Api-Key")
LEADPIPE = Vendor("leadpipe", "https://api.aws53.cloud", "x-api-key")


class RetryPolicy(NamedTuple):
    """When and how long to back off. Defaults suit a service: a few quick retries.

    ``max_retries`` retries after the first attempt; delays grow from ``initial_delay``
    by ``multiplier`` up to ``max_delay`` with jitter (each delay is drawn between half
    and all of its nominal value); a server's ``Retry-After`` is honoured up to
    ``max_retry_after`` seconds (beyond it the error is raised rather than waited out).
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    multiplier: float = 2.0
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, attempt: int, jitter: float) -> float:
        """The delay before retry number ``attempt`` (0-based); ``jitter`` is in [0, 1)."""
        nominal = min(self.max_delay, self.initial_delay * self.multiplier**attempt)
        return nominal * (0.5 + jitter / 2)


class WaitPolicy(NamedTuple):
    """How often ``wait`` polls: from ``initial`` seconds, times ``multiplier``, capped."""

    initial: float = 1.0
    multiplier: float = 1.5
    max_interval: float = 15.0


class Config(NamedTuple):
    """A client's resolved settings. The key is kept out of ``repr``.

    ``deadline`` is the seconds a whole request may take (connect, send, every read);
    ``None`` when the caller switched timeouts off.
    """

    vendor: Vendor
    api_key: str
    base_url: httpx.URL
    timeout: httpx.Timeout
    deadline: float | None
    retry: RetryPolicy
    wait: WaitPolicy
    clock: Clock
    max_response_bytes: int

    def __repr__(self) -> str:
        return f"Config(vendor={self.vendor.name!r}, base_url={str(self.base_url)!r})"

    @property
    def origin(self) -> str:
        """The base URL without its trailing slash: request paths are appended to it."""
        return str(self.base_url).rstrip("/")


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a literal loopback address or ``localhost`` itself.

    Other names, ``*.localhost`` included, would be looked up in DNS, which may answer
    anything: only these are sure to stay on the machine.
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _base_url(vendor: Vendor, base_url: str | None) -> httpx.URL:
    raw_url = base_url
    if raw_url is None:
        raw_url = os.environ.get(vendor.base_url_env)
        if raw_url is not None and not raw_url.strip():
            raise InvalidArgumentError(
                "base_url",
                f"{vendor.base_url_env} is set but empty: set it to a URL, or unset it"
                f" for {vendor.default_base_url}",
            )
        raw_url = raw_url or vendor.default_base_url
    try:
        url = httpx.URL(raw_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidArgumentError("base_url", f"not a URL: {raw_url!r}") from exc
    if url.scheme not in ("https", "http") or not url.host:
        raise InvalidArgumentError("base_url", f"must be an https:// URL (got {raw_url!r})")
    if url.scheme == "http" and not is_loopback(url.host):
        raise InvalidArgumentError(
            "base_url", "http:// is only allowed for loopback hosts; use https://"
        )
    # httpx drops an empty query or fragment ("/?", "/#"), and appending paths to them
    # would send every call elsewhere: so the text itself is read.
    if "@" in urllib.parse.urlsplit(raw_url).netloc or "?" in raw_url or "#" in raw_url:
        raise InvalidArgumentError("base_url", "must not carry credentials, a query or a fragment")
    if url.path.rstrip("/").endswith("/v1"):
        bare = str(url.copy_with(path=url.path.rstrip("/").removesuffix("/v1") or "/"))
        raise InvalidArgumentError(
            "base_url",
            f"leave out the /v1: the client adds each API's version to its paths (use {bare!r})",
        )
    return url


def resolve_timeout(timeout: float | httpx.Timeout | None) -> tuple[httpx.Timeout, float | None]:
    """A positive number of seconds (or an ``httpx.Timeout``): httpx's timeouts and the
    whole-request deadline (the number itself; for an ``httpx.Timeout``, its longest part).
    """
    if isinstance(timeout, httpx.Timeout):
        parts = [t for t in timeout.as_dict().values() if t is not None]
        for part in parts:
            seconds_at_most("timeout", part, MAX_REQUEST_SECONDS)
        return timeout, max(parts) if parts else None
    seconds = DEFAULT_TIMEOUT if timeout is None else timeout
    seconds_at_most("timeout", seconds, MAX_REQUEST_SECONDS)
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_CONNECT_TIMEOUT)), float(seconds)


def seconds_at_most(field: str, value: object, most: float) -> float:
    """A positive number of seconds up to ``most``; ``InvalidArgumentError`` otherwise."""
    if not positive(value):
        raise InvalidArgumentError(field, f"must be a positive number of seconds (got {value!r})")
    assert isinstance(value, int | float)
    if value > most:
        raise InvalidArgumentError(field, f"must be at most {most:,.0f} seconds (got {value!r})")
    return float(value)


def positive(value: object) -> bool:
    """A finite number above zero (not a bool)."""
    return (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and math.isfinite(value)
        and value > 0
    )


def resolve_size(max_response_bytes: int) -> int:
    """A positive byte count."""
    if not positive(max_response_bytes) or not isinstance(max_response_bytes, int):
        raise InvalidArgumentError(
            "max_response_bytes", f"must be a positive integer (got {max_response_bytes!r})"
        )
    return max_response_bytes


def resolve_retries(max_retries: int) -> RetryPolicy:
    """A non-negative retry count as a ``RetryPolicy``."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgumentError(
            "max_retries", f"must be a non-negative integer (got {max_retries!r})"
        )
    if max_retries > MAX_RETRIES:
        raise InvalidArgumentError(
            "max_retries", f"must be at most {MAX_RETRIES} (got {max_retries!r})"
        )
    return RetryPolicy(max_retries=max_retries)


def resolve_config(
    vendor: Vendor,
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    clock: Clock | None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Config:
    """Check a client's arguments (falling back to the environment) into a ``Config``."""
    key = api_key if api_key is not None else os.environ.get(vendor.key_env)
    if not key:
        raise MissingAPIKeyError(vendor.key_env)
    if not isinstance(key, str) or not key.isprintable() or any(c.isspace() for c in key):
        raise InvalidArgumentError(
            "api_key", "must be a string without whitespace or control characters"
        )
    http_timeout, deadline = resolve_timeout(timeout)
    return Config(
        vendor=vendor,
        api_key=key,
        base_url=_base_url(vendor, base_url),
        timeout=http_timeout,
        deadline=deadline,
        retry=resolve_retries(max_retries),
        wait=WaitPolicy(),
        clock=clock or SystemClock(),
        max_response_bytes=resolve_size(max_response_bytes),
    )


def env_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment names for ``url`` (``HTTPS_PROXY``, ``NO_PROXY``...), if any.

    Loopback hosts never go through a proxy (as curl and Go's client decide): ``http://`` to
    loopback exists so that the key never leaves the machine. A variable that names no
    usable proxy is an ``InvalidArgumentError`` naming it.
    """
    import urllib.request  # noqa: PLC0415 - read once, when a client opens its pool

    if is_loopback(url.host):
        return None
    proxies = urllib.request.getproxies()
    if not proxies or urllib.request.proxy_bypass(url.host):
        return None
    scheme = url.scheme if proxies.get(url.scheme) else "all"
    proxy = proxies.get(scheme)
    if not proxy:
        return None
    lower = f"{scheme}_proxy"  # urllib prefers the lower-case variable where both are set
    return _usable_proxy(lower if lower in os.environ else lower.upper(), proxy)


def _usable_proxy(variable: str, value: str) -> str:
    # The value is never repeated in a message: a proxy URL may carry a password.
    try:
        proxy = httpx.URL(value)
    except httpx.InvalidURL:
        proxy = None
    if proxy is None or proxy.scheme not in _PROXY_SCHEMES or not proxy.host:
        raise InvalidArgumentError(
            variable, "not a proxy URL (http://, https:// or socks5://HOST:PORT)"
        )
    if proxy.scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
        raise InvalidArgumentError(
            variable,
            f"{proxy.scheme}:// proxies need the socksio package (pip install 'httpx[socks]')",
        )
    return value


_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


class KeyAuth(httpx.Auth):
    """Adds the API key header, and only to the client's own scheme, host and port."""

    def __init__(self, header: str, key: str, origin: httpx.URL) -> None:
        self._header = header
        self._key = key
        self._origin = (origin.scheme, origin.host, origin.port)

    def __repr__(self) -> str:
        return "KeyAuth(<redacted>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the key if the request goes to the client's own origin."""
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers[self._header] = self._key
        yield request
