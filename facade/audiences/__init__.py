"""audiences: one well-made client for the Buzzabout, AudienceLab and Leadpipe APIs.

    from audiences import Buzzabout
    with Buzzabout() as bz:                        # key from BUZZABOUT_API_KEY
        ds = bz.audience_datasets.create(name="cold brew creators")
        run = bz.audience_datasets.runs.create(ds.id, source_dataset_id="ds_...")
        run = bz.wait(run, on_progress=print)

Every public name is importable from here; modules starting with ``_`` are private.
"""

from audiences._audiencelab import AsyncAudienceLab, AudienceLab
from audiences._buzzabout import AsyncBuzzabout, Buzzabout
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
from audiences._leadpipe import AsyncLeadpipe, Leadpipe
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
from audiences._pagination import AsyncPager, Page, SyncPager

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
