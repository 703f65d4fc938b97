"""The ``audiences`` command line (also ``python -m audiences``).

Exit codes: 0 success, 2 usage error, 3 API error, 4 timeout (or a run that failed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from typing import Any

EXIT_USAGE, EXIT_API, EXIT_TIMEOUT = 2, 3, 4
_WAIT_KINDS = {
    "audience-dataset-run": ("audience_dataset_id", "run_id"),
    "pattern-detection": ("run_id",),
    "custom-parameter-run": ("parameter_id", "run_id"),
    "intent-run": ("audience_id", "run_id"),
}


def _json(value: Any) -> Any:
    """A result as plain JSON data (models through their own ``to_dict()``)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def _show(value: Any, as_json: bool) -> None:
    data = _json(value)
    if as_json:
        print(json.dumps(data, indent=2))
        return
    rows = data if isinstance(data, list) else [data]
    for row in rows:
        if isinstance(row, dict):
            print("  ".join(f"{k}={v}" for k, v in row.items() if v not in (None, [], ())))
        else:
            print(row)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="audiences", description="Buzzabout, AudienceLab and Leadpipe from the shell."
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    sub = parser.add_subparsers(dest="command", required=True)
    fake = sub.add_parser("fake", help="serve the embedded fake on loopback until interrupted")
    fake.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    fake.add_argument(
        "--speed", type=float, default=1.0, help="how much faster than real time runs advance"
    )
    fake.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,  # keeps ``audiences --json fake`` working too
        help="print one JSON line (base_url, keys, ids, env), then serve silently",
    )
    demo = sub.add_parser("demo", help="run the main workflow on the embedded fake")
    demo.add_argument("--speed", type=float, default=30.0)

    ads = sub.add_parser("audience-datasets", help="Buzzabout audience datasets")
    ads_sub = ads.add_subparsers(dest="action", required=True)
    ads_sub.add_parser("list")
    get = ads_sub.add_parser("get")
    get.add_argument("audience_dataset_id")
    create = ads_sub.add_parser("create")
    create.add_argument("--name", required=True)
    runs = ads_sub.add_parser("runs")
    runs.add_argument("audience_dataset_id")
    start = ads_sub.add_parser("start-run")
    start.add_argument("audience_dataset_id")
    start.add_argument("--source-dataset-id", required=True)
    start.add_argument("--total-profile-count", type=int)
    start.add_argument("--wait", action="store_true")

    pd = sub.add_parser(
        "pattern-detection", help="start a Buzzabout pattern detection and wait for it"
    )
    pd.add_argument("--dataset-id", required=True)
    pd.add_argument("--name", required=True)
    pd.add_argument("--research-question", required=True)

    cp = sub.add_parser(
        "custom-parameter-run", help="run a Buzzabout custom parameter over a dataset and wait"
    )
    cp.add_argument("parameter_id")
    cp.add_argument("--dataset-id", required=True)

    al = sub.add_parser("create-audience", help="create an AudienceLab audience")
    al.add_argument("--name", required=True)
    al.add_argument("--filters", required=True, help="the filters as JSON")
    al.add_argument("--days-back", type=int)

    wait = sub.add_parser("wait", help="wait on a run with a progress bar (on stderr)")
    wait.add_argument("--timeout", type=float, default=900.0, help="seconds (default 900)")
    wait_sub = wait.add_subparsers(dest="kind", required=True)
    for kind, ids in _WAIT_KINDS.items():
        p = wait_sub.add_parser(kind)
        for name in ids:
            p.add_argument(name)

    lp = sub.add_parser("intent-runs", help="Leadpipe intent-audience runs")
    lp_sub = lp.add_subparsers(dest="action", required=True)
    for name in ("list", "queue"):
        p = lp_sub.add_parser(name)
        p.add_argument("audience_id")
    cancel = lp_sub.add_parser("cancel")
    cancel.add_argument("audience_id")
    cancel.add_argument("run_id")
    return parser


