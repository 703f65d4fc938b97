"""The Python API reference of the site, generated from the package as it is at build time.

Two jobs, both driven by griffe's static view of ``facade/audiences`` (nothing is imported):

- ``PublicResources``, a griffe extension (mkdocs.yml names it in mkdocstrings' options):
  a client's resources are ``cached_property`` attributes (``Buzzabout.audience_datasets``)
  whose classes live in private modules (``audiences._sync.resources...``). The extension
  makes each such attribute an alias of its resource class, so that
  ``audiences.Buzzabout.audience_datasets`` names the class, its methods are documented
  at their public paths (``audiences.Buzzabout.audience_datasets.create``), and the
  anchors of the site say what a user types.
- mkdocs hooks (mkdocs.yml ``hooks:``): ``on_config`` writes one reference page per client
  and one per group of the other public names (from ``audiences.__all__`` and each public
  submodule, such as ``audiences.testing``), and fills the nav's "Python API" section;
  ``on_files`` adds those pages and each vendor's HTTP reference (Redoc pages built by
  ``make docs`` into ``.build/http/``); ``on_nav`` puts those HTTP references in the nav's
  "HTTP APIs" section.

The raw-response twins (``client.<resource>.with_raw_response``) have the same methods as
their resources, so a client's page does not repeat them resource by resource: one
"Raw responses" section at its end lists each twin and links its methods to the
documented originals.

A public name, resource or method added to the package appears in the site with no
change here; ``tests/docs`` checks that every one does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe
import yaml

PACKAGE = "audiences"
ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "facade"
HTTP_BUILD = ROOT / ".build" / "http"  # make docs renders specs/<vendor>.yaml here
SPECS = ROOT / "specs"
NAV_PLACEHOLDER = "reference/index.md"  # the nav entry the hook expands into a section
# Where the public names defined in these private modules are documented; any other
# module's names go to the "Other names" page.
GROUPS = {
    f"{PACKAGE}._models": ("models", "Models"),
    f"{PACKAGE}._errors": ("errors", "Errors"),
}
OTHER = ("other", "Pagination, clocks and other names")
RAW = "with_raw_response"  # each resource's twin whose methods return RawResponse
HTTP_SECTION = "HTTP APIs"  # the nav section the vendors' HTTP references join


# ---------------------------------------------------------------- the griffe view


def _exported(package: griffe.Module) -> set[str]:
    """The paths of the classes and functions the package's ``__all__`` names."""
    found = set()
    for name in _names(package):
        member = package[name]
        found.add(member.final_target.path if member.is_alias else member.path)
    return found


def _names(module: griffe.Module) -> list[str]:
    """The names in a module's ``__all__``, in order."""
    return [name for name in module.exports or () if isinstance(name, str)]


def _resource_class(member: griffe.Object | griffe.Alias) -> griffe.Class | None:
    """The resource class a property returns, or ``None`` for any other member.

    A resource is what a property of a client (or of a resource) returns when its class is
    one of the package's own that ``__all__`` does not name: ``Buzzabout.audience_datasets``
    returns an ``AudienceDatasets`` of a private module. A property returning a public
    class (a model) is an attribute like any other.
    """
    if not isinstance(member, griffe.Attribute) or "property" not in member.labels:
        return None
    path = getattr(member.annotation, "canonical_path", None)
    if not isinstance(path, str) or not path.startswith(f"{PACKAGE}."):
        return None
    try:
        target = member.modules_collection[path]
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if target.is_alias:
        target = target.final_target
    if not isinstance(target, griffe.Class) or target.path in _exported(member.package):
        return None
    return target


def _classes(module: griffe.Module) -> list[griffe.Class]:
    """Every class defined (not imported) in ``module`` and its submodules."""
    found: list[griffe.Class] = []
    for member in module.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Module):
            found.extend(_classes(member))
        elif isinstance(member, griffe.Class):
            found.append(member)
    return found


class PublicResources(griffe.Extension):
    """Turn each resource property into an alias of its resource class (see the module)."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the classes of the ``audiences`` package once it is loaded."""
        if pkg.name != PACKAGE:
            return
        for cls in _classes(pkg):
            for name, member in list(cls.members.items()):
                resource = _resource_class(member)
                if resource is not None:
                    cls.set_member(name, griffe.Alias(name, resource, parent=cls))


# ---------------------------------------------------------------- the pages


@dataclass
class Section:
    """One documented object: its public path (without the package) and what to leave out."""

    path: str
    summary: str = ""
    nested: list[str] = field(default_factory=list)  # member names documented on their own
    twin: bool = False  # whether it has a with_raw_response twin
    raw: list[str] = field(default_factory=list)  # the methods that twin has


@dataclass
class RefPage:
    """A generated page of the reference."""

    slug: str
    title: str
    intro: str
    sections: list[Section]
    module_doc: str | None = None  # a module whose docstring opens the page

    @property
    def uri(self) -> str:
        return f"reference/{self.slug}.md"


