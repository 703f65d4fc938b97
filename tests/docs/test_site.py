"""The built site (``make docs``), opened in a real headless browser.

Debian's ``chromium`` (``make browser`` installs it), driven by Playwright's Python package
through ``executable_path``: Playwright's own browser download cannot work here. The site
is served on loopback, as a reader's browser would get it (search runs in a web worker,
which a ``file://`` page may not start).

What is expected is computed from the package and the specs, never listed here: every
public method of every client (sync and async), every operationId of every vendor spec.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import importlib
import inspect
import pkgutil
import shutil
import threading
import tomllib
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import audiences
import httpx
import pytest
import yaml
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Request,
    Response,
    TimeoutError as PlaywrightTimeoutError,
    ViewportSize,
    sync_playwright,
)

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
SPECS = ROOT / "specs"
SCREENSHOTS = SITE / "screenshots"
# As on every machine here (see the machine notes): root needs --no-sandbox, and without
# background networking off, chromium keeps calling hosts this closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}


# ---------------------------------------------------------------- what must be there


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the reference test sent a request: {request.method} {request.url}")


def _methods(obj: object, path: str) -> Iterator[str]:
    """The public paths of ``obj``'s methods, and of its resources' methods, recursively.

    A resource is what a ``cached_property`` gives (``client.audience_datasets``); a method
    is a function of the class (``create``, ``wait``, ``with_options``).
    """
    cls = type(obj)
    for name in dir(cls):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(cls, name)
        if isinstance(member, functools.cached_property):
            yield from _methods(getattr(obj, name), f"{path}.{name}")
        elif inspect.isfunction(member):
            yield f"{path}.{name}"


def _close(client: Any) -> None:
    if inspect.iscoroutinefunction(getattr(client, "aclose", None)):
        asyncio.run(client.aclose())
    else:
        client.close()


def public_methods() -> list[str]:
    """Every public method of every client in ``audiences.__all__``, by its public path.

    A client is a public class with resources (``cached_property`` attributes); each is
    made with a transport that refuses any request, and walked as a user reaches it.
    """
    found: list[str] = []
    for name in audiences.__all__:
        cls = getattr(audiences, name)
        if not isinstance(cls, type) or not any(
            isinstance(member, functools.cached_property) for member in vars(cls).values()
        ):
            continue
        client = cls(api_key="docs_test_key", transport=httpx.MockTransport(_refuse))
        try:
            found.extend(_methods(client, name))
        finally:
            _close(client)
    return found


def _twins(obj: object, path: str) -> Iterator[str]:
    """The public paths of the raw-response twins under ``obj``'s resources, recursively."""
    cls = type(obj)
    for name in dir(cls):
        if name.startswith("_"):
            continue
        if isinstance(inspect.getattr_static(cls, name), functools.cached_property):
            if name == "with_raw_response":
                yield f"{path}.{name}"
            else:
                yield from _twins(getattr(obj, name), f"{path}.{name}")


def raw_twins() -> dict[str, list[str]]:
    """``{client name: the paths of its resources' with_raw_response twins}``."""
    found: dict[str, list[str]] = {}
    for name in audiences.__all__:
        cls = getattr(audiences, name)
        if isinstance(cls, type) and any(
            isinstance(member, functools.cached_property) for member in vars(cls).values()
        ):
            client = cls(api_key="docs_test_key", transport=httpx.MockTransport(_refuse))
            try:
                found[name] = list(_twins(client, name))
            finally:
                _close(client)
    return found


def public_names() -> list[str]:
    """Every name of ``audiences.__all__`` and of each public submodule's ``__all__``."""
    names = [f"audiences.{name}" for name in audiences.__all__ if not name.startswith("__")]
    for module in pkgutil.iter_modules(audiences.__path__, "audiences."):
        if not module.name.rpartition(".")[2].startswith("_"):
            exported = importlib.import_module(module.name).__all__
            names += [f"{module.name}.{name}" for name in exported]
    return names


def operations(spec: Path) -> list[tuple[str, str, str, str]]:
    """(tag, operationId, summary, method) of every operation of a spec."""
    document = yaml.safe_load(spec.read_text())
    found = []
    for item in document["paths"].values():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}:
                tag, summary = operation["tags"][0], operation.get("summary", "")
                found.append((tag, operation["operationId"], summary, method))
    return found


def vendors() -> list[str]:
    return sorted(path.stem for path in SPECS.glob("*.yaml"))