def _serve_fake(port: int, speed: float, as_json: bool = False) -> int:
    # PLC0415: only this command needs the fake, so only it imports it.
    from audiences.testing import FakeAPIs, ScaledClock  # noqa: PLC0415
    from audiences.testing._process import describe  # noqa: PLC0415

    fake = FakeAPIs(ScaledClock(speed=speed))
    try:
        with fake.serve(port=port) as server:
            about = describe(server.base_url)
            if as_json:
                print(json.dumps(about), flush=True)
            else:
                print(f"serving Buzzabout, AudienceLab and Leadpipe on {server.base_url}")
                urls = {v: f"{v.upper()}_BASE_URL={server.base_url}" for v in about["keys"]}
                width = max(map(len, urls.values()))
                for vendor, key in about["keys"].items():
                    print(f"  {urls[vendor]:<{width}} {vendor.upper()}_API_KEY={key}")
                ids = about["ids"]
                print(
                    f"  source datasets: {ids['source_dataset']} (200 posts),"
                    f" {ids['empty_dataset']} (no completed run),"
                    f" {ids['failing_dataset']} (audience runs fail)"
                )
                print(f"  intent audience: {ids['intent_audience']}")
                print("press Ctrl-C to stop", flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        if not as_json:
            print("stopped")
    return 0


def _wait(args: argparse.Namespace) -> Any:
    from audiences import Buzzabout, IntentAudienceRun, Leadpipe, RunStatus  # noqa: PLC0415
    from audiences._progress import wait_with_bar  # noqa: PLC0415

    stream = sys.stderr
    if args.kind == "intent-run":
        # Leadpipe has no single-run GET: start from the id and let wait find it in the list.
        with Leadpipe() as lp:
            run = IntentAudienceRun(
                id=args.run_id, status=RunStatus.UNKNOWN, audience_id=args.audience_id
            )
            return wait_with_bar(lp, run, "intent run", timeout=args.timeout, stream=stream)
    with Buzzabout() as bz:
        first: Any
        if args.kind == "audience-dataset-run":
            first = bz.audience_datasets.runs.get(args.audience_dataset_id, args.run_id)
        elif args.kind == "pattern-detection":
            first = bz.pattern_detections.get(args.run_id)
        else:
            first = bz.custom_parameters.runs.get(args.parameter_id, args.run_id)
        return wait_with_bar(bz, first, args.kind, timeout=args.timeout, stream=stream)


def _run(args: argparse.Namespace) -> Any:
    from audiences import AudienceLab, Buzzabout, Leadpipe  # noqa: PLC0415

    command = args.command
    if command == "wait":
        return _wait(args)
    if command == "audience-datasets":
        with Buzzabout() as bz:
            if args.action == "list":
                return list(bz.audience_datasets.list())
            if args.action == "get":
                return bz.audience_datasets.get(args.audience_dataset_id)
            if args.action == "create":
                return bz.audience_datasets.create(name=args.name)
            if args.action == "runs":
                return list(bz.audience_datasets.runs.list(args.audience_dataset_id))
            run = bz.audience_datasets.runs.create(
                args.audience_dataset_id,
                source_dataset_id=args.source_dataset_id,
                total_profile_count=args.total_profile_count,
            )
            return bz.wait(run) if args.wait else run
    if command == "pattern-detection":
        with Buzzabout() as bz:
            detection = bz.pattern_detections.create(
                dataset_id=args.dataset_id, name=args.name, research_question=args.research_question
            )
            return bz.wait(detection)
    if command == "custom-parameter-run":
        with Buzzabout() as bz:
            return bz.wait(
                bz.custom_parameters.runs.create(args.parameter_id, dataset_id=args.dataset_id)
            )
    if command == "create-audience":
        with AudienceLab() as al:
            return al.audiences.create(
                name=args.name, filters=json.loads(args.filters), days_back=args.days_back
            )
    with Leadpipe() as lp:
        if args.action == "list":
            return list(lp.intent_audiences.runs.list(args.audience_id))
        if args.action == "queue":
            return lp.intent_audiences.runs.create(args.audience_id)
        lp.intent_audiences.runs.cancel(args.audience_id, args.run_id)
        return {"cancelled": args.run_id}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from audiences import APIError, InvalidArgumentError, RunFailedError, WaitTimeoutError  # noqa: PLC0415

    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "fake":
            return _serve_fake(args.port, args.speed, as_json=args.json)
        if args.command == "demo":
            from audiences._demo import run_demo  # noqa: PLC0415

            return run_demo(speed=args.speed)
        _show(_run(args), args.json)
    except (InvalidArgumentError, json.JSONDecodeError) as exc:
        print(f"audiences: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (WaitTimeoutError, RunFailedError) as exc:
        print(f"audiences: {exc}", file=sys.stderr)
        return EXIT_TIMEOUT
    except APIError as exc:
        print(f"audiences: {exc}", file=sys.stderr)
        return EXIT_API
    return 0
