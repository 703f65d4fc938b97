"""The normalized models services see: frozen attrs classes, snake_case, UTC datetimes.

No generated class and no ``UNSET`` ever reaches these: absent means ``None``. Every
model has ``to_dict()`` and ``to_json()`` (ISO-8601 timestamps, statuses as their
words, nested models included), is hashable where its fields are, and has a short repr
that leaves out what is unset.
"""

from audiences._models._base import Model as Model
from audiences._models.resources import (
    Audience as Audience,
    AudienceDataset as AudienceDataset,
    CustomParameter as CustomParameter,
    Dataset as Dataset,
    PostRef as PostRef,
    PreviewResult as PreviewResult,
)
from audiences._models.results import (
    AudienceProfile as AudienceProfile,
    Avatar as Avatar,
    DatasetRef as DatasetRef,
    Mention as Mention,
    MentionAuthor as MentionAuthor,
    Pattern as Pattern,
    PatternItem as PatternItem,
    Sentiment as Sentiment,
)
from audiences._models.runs import (
    AudienceDatasetRun as AudienceDatasetRun,
    CustomParameterRun as CustomParameterRun,
    DatasetRun as DatasetRun,
    DatasetRunParams as DatasetRunParams,
    IntentAudienceRun as IntentAudienceRun,
    PatternDetectionRun as PatternDetectionRun,
    Progress as Progress,
    Run as Run,
    RunStatus as RunStatus,
    SourceURL as SourceURL,
    Step as Step,
)