# ---------------------------------------------------------------- the browser


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    """The built site, served on loopback for the module's tests."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run `make docs` (make test does it before pytest)")
    handler = functools.partial(_Quiet, directory=str(SITE))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless, driven by Playwright."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("chromium is not installed: run `make browser` (make test does it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        yield context.new_page()
    finally:
        context.close()


def site_pages() -> list[str]:
    """Every HTML page of the built site, as a path under its root."""
    pages = sorted(SITE.rglob("*.html"))
    return [str(path.relative_to(SITE)).removesuffix("index.html") for path in pages]


def _ids(page: Page) -> set[str]:
    found: list[str] = page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)")
    return set(found)


# ---------------------------------------------------------------- the tests


def test_every_page_loads_without_console_errors(page: Page, site_url: str) -> None:
    paths = site_pages()
    problems: dict[str, list[str]] = {}
    current = [""]

    def note(what: str) -> None:
        problems.setdefault(current[0], []).append(what)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            note(f"console: {message.text}")

    def on_failure(request: Request) -> None:
        # A request cut short by the next navigation (ERR_ABORTED) is not a failure of the
        # page; any other (a host this closed network cannot reach, a refusal) is.
        if request.failure != "net::ERR_ABORTED":
            note(f"failed: {request.url[:120]} {request.failure}")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            note(f"{response.status}: {response.url[:120]}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: note(f"uncaught: {error}"))
    page.on("requestfailed", on_failure)
    page.on("response", on_response)
    for path in paths:
        current[0] = path or "/"
        response = page.goto(f"{site_url}/{path}", wait_until="networkidle")
        assert response is not None
        if response.status != 200:
            note(f"the page itself answered {response.status}")
    assert len(paths) >= 15  # the guide, the reference, the HTTP pages: all were found
    assert problems == {}


def test_every_public_method_and_name_is_in_the_python_api(page: Page, site_url: str) -> None:
    # In a thread of its own: Playwright's loop runs in this one, and closing an async
    # client needs a loop of its own.
    with concurrent.futures.ThreadPoolExecutor(1) as worker:
        methods = worker.submit(public_methods).result()
    assert "Buzzabout.audience_datasets.runs.create" in methods  # the walk reaches resources
    assert "AsyncLeadpipe.wait" in methods
    assert "audiences.testing.fake_process" in public_names()  # and the submodules' names
    found: set[str] = set()
    for path in site_pages():
        if path.startswith("reference/"):
            page.goto(f"{site_url}/{path}")
            found |= _ids(page)
    missing_methods = sorted(m for m in methods if f"audiences.{m}" not in found)
    missing_names = sorted(name for name in public_names() if name not in found)
    assert (missing_methods, missing_names) == ([], [])


@pytest.mark.parametrize("vendor", vendors())
def test_every_operation_is_in_its_vendors_http_reference(
    page: Page, site_url: str, vendor: str
) -> None:
    expected = operations(SPECS / f"{vendor}.yaml")
    assert expected
    page.goto(f"{site_url}/http/", wait_until="networkidle")
    linked = page.eval_on_selector_all("article a", "links => links.map(a => a.href)")
    assert f"{site_url}/http/{vendor}.html" in linked  # the site links it

    # Redoc renders only the part of its sidebar in view: a tall window holds it all.
    page.set_viewport_size({"width": 1280, "height": 2400})
    page.goto(f"{site_url}/http/{vendor}.html", wait_until="networkidle")
    # Each operation has its entry in the sidebar, under its tag, and the entry reads as
    # the spec says: its summary, then its method.
    shown: dict[str, list[str]] = {}
    for tag in sorted({tag for tag, _, _, _ in expected}):
        page.get_by_text(tag, exact=True).first.click()  # open the tag's group
        for _, operation, summary, _ in (op for op in expected if op[0] == tag):
            entry = page.locator(f"a[href='#/{tag}/{operation}']").filter(has_text=summary)
            try:
                entry.first.wait_for(timeout=5_000)
            except PlaywrightTimeoutError:
                shown[operation] = []
                continue
            shown[operation] = entry.first.inner_text().split("\n")
    assert shown == {op: [summary, method.upper()] for _, op, summary, method in expected}


def _nav_sections(page: Page) -> list[tuple[str, list[str]]]:
    """The primary nav's top-level entries: (title, the paths its links lead to)."""
    found: list[tuple[str, list[str]]] = page.evaluate(
        """() => [...document.querySelectorAll('.md-nav--primary > .md-nav__list > .md-nav__item')]
            .map(item => [
                (item.querySelector(':scope > label, :scope > a') || {textContent: ''})
                    .textContent.trim(),
                [...item.querySelectorAll('a.md-nav__link')]
                    .map(a => new URL(a.href).pathname)])"""
    )
    return found


def _pages_of(folder: str) -> set[str]:
    """The site paths of the Markdown pages in ``docs/<folder>/``."""
    return {
        f"/{folder}/" + ("" if path.stem == "index" else f"{path.stem}/")
        for path in (ROOT / "docs" / folder).glob("*.md")
    }


