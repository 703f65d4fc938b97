"""The clients: ``AsyncBuzzabout``, ``AsyncAudienceLab``, ``AsyncLeadpipe``.

Each resource's module is imported on first use of its attribute, so importing a client
costs little more than importing httpx. Each client says which runs it can ``wait`` on
and how it observes them again.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from audiences._async._client import AsyncAPIClient
from audiences._config import AUDIENCELAB, BUZZABOUT, LEADPIPE

# Resources load on first use (see the module docstring): their imports sit in the
# properties, and ruff's PLC0415 is waived for that below.
# ruff: noqa: PLC0415

if TYPE_CHECKING:
    from audiences._async.resources.account import AsyncAccountResource, AsyncCreditPricesResource
    from audiences._async.resources.audience_datasets import AsyncAudienceDatasets
    from audiences._async.resources.audience_profiles import AsyncAudienceProfiles
    from audiences._async.resources.audiences import AsyncAudiences
    from audiences._async.resources.custom_parameters import AsyncCustomParameters
    from audiences._async.resources.datasets import AsyncDatasets
    from audiences._async.resources.intent_audiences import AsyncIntentAudiences
    from audiences._async.resources.intent_topics import AsyncIntentTopics
    from audiences._async.resources.mentions import AsyncMentions
    from audiences._async.resources.pattern_detections import AsyncPatternDetections
    from audiences._async.resources.patterns import AsyncPatterns
    from audiences._base import Observer
    from audiences._models import Run


class AsyncBuzzabout(AsyncAPIClient):
    """Buzzabout's API. Key from ``api_key`` or ``BUZZABOUT_API_KEY``."""

    _vendor = BUZZABOUT

    @cached_property
    def datasets(self) -> AsyncDatasets:
        """Datasets and their runs: the searches that collect posts."""
        from audiences._async.resources.datasets import AsyncDatasets

        return AsyncDatasets(self)

    @cached_property
    def mentions(self) -> AsyncMentions:
        """Mentions: the posts in every dataset, filtered and sorted."""
        from audiences._async.resources.mentions import AsyncMentions

        return AsyncMentions(self)

    @cached_property
    def audience_datasets(self) -> AsyncAudienceDatasets:
        """Audience datasets and their runs."""
        from audiences._async.resources.audience_datasets import AsyncAudienceDatasets

        return AsyncAudienceDatasets(self)

    @cached_property
    def audience_profiles(self) -> AsyncAudienceProfiles:
        """Audience profiles: the creators and commenters audience runs collected."""
        from audiences._async.resources.audience_profiles import AsyncAudienceProfiles

        return AsyncAudienceProfiles(self)

    @cached_property
    def pattern_detections(self) -> AsyncPatternDetections:
        """Pattern detections."""
        from audiences._async.resources.pattern_detections import AsyncPatternDetections

        return AsyncPatternDetections(self)

    @cached_property
    def patterns(self) -> AsyncPatterns:
        """Patterns that pattern detections found, and their items."""
        from audiences._async.resources.patterns import AsyncPatterns

        return AsyncPatterns(self)

    @cached_property
    def custom_parameters(self) -> AsyncCustomParameters:
        """Custom parameters, previews and runs."""
        from audiences._async.resources.custom_parameters import AsyncCustomParameters

        return AsyncCustomParameters(self)

    @cached_property
    def account(self) -> AsyncAccountResource:
        """The calling account: its plan, its credits and their usage history (beta)."""
        from audiences._async.resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    @cached_property
    def credit_prices(self) -> AsyncCreditPricesResource:
        """What each result costs in credits (beta)."""
        from audiences._async.resources.account import AsyncCreditPricesResource

        return AsyncCreditPricesResource(self)

    def _observer(self, run: Run) -> Observer | None:
        from audiences._models import (
            AudienceDatasetRun,
            CustomParameterRun,
            DatasetRun,
            PatternDetectionRun,
        )
        from audiences._vendors import (
            buzzabout_audience_datasets,
            buzzabout_custom_parameters,
            buzzabout_datasets,
            buzzabout_pattern_detections,
        )

        observers: dict[type[Run], Observer] = {
            DatasetRun: buzzabout_datasets.observe_run,
            AudienceDatasetRun: buzzabout_audience_datasets.observe_run,
            PatternDetectionRun: buzzabout_pattern_detections.observe_run,
            CustomParameterRun: buzzabout_custom_parameters.observe_run,
        }
        return observers.get(type(run))


class AsyncAudienceLab(AsyncAPIClient):
    """AudienceLab's API. Key from ``api_key`` or ``AUDIENCELAB_API_KEY``."""

    _vendor = AUDIENCELAB

    @cached_property
    def audiences(self) -> AsyncAudiences:
        """Audiences."""
        from audiences._async.resources.audiences import AsyncAudiences

        return AsyncAudiences(self)

    def _observer(self, run: Run) -> Observer | None:
        return None  # AudienceLab documents no runs


class AsyncLeadpipe(AsyncAPIClient):
    """Leadpipe's API. Key from ``api_key`` or ``LEADPIPE_API_KEY``."""

    _vendor = LEADPIPE

    @cached_property
    def intent_audiences(self) -> AsyncIntentAudiences:
        """Intent audiences, their configs and runs, and the filter catalogue."""
        from audiences._async.resources.intent_audiences import AsyncIntentAudiences

        return AsyncIntentAudiences(self)

    @cached_property
    def intent_topics(self) -> AsyncIntentTopics:
        """Intent topics: what an audience config's ``topicIds`` lists."""
        from audiences._async.resources.intent_topics import AsyncIntentTopics

        return AsyncIntentTopics(self)

    def _observer(self, run: Run) -> Observer | None:
        from audiences._models import IntentAudienceRun
        from audiences._vendors import leadpipe_intent_audience_runs

        observers: dict[type[Run], Observer] = {
            IntentAudienceRun: leadpipe_intent_audience_runs.observe_run,
        }
        return observers.get(type(run))
