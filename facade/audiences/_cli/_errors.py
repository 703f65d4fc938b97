"""The command line's exit codes, and the errors its own checks raise."""

from __future__ import annotations

OK = 0
FAILED = 1  # anything else that went wrong outside the APIs (a file that cannot be written)
USAGE = 2  # a bad option or argument, a missing key: nothing was sent
API = 3  # an API refused or could not be reached
TIMEOUT = 4  # out of time (--timeout), a run that failed, results not ready yet
HUNG_UP = 129  # SIGHUP: the terminal was closed
INTERRUPTED = 130  # Ctrl-C (SIGINT)
TERMINATED = 143  # SIGTERM

EXIT_CODES = f"""exit codes:
  {OK}    success
  {USAGE}    usage error: a bad option or argument, a missing API key (nothing was sent)
  {API}    API error: the API refused the request or could not be reached
  {TIMEOUT}    out of time (--timeout), a run that failed, or results not ready yet
  {INTERRUPTED}  interrupted (Ctrl-C); {TERMINATED} terminated (SIGTERM)
  {HUNG_UP}  hung up (SIGHUP: the terminal was closed)"""

# The option or argument each argument of the Python API comes from, for messages.
OPTIONS = {
    "search_query": "--query",
    "sources": "--source",
    "source_urls": "--url",
    "count": "--count",
    "num_comments_per_post": "--comments",
    "date_range": "--from/--to",
    "country_code": "--country",
    "language": "--language",
    "content_analysis_actions": "--analysis",
    "name": "--name",
    "research_question": "--research-question",
    "instructions": "--instructions",
    "value_type": "--value-type",
    "total_profile_count": "--total-profile-count",
    "days_back": "--days-back",
    "limit": "--limit",
    "timeout": "--timeout",
    "dataset_id": "DATASET_ID",
    "audience_dataset_id": "AUDIENCE_DATASET_ID",
    "source_dataset_id": "--source-dataset-id",
    "parameter_id": "PARAMETER_ID",
    "audience_id": "AUDIENCE_ID",
    "run_id": "RUN_ID",
    "pattern_id": "PATTERN_ID",
    "item_id": "--item",
    # Leadpipe's whole job
    "destination": "--output",
    "q": "QUERY",
    "industry": "--industry",
    "type": "--type",
    "status": "--status",
    "config.topicIds": "--topic",
    "config.minScore": "--min-score",
    "config.maxScore": "--max-score",
    "config.minTopicOverlap": "--min-topic-overlap",
    "config.filters": "--filters",
    "config.sourceUrl": "--source-url",
    "segment": "--segment",
    "page_size": "--page-size",
    "parameter_ids": "--parameter-id",
}


class UsageError(Exception):
    """A command line the API would refuse, caught before sending: exit 2."""


class Interrupted(BaseException):
    """Ctrl-C while waiting on a run: says how to wait on it again (exit 130)."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP: raised from the signal handler so that what was started is
    cleaned up; ``signum`` is the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def one_line(text: object) -> str:
    """``text`` on one line: what a server sends never starts a new line of ours."""
    return " ".join(str(text).split())
