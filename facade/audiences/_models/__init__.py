"""The normalized models services see: frozen attrs classes, snake_case, UTC datetimes.

No generated class and no ``UNSET`` ever reaches these: absent means ``None``. Every
model has ``to_dict()`` and ``to_json()`` (ISO-8601 timestamps, statuses as their
words, nested models included), is hashable where its fields are, and has a short repr
that leaves out what is unset.
"""

from audiences._models._base import Model
from audiences._models.resources import (
    Audience,
    AudienceDataset,
    CustomParameter,
    Dataset,
    PostRef,
    PreviewResult,
)
from audiences._models.results import (
    AudienceProfile,
    Avatar,
    DatasetRef,
    Mention,
    MentionAuthor,
    Pattern,
    PatternItem,
    Sentiment,
)
from audiences._models.runs import (
    AudienceDatasetRun,
    CustomParameterRun,
    DatasetRun,
    DatasetRunParams,
    IntentAudienceRun,
    PatternDetectionRun,
    Progress,
    Run,
    RunStatus,
    SourceURL,
    Step,
)

__all__ = [
    "Audience",
    "AudienceDataset",
    "AudienceDatasetRun",
    "AudienceProfile",
    "Avatar",
    "CustomParameter",
    "CustomParameterRun",
    "Dataset",
    "DatasetRef",
    "DatasetRun",
    "DatasetRunParams",
    "IntentAudienceRun",
    "Mention",
    "MentionAuthor",
    "Model",
    "Pattern",
    "PatternDetectionRun",
    "PatternItem",
    "PostRef",
    "PreviewResult",
    "Progress",
    "Run",
    "RunStatus",
    "Sentiment",
    "SourceURL",
    "Step",
]
