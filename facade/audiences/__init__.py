"""audiences: one well-made client for the Buzzabout, AudienceLab and Leadpipe APIs.

    from audiences import Buzzabout
    with Buzzabout() as bz:                        # key from BUZZABOUT_API_KEY
        ds = bz.audience_datasets.create(name="cold brew creators")
        run = bz.audience_datasets.runs.create(ds.id, source_dataset_id="ds_...")
        run = bz.wait(run, on_progress=print)

Every public name is importable from here; modules starting with ``_`` are private.
"""

import typing as _typing

from audiences._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AudiencesError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    InsufficientCreditsError,
    InvalidArgumentError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RunFailedError,
    ServerError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from audiences._models import (
    Audience,
    AudienceDataset,
    AudienceDatasetRun,
    CustomParameter,
    CustomParameterRun,
    IntentAudienceRun,
    PatternDetectionRun,
    PostRef,
    PreviewResult,
    Progress,
    Run,
    RunStatus,
    Step,
)

if _typing.TYPE_CHECKING:
    from audiences._audiencelab import AsyncAudienceLab, AudienceLab
    from audiences._buzzabout import AsyncBuzzabout, Buzzabout
    from audiences._leadpipe import AsyncLeadpipe, Leadpipe
    from audiences._pagination import AsyncPager, Page, SyncPager

# The clients (and what they pull in: httpx and the generated client) load on first use,
# so `import audiences` costs little; `from audiences import Buzzabout` loads one vendor.
_LAZY = {
    "AudienceLab": "audiences._audiencelab",
    "AsyncAudienceLab": "audiences._audiencelab",
    "Buzzabout": "audiences._buzzabout",
    "AsyncBuzzabout": "audiences._buzzabout",
    "Leadpipe": "audiences._leadpipe",
    "AsyncLeadpipe": "audiences._leadpipe",
    "AsyncPager": "audiences._pagination",
    "Page": "audiences._pagination",
    "SyncPager": "audiences._pagination",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'audiences' has no attribute {name!r}")
    import importlib  # noqa: PLC0415 - the point is to import only on first use

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAudienceLab",
    "AsyncBuzzabout",
    "AsyncLeadpipe",
    "AsyncPager",
    "Audience",
    "AudienceDataset",
    "AudienceDatasetRun",
    "AudienceLab",
    "AudiencesError",
    "AuthenticationError",
    "BadRequestError",
    "Buzzabout",
    "ConflictError",
    "CustomParameter",
    "CustomParameterRun",
    "FieldError",
    "InsufficientCreditsError",
    "IntentAudienceRun",
    "InvalidArgumentError",
    "Leadpipe",
    "MissingAPIKeyError",
    "NotFoundError",
    "Page",
    "PatternDetectionRun",
    "PermissionDeniedError",
    "PostRef",
    "PreviewResult",
    "Progress",
    "RateLimitError",
    "Run",
    "RunFailedError",
    "RunStatus",
    "ServerError",
    "Step",
    "SyncPager",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
]
