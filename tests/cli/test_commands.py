"""The commands against the fake: from a search to its results, and how each one ends."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from audiences import Buzzabout, Leadpipe, filters
from audiences._cli._session import WAIT_KINDS
from audiences.testing import (
    FAILING_DATASET,
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    SOURCE_DATASET,
    FakeProcess,
)

from tests.cli.conftest import Cli, Served


def created(cli: Cli, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    ran = cli(*args, "--json", env=env)
    assert ran.code == 0, ran.err  # (stderr has the progress of a wait)
    made: dict[str, Any] = ran.json()
    return made


def test_datasets_from_create_to_delete(cli: Cli) -> None:
    dataset = created(cli, "datasets", "create", "--name", "oat milk")
    assert dataset["name"] == "oat milk"
    got = cli("datasets", "get", dataset["id"], "--json").json()
    assert (got["id"], got["name"], got["mentions_count"]) == (dataset["id"], "oat milk", 0)
    run = created(
        cli, "datasets", "start-run", dataset["id"], "--query", "oat milk latte",
        "--source", "tiktok", "--source", "reddit", "--count", "40", "--comments", "2",
        "--from", "2026-10-01", "--to", "2026-10-31", "--country", "GB", "--language", "en",
        "--analysis", "sentiment", "--analysis", "hook", "--wait",
    )  # fmt: skip
    assert (run["status"], run["mentions_count"]) == ("completed", 40)
    assert (
        run["params"]
        | {
            "search_type": "prompt",
            "search_query": "oat milk latte",
            "sources": ["tiktok", "reddit"],
            "count": 40,
            "num_comments_per_post": 2,
            "date_range": ["2026-10-01", "2026-10-31"],
            "country_code": "GB",
            "language": "en",
            "content_analysis_actions": ["sentiment", "hook"],
        }
        == run["params"]
    )
    runs = cli("datasets", "runs", dataset["id"], "--json").json()
    assert [r["id"] for r in runs] == [run["id"]]
    mentions = cli("mentions", "--dataset-id", dataset["id"], "--limit", "100", "--json").json()
    assert len(mentions) == 40
    ran = cli("datasets", "delete", dataset["id"])
    assert (ran.code, ran.out) == (0, f"deleted dataset {dataset['id']}\n")
    assert cli("datasets", "get", dataset["id"]).code == 3


def test_a_url_search_and_wait_dataset_run(cli: Cli) -> None:
    dataset = created(cli, "datasets", "create", "--name", "threads")
    thread = "https://www.reddit.com/r/Coffee/comments/1oqliu8/cold_brew/"
    run = created(
        cli, "datasets", "start-run", dataset["id"],
        "--url", f"reddit={thread}#oat milk",
        "--url", "tiktok=https://www.tiktok.com/@brewlab/video/7079163074742917451",
    )  # fmt: skip
    done = cli("wait", "dataset-run", dataset["id"], run["id"], "--json")
    assert done.code == 0
    params = done.json()["params"]
    assert params["search_type"] == "url"
    assert params["source_urls"][0] == {"source": "reddit", "url": thread, "text": "oat milk"}
    assert params["source_urls"][1]["text"] is None
    assert "dataset-run: completed" in done.err


def with_profiles(cli: Cli, count: int) -> str:
    """A new audience dataset whose completed run collected ``count`` profiles."""
    made = created(cli, "audience-datasets", "create", "--name", f"{count} profiles")
    run = created(
        cli, "audience-datasets", "start-run", made["id"], "--source-dataset-id", SOURCE_DATASET,
        "--total-profile-count", str(count), "--wait",
    )  # fmt: skip
    assert run["profile_count"] == count
    return str(made["id"])


def test_filter_expressions_select_what_the_python_filters_select(
    fake: FakeProcess, cli: Cli
) -> None:
    audience = with_profiles(cli, 120)
    shown = cli(
        "profiles", "--audience-dataset-id", audience, "--source", "tiktok",
        "--filter", "follower_count>10k", "--filter", "is_verified=no",
        "--sort", "follower_count", "--order", "asc", "--limit", "100", "--json",
    ).json()  # fmt: skip
    wanted = [[filters.follower_count(greater_than=10_000), filters.is_verified(False),
               filters.source("tiktok")]]  # fmt: skip
    with Buzzabout(api_key=fake.keys["buzzabout"], base_url=fake.base_url) as bz:
        found = bz.audience_profiles.list(
            audience_dataset_ids=[audience], filters=wanted, sort="follower_count", order="asc"
        )
        expected = [profile.to_dict() for profile in found]
        assert shown == expected[:100]
        mentions = cli(
            "mentions", "--dataset-id", SOURCE_DATASET, "--filter", "sentiment=positive,neutral",
            "--filter", "has_media", "--filter", "likes>500", "--limit", "50", "--json",
        ).json()  # fmt: skip
        chosen = [[filters.sentiment("positive", "neutral"), filters.has_media(True),
                   filters.metric_change("likes", greater_than=500)]]  # fmt: skip
        listed = bz.mentions.list(dataset_ids=[SOURCE_DATASET], filters=chosen)
        assert mentions == [mention.to_dict() for mention in listed][:50]
    assert shown, "the filters chose nothing: the comparison proves little"
    assert all(p["follower_count"] > 10_000 and p["source"] == "tiktok" for p in shown)


def test_a_bad_filter_expression_is_named(cli: Cli) -> None:
    ran = cli("profiles", "--filter", "followers>10")
    assert ran.code == 2
    assert ran.err.startswith("audiences: --filter 'followers>10': 'followers' is not a filter")
    ran = cli("mentions", "--filter", "sentiment=happy")
    assert ran.err == (
        "audiences: --filter 'sentiment=happy': 'happy' is not one of positive, negative, neutral\n"
    )
    eleven = [arg for _ in range(11) for arg in ("--filter", "has_media")]
    ran = cli("mentions", *eleven)
    assert ran.err == "audiences: --filter: at most 10 filters in all (got 11)\n"


def test_limit_stops_reading_pages(served: Served, cli: Cli) -> None:
    requests = served.fake.requests
    ran = cli("mentions", "--dataset-id", SOURCE_DATASET, "--limit", "150", "--json",
              env=served.env)  # fmt: skip
    assert (ran.code, len(ran.json())) == (0, 150)
    assert [op for op, _ in requests].count("list_mentions") == 2  # pages of 100
    requests.clear()
    ran = cli("mentions", "--limit", "5", env=served.env)
    assert (ran.code, len(ran.out.splitlines())) == (0, 6)
    assert [op for op, _ in requests] == ["list_mentions"]


def test_a_pattern_detection_waits_and_leads_to_its_pattern(cli: Cli) -> None:
    run = created(
        cli, "pattern-detection", "--dataset-id", SOURCE_DATASET, "--name", "pricing",
        "--research-question", "What do people say about prices?",
    )  # fmt: skip
    assert run["status"] == "completed"
    pattern = cli("pattern", run["pattern_id"], "--json").json()
    item = pattern["items"][0]
    shown = cli("pattern", run["pattern_id"], "--item", item["item_id"], "--json").json()
    assert shown | {"post_refs": []} == item | {"post_refs": []}
    assert len(shown["post_refs"]) == item["post_count"]


def test_a_custom_parameter_run_waits_with_a_bar(cli: Cli) -> None:
    parameter = created(
        cli, "custom-parameters", "create", "--name", "label", "--instructions", "Classify it."
    )
    listed = cli("custom-parameters", "list", "--json").json()
    assert parameter["id"] in [p["id"] for p in listed]
    ran = cli("custom-parameter-run", parameter["id"], "--dataset-id", SOURCE_DATASET)
    assert ran.code == 0
    assert re.search(r"^status +completed$", ran.out, re.MULTILINE)
    assert "custom-parameter-run: completed  100%" in ran.err
    assert cli("custom-parameters", "delete", parameter["id"]).code == 0


def test_intent_runs_results_before_the_run_completed_exit_4(
    slow_fake: FakeProcess, cli: Cli
) -> None:
    run = created(cli, "intent-runs", "queue", INTENT_AUDIENCE, env=slow_fake.env)
    early = cli("intent-runs", "results", INTENT_AUDIENCE, run["id"], env=slow_fake.env)
    assert (early.code, early.out) == (4, "")
    assert early.err == (
        f"audiences: run {run['id']} is queued: its results are not ready yet"
        f" (`audiences wait intent-run {INTENT_AUDIENCE} {run['id']}` waits again)\n"
    )


def _a_run_of_each_kind(fake: FakeProcess) -> dict[str, tuple[str, ...]]:
    """A run of every kind ``wait`` knows, started through the API, with the ids it takes."""
    name = f"wait {uuid.uuid4().hex[:8]}"
    with (
        Buzzabout(api_key=fake.keys["buzzabout"], base_url=fake.base_url) as bz,
        Leadpipe(api_key=fake.keys["leadpipe"], base_url=fake.base_url) as lp,
    ):
        ds = bz.datasets.create(name=name)
        dr = bz.datasets.runs.create(ds.id, search_query="oat milk", sources=["reddit"], count=20)
        ad = bz.audience_datasets.create(name=name)
        adr = bz.audience_datasets.runs.create(ad.id, source_dataset_id=SOURCE_DATASET)
        pd = bz.pattern_detections.create(
            dataset_id=SOURCE_DATASET, name=name, research_question="What recurs?"
        )
        cp = bz.custom_parameters.create(name=name, instructions="the brand", value_type="string")
        cpr = bz.custom_parameters.runs.create(cp.id, dataset_id=SOURCE_DATASET)
        ir = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
    return {
        "audience-dataset-run": (ad.id, adr.id),
        "dataset-run": (ds.id, dr.id),
        "pattern-detection": (pd.id,),
        "custom-parameter-run": (cp.id, cpr.id),
        "intent-run": (INTENT_AUDIENCE, ir.id),
    }


def test_wait_reads_each_kind_of_run_by_its_ids(fake: FakeProcess, cli: Cli) -> None:
    runs = _a_run_of_each_kind(fake)
    assert list(runs) == list(WAIT_KINDS)
    found = {}
    for kind, ids in runs.items():
        done = cli("wait", kind, *ids, "--json")
        found[kind] = (done.code, done.json()["id"], done.json()["status"]) if done.out else done
    assert found == {kind: (0, ids[-1], "completed") for kind, ids in runs.items()}


def test_intent_runs_results_once_the_run_completed(cli: Cli) -> None:
    run = created(cli, "intent-runs", "queue", INTENT_AUDIENCE)
    done = cli("wait", "intent-run", INTENT_AUDIENCE, run["id"], "--json")
    assert (done.code, done.json()["status"]) == (0, "completed")
    rows = cli("intent-runs", "results", INTENT_AUDIENCE, run["id"], "--limit", "120", "--json")
    assert len(rows.json()) == min(120, done.json()["result_count"])
    assert all("email" in row for row in rows.json())
    table = cli("intent-runs", "results", INTENT_AUDIENCE, run["id"], "--limit", "2")
    assert re.split(r"  +", table.out.splitlines()[0])[:3] == [
        "hashedEmail",
        "firstName",
        "lastName",
    ]
    listed = cli("intent-runs", "list", INTENT_AUDIENCE, "--limit", "1", "--json").json()
    assert [r["id"] for r in listed] == [run["id"]]


def test_queue_and_cancel_an_intent_run(slow_fake: FakeProcess, cli: Cli) -> None:
    run = created(cli, "intent-runs", "queue", INTENT_AUDIENCE, env=slow_fake.env)
    ran = cli("intent-runs", "cancel", INTENT_AUDIENCE, run["id"], env=slow_fake.env)
    assert (ran.code, ran.out) == (0, f"cancelled run {run['id']}\n")


def test_create_audience(cli: Cli) -> None:
    made = created(cli, "create-audience", "--name", "NYC", "--filters",
                   '{"city": ["New York"]}', "--days-back", "30")  # fmt: skip
    assert set(made) == {"id"}


def test_an_api_error_exits_3_with_one_line(cli: Cli) -> None:
    ran = cli("datasets", "get", "ds_missing")
    assert (ran.code, ran.out) == (3, "")
    assert re.fullmatch(r"audiences: buzzabout 404 \S+: .+\n", ran.err), ran.err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("wait", "intent-run", INTENT_AUDIENCE, "never-queued"),
            "404 run_not_listed: run never-queued",
        ),
        (("intent-runs", "cancel", INTENT_AUDIENCE, "never-queued"), "404"),
    ],
)
def test_unknown_runs_are_api_errors(cli: Cli, args: tuple[str, ...], said: str) -> None:
    ran = cli(*args)
    assert ran.code == 3
    assert said in ran.err
    assert ran.err.count("\n") == 1


def test_a_failed_run_exits_4(cli: Cli) -> None:
    made = created(cli, "audience-datasets", "create", "--name", "fails")
    ran = cli("audience-datasets", "start-run", made["id"], "--source-dataset-id",
              FAILING_DATASET, "--wait")  # fmt: skip
    assert (ran.code, ran.out) == (4, "")
    assert re.search(r"^audiences: run adr_\S+ failed: .+\n\Z", ran.err, re.MULTILINE), ran.err
    queued = created(cli, "intent-runs", "queue", FAILING_INTENT_AUDIENCE)
    ran = cli("wait", "intent-run", FAILING_INTENT_AUDIENCE, queued["id"])
    assert ran.code == 4


def test_start_run_wait_takes_a_timeout(slow_fake: FakeProcess, cli: Cli) -> None:
    env = slow_fake.env
    made = created(cli, "audience-datasets", "create", "--name", "slow", env=env)
    ran = cli("audience-datasets", "start-run", made["id"], "--source-dataset-id",
              SOURCE_DATASET, "--wait", "--timeout", "1", env=env)  # fmt: skip
    assert (ran.code, ran.out) == (4, "")
    last = ran.err.splitlines()[-1]
    assert re.fullmatch(
        rf"audiences: run (adr_\S+) still (queued|running) after waiting 1 s \(`audiences wait"
        rf" audience-dataset-run {made['id']} \1` waits again\)",
        last,
    ), last
