"""Issue 20's commands against the fake: ``account`` (credits, usage, prices), ``mentions
--parameter-id``, ``audiencelab audiences list|members`` and ``export audiencelab-members``,
each compared with what the library reads from the same fake."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from audiences import AudienceLab, Buzzabout
from audiences.testing import AUDIENCELAB_KEY, BUZZABOUT_KEY, SOURCE_DATASET

from tests.cli.conftest import Cli, Served


def buzzabout(served: Served) -> Buzzabout:
    return Buzzabout(api_key=BUZZABOUT_KEY, base_url=served.env["BUZZABOUT_BASE_URL"])


def audiencelab(served: Served) -> AudienceLab:
    return AudienceLab(api_key=AUDIENCELAB_KEY, base_url=served.env["AUDIENCELAB_BASE_URL"])


def ok(cli: Cli, served: Served, *args: str) -> Any:
    ran = cli(*args, "--json", env=served.env)
    assert ran.code == 0, ran.err
    return ran.json()


def test_account_shows_the_credits_the_runs_took(served: Served, cli: Cli) -> None:
    fresh = ok(cli, served, "account")
    ad = ok(cli, served, "audience-datasets", "create", "--name", "creators")["id"]
    ok(cli, served, "audience-datasets", "start-run", ad, "--source-dataset-id", SOURCE_DATASET,
       "--total-profile-count", "10", "--wait")  # fmt: skip
    with buzzabout(served) as bz:
        expected = bz.account.get().to_dict()
        history = [record.to_dict() for record in bz.account.usage_history()]
        prices = bz.credit_prices.get().to_dict()
    assert (fresh["credits_used"], fresh["credits_left"]) == (0, fresh["credits_total"])
    assert ok(cli, served, "account") == expected
    assert expected["credits_used"] == 10 * prices["audience_profile"]
    assert ok(cli, served, "account", "--usage") == history
    assert [(r["category"], r["quantity"]) for r in history] == [("audience_profile", 30)]
    assert ok(cli, served, "account", "--prices") == prices
    shown = cli("account", env=served.env).out
    assert re.search(rf"^credits_left +{expected['credits_total'] - 30:.0f}$", shown, re.M)


def test_mentions_show_the_values_of_a_custom_parameter(served: Served, cli: Cli) -> None:
    made = ok(cli, served, "custom-parameters", "create", "--name", "mood",
              "--instructions", "The mood of the post.")  # fmt: skip
    ok(cli, served, "custom-parameter-run", made["id"], "--dataset-id", SOURCE_DATASET)
    asked = ("mentions", "--dataset-id", SOURCE_DATASET, "--parameter-id", made["id"])
    with buzzabout(served) as bz:
        expected = [
            m.to_dict()
            for m, _ in zip(
                bz.mentions.list(dataset_ids=[SOURCE_DATASET], parameter_ids=[made["id"]]),
                range(5),
                strict=False,
            )
        ]
    assert ok(cli, served, *asked, "--limit", "5") == expected
    table = cli(*asked, "--limit", "5", env=served.env).out.splitlines()
    header = table[0].split()
    values = [m["custom_parameters"][made["id"]] or "" for m in expected]
    assert made["id"] in header and header[-1] == "title"
    column = table[0].index(made["id"])
    assert [line[column:].split(" ")[0] for line in table[1:]] == values


def test_audiencelab_audiences_are_listed_and_their_members_shown(served: Served, cli: Cli) -> None:
    made = ok(cli, served, "create-audience", "--name", "NYC", "--filters",
              '{"city": ["New York"]}', "--segment", "b2c_1253")  # fmt: skip
    with audiencelab(served) as al:
        listed = [a.to_dict() for a in al.audiences.list()]
        members = list(al.audiences.members(made["id"]))
    assert ok(cli, served, "audiencelab", "audiences", "list") == listed
    assert [a["id"] for a in listed] == [made["id"]]
    shown = ok(cli, served, "audiencelab", "audiences", "members", made["id"], "--limit", "7")
    assert shown == members[:7]
    table = cli("audiencelab", "audiences", "members", made["id"], env=served.env).out
    assert table.splitlines()[0].split()[:3] == ["UUID", "FIRST_NAME", "LAST_NAME"]
    assert len(table.splitlines()) == 1 + 20  # the header and the default 20 rows
    again = cli("audiencelab", "audiences", "members", made["id"], "--page-size", "1001",
                env=served.env)  # fmt: skip
    assert (again.code, again.err) == (
        2,
        "audiences: --page-size: must be at most 1000 (got 1001)\n",
    )


def test_a_bare_segment_number_is_refused_before_sending(served: Served, cli: Cli) -> None:
    ran = cli("create-audience", "--name", "n", "--filters", "{}", "--segment", "100073",
              env=served.env)  # fmt: skip
    assert ran.code == 2
    assert ran.err.startswith("audiences: --segment[0]: must match ^(b2c|b2b)_[0-9]+$")
    assert served.fake.ledger == []


def test_export_writes_an_audiences_members(served: Served, cli: Cli, tmp_path: Path) -> None:
    made = ok(cli, served, "create-audience", "--name", "anyone", "--filters", "{}")
    with audiencelab(served) as al:
        members = list(al.audiences.members(made["id"]))
    target = tmp_path / "members.jsonl"
    ran = cli("export", "audiencelab-members", made["id"], "-o", str(target), env=served.env)
    # One request: the export asks for the members' own largest page (1000 rows).
    assert (ran.code, ran.out) == (
        0,
        f"wrote {len(members)} audiencelab-members (1 page) to {target}\n",
    )
    assert [json.loads(line) for line in target.read_text().splitlines()] == members
    sheet = tmp_path / "members.csv"
    assert (
        cli("export", "audiencelab-members", made["id"], "-o", str(sheet), env=served.env).code == 0
    )
    with sheet.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [*members[0], "extra"]
    assert rows[1:] == [[str(v) for v in m.values()] + [""] for m in members]