def _summary(obj: griffe.Object | griffe.Alias) -> str:
    docstring = obj.docstring
    return docstring.value.strip().split("\n\n")[0].replace("\n", " ") if docstring else ""


def _resource_sections(cls: griffe.Class, path: str) -> list[Section]:
    """The sections of ``path`` (a client or resource) and of its resources, depth first."""
    resources = [
        (name, resource)
        for name, member in cls.all_members.items()
        if not name.startswith("_") and (resource := _resource_class(member)) is not None
    ]
    twin = dict(resources).get(RAW)
    resources = [(name, resource) for name, resource in resources if name != RAW]
    raw = [
        name
        for name, member in cls.all_members.items()
        if twin is not None
        and not name.startswith("_")
        and name in twin.all_members
        and member.is_function
    ]
    nested = [name for name, _ in resources] + [RAW] * bool(twin)
    here = Section(path, nested=nested, twin=twin is not None, raw=raw)
    sections = [here]
    for name, resource in resources:
        member = cls.all_members[name]
        sub = _resource_sections(resource, f"{path}.{name}")
        sub[0].summary = _summary(member)
        sections.extend(sub)
    return sections


def _directive(identifier: str, heading: str, nested: list[str], **options: object) -> str:
    """A mkdocstrings block for ``identifier``, headed by its public path."""
    filters = ['"!^_"', *(f'"!^{name}$"' for name in nested)]
    lines = [
        f"::: {identifier}",
        "    options:",
        f"      heading: {heading!r}",
        f"      toc_label: {heading!r}",
        "      heading_level: 2",
        f"      filters: [{', '.join(filters)}]",
    ]
    lines += [f"      {key}: {str(value).lower()}" for key, value in options.items()]
    return "\n".join([*lines, ""])


# A client's and its resources' bases and constructors are internal: a user makes a
# client with the arguments its own signature shows, and never makes a resource.
CLIENT = {"show_bases": False}
RESOURCE = {"show_bases": False, "merge_init_into_class": False}
# Every error has the attributes of APIError: each class shows only its own.
ERRORS = {"inherited_members": False}


def _client_markdown(page: RefPage) -> str:
    lines = [f"# {page.title}", "", page.intro, ""]
    top = page.sections[0]
    resources = page.sections[1:]
    if resources:
        lines += ["Its resources, each documented below:", ""]
        for section in resources:
            depth = section.path.count(".") - 1
            anchor = f"{PACKAGE}.{section.path}"
            text = f"`{section.path}`"
            lines.append(f"{'    ' * depth}- [{text}](#{anchor}): {section.summary}")
        lines.append("")
    lines.append(_directive(f"{PACKAGE}.{top.path}", top.path, top.nested, **CLIENT))
    for section in resources:
        identifier = f"{PACKAGE}.{section.path}"
        lines.append(_directive(identifier, section.path, section.nested, **RESOURCE))
    twins = [section for section in page.sections if section.twin]
    if twins:
        lines += [
            "## Raw responses",
            "",
            f"Each resource above has a twin, `.{RAW}`, with the same methods and arguments;",
            "each returns a [`RawResponse`](other.md#audiences.RawResponse) (`status_code`,",
            "`headers`, `request_id`, `elapsed`, and `parse()` for the usual result). A raw",
            "`list()` fetches its first page; `parse()` gives the pager.",
            "",
            "| twin | its methods (documented above) |",
            "|---|---|",
        ]
        for section in twins:
            links = (
                ", ".join(f"[`{name}`](#{PACKAGE}.{section.path}.{name})" for name in section.raw)
                or "none of its own (its resources' twins are listed below it)"
            )
            lines.append(f"| `{section.path}.{RAW}` | {links} |")
        lines.append("")
    return "\n".join(lines)


def _names_markdown(page: RefPage) -> str:
    lines = [f"# {page.title}", "", page.intro, ""]
    if page.module_doc:
        lines += [
            f"::: {page.module_doc}",
            "    options:",
            "      show_root_heading: false",
            "      show_root_toc_entry: false",
            "      members: false",
            "",
        ]
    options = ERRORS if page.slug == "errors" else {}
    for section in page.sections:
        identifier = f"{PACKAGE}.{section.path}"
        lines.append(_directive(identifier, section.path, section.nested, **options))
    return "\n".join(lines)


def _module_markdown(page: RefPage, module: str) -> str:
    # The module's docstring opens the page: no intro of our own.
    return "\n".join(
        [
            f"# {page.title}",
            "",
            f"::: {module}",
            "    options:",
            "      show_root_heading: false",
            "      show_root_toc_entry: false",
            "      show_submodules: false",
            "      heading_level: 2",
            '      filters: ["!^_"]',
            "",
        ]
    )


