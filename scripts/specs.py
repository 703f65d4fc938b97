"""Derive one self-contained spec per vendor (specs/*.yaml) from openapi.yaml, or check them.

    python scripts/specs.py            # write specs/buzzabout.yaml, audiencelab.yaml, leadpipe.yaml
    python scripts/specs.py --check    # derive in memory and fail if a checked-in file differs

Each derived spec holds only that vendor's paths (tags ``<vendor>-...``), the components
they reach (followed through every ``$ref``), exactly one security scheme, and top-level
``servers`` taken from the paths' own ``servers`` (production, and staging for Buzzabout),
because generators (OpenAPI Generator, openapi-typescript) ignore path-level servers.
Exit status 1 on drift, naming the files that differ.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi.yaml"
TARGET = ROOT / "specs"
METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
COMPONENT_KINDS = ("securitySchemes", "parameters", "responses", "examples", "schemas")

VENDORS = {
    "buzzabout": (
        "Buzzabout",
        "Buzzabout's REST API (under `/v1`): audience datasets (8 operations), pattern "
        "detections (2), custom parameters (9), datasets and their runs (8), mentions (1), "
        "audience profiles (1) and patterns (2).",
    ),
    "audiencelab": ("AudienceLab", "AudienceLab's API: create an audience from filters (1)."),
    "leadpipe": (
        "Leadpipe",
        "Leadpipe's intent API: queue, list and cancel audience runs, and read a run's "
        "results (4).",
    ),
}
HEADER = (
    "# Derived from openapi.yaml by `make specs` (scripts/specs.py). Do not edit by hand:\n"
    "# change openapi.yaml, then run `make specs` and commit both.\n"
)
# The part of openapi.yaml's description that holds for every vendor.
SHARED_FROM, SHARED_UNTIL = "The spec describes the wire", "Each path names its vendor"


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(
        type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    return yaml


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _strip_comments(node: Any) -> Any:
    """Drop the source's section comments, which would land in the wrong place."""
    if isinstance(node, CommentedBase):
        node.ca.items.clear()
        node.ca.comment = None
    if isinstance(node, dict):
        for value in node.values():
            _strip_comments(value)
    elif isinstance(node, list):
        for value in node:
            _strip_comments(value)
    return node


def _vendor_paths(spec: CommentedMap, vendor: str) -> tuple[CommentedMap, Any, str, list[str]]:
    """The vendor's paths (without path-level servers), their servers, scheme and tags."""
    paths = CommentedMap()
    servers: Any = None
    schemes: set[str] = set()
    tags: list[str] = []
    for path, item in spec["paths"].items():
        ops = [item[m] for m in METHODS if m in item]
        vendors = {op["tags"][0].split("-", 1)[0] for op in ops}
        if vendors != {vendor}:
            if vendor in vendors:
                raise SystemExit(f"{path} mixes vendors {sorted(vendors)}")
            continue
        if servers is None:
            servers = item["servers"]
        elif item["servers"] != servers:
            raise SystemExit(f"{path}: servers differ from the vendor's other paths")
        paths[path] = CommentedMap((k, v) for k, v in item.items() if k != "servers")
        for op in ops:
            tags += [t for t in op["tags"] if t not in tags]
            for requirement in op.get("security", []):
                schemes.update(requirement)
    if len(schemes) != 1:
        raise SystemExit(f"{vendor}: expected one security scheme, found {sorted(schemes)}")
    return paths, servers, schemes.pop(), tags


def _components(spec: CommentedMap, paths: CommentedMap, scheme: str) -> CommentedMap:
    """The components ``paths`` reach through ``$ref`` (transitively), in source order."""
    wanted: dict[str, set[str]] = {kind: set() for kind in COMPONENT_KINDS}
    wanted["securitySchemes"].add(scheme)
    pending = list(_refs(paths))
    while pending:
        ref = pending.pop()
        _, kind, name = ref.removeprefix("#/").split("/")[:3]
        if name not in wanted[kind]:
            wanted[kind].add(name)
            pending += _refs(spec["components"][kind][name])
    components = CommentedMap()
    for kind in COMPONENT_KINDS:
        if wanted[kind]:
            source = spec["components"][kind]
            components[kind] = CommentedMap((n, source[n]) for n in source if n in wanted[kind])
    return components


def _info(spec: CommentedMap, vendor: str) -> CommentedMap:
    title, blurb = VENDORS[vendor]
    description = str(spec["info"]["description"])
    shared = description[description.index(SHARED_FROM) : description.index(SHARED_UNTIL)]
    info = CommentedMap()
    info["title"] = f"{title} API"
    info["version"] = spec["info"]["version"]
    info["summary"] = f"{title}'s HTTP API, as its documents describe it."
    info["description"] = LiteralScalarString(
        f"{blurb}\n\n"
        "Derived from the audiences project's `openapi.yaml` (one spec of three vendors) by\n"
        "`make specs`: only this vendor's paths and the components they use, its servers\n"
        "at the top level and its one API-key scheme. `docs/spec.md` says how to generate a\n"
        "client from it and what is open or inferred.\n\n" + shared.rstrip() + "\n"
    )
    info["license"] = spec["info"]["license"]
    info["contact"] = spec["info"]["contact"]
    return info


def derive(spec: CommentedMap, vendor: str) -> CommentedMap:
    """The self-contained spec of one vendor."""
    paths, servers, scheme, tags = _vendor_paths(spec, vendor)
    out = CommentedMap()
    out["openapi"] = spec["openapi"]
    out["info"] = _info(spec, vendor)
    out["servers"] = servers
    security = CommentedSeq([CommentedMap([(scheme, CommentedSeq())])])
    security[0][scheme].fa.set_flow_style()
    out["security"] = security
    out["tags"] = CommentedSeq(t for t in spec["tags"] if t["name"] in tags)
    out["paths"] = paths
    out["components"] = _components(spec, paths, scheme)
    return _strip_comments(out)


def render(vendor: str) -> str:
    """The text of ``specs/<vendor>.yaml``."""
    yaml = _yaml()
    spec = yaml.load(SOURCE.read_text())
    buffer = io.StringIO()
    yaml.dump(derive(spec, vendor), buffer)
    return HEADER + buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if specs/ has drifted")
    args = parser.parse_args(argv)
    drift = []
    for vendor in VENDORS:
        path = TARGET / f"{vendor}.yaml"
        text = render(vendor)
        if args.check:
            if not path.exists() or path.read_text() != text:
                drift.append(str(path.relative_to(ROOT)))
        else:
            TARGET.mkdir(exist_ok=True)
            path.write_text(text)
            print(f"wrote {path.relative_to(ROOT)}")
    if drift:
        print("specs/ differs from what openapi.yaml derives:", file=sys.stderr)
        for name in drift:
            print(f"  {name}", file=sys.stderr)
        print("run `make specs` and commit the result", file=sys.stderr)
        return 1
    if args.check:
        print("specs/ matches openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
