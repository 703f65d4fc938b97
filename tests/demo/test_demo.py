"""make demo walks the whole path on the fake: a search, its audience and top profiles, a
custom parameter and the mentions, a pattern and its items, a Leadpipe run and its rows."""

from __future__ import annotations

import re

import pytest
from audiences._demo import run_demo


def test_the_demo_walks_the_path_from_search_to_results(
    capsys: pytest.CaptureFixture[str],
) -> None:
    said: list[str] = []
    assert run_demo(speed=30.0, say=said.append) == 0
    text = "\n".join(said) + capsys.readouterr().out  # tables go to stdout directly
    for step in (
        "1. A dataset and its search",
        "60 mentions from reddit, tiktok, youtube",
        "ConflictError(status=409, code='audience_dataset_run_already_in_flight'",
        "Top 5 of 120 profiles",
        "credits left; 120 profiles at 3 credits each reserve 360",
        "preview: ",
        "The most liked mentions, with the parameter's value",
        "4. A pattern detection, and the pattern's items",
        "5. An AudienceLab audience, listed, and its first members",
        "Its first three members",
        "6. Leadpipe: topics, an intent audience, a run, its stats and its CSV",
        "as draft, now active",
        "people in the run; filled:",
        "The first three people",
        "Every run, normalized",
        "done in",
    ):
        assert step in text
    followers = [
        int(n.replace(",", "")) for n in re.findall(r"│ ([\d,]{5,}) │ \w+ +│ [\d.]+%", text)
    ]
    assert len(followers) == 5 and followers == sorted(followers, reverse=True)
    assert text.count("completed") >= 5  # every run of the table ended
    # The run's stats, its CSV and its charge agree with what it collected.
    people = int(re.findall(r"(\d+) people in the run", text)[0])
    assert re.findall(r"its CSV: [\d,]+ bytes, (\d+) rows", text) == [str(people)]
    collected, spent = re.findall(r"(\d+) profiles collected for ([\d,]+) credits", text)[0]
    assert int(spent.replace(",", "")) == 3 * int(collected)