def build_pages(pkg: griffe.Module) -> dict[str, tuple[str, str]]:
    """The reference pages: ``{uri: (title, markdown)}``, in nav order, index first."""
    clients: list[RefPage] = []
    groups: dict[str, RefPage] = {}
    where: list[tuple[str, str, str]] = []  # (public name, page uri, summary)
    for name in _names(pkg):
        if name.startswith("_"):
            continue  # __version__
        member = pkg[name]
        target = member.final_target if member.is_alias else member
        if (
            isinstance(target, griffe.Class)
            and len(sections := _resource_sections(target, name)) > 1
        ):
            kind = "asynchronous" if name.startswith("Async") else "synchronous"
            page = RefPage(
                name.lower(),
                name,
                f"`audiences.{name}`: the {kind} client. {_summary(target)}",
                sections,
            )
            clients.append(page)
            where.append((name, page.uri, _summary(target)))
            continue
        slug, title = GROUPS.get(target.module.path, OTHER)
        page = groups.setdefault(slug, RefPage(slug, title, f"Importable from `{PACKAGE}`.", []))
        page.sections.append(Section(name))
        where.append((name, page.uri, _summary(target)))
    if "errors" in groups:
        groups["errors"].module_doc = f"{PACKAGE}._errors"
    pages: dict[str, tuple[str, str]] = {}
    for page in sorted(clients, key=lambda page: page.title.startswith("Async")):
        pages[page.uri] = (page.title, _client_markdown(page))
    for slug in ("models", "errors", OTHER[0]):
        if slug in groups:
            page = groups[slug]
            pages[page.uri] = (page.title, _names_markdown(page))
    for module in sorted(pkg.modules.values(), key=lambda m: m.name):
        if module.name.startswith("_"):
            continue
        title = f"{PACKAGE}.{module.name}"
        page = RefPage(module.name, title, _summary(module), [])
        pages[page.uri] = (title, _module_markdown(page, module.path))
        where.append((title, page.uri, _summary(module)))
    index = [
        "# Python API",
        "",
        "Every public name of the package, generated from its docstrings. Import each "
        f"from `{PACKAGE}` (or from the module named); the modules whose names start with `_` "
        "are private and may change without notice.",
        "",
        "| name | what |",
        "|---|---|",
    ]
    for name, uri, summary in where:
        target = Path(uri).name
        anchor = "" if name.startswith(f"{PACKAGE}.") else f"#{PACKAGE}.{name}"
        cell = summary.replace("|", r"\|")
        index.append(f"| [`{name}`]({target}{anchor}) | {cell} |")
    return {NAV_PLACEHOLDER: ("Python API", "\n".join(index) + "\n"), **pages}


def load_package() -> griffe.Module:
    """The package as griffe sees it, without this module's extension (the raw view)."""
    loaded = griffe.load(PACKAGE, search_paths=[str(SOURCE)], resolve_aliases=True)
    assert isinstance(loaded, griffe.Module)
    return loaded


def vendors() -> list[str]:
    """The vendors of ``specs/``: one HTTP reference page each."""
    return sorted(path.stem for path in SPECS.glob("*.yaml"))


# ---------------------------------------------------------------- mkdocs hooks

_PAGES: dict[str, tuple[str, str]] = {}


def _expand(nav: Any, entries: list[Any]) -> Any:
    """The nav with the reference placeholder replaced by the section ``entries``."""
    if isinstance(nav, list):
        return [_expand(item, entries) for item in nav]
    if isinstance(nav, dict):
        ((title, value),) = nav.items()
        if value == NAV_PLACEHOLDER:
            return {title: entries}
        return {title: _expand(value, entries)}
    return nav


def on_config(config: Any) -> Any:
    """Generate the reference pages and put them in the nav."""
    _PAGES.clear()
    _PAGES.update(build_pages(load_package()))
    entries = [{title: uri} for uri, (title, _) in _PAGES.items()]
    config["nav"] = _expand(config["nav"], entries)
    return config


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    """Each vendor's HTTP reference in the nav's "HTTP APIs" section, after its overview."""
    from mkdocs.structure.nav import Link  # noqa: PLC0415 - only mkdocs runs hooks

    section = next(item for item in nav.items if item.title == HTTP_SECTION)
    for vendor in vendors():
        title = yaml.safe_load((SPECS / f"{vendor}.yaml").read_text())["info"]["title"]
        link = Link(title, f"http/{vendor}.html")
        link.parent = section
        section.children.append(link)
    return nav


def on_files(files: Any, config: Any) -> Any:
    """Add the generated reference pages and the vendors' HTTP reference pages."""
    from mkdocs.structure.files import File  # noqa: PLC0415 - only mkdocs runs hooks

    for uri, (_, markdown) in _PAGES.items():
        files.append(File.generated(config, uri, content=markdown))
    for vendor in vendors():
        built = HTTP_BUILD / f"{vendor}.html"
        if not built.is_file():
            raise FileNotFoundError(f"{built} is missing: `make docs` renders it from specs/")
        files.append(File.generated(config, f"http/{vendor}.html", abs_src_path=str(built)))
    return files
