"""audiences: one well-made client for the Buzzabout, AudienceLab and Leadpipe APIs.

    from audiences import Buzzabout
    with Buzzabout() as bz:                        # key from BUZZABOUT_API_KEY
        ds = bz.audience_datasets.create(name="cold brew creators")
        run = bz.audience_datasets.runs.create(ds.id, source_dataset_id="ds_...")
        run = bz.wait(run, on_progress=print)

Every public name is importable from here; modules starting with ``_`` are private.
Names load on first use, so ``from audiences import Buzzabout`` costs little more
than ``import httpx``.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from audiences._async.clients import AsyncAudienceLab, AsyncBuzzabout, AsyncLeadpipe
    from audiences._async.pagination import AsyncPager
    from audiences._clock import Clock
    from audiences._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AudiencesError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConflictError,
        FieldError,
        InsufficientCreditsError,
        InvalidArgumentError,
        MissingAPIKeyError,
        NotFoundError,
        OlderAPIError,
        PermissionDeniedError,
        RateLimitError,
        RunFailedError,
        RunNotReadyError,
        ServerError,
        UnprocessableEntityError,
        WaitTimeoutError,
    )
    from audiences._models import (
        Account,
        AccountPlan,
        Audience,
        AudienceDataset,
        AudienceDatasetRun,
        AudiencePreview,
        AudienceProfile,
        AudienceSummary,
        AudienceValidation,
        Avatar,
        BreakdownItem,
        CreditPrices,
        CustomParameter,
        CustomParameterRun,
        Dataset,
        DatasetRef,
        DatasetRun,
        DatasetRunParams,
        FillRate,
        IntentAudience,
        IntentAudienceConfig,
        IntentAudienceRun,
        IntentAudienceTopic,
        IntentTopic,
        Mention,
        MentionAuthor,
        Pattern,
        PatternDetectionRun,
        PatternItem,
        PlanFeatures,
        PlanLimits,
        PostRef,
        PreviewResult,
        Progress,
        Run,
        RunExport,
        RunStats,
        RunStatus,
        ScoreBucket,
        Sentiment,
        SourceURL,
        Step,
        UsageRecord,
    )
    from audiences._pagination import Page
    from audiences._raw import RawResponse
    from audiences._sync.clients import AudienceLab, Buzzabout, Leadpipe
    from audiences._sync.pagination import SyncPager

# The one place the version is written: pyproject.toml reads it ([tool.hatch.version]), the
# User-Agent is built from it, and `make release` and the breaking-change gate read it here.
__version__ = "2.0.0"

# Where each public name lives (each loads on first use, PEP 562): the names below, then
# every other name in __all__: an error (a name ending in "Error") in audiences._errors,
# anything else in audiences._models.
_WHERE: dict[str, str] = {
    "AsyncAudienceLab": "audiences._async.clients",
    "AsyncBuzzabout": "audiences._async.clients",
    "AsyncLeadpipe": "audiences._async.clients",
    "AsyncPager": "audiences._async.pagination",
    "AudienceLab": "audiences._sync.clients",
    "Buzzabout": "audiences._sync.clients",
    "Clock": "audiences._clock",
    "Leadpipe": "audiences._sync.clients",
    "Page": "audiences._pagination",
    "RawResponse": "audiences._raw",
    "SyncPager": "audiences._sync.pagination",
}


def __getattr__(name: str) -> _typing.Any:
    if name not in __all__:
        raise AttributeError(f"module 'audiences' has no attribute {name!r}")
    module = _WHERE.get(name) or (
        "audiences._errors" if name.endswith("Error") else "audiences._models"
    )
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Account",
    "AccountPlan",
    "AsyncAudienceLab",
    "AsyncBuzzabout",
    "AsyncLeadpipe",
    "AsyncPager",
    "Audience",
    "AudienceDataset",
    "AudienceDatasetRun",
    "AudienceLab",
    "AudiencePreview",
    "AudienceProfile",
    "AudienceSummary",
    "AudienceValidation",
    "AudiencesError",
    "AuthenticationError",
    "Avatar",
    "BadRequestError",
    "BreakdownItem",
    "Buzzabout",
    "ClientClosedError",
    "Clock",
    "ConflictError",
    "CreditPrices",
    "CustomParameter",
    "CustomParameterRun",
    "Dataset",
    "DatasetRef",
    "DatasetRun",
    "DatasetRunParams",
    "FieldError",
    "FillRate",
    "InsufficientCreditsError",
    "IntentAudience",
    "IntentAudienceConfig",
    "IntentAudienceRun",
    "IntentAudienceTopic",
    "IntentTopic",
    "InvalidArgumentError",
    "Leadpipe",
    "Mention",
    "MentionAuthor",
    "MissingAPIKeyError",
    "NotFoundError",
    "OlderAPIError",
    "Page",
    "Pattern",
    "PatternDetectionRun",
    "PatternItem",
    "PermissionDeniedError",
    "PlanFeatures",
    "PlanLimits",
    "PostRef",
    "PreviewResult",
    "Progress",
    "RateLimitError",
    "RawResponse",
    "Run",
    "RunExport",
    "RunFailedError",
    "RunNotReadyError",
    "RunStats",
    "RunStatus",
    "ScoreBucket",
    "Sentiment",
    "ServerError",
    "SourceURL",
    "Step",
    "SyncPager",
    "UnprocessableEntityError",
    "UsageRecord",
    "WaitTimeoutError",
    "__version__",
]