def test_the_user_guide_and_the_contributor_guide_are_apart(page: Page, site_url: str) -> None:
    """Each has its own nav section, holding its own folder's pages and nothing else."""
    page.goto(f"{site_url}/", wait_until="networkidle")
    sections = _nav_sections(page)
    holding = {
        folder: [title for title, paths in sections if _pages_of(folder) & set(paths)]
        for folder in ("guide", "contributing")
    }
    assert holding == {"guide": ["User guide"], "contributing": ["Contributing"]}
    shown = {title: set(paths) for title, paths in sections}
    assert (shown["User guide"], shown["Contributing"]) == (
        _pages_of("guide"),
        _pages_of("contributing"),
    )


def test_the_install_page_installs_from_the_index(page: Page, site_url: str) -> None:
    """``pip install NAME`` and ``pipx install 'NAME[EXTRA]'``, named as pyproject.toml says."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    name = project["name"]
    assert "cli" in project["optional-dependencies"] and project["scripts"]
    page.goto(f"{site_url}/guide/install/", wait_until="networkidle")
    code: list[str] = page.eval_on_selector_all(
        "pre code", "blocks => blocks.map(b => b.innerText)"
    )
    commands = {line.split("#")[0].strip() for block in code for line in block.splitlines()}
    assert {f"pip install {name}", f"pipx install '{name}[cli]'"} <= commands
    assert not any(command.startswith("pip install .") for command in commands)
    # The quick start on that page runs against the fake (test_examples.py runs it).
    assert page.locator("h2#quick-start").count() == 1


@pytest.mark.parametrize("vendor", vendors())
def test_each_http_reference_is_in_the_nav_and_leads_back(
    page: Page, site_url: str, vendor: str
) -> None:
    page.goto(f"{site_url}/guide/install/", wait_until="networkidle")
    http = dict(_nav_sections(page))["HTTP APIs"]
    assert http == ["/http/", *(f"/http/{v}.html" for v in vendors())]
    title = yaml.safe_load((SPECS / f"{vendor}.yaml").read_text())["info"]["title"]
    page.locator(".md-nav--primary a.md-nav__link", has_text=title).first.click()
    page.wait_for_load_state("networkidle")
    assert page.url == f"{site_url}/http/{vendor}.html"
    assert page.title() == title  # Redoc's page, not a page about it
    page.get_by_role("link", name="audiences docs").click()
    page.wait_for_load_state("networkidle")
    assert page.url in {f"{site_url}/", f"{site_url}/index.html"}
    assert page.locator(".md-header").count() == 1  # back inside the site


def test_raw_response_twins_are_grouped_away(page: Page, site_url: str) -> None:
    """A client's page documents each method once; its twins are one table at the end."""
    with concurrent.futures.ThreadPoolExecutor(1) as worker:
        twins = worker.submit(raw_twins).result()
    assert "Buzzabout.datasets.runs.with_raw_response" in twins["Buzzabout"]
    shown: dict[str, tuple[list[str], list[str]]] = {}
    for client in twins:
        page.goto(f"{site_url}/reference/{client.lower()}/", wait_until="networkidle")
        toc: list[str] = page.eval_on_selector_all(
            ".md-nav--secondary a.md-nav__link", "links => links.map(a => a.textContent.trim())"
        )
        rows: list[str] = page.eval_on_selector_all(
            "h2#raw-responses ~ .md-typeset__scrollwrap table tr td:first-child code",
            "cells => cells.map(c => c.textContent)",
        )
        shown[client] = ([entry for entry in toc if "with_raw_response" in entry], sorted(rows))
    assert shown == {client: ([], sorted(paths)) for client, paths in twins.items()}


def test_search_finds_wait(page: Page, site_url: str) -> None:
    page.goto(site_url, wait_until="networkidle")
    page.click("input.md-search__input")
    page.keyboard.type("wait", delay=50)  # as a reader types: the search listens to keys
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    results: list[str] = page.eval_on_selector_all(
        ".md-search-result__item a", "links => links.map(a => a.getAttribute('href'))"
    )
    assert any("/guide/waiting/" in href for href in results), results


def test_screenshots_of_the_home_page_and_a_reference_page(page: Page, site_url: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    shots = {
        "home.png": f"{site_url}/",
        "reference.png": f"{site_url}/reference/buzzabout/",
    }
    for name, url in shots.items():
        page.goto(url, wait_until="networkidle")
        page.screenshot(path=str(SCREENSHOTS / name))
    sizes = {name: (SCREENSHOTS / name).read_bytes()[:8] for name in shots}
    assert sizes == dict.fromkeys(shots, b"\x89PNG\r\n\x1a\n")
