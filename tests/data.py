"""The test suite's shared data: the vendor documents' payloads, the operations, and one
case per operation with the result it must give.

Tests and the benchmark import from here (and from ``tests.helpers``), never from each
other. The Buzzabout reference pages print playground placeholders (``"status": "info"``,
``"detail": "string"``, ``"transient": true``); they are kept as printed, since a spec that
rejected its own documents' payloads would be wrong.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import attrs
from audiences import (
    Account,
    AccountPlan,
    AsyncAudienceLab,
    AsyncBuzzabout,
    AsyncLeadpipe,
    Audience,
    AudienceDataset,
    AudienceDatasetRun,
    AudienceLab,
    AudiencePreview,
    AudienceProfile,
    AudienceSummary,
    AudienceValidation,
    BreakdownItem,
    Buzzabout,
    CreditPrices,
    CustomParameter,
    CustomParameterRun,
    Dataset,
    DatasetRun,
    DatasetRunParams,
    FillRate,
    IntentAudience,
    IntentAudienceConfig,
    IntentAudienceRun,
    IntentTopic,
    Leadpipe,
    Mention,
    Pattern,
    PatternDetectionRun,
    PatternItem,
    PlanFeatures,
    PlanLimits,
    PostRef,
    PreviewResult,
    Progress,
    RunExport,
    RunStats,
    RunStatus,
    ScoreBucket,
    Step,
    UsageRecord,
    filters,
)

from tests.helpers import load_spec

UTC = dt.UTC

CUSTOM_PARAMETER = {
    "created_at": 1746090862,
    "id": "cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    "instructions": "Classify the post's sentiment toward our brand as one of: positive, negative, neutral, mixed.",
    "name": "Brand sentiment label",
    "updated_at": 1746091984,
    "value_type": "string",
}
CUSTOM_PARAMETER_RUN = {
    "created_at": 1746090862,
    "custom_parameter_id": "cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    "id": "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    "mentions_done": 124,
    "mentions_error": 2,
    "mentions_total": 187,
    "scope": {"id": "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj", "kind": "dataset"},
    "status": {"type": "processing"},
    "updated_at": 1746091984,
}
PATTERN_DETECTION_RUN = {
    "created_at": 1717200000,
    "dataset_id": "ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
    "name": "Pricing complaints",
    "research_question": "What recurring complaints come up about pricing?",
    "run_id": "pdr_2NK4Z",
    "status": {"steps": [], "type": "pending"},
}
AUDIENCE_DATASET_RUN_DONE = {
    "id": "adr_01H...",
    "audience_dataset_id": "ad_01H...",
    "source_dataset_id": "ds_01H...",
    "status": {
        "type": "completed",
        "steps": [
            {"name": "fetch_posts", "completed_at": 1714564890},
            {"name": "collect_profiles", "completed_at": 1714565410},
            {"name": "analyze_profiles", "completed_at": 1714566010},
        ],
    },
    "target_profile_count": 850,
    "profile_count": 850,
    "created_at": "2026-05-01T12:00:30Z",
    "updated_at": "2026-05-01T12:20:10Z",
}


def placeholder_error(code: str) -> dict[str, Any]:
    return {"status": "info", "error_code": code, "detail": "string", "transient": True}


FASTAPI_PLACEHOLDER = {"detail": [{"loc": ["string"], "msg": "string", "type": "string"}]}
LEADPIPE_RUN = {
    "id": "ad53af16-efbc-4fe1-a764-ded7181653a1",
    "audienceId": "8c049a20-3385-42da-b710-0d038eff5812",
    "organizationId": "a1657c63-bed2-41b4-b816-f09614490057",
    "status": "queued",
    "runType": "manual",
    "configHash": "8e7f74e01dd2ce8cd0c12969155eac44d624818f1de711f175aab34d2ab193a8",
    "dataDate": "2026-05-04",
    "candidateCount": 0,
    "resultCount": 0,
    "attempts": 0,
    "createdAt": "2026-05-05T09:30:00.000Z",
}

# audiencelab-create-audience.md's request, but with the current official page's form of
# segment id: the document sends the bare "100073", and it is an older copy of the page,
# which now refuses bare numbers (facts.md). The spec requires `b2c_<n>`/`b2b_<n>`;
# tests/spec/test_fidelity.py checks that the printed "100073" is refused.
AUDIENCELAB_REQUEST = {
    "name": "My Test Audience",
    "filters": {
        "age": {"minAge": 25, "maxAge": 45},
        "city": ["New York", "San Francisco"],
        "businessProfile": {"industry": ["Software Development"]},
    },
    "segment": ["b2c_1253"],
    "days_back": 7,
}

# buzzabout-public/datasets.mdx, mentions.mdx, audience-profiles.mdx: the request bodies the
# pages print (the facade builds these as plain dicts and passes them through the generated
# request models, so each must survive ``from_dict(...).to_dict()`` unchanged).
DATASET_RUN_PROMPT_REQUEST = {
    "search_query": {
        "type": "prompt",
        "sources": ["reddit", "tiktok", "youtube"],
        "search_query": "cold brew coffee",
    },
    "count": 200,
    "num_comments_per_post": 10,
    "country_code": "US",
}
DATASET_RUN_URL_REQUEST = {
    "search_query": {
        "type": "url",
        "source_urls": [
            {
                "source": "reddit",
                "url": "https://reddit.com/r/coffee/comments/...",
                "text": "thread",
            },
            {"source": "tiktok", "url": "https://www.tiktok.com/@user/video/..."},
        ],
    },
    "count": 50,
}
DATASET_RUN_CURL_REQUEST = {
    "search_query": {"type": "prompt", "sources": ["reddit"], "search_query": "cold brew"},
    "count": 200,
}
DATASET_RUN = {
    "id": "dr_01H...",
    "dataset_id": "ds_01H...",
    "status": {
        "type": "completed",
        "steps": [
            {"name": "scraping", "completed_at": 1714564890},
            {"name": "analysis", "completed_at": 1714565010},
        ],
    },
    "params": {
        "search_query": {"type": "prompt", "sources": ["reddit"], "search_query": "cold brew"},
        "date_range": None,
        "country_code": "US",
        "language": None,
        "count": 200,
        "num_comments_per_post": 10,
        "enable_visual_recognition": False,
        "enable_transcribing": False,
        "content_analysis_actions": ["sentiment", "hook"],
    },
    "mentions_count": 200,
    "created_at": "2026-05-01T12:00:30Z",
    "updated_at": "2026-05-01T12:03:30Z",
}
DATASET = {
    "id": "ds_01H...",
    "name": "cold brew",
    "mentions_count": 1247,
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:30:00Z",
    "url": "https://app.buzzabout.ai/datasets/ds_01H...",
}
MENTIONS_REQUEST_MINIMAL = {"dataset_ids": ["ds_01H..."], "limit": 20}
MENTIONS_REQUEST_FILTERED = {
    "dataset_ids": ["ds_01H..."],
    "sources": ["reddit", "tiktok"],
    "sort": "engagement_rate",
    "order": "desc",
    "limit": 50,
    "filters": [
        [{"type": "sentiment", "values": ["positive"]}, {"type": "has_media", "value": True}],
        [{"type": "keyword", "operator": "is", "value": "nitro"}],
    ],
}
MENTIONS_REQUEST_CURL = {
    "dataset_ids": ["ds_01H..."],
    "limit": 20,
    "sort": "engagement_rate",
    "order": "desc",
    "filters": [[{"type": "sentiment", "values": ["positive"]}]],
}
MENTION = {
    "source": "reddit",
    "id": "post_01H...",
    "author": {
        "avatar": None,
        "title": "u/sipdaily",
        "title_url": "https://reddit.com/u/sipdaily",
        "headline": "",
        "headline_url": None,
    },
    "title": "How to make perfect cold brew",
    "text": "Nobody tells you that nitro cold brew tastes...",
    "url": "https://www.reddit.com/r/coffee/comments/...",
    "media": [],
    "num_views": 12400,
    "are_views_estimated": True,
    "num_likes": 248,
    "num_comments": 32,
    "num_shares": 0,
    "engagement_rate": "0.020",
    "sentiment": {"negative": "0.05", "neutral": "0.15", "positive": "0.80"},
    "sentiment_score": "0.75",
    "emotions": None,
    "category": "lifestyle",
    "content_intention": "share_experience",
    "tone_of_voice": {"text": "casual"},
    "narrative_structure": None,
    "hook": {"text": "you're missing out"},
    "cta": None,
    "content_topics": [{"text": "coffee"}, {"text": "cold brew"}],
    "questions": [],
    "mentioned_brands": ["Stumptown"],
    "entities": ["Brooklyn"],
    "created_at": 1714560000,
    "dataset_run_at": 1714564890,
    "datasets": [{"id": "ds_01H...", "name": "cold brew"}],
    "collections": [],
    "comments": None,
}
PROFILES_REQUEST_MINIMAL = {"audience_dataset_ids": ["ad_01H..."], "limit": 20}
PROFILES_REQUEST_FILTERED = {
    "audience_dataset_ids": ["ad_01H..."],
    "sort": "follower_count",
    "order": "desc",
    "limit": 50,
    "filters": [
        [
            {"type": "is_verified", "value": True},
            {"type": "follower_count", "operator": {"type": "greater_than", "value": 10000}},
        ]
    ],
}
PROFILES_REQUEST_CURL = {
    "audience_dataset_ids": ["ad_01H..."],
    "sort": "follower_count",
    "order": "desc",
    "limit": 20,
}
AUDIENCE_PROFILE = {
    "id": "ap_01H...",
    "run_id": "adr_01H...",
    "source": "tiktok",
    "username": "sipdaily",
    "display_name": "Sip Daily",
    "avatar": {"url": "https://...", "width": 200, "height": 200},
    "bio": "Coffee notes, every morning.",
    "external_link": "https://sipdaily.com",
    "is_verified": True,
    "follower_count": 142000,
    "following_count": 80,
    "content_count": 421,
    "engagement_rate": 0.052,
    "posting_cadence": "daily",
    "creator_tier": "micro",
    "location_country": "United States",
    "location_city": "Brooklyn",
    "primary_language": "en",
    "authenticity_score": 87,
    "authenticity_reason": "Consistent voice, low-frequency promotion.",
    "aesthetic": "minimalist",
    "communication_tone": "casual",
    "content_niche": ["coffee", "lifestyle"],
    "interest_clusters": ["specialty coffee", "third-wave roasters"],
    "brand_affinities": ["Stumptown", "Blue Bottle"],
    "occupation": "barista",
    "industry": "food & beverage",
    "ocean": {"openness": 0.72, "...": "..."},
    "summary": "Brooklyn-based barista posting daily coffee notes...",
    "score": 84,
    "platform_metadata": {"...": "..."},
    "created_at": 1714566010,
}
# One filter of every type in the two pages' filter tables, in the documented wire shape
# (the operators' shapes as the tables print them: `any_of` with `values`, the range
# operators with `value` or `min_value` + `max_value`).
# The sort keys the pages list (buzzabout-public/mentions.mdx, audience-profiles.mdx).
MENTION_SORTS = [
    "date",
    "likes",
    "engagement_rate",
    "views",
    "comments",
    "shares",
    "sentiment_score",
    "dataset_run_at",
]
PROFILE_SORTS = [
    "date",
    "follower_count",
    "following_count",
    "content_count",
    "engagement_rate",
    "score",
    "authenticity_score",
    "creator_tier",
]
# The filter types the pages' tables list.
MENTION_FILTER_TYPES = {
    "keyword",
    "sentiment",
    "metric_change",
    "source",
    "content_topic",
    "content_intention",
    "tone_of_voice",
    "hook",
    "cta",
    "mentioned_brands",
    "country_code",
    "has_media",
    "dominant_emotion",
}
PROFILE_FILTER_TYPES = {
    "source",
    "is_verified",
    "location_country",
    "creator_tier",
    "content_niche",
    "interest_clusters",
    "follower_count",
    "engagement_rate",
    "authenticity_score",
}
MENTION_FILTERS: dict[str, dict[str, Any]] = {
    "keyword": {"type": "keyword", "operator": "is_not", "value": "nitro cold"},
    "sentiment": {"type": "sentiment", "values": ["positive", "neutral"]},
    "metric_change": {
        "type": "metric_change",
        "metric": "likes",
        "operator": {"type": "greater_than", "value": 100},
    },
    "metric_change (less_than)": {
        "type": "metric_change",
        "metric": "views",
        "operator": {"type": "less_than", "value": 5000},
    },
    "metric_change (in_range)": {
        "type": "metric_change",
        "metric": "engagement_rate",
        "operator": {"type": "in_range", "min_value": 0.01, "max_value": 0.05},
    },
    "metric_change (changed_by)": {
        "type": "metric_change",
        "metric": "comments",
        "operator": {"type": "changed_by", "value": 10},
    },
    "source": {"type": "source", "values": ["reddit", "tiktok"]},
    "content_topic": {"type": "content_topic", "operator": "any_of", "values": ["coffee"]},
    "content_intention": {
        "type": "content_intention",
        "operator": "any_of",
        "values": ["share_experience"],
    },
    "tone_of_voice": {"type": "tone_of_voice", "operator": "any_of", "values": ["casual"]},
    "hook": {"type": "hook", "operator": "any_of", "values": ["you're missing out"]},
    "cta": {"type": "cta", "operator": "any_of", "values": ["link in bio"]},
    "mentioned_brands": {
        "type": "mentioned_brands",
        "operator": {"type": "any_of", "values": ["Stumptown", "Blue Bottle"]},
    },
    "mentioned_brands (equals)": {
        "type": "mentioned_brands",
        "operator": {"type": "equals", "value": "Stumptown"},
    },
    "mentioned_brands (contains)": {
        "type": "mentioned_brands",
        "operator": {"type": "contains", "value": "Stump"},
    },
    "country_code": {"type": "country_code", "values": ["US", "GB"]},
    "has_media": {"type": "has_media", "value": False},
    "dominant_emotion": {"type": "dominant_emotion", "values": ["joy", "surprise"]},
}
PROFILE_FILTERS: dict[str, dict[str, Any]] = {
    "source": {"type": "source", "values": ["reddit", "tiktok"]},
    "is_verified": {"type": "is_verified", "value": True},
    "location_country": {
        "type": "location_country",
        "values": ["United States", "United Kingdom"],
    },
    "creator_tier": {"type": "creator_tier", "values": ["nano", "micro"]},
    "content_niche": {"type": "content_niche", "operator": "any_of", "values": ["coffee"]},
    "interest_clusters": {
        "type": "interest_clusters",
        "operator": "any_of",
        "values": ["specialty coffee"],
    },
    "follower_count": {
        "type": "follower_count",
        "operator": {"type": "greater_than", "value": 10000},
    },
    "engagement_rate": {
        "type": "engagement_rate",
        "operator": {"type": "in_range", "min_value": 0.02, "max_value": 0.08},
    },
    "authenticity_score": {
        "type": "authenticity_score",
        "operator": {"type": "less_than", "value": 50},
    },
}
# facts.md: a pattern (summary, items of {item_id, title, synopsis, post_count}), an item
# expanded with post_refs, and Leadpipe's 202 results body {data: {run, state, results: [],
# total, limit, offset}}. The shapes are documented; these values are ours.
PATTERN_ITEM_SUMMARY = {
    "item_id": "pti_01H...",
    "title": "Subscription price hikes",
    "synopsis": "Posters compare this year's price with last year's.",
    "post_count": 2,
}
PATTERN = {
    "id": "pt_01H...",
    "summary": "Three recurring complaints about pricing.",
    "items": [PATTERN_ITEM_SUMMARY],
}
PATTERN_ITEM = {
    **PATTERN_ITEM_SUMMARY,
    "post_refs": [
        {"id": "t3_1oqliu8", "source": "reddit"},
        {"id": "7396418572401016102", "source": "tiktok"},
    ],
}

# (what the document shows, schema name, payload)
PAYLOADS: list[tuple[str, str, Any]] = [
    # buzzabout-audience-datasets.txt
    (
        "create audience dataset request",
        "CreateAudienceDatasetRequest",
        {"name": "cold brew creators"},
    ),
    (
        "create audience dataset 201",
        "AudienceDatasetEnvelope",
        {
            "status": "success",
            "data": {
                "id": "ad_01H...",
                "name": "cold brew creators",
                "created_at": "2026-05-01T12:00:00Z",
            },
        },
    ),
    (
        "list audience datasets 200",
        "AudienceDatasetList",
        {
            "status": "success",
            "data": [
                {
                    "id": "ad_01H...",
                    "name": "cold brew creators",
                    "profile_count": 850,
                    "created_at": "2026-05-01T12:00:00Z",
                    "updated_at": "2026-05-01T12:30:00Z",
                }
            ],
            "has_next": False,
            "cursor": None,
        },
    ),
    (
        "get audience dataset 200",
        "AudienceDatasetEnvelope",
        {
            "status": "success",
            "data": {
                "id": "ad_01H...",
                "name": "cold brew creators",
                "profile_count": 850,
                "created_at": "2026-05-01T12:00:00Z",
                "updated_at": "2026-05-01T12:30:00Z",
            },
        },
    ),
    (
        "audience dataset 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "audience_dataset_not_found",
            "detail": "Audience dataset not found",
            "transient": False,
        },
    ),
    (
        "create run request",
        "CreateAudienceDatasetRunRequest",
        {"source_dataset_id": "ds_01H...", "total_profile_count": 850},
    ),
    (
        "create run 202",
        "AudienceDatasetRunEnvelope",
        {
            "status": "success",
            "data": {
                "id": "adr_01H...",
                "audience_dataset_id": "ad_01H...",
                "source_dataset_id": "ds_01H...",
                "status": {"type": "pending", "steps": []},
                "created_at": "2026-05-01T12:00:30Z",
            },
        },
    ),
    (
        "create run 409",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "audience_dataset_run_already_in_flight",
            "detail": "Another run for this audience dataset is already pending or working. Wait for it to finish before starting a new one.",
            "transient": False,
        },
    ),
    (
        "get run 200",
        "AudienceDatasetRunEnvelope",
        {"status": "success", "data": AUDIENCE_DATASET_RUN_DONE},
    ),
    (
        "get run 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "audience_dataset_run_not_found",
            "detail": "Audience dataset run not found",
            "transient": False,
        },
    ),
    # buzzabout-public: overview and rate limits
    (
        "overview paginated list",
        "AudienceDatasetList",
        {
            "status": "success",
            "data": [],
            "has_next": True,
            "cursor": "eyJjcmVhdGVkX2F0IjogMTcxNDU2NDg5MCwgImlkIjogImRzXzAxSCJ9",
        },
    ),
    (
        "429 body",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "too_many_requests",
            "detail": "Too many requests. Please slow down.",
            "transient": True,
        },
    ),
    (
        "402 body",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "insufficient_credits_dataset_run",
            "detail": "Insufficient credits to start this dataset run",
            "transient": False,
        },
    ),
    # buzzabout-pattern-detections.txt
    (
        "create pattern detection request",
        "CreatePatternDetectionRequest",
        {
            "dataset_id": "ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
            "name": "Pricing complaints",
            "research_question": "What recurring complaints come up about pricing?",
        },
    ),
    (
        "create pattern detection success",
        "PatternDetectionRunEnvelope",
        {"status": "info", "data": PATTERN_DETECTION_RUN},
    ),
    (
        "create pattern detection 402",
        "BuzzaboutError",
        placeholder_error("insufficient_credits_pattern_detection"),
    ),
    ("create pattern detection 404", "BuzzaboutError", placeholder_error("dataset_not_found")),
    ("pattern detection 422", "BuzzaboutUnprocessableBody", FASTAPI_PLACEHOLDER),
    (
        "get pattern detection success",
        "PatternDetectionRunResponse",
        {"status": "info", "data": PATTERN_DETECTION_RUN},
    ),
    (
        "get pattern detection 404",
        "BuzzaboutError",
        placeholder_error("pattern_detection_run_not_found"),
    ),
    (
        "lifecycle: create",
        "PatternDetectionRunEnvelope",
        {"status": "success", "data": {"run_id": "pdr_01H...", "status": "pending"}},
    ),
    (
        "lifecycle: completed, bare",
        "PatternDetectionRunResponse",
        {"run_id": "pdr_01H...", "status": "completed", "pattern_id": "pt_01H..."},
    ),
    # buzzabout-custom-parameters.txt
    (
        "create custom parameter request",
        "CreateCustomParameterRequest",
        {
            "instructions": CUSTOM_PARAMETER["instructions"],
            "name": "Brand sentiment label",
            "value_type": "string",
        },
    ),
    (
        "create custom parameter success",
        "CustomParameterEnvelope",
        {"status": "info", "data": CUSTOM_PARAMETER},
    ),
    (
        "custom_parameter_limit_exceeded",
        "BuzzaboutError",
        placeholder_error("custom_parameter_limit_exceeded"),
    ),
    (
        "custom_parameter_duplicate_name",
        "BuzzaboutError",
        placeholder_error("custom_parameter_duplicate_name"),
    ),
    (
        "custom_parameter_empty_name",
        "BuzzaboutUnprocessableBody",
        placeholder_error("custom_parameter_empty_name"),
    ),
    (
        "list custom parameters",
        "CustomParameterList",
        {"status": "info", "data": [CUSTOM_PARAMETER]},
    ),
    (
        "preview request",
        "PreviewCustomParameterRequest",
        {
            "instructions": CUSTOM_PARAMETER["instructions"],
            "post_refs": [
                {"id": "t3_1oqliu8", "source": "reddit"},
                {"id": "7396418572401016102", "source": "tiktok"},
            ],
            "value_type": "string",
        },
    ),
    (
        "preview success",
        "PreviewResultEnvelope",
        {
            "status": "info",
            "data": {
                "results": [
                    {"post_id": "t3_1oqliu8", "source": "reddit", "value": "positive"},
                    {"post_id": "7396418572401016102", "source": "tiktok", "value": "neutral"},
                ]
            },
        },
    ),
    ("preview 422", "BuzzaboutUnprocessableBody", FASTAPI_PLACEHOLDER),
    (
        "get custom parameter",
        "CustomParameterEnvelope",
        {"status": "info", "data": CUSTOM_PARAMETER},
    ),
    (
        "custom_parameter_not_found",
        "BuzzaboutError",
        placeholder_error("custom_parameter_not_found"),
    ),
    (
        "update custom parameter request",
        "UpdateCustomParameterRequest",
        {"name": "Brand sentiment label (refined)"},
    ),
    (
        "create run request",
        "CreateCustomParameterRunRequest",
        {"scope": {"id": "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj", "kind": "dataset"}},
    ),
    (
        "create run success",
        "CustomParameterRunCreatedEnvelope",
        {"status": "info", "data": {"run_id": "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"}},
    ),
    (
        "insufficient_credits_content_analysis",
        "BuzzaboutError",
        placeholder_error("insufficient_credits_content_analysis"),
    ),
    (
        "custom_parameter_run_in_flight",
        "BuzzaboutError",
        placeholder_error("custom_parameter_run_in_flight"),
    ),
    ("nothing_to_analyze", "BuzzaboutUnprocessableBody", placeholder_error("nothing_to_analyze")),
    ("list runs", "CustomParameterRunList", {"status": "info", "data": [CUSTOM_PARAMETER_RUN]}),
    ("get run", "CustomParameterRunEnvelope", {"status": "info", "data": CUSTOM_PARAMETER_RUN}),
    # audiencelab-create-audience.md
    (
        "create audience request",
        "CreateAudienceRequest",
        AUDIENCELAB_REQUEST,
    ),
    (
        "create audience request (complete example)",
        "CreateAudienceRequest",
        {
            "name": "Software Engineers in NYC",
            "filters": {
                "age": {"minAge": 25, "maxAge": 45},
                "city": ["New York"],
                "businessProfile": {"industry": ["Software Development"]},
            },
            "days_back": 30,
        },
    ),
    (
        "create audience 200",
        "CreateAudienceResponse",
        {"audienceId": "812b78c3-83e6-4d6a-8245-def0dde26223"},
    ),
    (
        "create audience 400",
        "AudienceLabError",
        {"error": {"code": "VALIDATION_ERROR", "message": "Invalid request body"}},
    ),
    # leadpipe-intent-audience-runs.txt
    ("queue run request", "CreateIntentAudienceRunRequest", {"runType": "manual"}),
    ("queue run response", "IntentAudienceRunEnvelope", {"data": LEADPIPE_RUN}),
    (
        "list runs",
        "IntentAudienceRunList",
        {
            "data": [
                {
                    "id": "ad53af16-efbc-4fe1-a764-ded7181653a1",
                    "audienceId": "8c049a20-3385-42da-b710-0d038eff5812",
                    "status": "completed",
                    "runType": "daily",
                    "dataDate": "2026-05-04",
                    "candidateCount": 121463,
                    "resultCount": 20,
                    "startedAt": "2026-05-05T07:49:00.675Z",
                    "completedAt": "2026-05-05T07:49:03.000Z",
                }
            ]
        },
    ),
    # buzzabout-public/datasets.mdx
    ("create dataset request", "CreateDatasetRequest", {"name": "cold brew"}),
    (
        "create dataset 201",
        "DatasetEnvelope",
        {
            "status": "success",
            "data": {"id": "ds_01H...", "name": "cold brew", "created_at": "2026-05-01T12:00:00Z"},
        },
    ),
    (
        "list datasets 200",
        "DatasetList",
        {"status": "success", "data": [DATASET], "has_next": False, "cursor": None},
    ),
    ("get dataset 200", "DatasetEnvelope", {"status": "success", "data": DATASET}),
    (
        "dataset 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "dataset_not_found",
            "detail": "Dataset not found",
            "transient": False,
        },
    ),
    ("update dataset request", "UpdateDatasetRequest", {"name": "cold brew — Q2"}),
    (
        "create dataset run request (keyword search)",
        "CreateDatasetRunRequest",
        DATASET_RUN_PROMPT_REQUEST,
    ),
    (
        "create dataset run request (direct URLs)",
        "CreateDatasetRunRequest",
        DATASET_RUN_URL_REQUEST,
    ),
    ("create dataset run request (cURL)", "CreateDatasetRunRequest", DATASET_RUN_CURL_REQUEST),
    (
        "create dataset run 202",
        "DatasetRunEnvelope",
        {
            "status": "success",
            "data": {
                "id": "dr_01H...",
                "dataset_id": "ds_01H...",
                "status": {"type": "pending", "steps": []},
                "created_at": "2026-05-01T12:00:30Z",
            },
        },
    ),
    (
        "create dataset run 402",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "insufficient_credits_dataset_run",
            "detail": "Insufficient credits to start this dataset run",
            "transient": False,
        },
    ),
    ("get dataset run 200", "DatasetRunEnvelope", {"status": "success", "data": DATASET_RUN}),
    (
        "list dataset runs 200",
        "DatasetRunList",
        {"status": "success", "data": [DATASET_RUN], "has_next": False, "cursor": None},
    ),
    (
        "get dataset run 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "dataset_run_not_found",
            "detail": "Dataset run not found",
            "transient": False,
        },
    ),
    # buzzabout-public/concepts.mdx: a dataset and a run as the concepts page prints them
    (
        "concepts: dataset",
        "Dataset",
        {
            "id": "ds_01H...",
            "name": "cold brew",
            "mentions_count": 1247,
            "created_at": "2026-05-01T12:00:00Z",
            "url": "https://app.buzzabout.ai/datasets/ds_01H...",
        },
    ),
    (
        "concepts: run",
        "DatasetRun",
        {
            "id": "dr_01H...",
            "dataset_id": "ds_01H...",
            "status": {"type": "completed", "steps": []},
            "params": {
                "search_query": {"type": "prompt", "sources": ["reddit"], "search_query": "..."},
                "count": 200,
            },
            "mentions_count": 200,
        },
    ),
    # buzzabout-public/mentions.mdx
    ("list mentions request (minimal)", "ListMentionsRequest", MENTIONS_REQUEST_MINIMAL),
    ("list mentions request (filtered + sorted)", "ListMentionsRequest", MENTIONS_REQUEST_FILTERED),
    ("list mentions request (cURL)", "ListMentionsRequest", MENTIONS_REQUEST_CURL),
    (
        "list mentions 200",
        "MentionList",
        {
            "status": "success",
            "data": [MENTION],
            "has_next": True,
            "cursor": "eyJzb3J0X3ZhbHVlIjogIjAuMDIwIiwgImlkIjogInBvc3RfMDFIIn0",
        },
    ),
    (
        "list mentions 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "dataset_not_found",
            "detail": "Dataset not found",
            "transient": False,
        },
    ),
    (
        "list mentions 422 (more than 10 filters)",
        "BuzzaboutInvalidRequestBody",
        {
            "status": "client_error",
            "error_code": "unprocessable_entity",
            "detail": {
                "message": "Invalid request data",
                "errors": {"body.filters": "Maximum 10 filters allowed, got 12"},
            },
            "transient": False,
        },
    ),
    # buzzabout-public/audience-profiles.mdx
    (
        "list audience profiles request (minimal)",
        "ListAudienceProfilesRequest",
        PROFILES_REQUEST_MINIMAL,
    ),
    (
        "list audience profiles request (filtered + sorted)",
        "ListAudienceProfilesRequest",
        PROFILES_REQUEST_FILTERED,
    ),
    ("list audience profiles request (cURL)", "ListAudienceProfilesRequest", PROFILES_REQUEST_CURL),
    (
        "list audience profiles 200",
        "AudienceProfileList",
        {
            "status": "success",
            "data": [AUDIENCE_PROFILE],
            "has_next": True,
            "cursor": "MTQyMDAwOmFwXzAxSA",
        },
    ),
    (
        "list audience profiles 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "audience_dataset_not_found",
            "detail": "Audience dataset not found",
            "transient": False,
        },
    ),
    (
        "list audience profiles 422 (invalid cursor)",
        "BuzzaboutInvalidRequestBody",
        {
            "status": "client_error",
            "error_code": "unprocessable_entity",
            "detail": {
                "message": "Invalid request data",
                "errors": {"body.cursor": "Invalid cursor value"},
            },
            "transient": False,
        },
    ),
    # facts.md: patterns and Leadpipe results (shapes documented, values ours)
    ("get pattern 200", "PatternEnvelope", {"status": "success", "data": PATTERN}),
    ("get pattern item 200", "PatternItemEnvelope", {"status": "success", "data": PATTERN_ITEM}),
    (
        "intent run results 202 (not ready)",
        "IntentAudienceRunResultsEnvelope",
        {
            "data": {
                "run": LEADPIPE_RUN,
                "state": "queued",
                "results": [],
                "total": 0,
                "limit": 25,
                "offset": 0,
            }
        },
    ),
]

# (method, path, operationId, tag) of every operation of the spec, from the spec itself.
OPERATIONS = [
    (method, path, op["operationId"], op["tags"][0])
    for path, item in load_spec()["paths"].items()
    for method, op in item.items()
    if method in ("get", "post", "put", "patch", "delete")
]

# HTTP methods an OpenAPI path item may hold; each vendor's hosts (production first) and
# its security scheme.
METHODS = ("get", "post", "put", "patch", "delete")
HOSTS = {
    "buzzabout": (
        ["https://api.buzzabout.ai", "https://api.buzzabout-staging.com"],
        "BuzzaboutApiKey",
    ),
    "audiencelab": (["https://api.audiencelab.io"], "AudienceLabApiKey"),
    "leadpipe": (["https://api.aws53.cloud"], "LeadpipeApiKey"),
}
VENDORS = ["buzzabout", "audiencelab", "leadpipe"]

# ------------------------------------------------------------------ the clients, by vendor

SYNC: dict[str, Any] = {"bz": Buzzabout, "al": AudienceLab, "lp": Leadpipe}
ASYNC: dict[str, Any] = {"bz": AsyncBuzzabout, "al": AsyncAudienceLab, "lp": AsyncLeadpipe}
KEYS = {"bz": "bz_test_k", "al": "al_test_k", "lp": "sk_test_k"}
HEADERS = {"bz": "x-api-key", "al": "X-Api-Key", "lp": "x-api-key"}

# ------------------------------------------------------------------ one case per operation

LP = "8c049a20-3385-42da-b710-0d038eff5812"
AUDIENCE_DATASET = {
    "id": "ad_01H...",
    "name": "cold brew creators",
    "profile_count": 850,
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:30:00Z",
}
# What the clients' ManualClock reads when a test starts (2026-05-01T12:00:00Z).
CLOCK_START = dt.datetime(2026, 5, 1, 12, tzinfo=UTC)


def at(epoch: int) -> dt.datetime:
    """Epoch seconds as the aware UTC datetime the facade gives."""
    return dt.datetime.fromtimestamp(epoch, UTC)


AUDIENCE_DATASET_MODEL = AudienceDataset(
    id="ad_01H...",
    name="cold brew creators",
    profile_count=850,
    created_at=dt.datetime(2026, 5, 1, 12, tzinfo=UTC),
    updated_at=dt.datetime(2026, 5, 1, 12, 30, tzinfo=UTC),
)
AUDIENCE_DATASET_RUN_DONE_MODEL = AudienceDatasetRun(
    id="adr_01H...",
    status=RunStatus.COMPLETED,
    raw_status="completed",
    created_at=dt.datetime(2026, 5, 1, 12, 0, 30, tzinfo=UTC),
    updated_at=dt.datetime(2026, 5, 1, 12, 20, 10, tzinfo=UTC),
    # The document's steps carry 2024 epochs: the last step's time is when it finished.
    completed_at=at(1714566010),
    steps=(
        Step("fetch_posts", at(1714564890)),
        Step("collect_profiles", at(1714565410)),
        Step("analyze_profiles", at(1714566010)),
    ),
    progress=Progress(3, 0, 3),
    audience_dataset_id="ad_01H...",
    source_dataset_id="ds_01H...",
    target_profile_count=850,
    profile_count=850,
)
CUSTOM_PARAMETER_MODEL = CustomParameter(
    id="cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    name="Brand sentiment label",
    instructions=str(CUSTOM_PARAMETER["instructions"]),
    value_type="string",
    created_at=at(1746090862),
    updated_at=at(1746091984),
)
CUSTOM_PARAMETER_RUN_MODEL = CustomParameterRun(
    id="cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    status=RunStatus.RUNNING,
    raw_status="processing",
    created_at=at(1746090862),
    updated_at=at(1746091984),
    progress=Progress(124, 2, 187),
    custom_parameter_id="cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    dataset_id="ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
)
LEADPIPE_RUN_MODEL = IntentAudienceRun(
    id="ad53af16-efbc-4fe1-a764-ded7181653a1",
    status=RunStatus.QUEUED,
    raw_status="queued",
    created_at=dt.datetime(2026, 5, 5, 9, 30, tzinfo=UTC),
    audience_id=LP,
    organization_id="a1657c63-bed2-41b4-b816-f09614490057",
    run_type="manual",
    config_hash="8e7f74e01dd2ce8cd0c12969155eac44d624818f1de711f175aab34d2ab193a8",
    data_date=dt.date(2026, 5, 4),
    candidate_count=0,
    result_count=0,
    attempts=0,
)


@attrs.frozen
class Case:
    """One operation: the client, the route, the documents' answer, the call, the result."""

    name: str
    vendor: str
    method: str
    path: str
    status: int
    body: Any
    call: Callable[[Any], Any]
    expected: Any
    sent: dict[str, Any] | None = None
    query: dict[str, str] | None = None


CASES = [
    Case(
        "create audience dataset",
        "bz",
        "POST",
        "/v1/audience_datasets",
        201,
        {
            "status": "success",
            "data": {
                "id": "ad_01H...",
                "name": "cold brew creators",
                "created_at": "2026-05-01T12:00:00Z",
            },
        },
        lambda c: c.audience_datasets.create(name="cold brew creators"),
        AudienceDataset(
            id="ad_01H...",
            name="cold brew creators",
            created_at=dt.datetime(2026, 5, 1, 12, tzinfo=UTC),
        ),
        sent={"name": "cold brew creators"},
    ),
    Case(
        "list audience datasets",
        "bz",
        "GET",
        "/v1/audience_datasets",
        200,
        {"status": "success", "data": [AUDIENCE_DATASET], "has_next": False, "cursor": None},
        lambda c: c.audience_datasets.list(limit=50, order="asc"),
        [AUDIENCE_DATASET_MODEL],
        query={"limit": "50", "order": "asc"},
    ),
    Case(
        "get audience dataset",
        "bz",
        "GET",
        "/v1/audience_datasets/ad_01H...",
        200,
        {"status": "success", "data": AUDIENCE_DATASET},
        lambda c: c.audience_datasets.get("ad_01H..."),
        AUDIENCE_DATASET_MODEL,
    ),
    Case(
        "update audience dataset",
        "bz",
        "PATCH",
        "/v1/audience_datasets/ad_01H...",
        200,
        {"status": "success", "data": AUDIENCE_DATASET},
        lambda c: c.audience_datasets.update("ad_01H...", name="cold brew creators"),
        AUDIENCE_DATASET_MODEL,
        sent={"name": "cold brew creators"},
    ),
    Case(
        "delete audience dataset",
        "bz",
        "DELETE",
        "/v1/audience_datasets/ad_01H...",
        204,
        None,
        lambda c: c.audience_datasets.delete("ad_01H..."),
        None,
    ),
    Case(
        "create audience dataset run",
        "bz",
        "POST",
        "/v1/audience_datasets/ad_01H.../runs",
        202,
        {
            "status": "success",
            "data": {
                "id": "adr_01H...",
                "audience_dataset_id": "ad_01H...",
                "source_dataset_id": "ds_01H...",
                "status": {"type": "pending", "steps": []},
                "created_at": "2026-05-01T12:00:30Z",
            },
        },
        lambda c: c.audience_datasets.runs.create(
            "ad_01H...", source_dataset_id="ds_01H...", total_profile_count=850
        ),
        AudienceDatasetRun(
            id="adr_01H...",
            status=RunStatus.QUEUED,
            raw_status="pending",
            created_at=dt.datetime(2026, 5, 1, 12, 0, 30, tzinfo=UTC),
            progress=Progress(0, 0, 3),
            audience_dataset_id="ad_01H...",
            source_dataset_id="ds_01H...",
            target_profile_count=850,  # what was sent: the answer leaves it out
        ),
        sent={"source_dataset_id": "ds_01H...", "total_profile_count": 850},
    ),
    Case(
        "list audience dataset runs",
        "bz",
        "GET",
        "/v1/audience_datasets/ad_01H.../runs",
        200,
        {
            "status": "success",
            "data": [AUDIENCE_DATASET_RUN_DONE],
            "has_next": False,
            "cursor": None,
        },
        lambda c: c.audience_datasets.runs.list("ad_01H..."),
        [AUDIENCE_DATASET_RUN_DONE_MODEL],
    ),
    Case(
        "get audience dataset run",
        "bz",
        "GET",
        "/v1/audience_datasets/ad_01H.../runs/adr_01H...",
        200,
        {"status": "success", "data": AUDIENCE_DATASET_RUN_DONE},
        lambda c: c.audience_datasets.runs.get("ad_01H...", "adr_01H..."),
        AUDIENCE_DATASET_RUN_DONE_MODEL,
    ),
    Case(
        "create pattern detection",
        "bz",
        "POST",
        "/v1/pattern_detections",
        202,
        {"status": "info", "data": PATTERN_DETECTION_RUN},
        lambda c: c.pattern_detections.create(
            dataset_id="ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
            name="Pricing complaints",
            research_question="What recurring complaints come up about pricing?",
        ),
        PatternDetectionRun(
            id="pdr_2NK4Z",
            status=RunStatus.QUEUED,
            raw_status="pending",
            created_at=dt.datetime(2024, 6, 1, tzinfo=UTC),
            dataset_id="ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
            name="Pricing complaints",
            research_question="What recurring complaints come up about pricing?",
        ),
        sent={
            "dataset_id": "ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
            "name": "Pricing complaints",
            "research_question": "What recurring complaints come up about pricing?",
        },
    ),
    Case(
        "get pattern detection (bare, completed)",
        "bz",
        "GET",
        "/v1/pattern_detections/pdr_01H...",
        200,
        {"run_id": "pdr_01H...", "status": "completed", "pattern_id": "pt_01H..."},
        lambda c: c.pattern_detections.get("pdr_01H..."),
        PatternDetectionRun(
            id="pdr_01H...",
            status=RunStatus.COMPLETED,
            raw_status="completed",
            pattern_id="pt_01H...",
        ),
    ),
    Case(
        "create custom parameter",
        "bz",
        "POST",
        "/v1/custom_parameters",
        201,
        {"status": "info", "data": CUSTOM_PARAMETER},
        lambda c: c.custom_parameters.create(
            name="Brand sentiment label",
            instructions=CUSTOM_PARAMETER["instructions"],
            value_type="string",
        ),
        CUSTOM_PARAMETER_MODEL,
        sent={
            "name": "Brand sentiment label",
            "instructions": CUSTOM_PARAMETER["instructions"],
            "value_type": "string",
        },
    ),
    Case(
        "list custom parameters",
        "bz",
        "GET",
        "/v1/custom_parameters",
        200,
        {"status": "info", "data": [CUSTOM_PARAMETER]},
        lambda c: c.custom_parameters.list(),
        [CUSTOM_PARAMETER_MODEL],
    ),
    Case(
        "preview custom parameter",
        "bz",
        "POST",
        "/v1/custom_parameters/preview",
        200,
        {
            "status": "info",
            "data": {
                "results": [
                    {"post_id": "t3_1oqliu8", "source": "reddit", "value": "positive"},
                    {"post_id": "7396418572401016102", "source": "tiktok", "value": "neutral"},
                ]
            },
        },
        lambda c: c.custom_parameters.preview(
            instructions="x",
            value_type="string",
            post_refs=[PostRef("t3_1oqliu8", "reddit"), ("7396418572401016102", "tiktok")],
        ),
        [
            PreviewResult("t3_1oqliu8", "reddit", "positive"),
            PreviewResult("7396418572401016102", "tiktok", "neutral"),
        ],
        sent={
            "instructions": "x",
            "value_type": "string",
            "post_refs": [
                {"id": "t3_1oqliu8", "source": "reddit"},
                {"id": "7396418572401016102", "source": "tiktok"},
            ],
        },
    ),
    Case(
        "get custom parameter",
        "bz",
        "GET",
        "/v1/custom_parameters/cp_1",
        200,
        {"status": "info", "data": CUSTOM_PARAMETER},
        lambda c: c.custom_parameters.get("cp_1"),
        CUSTOM_PARAMETER_MODEL,
    ),
    Case(
        "update custom parameter",
        "bz",
        "PATCH",
        "/v1/custom_parameters/cp_1",
        200,
        {"status": "info", "data": CUSTOM_PARAMETER},
        lambda c: c.custom_parameters.update("cp_1", name="Brand sentiment label (refined)"),
        CUSTOM_PARAMETER_MODEL,
        sent={"name": "Brand sentiment label (refined)"},
    ),
    Case(
        "delete custom parameter",
        "bz",
        "DELETE",
        "/v1/custom_parameters/cp_1",
        204,
        None,
        lambda c: c.custom_parameters.delete("cp_1"),
        None,
    ),
    Case(
        "create custom parameter run",
        "bz",
        "POST",
        "/v1/custom_parameters/cp_1/runs",
        202,
        {"status": "info", "data": {"run_id": "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"}},
        lambda c: c.custom_parameters.runs.create(
            "cp_1", dataset_id="ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"
        ),
        CustomParameterRun(
            id="cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
            status=RunStatus.QUEUED,
            created_at=CLOCK_START,  # the answer holds the id only: accepted now
            custom_parameter_id="cp_1",
            dataset_id="ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
        ),
        sent={"scope": {"kind": "dataset", "id": "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"}},
    ),
    Case(
        "list custom parameter runs",
        "bz",
        "GET",
        "/v1/custom_parameters/cp_1/runs",
        200,
        {"status": "info", "data": [CUSTOM_PARAMETER_RUN]},
        lambda c: c.custom_parameters.runs.list("cp_1"),
        [CUSTOM_PARAMETER_RUN_MODEL],
    ),
    Case(
        "get custom parameter run",
        "bz",
        "GET",
        "/v1/custom_parameters/cp_1/runs/cpr_1",
        200,
        {"status": "info", "data": CUSTOM_PARAMETER_RUN},
        lambda c: c.custom_parameters.runs.get("cp_1", "cpr_1"),
        CUSTOM_PARAMETER_RUN_MODEL,
    ),
    Case(
        "create audience",
        "al",
        "POST",
        "/audiences",
        200,
        {"audienceId": "812b78c3-83e6-4d6a-8245-def0dde26223"},
        lambda c: c.audiences.create(**AUDIENCELAB_REQUEST),
        Audience("812b78c3-83e6-4d6a-8245-def0dde26223"),
        sent=AUDIENCELAB_REQUEST,
    ),
    Case(
        "create intent audience run",
        "lp",
        "POST",
        f"/v1/intent/audiences/{LP}/runs",
        201,
        {"data": LEADPIPE_RUN},
        lambda c: c.intent_audiences.runs.create(LP, idempotency_key="unique-client-retry-key"),
        LEADPIPE_RUN_MODEL,
        sent={"runType": "manual"},
    ),
    Case(
        "list intent audience runs",
        "lp",
        "GET",
        f"/v1/intent/audiences/{LP}/runs",
        200,
        {"data": [LEADPIPE_RUN]},
        lambda c: c.intent_audiences.runs.list(LP, limit=25),
        [LEADPIPE_RUN_MODEL],
        query={"limit": "25"},
    ),
    Case(
        "cancel intent audience run",
        "lp",
        "DELETE",
        f"/v1/intent/audiences/{LP}/runs/run_1",
        200,
        {
            "data": {
                **LEADPIPE_RUN,
                "status": "cancelled",
                "cancelledAt": "2026-05-05T09:31:00.000Z",
            }
        },
        lambda c: c.intent_audiences.runs.cancel(LP, "run_1"),
        None,
    ),
]

# ------------------------------------------------------------------ from search to results

DATASET_MODEL = Dataset(
    id="ds_01H...",
    name="cold brew",
    mentions_count=1247,
    url="https://app.buzzabout.ai/datasets/ds_01H...",
    created_at=dt.datetime(2026, 5, 1, 12, tzinfo=UTC),
    updated_at=dt.datetime(2026, 5, 1, 12, 30, tzinfo=UTC),
)
DATASET_RUN_MODEL = DatasetRun(
    id="dr_01H...",
    status=RunStatus.COMPLETED,
    raw_status="completed",
    created_at=dt.datetime(2026, 5, 1, 12, 0, 30, tzinfo=UTC),
    updated_at=dt.datetime(2026, 5, 1, 12, 3, 30, tzinfo=UTC),
    completed_at=at(1714565010),
    steps=(Step("scraping", at(1714564890)), Step("analysis", at(1714565010))),
    dataset_id="ds_01H...",
    mentions_count=200,
    params=DatasetRunParams(
        search_type="prompt",
        search_query="cold brew",
        sources=("reddit",),
        count=200,
        num_comments_per_post=10,
        country_code="US",
        enable_visual_recognition=False,
        enable_transcribing=False,
        content_analysis_actions=("sentiment", "hook"),
    ),
)
PATTERN_ITEM_MODEL = PatternItem(
    item_id="pti_01H...",
    title="Subscription price hikes",
    synopsis="Posters compare this year's price with last year's.",
    post_count=2,
    post_refs=(PostRef("t3_1oqliu8", "reddit"), PostRef("7396418572401016102", "tiktok")),
)
RESULT_ROWS = [
    {"companyName": "Example Roasters", "email": "dana@example.org", "intentScore": 87},
    {"companyName": "Bean Co", "email": "sam@example.org", "intentScore": 64},
]
LEADPIPE_RESULTS = {
    "data": {
        "run": {**LEADPIPE_RUN, "status": "completed", "completedAt": "2026-05-05T09:40:00.000Z"},
        "state": "completed",
        "results": RESULT_ROWS,
        "total": 2,
        "limit": 25,
        "offset": 0,
    }
}
RUN_ID = str(LEADPIPE_RUN["id"])


def _page(item: dict[str, Any]) -> dict[str, Any]:
    return {"status": "success", "data": [item], "has_next": False, "cursor": None}


CASES += [
    Case(
        "create dataset",
        "bz",
        "POST",
        "/v1/datasets",
        201,
        {"status": "success", "data": {k: DATASET[k] for k in ("id", "name", "created_at")}},
        lambda c: c.datasets.create(name="cold brew"),
        Dataset(
            id="ds_01H...", name="cold brew", created_at=dt.datetime(2026, 5, 1, 12, tzinfo=UTC)
        ),
        sent={"name": "cold brew"},
    ),
    Case(
        "list datasets",
        "bz",
        "GET",
        "/v1/datasets",
        200,
        _page(DATASET),
        lambda c: c.datasets.list(limit=10, order="desc"),
        [DATASET_MODEL],
        query={"limit": "10", "order": "desc"},
    ),
    Case(
        "get dataset",
        "bz",
        "GET",
        "/v1/datasets/ds_01H...",
        200,
        {"status": "success", "data": DATASET},
        lambda c: c.datasets.get("ds_01H..."),
        DATASET_MODEL,
    ),
    Case(
        "update dataset",
        "bz",
        "PATCH",
        "/v1/datasets/ds_01H...",
        200,
        {"status": "success", "data": DATASET},
        lambda c: c.datasets.update("ds_01H...", name="cold brew — Q2"),
        DATASET_MODEL,
        sent={"name": "cold brew — Q2"},
    ),
    Case(
        "delete dataset",
        "bz",
        "DELETE",
        "/v1/datasets/ds_01H...",
        204,
        None,
        lambda c: c.datasets.delete("ds_01H..."),
        None,
    ),
    Case(
        "create dataset run (prompt search)",
        "bz",
        "POST",
        "/v1/datasets/ds_01H.../runs",
        202,
        {
            "status": "success",
            "data": {
                "id": "dr_01H...",
                "dataset_id": "ds_01H...",
                "status": {"type": "pending", "steps": []},
                "created_at": "2026-05-01T12:00:30Z",
            },
        },
        lambda c: c.datasets.runs.create(
            "ds_01H...",
            search_query="cold brew coffee",
            sources=["reddit", "tiktok", "youtube"],
            count=200,
            num_comments_per_post=10,
            country_code="US",
        ),
        DatasetRun(
            id="dr_01H...",
            status=RunStatus.QUEUED,
            raw_status="pending",
            created_at=dt.datetime(2026, 5, 1, 12, 0, 30, tzinfo=UTC),
            dataset_id="ds_01H...",
        ),
        sent=DATASET_RUN_PROMPT_REQUEST,
    ),
    Case(
        "list dataset runs",
        "bz",
        "GET",
        "/v1/datasets/ds_01H.../runs",
        200,
        _page(DATASET_RUN),
        lambda c: c.datasets.runs.list("ds_01H..."),
        [DATASET_RUN_MODEL],
    ),
    Case(
        "get dataset run",
        "bz",
        "GET",
        "/v1/datasets/ds_01H.../runs/dr_01H...",
        200,
        {"status": "success", "data": DATASET_RUN},
        lambda c: c.datasets.runs.get("ds_01H...", "dr_01H..."),
        DATASET_RUN_MODEL,
    ),
    Case(
        "list mentions (filtered + sorted)",
        "bz",
        "POST",
        "/v1/mentions",
        200,
        _page(MENTION),
        lambda c: c.mentions.list(
            dataset_ids=["ds_01H..."],
            sources=["reddit", "tiktok"],
            sort="engagement_rate",
            order="desc",
            limit=50,
            filters=[
                [filters.sentiment("positive"), filters.has_media()],
                [filters.keyword("nitro")],
            ],
        ),
        [Mention(MENTION)],
        sent=MENTIONS_REQUEST_FILTERED,
    ),
    Case(
        "list audience profiles (filtered + sorted)",
        "bz",
        "POST",
        "/v1/audience_profiles",
        200,
        _page(AUDIENCE_PROFILE),
        lambda c: c.audience_profiles.list(
            audience_dataset_ids=["ad_01H..."],
            sort="follower_count",
            order="desc",
            limit=50,
            filters=[[filters.is_verified(), filters.follower_count(greater_than=10000)]],
        ),
        [AudienceProfile(AUDIENCE_PROFILE)],
        sent=PROFILES_REQUEST_FILTERED,
    ),
    Case(
        "get pattern",
        "bz",
        "GET",
        "/v1/patterns/pt_01H...",
        200,
        {"status": "success", "data": PATTERN},
        lambda c: c.patterns.get("pt_01H..."),
        Pattern(
            id="pt_01H...",
            summary="Three recurring complaints about pricing.",
            items=(
                PatternItem(
                    item_id="pti_01H...",
                    title="Subscription price hikes",
                    synopsis="Posters compare this year's price with last year's.",
                    post_count=2,
                ),
            ),
        ),
    ),
    Case(
        "get pattern item",
        "bz",
        "GET",
        "/v1/patterns/pt_01H.../items/pti_01H...",
        200,
        {"status": "success", "data": PATTERN_ITEM},
        lambda c: c.patterns.items.get("pt_01H...", "pti_01H..."),
        PATTERN_ITEM_MODEL,
    ),
    Case(
        "list intent audience run results",
        "lp",
        "GET",
        f"/v1/intent/audiences/{LP}/runs/{RUN_ID}/results",
        200,
        LEADPIPE_RESULTS,
        lambda c: c.intent_audiences.runs.results(LP, RUN_ID, limit=25),
        RESULT_ROWS,
        query={"limit": "25", "offset": "0"},
    ),
]

# ------------------------------------------------------------------ issue 20: fidelity findings

# leadpipe-orbit/get-people.md: the pending (202) body, and the completed (200) body up to
# where the stored copy is cut (inside the first row's `company.industryGroup`, left out).
GET_PEOPLE_ROW = {
    "hashedEmail": "50c41e8bb3919b482ed996c139cc85935d2bef278ebc42a22f8c84b04b73709b",
    "firstName": "sherry",
    "lastName": "lynn",
    "fullName": "sherry lynn",
    "businessEmail": "sherry@example.com",
    "personalEmail": "sherry.personal@example.com",
    "email": "sherry.personal@example.com",
    "primaryContactEmail": "sherry@example.com",
    "phone": "+18005551212",
    "linkedinUrl": "https://linkedin.com/in/example",
    "headline": "director of marketing",
    "jobTitle": "director of marketing operations",
    "seniority": "director",
    "department": "marketing",
    "company": {
        "name": "example company",
        "domain": "example.com",
        "industry": "software development",
    },
}
PAYLOADS += [
    (
        "intent run results 202 (get-people page)",
        "IntentAudienceRunResultsEnvelope",
        {
            "data": {
                "run": {
                    "id": "ad53af16-efbc-4fe1-a764-ded7181653a1",
                    "status": "running",
                    "runType": "manual",
                    "candidateCount": 0,
                    "resultCount": 0,
                },
                "state": "running",
                "results": [],
                "total": 0,
                "limit": 50,
                "offset": 0,
            }
        },
    ),
    (
        "intent run results 200 (get-people page, cut in its first row)",
        "IntentAudienceRunResultsEnvelope",
        {
            "data": {
                "run": {
                    "id": "ad53af16-efbc-4fe1-a764-ded7181653a1",
                    "status": "completed",
                    "runType": "manual",
                    "candidateCount": 121463,
                    "resultCount": 20,
                    "completedAt": "2026-05-05T16:52:31.000Z",
                },
                "results": [GET_PEOPLE_ROW],
            }
        },
    ),
    # Leadpipe's own SDK reads a string `error` (leadpipe-com/sdk, errors.ts).
    ("leadpipe string error", "LeadpipeErrorBody", {"error": "Unauthorized"}),
    # buzzabout-public/mentions.mdx: the 422 with field errors, named API-wide by the overview.
    (
        "buzzabout 422 with field errors (any operation)",
        "BuzzaboutUnprocessableBody",
        {
            "status": "client_error",
            "error_code": "unprocessable_entity",
            "detail": {
                "message": "Invalid request data",
                "errors": {"body.filters": "Maximum 10 filters allowed, got 12"},
            },
            "transient": False,
        },
    ),
]

# ------------------------------------------------------------------ issue 20: the whole job at every vendor


# The documents' payloads of those operations, as printed (placeholders included). Where
# a page prints a TypeScript type or a Mintlify placeholder rather than values, the entry
# says so.
ACCOUNT: dict[str, Any] = {
    "account_id": "acc_01HZ456",
    "created_at": 1717200000,
    "email": "person@example.com",
    "id": "user_01HZ123",
    "members": [
        {
            "email": "person@example.com",
            "name": "Person Surname",
            "type": "member",
            "user_id": "user_01HZ123",
        },
        {"email": "newhire@example.com", "type": "invitation"},
    ],
    "name": "Person Surname",
    "plan": {
        "features": {
            "api_access": True,
            "audience_research": True,
            "csv_export": True,
            "custom_date_filter": True,
            "daily_digest": True,
            "digest_webhook": False,
            "mcp": True,
            "multisource_research": True,
            "webhooks": True,
        },
        "limits": {
            "max_research_depth": 50,
            "num_seats": 3,
            "parallelism": 4,
            "projects": 5,
            "tracking_agents": 10,
        },
        "name": "Pro",
        "type": "pro",
    },
    "team_name": "Acme",
    "teams": [{"account_id": "acc_01HZ456", "name": "Acme"}],
    "usage": {"credits_total": 5000, "credits_used": 1234, "renews_at": 1748736000},
}
USAGE_RECORD = {"category": "mention", "created_at": 1717200000, "id": 9183271, "quantity": 0.5}
CREDIT_PRICES = {"mention": 1, "audience_profile": 3, "post_processing": 0.5, "ai_assistant": 15}
# leadpipe-orbit/preview-audience.md: the topic record of `matchedTopics` (the older spec's shape).
INTENT_TOPIC = {
    "topicId": 117805,
    "topicName": "Marketing ROI",
    "type": "b2b",
    "industry": "Marketing",
    "category": "Service",
}
INTENT_FILTERS = {
    "company.industries": {"values": ["software development"]},
    "role.seniority": {"values": ["director", "vp", "c_suite"]},
    "contact.hasBusinessEmail": True,
}
INTENT_CONFIG_GUIDE = {
    "topicIds": [117805, 117890],
    "minScore": 70,
    "maxScore": 99,
    "minTopicOverlap": 1,
    "filters": INTENT_FILTERS,
}
INTENT_CONFIG_REFERENCE = {
    "topicIds": [502909, 502955],
    "minScore": 50,
    "maxScore": 99,
    "minTopicOverlap": 1,
    "filters": {
        "role": {"isDecisionMaker": True},
        "contact": {"hasBusinessEmail": True},
        "jobTitle": {"include": ["chief financial officer", "cfo"], "includeMode": "any"},
    },
    "sourceUrl": "https://example.com",
}
INTENT_AUDIENCE_CREATE_REQUEST = {
    "name": "Marketing Directors at Tech Companies",
    "status": "draft",
    "config": {
        "topicIds": [117805, 117890, 117918],
        "minScore": 70,
        "maxScore": 99,
        "minTopicOverlap": 2,
        "filters": INTENT_FILTERS,
    },
}
INTENT_AUDIENCE_UPDATE_REQUEST = {
    "name": "Updated Name",
    "config": {
        "topicIds": [117805],
        "minScore": 80,
        "filters": {
            "jobTitle.include": {
                "values": ["chief financial officer", "cfo"],
                "operator": "contains",
                "mode": "any",
            }
        },
    },
}
INTENT_AUDIENCE = {
    "id": "6fb81599-f601-4afe-b3ff-e8a211cae27d",
    "organizationId": "0f1815d3-6edc-4e8e-87e1-4d65ef4f1d2c",
    "name": "Marketing Directors at Tech Companies",
    "status": "draft",
    "accessType": "paid",
    "dailyRefreshEnabled": False,
    "audienceSize": 0,
    "createdAt": "2026-05-05T09:15:00.000Z",
    "updatedAt": "2026-05-05T09:15:00.000Z",
}
INTENT_AUDIENCE_LISTED = {
    "id": "6fb81599-f601-4afe-b3ff-e8a211cae27d",
    "name": "Marketing Directors at Tech Companies",
    "status": "active",
    "accessType": "paid",
    "dailyRefreshEnabled": True,
    "audienceSize": 151,
    "lastRefreshedAt": "2026-05-05T08:45:00.000Z",
    "createdAt": "2026-05-04T16:20:00.000Z",
}
INTENT_PREVIEW: dict[str, Any] = {
    "configHash": "e37de01af6cc6fec...",
    "dataDate": "2026-05-04",
    "strategy": "serving_table_in",
    "totalCount": 1480,
    "breakdowns": {
        "industries": [
            {"value": "software development", "label": "Software Development", "count": 415}
        ],
        "seniorities": [{"value": "director", "label": "Director", "count": 540}],
    },
    "sample": [
        {
            "hashedEmail": "50c41e8bb3919b48...",
            "firstName": "christine",
            "lastName": "chen",
            "jobTitle": "senior director product marketing",
            "seniority": "director",
            "company": {
                "name": "salesforce",
                "domain": "salesforce.com",
                "industry": "software development",
            },
            "intent": {"score": 87, "topicOverlap": 2, "matchedTopics": [INTENT_TOPIC]},
        }
    ],
    "appliedFilters": ["company.industries", "role.seniority", "contact.hasBusinessEmail"],
}
INTENT_RUN_STATS: dict[str, Any] = {
    "run": {
        "id": "ad53af16-efbc-4fe1-a764-ded7181653a1",
        "audienceId": "8c049a20-3385-42da-b710-0d038eff5812",
        "status": "completed",
        "runType": "manual",
        "resultCount": 151,
        "completedAt": "2026-05-05T08:45:03.000Z",
    },
    "stats": {
        "total": 151,
        "fillRates": {
            "hashedEmail": {"count": 151, "percent": 100},
            "email": {"count": 151, "percent": 100},
            "firstName": {"count": 103, "percent": 68.21},
            "jobTitle": {"count": 59, "percent": 39.07},
            "company.name": {"count": 70, "percent": 46.36},
            "linkedinUrl": {"count": 57, "percent": 37.75},
        },
        "scoreHistogram": [
            {"bucket": "50-69", "count": 24, "percent": 15.89},
            {"bucket": "70-89", "count": 111, "percent": 73.51},
            {"bucket": "90-99", "count": 16, "percent": 10.6},
        ],
        "averages": {},
    },
}
UUID_PLACEHOLDER = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
TIME_PLACEHOLDER = "2023-11-07T05:31:56Z"
INTENT_RUN_EXPORT_REFERENCE: dict[str, Any] = {
    "data": {
        "export": {
            "id": UUID_PLACEHOLDER,
            "organizationId": UUID_PLACEHOLDER,
            "audienceId": UUID_PLACEHOLDER,
            "runId": UUID_PLACEHOLDER,
            "exportType": "csv",
            "status": "processing",
            "storageProvider": "b2",
            "contentType": "<string>",
            "byteSize": 123,
            "rowCount": 123,
            "bucketName": "<string>",
            "fileId": "<string>",
            "fileName": "<string>",
            "contentSha1": "<string>",
            "errorCode": "<string>",
            "errorMessage": "<string>",
            "requestedBy": UUID_PLACEHOLDER,
            "completedAt": TIME_PLACEHOLDER,
            "expiresAt": TIME_PLACEHOLDER,
            "createdAt": TIME_PLACEHOLDER,
            "updatedAt": TIME_PLACEHOLDER,
        },
        "downloadUrl": "<string>",
        "downloadUrlExpiresAt": TIME_PLACEHOLDER,
        "downloadUrlTtlSeconds": 123,
    },
    "meta": {"timestamp": TIME_PLACEHOLDER, "request_id": "<string>"},
}
AUDIENCELAB_AUDIENCE = {
    "id": "aa1a0c14-2dff-4389-b025-06a308df9ee9",
    "name": "My Test Audience",
    "next_scheduled_refresh": None,
    "scheduled_refresh": False,
    "refresh_interval": None,
    "webhook_url": None,
}
PAYLOADS += [
    # buzzabout-account-and-credits.md
    ("get account 200", "AccountEnvelope", {"status": "info", "data": ACCOUNT}),
    (
        "list usage history 200",
        "UsageHistoryList",
        {"status": "info", "data": [USAGE_RECORD], "has_next": True, "cursor": "string"},
    ),
    (
        "usage history invalid_cursor",
        "BuzzaboutUnprocessableBody",
        placeholder_error("invalid_cursor"),
    ),
    ("credit prices 200", "CreditPricesEnvelope", {"status": "success", "data": CREDIT_PRICES}),
    # leadpipe-orbit/*.md and leadpipe-api-reference/*.md
    ("topic record (preview page's matchedTopics)", "IntentTopic", INTENT_TOPIC),
    ("validate request (preview page)", "IntentAudienceConfig", INTENT_CONFIG_GUIDE),
    ("validate request (API reference)", "IntentAudienceConfig", INTENT_CONFIG_REFERENCE),
    (
        "validate 200 (API reference, placeholders)",
        "IntentAudienceValidationEnvelope",
        {
            "data": {
                "valid": True,
                "configHash": "<string>",
                "normalizedConfig": {
                    "topicIds": [123],
                    "minScore": 49,
                    "maxScore": 99,
                    "minTopicOverlap": 1,
                    "filters": {},
                    "sourceUrl": "<string>",
                },
                "appliedFilters": ["<string>"],
                "strategy": "serving_table_in",
            },
            "meta": {"timestamp": TIME_PLACEHOLDER, "request_id": "<string>"},
        },
    ),
    (
        "preview request (preview page)",
        "IntentAudienceConfig",
        {**INTENT_CONFIG_GUIDE, "filters": INTENT_FILTERS},
    ),
    (
        "preview 200 (preview page, cut after appliedFilters)",
        "IntentAudiencePreviewEnvelope",
        {"data": INTENT_PREVIEW},
    ),
    (
        "create audience request (manage page)",
        "CreateIntentAudienceRequest",
        INTENT_AUDIENCE_CREATE_REQUEST,
    ),
    ("create audience response (manage page)", "IntentAudienceEnvelope", {"data": INTENT_AUDIENCE}),
    ("list audiences 200 (manage page)", "IntentAudienceList", {"data": [INTENT_AUDIENCE_LISTED]}),
    ("activate (manage page)", "UpdateIntentAudienceRequest", {"status": "active"}),
    ("pause (manage page)", "UpdateIntentAudienceRequest", {"status": "paused"}),
    ("update config (manage page)", "UpdateIntentAudienceRequest", INTENT_AUDIENCE_UPDATE_REQUEST),
    ("run stats 200 (stats-and-export page)", "IntentRunStatsEnvelope", {"data": INTENT_RUN_STATS}),
    (
        "stored export (API reference, placeholders)",
        "IntentRunExportEnvelope",
        INTENT_RUN_EXPORT_REFERENCE,
    ),
    # audiencelab-reading-audiences.md, source A (community-observed)
    (
        "list audiences 200 (community source A)",
        "AudienceLabAudienceList",
        {
            "total_records": 50,
            "page_size": 100,
            "page": 1,
            "total_pages": 1,
            "data": [AUDIENCELAB_AUDIENCE],
        },
    ),
    (
        "audience metadata (community source B's reading of GET /audiences/{id})",
        "AudienceLabMemberPage",
        AUDIENCELAB_AUDIENCE,
    ),
    (
        "error (community source B)",
        "AudienceLabCommunityError",
        {"error": "Bad Request", "status": 400},
    ),
]

# ------------------------------------------------------------------ issue 20: Buzzabout and AudienceLab

# No document prints a member row with values (audiencelab-reading-audiences.md): the
# field names are community source C's, the values ours.
AUDIENCELAB_MEMBER = {
    "UUID": "5b1f4a52-8d0e-4c7a-9a3e-0f6b2d7c9e11",
    "FIRST_NAME": "Dana",
    "LAST_NAME": "Rivera",
    "BUSINESS_EMAIL": "drivera@example-roasters.com",
    "COMPANY_NAME": "Example Roasters",
    "JOB_TITLE": "Head of Marketing",
    "PERSONAL_CITY": "New York",
    "SKIPTRACE_MATCH_SCORE": 87,
    "PERSONAL_VERIFIED_EMAILS": None,
}
# No document prints a mention with `custom_parameters` (one sentence says where the value
# is): a value of the custom-parameters page's one parameter, under its id.
MENTION_WITH_VALUES = {**MENTION, "custom_parameters": {CUSTOM_PARAMETER["id"]: "positive"}}
AUDIENCELAB_AUDIENCE_ID = str(AUDIENCELAB_AUDIENCE["id"])

CASES += [
    Case(
        "get account",
        "bz",
        "GET",
        "/v1/me",
        200,
        {"status": "info", "data": ACCOUNT},
        lambda c: c.account.get(),
        Account(
            id="user_01HZ123",
            account_id="acc_01HZ456",
            email="person@example.com",
            name="Person Surname",
            team_name="Acme",
            plan=AccountPlan(
                name="Pro",
                type="pro",
                features=PlanFeatures(**ACCOUNT["plan"]["features"]),
                limits=PlanLimits(**ACCOUNT["plan"]["limits"]),
            ),
            credits_total=5000.0,
            credits_used=1234.0,
            credits_left=3766.0,  # credits_total - credits_used: the page prints no balance
            renews_at=at(1748736000),
            created_at=at(1717200000),
        ),
    ),
    Case(
        "list usage history",
        "bz",
        "GET",
        "/v1/me/usage_history",
        200,
        {"status": "info", "data": [USAGE_RECORD], "has_next": False, "cursor": None},
        lambda c: c.account.usage_history(limit=50),
        [UsageRecord(id=9183271, category="mention", quantity=0.5, created_at=at(1717200000))],
        query={"limit": "50"},
    ),
    Case(
        "get credit prices",
        "bz",
        "GET",
        "/v1/credit_prices",
        200,
        {"status": "success", "data": CREDIT_PRICES},
        lambda c: c.credit_prices.get(),
        CreditPrices(mention=1.0, audience_profile=3.0, post_processing=0.5, ai_assistant=15.0),
    ),
    Case(
        "list mentions with custom-parameter values",
        "bz",
        "POST",
        "/v1/mentions",
        200,
        _page(MENTION_WITH_VALUES),
        lambda c: c.mentions.list(parameter_ids=[CUSTOM_PARAMETER["id"]]),
        [Mention(MENTION_WITH_VALUES)],
        sent={"parameter_ids": [CUSTOM_PARAMETER["id"]]},
    ),
    Case(
        "list audiences (community-observed)",
        "al",
        "GET",
        "/audiences",
        200,
        {
            "total_records": 50,
            "page_size": 100,
            "page": 1,
            "total_pages": 1,
            "data": [AUDIENCELAB_AUDIENCE],
        },
        lambda c: c.audiences.list(page_size=100),
        [
            AudienceSummary(
                id=AUDIENCELAB_AUDIENCE_ID, name="My Test Audience", scheduled_refresh=False
            )
        ],
        query={"page": "1", "page_size": "100"},
    ),
    Case(
        "list audience members (community-observed)",
        "al",
        "GET",
        f"/audiences/{AUDIENCELAB_AUDIENCE_ID}",
        200,
        {
            "data": [AUDIENCELAB_MEMBER],
            "total_records": 1,
            "page": 1,
            "page_size": 500,
            "total_pages": 1,
        },
        lambda c: c.audiences.members(AUDIENCELAB_AUDIENCE_ID, page_size=500),
        [AUDIENCELAB_MEMBER],
        query={"page": "1", "page_size": "500"},
    ),
]

# ------------------------------------------------------------------ issue 20: Leadpipe, from topics to CSV
# One case per Leadpipe operation of the whole job, on the payloads above (the documents'),
# with the result each must give. Where a page prints no answer (update, the filter
# catalogue, a CSV), the case says what it is built from.

LP_AUDIENCE = "6fb81599-f601-4afe-b3ff-e8a211cae27d"
TOPIC_MODEL = IntentTopic(
    topic_id=117805,
    topic_name="Marketing ROI",
    type="b2b",
    industry="Marketing",
    category="Service",
)
INTENT_AUDIENCE_MODEL = IntentAudience(
    id=LP_AUDIENCE,
    organization_id="0f1815d3-6edc-4e8e-87e1-4d65ef4f1d2c",
    name="Marketing Directors at Tech Companies",
    status="draft",
    access_type="paid",
    daily_refresh_enabled=False,
    audience_size=0,
    created_at=dt.datetime(2026, 5, 5, 9, 15, tzinfo=UTC),
    updated_at=dt.datetime(2026, 5, 5, 9, 15, tzinfo=UTC),
)
CREATED_CONFIG_MODEL = IntentAudienceConfig(  # what create sent: the answer prints no config
    topic_ids=(117805, 117890, 117918),
    min_score=70,
    max_score=99,
    min_topic_overlap=2,
    filters=INTENT_FILTERS,
)
PLACEHOLDER_TIME = dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)
RUN_EXPORT_REFERENCE_MODEL = RunExport(
    id=UUID_PLACEHOLDER,
    organization_id=UUID_PLACEHOLDER,
    audience_id=UUID_PLACEHOLDER,
    run_id=UUID_PLACEHOLDER,
    export_type="csv",
    status="processing",
    storage_provider="b2",
    content_type="<string>",
    byte_size=123,
    row_count=123,
    bucket_name="<string>",
    file_id="<string>",
    file_name="<string>",
    content_sha1="<string>",
    error_code="<string>",
    error_message="<string>",
    requested_by=UUID_PLACEHOLDER,
    completed_at=PLACEHOLDER_TIME,
    expires_at=PLACEHOLDER_TIME,
    created_at=PLACEHOLDER_TIME,
    updated_at=PLACEHOLDER_TIME,
    download_url="<string>",
    download_url_expires_at=PLACEHOLDER_TIME,
    download_url_ttl_seconds=123,
)
RUN_STATS_MODEL = RunStats(
    total=151,
    fill_rates={
        "hashedEmail": FillRate(count=151, percent=100.0),
        "email": FillRate(count=151, percent=100.0),
        "firstName": FillRate(count=103, percent=68.21),
        "jobTitle": FillRate(count=59, percent=39.07),
        "company.name": FillRate(count=70, percent=46.36),
        "linkedinUrl": FillRate(count=57, percent=37.75),
    },
    score_histogram=(
        ScoreBucket(bucket="50-69", count=24, percent=15.89),
        ScoreBucket(bucket="70-89", count=111, percent=73.51),
        ScoreBucket(bucket="90-99", count=16, percent=10.6),
    ),
    averages={},
    run=IntentAudienceRun(
        id="ad53af16-efbc-4fe1-a764-ded7181653a1",
        status=RunStatus.COMPLETED,
        raw_status="completed",
        completed_at=dt.datetime(2026, 5, 5, 8, 45, 3, tzinfo=UTC),
        audience_id=LP,
        run_type="manual",
        result_count=151,
    ),
)
# The icp-filters page prints the catalogue's TypeScript type, no JSON: this body follows
# that type, with values the documents' own configs use. The older spec's flat lists come
# in a second case (its schema, no example printed either).
FILTER_CATALOG_BY_TYPE: dict[str, Any] = {
    "version": {
        "status": "catalog",
        "sourceTable": "<string>",
        "catalogTable": "<string>",
        "catalogVersion": None,
        "buildId": None,
        "buildDate": None,
        "generatedAt": None,
    },
    "summary": {
        "groupCount": 1,
        "filterCount": 1,
        "valueCount": 1,
        "recommendedFilterCount": 1,
        "standardFilterCount": 0,
        "advancedFilterCount": 0,
        "supportsAdvancedLogic": False,
        "defaultFieldLogic": "and",
    },
    "groups": [
        {
            "key": "role",
            "label": "Role",
            "description": "<string>",
            "filters": [
                {
                    "key": "role.seniority",
                    "label": "Seniority",
                    "type": "multi_select",
                    "valueType": "enum",
                    "operators": ["in"],
                    "values": [{"value": "director", "label": "Director", "count": 540}],
                    "ui": {
                        "label": "Seniority",
                        "description": "<string>",
                        "control": "multi_select",
                        "section": "recommended",
                        "recommended": True,
                        "advanced": False,
                    },
                }
            ],
        }
    ],
}
FILTER_CATALOG_OLDER = {
    "seniority": ["director", "vp", "c_suite"],
    "companyIndustry": ["software development"],
    "companySize": [],
    "department": ["marketing"],
    "companyRevenueRange": ["10 million to 25 million", "25 million to 50 million"],
    "ageRange": [],
    "gender": [],
}
# No CSV sample is printed: this file has the get-people row's fields as its columns.
RUN_CSV = (
    b"hashedEmail,firstName,lastName,email,company.name\r\n"
    b"50c41e8bb3919b482ed996c139cc85935d2bef278ebc42a22f8c84b04b73709b,sherry,lynn,"
    b"sherry.personal@example.com,example company\r\n"
)
RUNS = f"/v1/intent/audiences/{LP}/runs/{RUN_ID}"
CASES += [
    Case(
        "list intent topics",
        "lp",
        "GET",
        "/v1/intent/topics",
        200,
        {"data": [INTENT_TOPIC]},
        lambda c: c.intent_topics.list(type="b2b", q="marketing"),
        [TOPIC_MODEL],
        query={"type": "b2b", "q": "marketing"},
    ),
    *(
        Case(
            f"list intent topics ({source}'s meta)",
            "lp",
            "GET",
            "/v1/intent/topics",
            200,
            {"data": [INTENT_TOPIC], "meta": meta},
            lambda c: c.intent_topics.list(),
            [TOPIC_MODEL],
        )
        for source, meta in (
            ("the older spec", {"total": 1, "page": 1, "pageSize": 50, "hasMore": False}),
            (
                "the older SDK",
                {
                    "count": 1,
                    "total": 1,
                    "filters": {"type": None, "industry": None, "category": None, "q": None},
                },
            ),
        )
    ),
    Case(
        "search intent topics (examples page's request)",
        "lp",
        "GET",
        "/v1/intent/topics/search",
        200,
        {"data": [INTENT_TOPIC]},
        lambda c: c.intent_topics.search("CRM", type="b2b", limit=10),
        [TOPIC_MODEL],
        query={"q": "CRM", "type": "b2b", "limit": "10"},
    ),
    Case(
        "intent audience filters (the guide's type)",
        "lp",
        "GET",
        "/v1/intent/audiences/filters",
        200,
        {"data": FILTER_CATALOG_BY_TYPE},
        lambda c: c.intent_audiences.filters(),
        FILTER_CATALOG_BY_TYPE,
    ),
    Case(
        "intent audience filters (the older spec's flat lists)",
        "lp",
        "GET",
        "/v1/intent/audiences/filters",
        200,
        {"data": FILTER_CATALOG_OLDER},
        lambda c: c.intent_audiences.filters(),
        FILTER_CATALOG_OLDER,
    ),
    Case(
        "validate intent audience config",
        "lp",
        "POST",
        "/v1/intent/audiences/validate",
        200,
        next(p for name, _, p in PAYLOADS if name == "validate 200 (API reference, placeholders)"),
        lambda c: c.intent_audiences.validate(config=INTENT_CONFIG_GUIDE),
        AudienceValidation(
            valid=True,
            config_hash="<string>",
            normalized_config=IntentAudienceConfig(
                topic_ids=(123,),
                min_score=49,
                max_score=99,
                min_topic_overlap=1,
                filters={},
                source_url="<string>",
            ),
            applied_filters=("<string>",),
            strategy="serving_table_in",
        ),
        sent=INTENT_CONFIG_GUIDE,
    ),
    Case(
        "preview intent audience",
        "lp",
        "POST",
        "/v1/intent/audiences/preview",
        200,
        {"data": INTENT_PREVIEW},
        lambda c: c.intent_audiences.preview(config=INTENT_CONFIG_GUIDE),
        AudiencePreview(
            config_hash="e37de01af6cc6fec...",
            data_date=dt.date(2026, 5, 4),
            strategy="serving_table_in",
            total_count=1480,
            breakdowns={
                "industries": (
                    BreakdownItem(
                        value="software development", label="Software Development", count=415
                    ),
                ),
                "seniorities": (BreakdownItem(value="director", label="Director", count=540),),
            },
            sample=tuple(INTENT_PREVIEW["sample"]),
            applied_filters=("company.industries", "role.seniority", "contact.hasBusinessEmail"),
        ),
        sent=INTENT_CONFIG_GUIDE,
    ),
    Case(
        "create intent audience",
        "lp",
        "POST",
        "/v1/intent/audiences",
        201,
        {"data": INTENT_AUDIENCE},
        lambda c: c.intent_audiences.create(
            name=INTENT_AUDIENCE_CREATE_REQUEST["name"],
            config=INTENT_AUDIENCE_CREATE_REQUEST["config"],
            status="draft",
        ),
        attrs.evolve(INTENT_AUDIENCE_MODEL, config=CREATED_CONFIG_MODEL),
        sent=INTENT_AUDIENCE_CREATE_REQUEST,
    ),
    Case(
        "list intent audiences",
        "lp",
        "GET",
        "/v1/intent/audiences",
        200,
        {"data": [INTENT_AUDIENCE_LISTED]},
        lambda c: c.intent_audiences.list(status="active", limit=50),
        [
            IntentAudience(
                id=LP_AUDIENCE,
                name="Marketing Directors at Tech Companies",
                status="active",
                access_type="paid",
                daily_refresh_enabled=True,
                audience_size=151,
                last_refreshed_at=dt.datetime(2026, 5, 5, 8, 45, tzinfo=UTC),
                created_at=dt.datetime(2026, 5, 4, 16, 20, tzinfo=UTC),
            )
        ],
        query={"status": "active", "limit": "50"},
    ),
    Case(
        "get intent audience (the create answer's shape)",
        "lp",
        "GET",
        f"/v1/intent/audiences/{LP_AUDIENCE}",
        200,
        {"data": INTENT_AUDIENCE},
        lambda c: c.intent_audiences.get(LP_AUDIENCE),
        INTENT_AUDIENCE_MODEL,
    ),
    Case(
        "activate intent audience (no answer printed: the audience, active)",
        "lp",
        "PATCH",
        f"/v1/intent/audiences/{LP_AUDIENCE}",
        200,
        {"data": {**INTENT_AUDIENCE, "status": "active", "dailyRefreshEnabled": True}},
        lambda c: c.intent_audiences.update(LP_AUDIENCE, status="active"),
        attrs.evolve(INTENT_AUDIENCE_MODEL, status="active", daily_refresh_enabled=True),
        sent={"status": "active"},
    ),
    Case(
        "update intent audience config (no answer printed: the audience, renamed)",
        "lp",
        "PATCH",
        f"/v1/intent/audiences/{LP_AUDIENCE}",
        200,
        {"data": {**INTENT_AUDIENCE, "name": "Updated Name"}},
        lambda c: c.intent_audiences.update(
            LP_AUDIENCE,
            name="Updated Name",
            config=INTENT_AUDIENCE_UPDATE_REQUEST["config"],
        ),
        attrs.evolve(
            INTENT_AUDIENCE_MODEL,
            name="Updated Name",
            config=IntentAudienceConfig(
                topic_ids=(117805,),
                min_score=80,
                filters={
                    "jobTitle.include": {
                        "values": ["chief financial officer", "cfo"],
                        "operator": "contains",
                        "mode": "any",
                    }
                },
            ),
        ),
        sent=INTENT_AUDIENCE_UPDATE_REQUEST,
    ),
    Case(
        "delete intent audience",
        "lp",
        "DELETE",
        f"/v1/intent/audiences/{LP_AUDIENCE}",
        200,
        {"data": {"deleted": True}},
        lambda c: c.intent_audiences.delete(LP_AUDIENCE),
        None,
    ),
    Case(
        "intent run stats",
        "lp",
        "GET",
        f"{RUNS}/stats",
        200,
        {"data": INTENT_RUN_STATS},
        lambda c: c.intent_audiences.runs.stats(LP, RUN_ID),
        RUN_STATS_MODEL,
    ),
    Case(
        "intent run CSV (no sample printed: the get-people row's fields)",
        "lp",
        "GET",
        f"{RUNS}/export.csv",
        200,
        RUN_CSV,
        lambda c: c.intent_audiences.runs.export_csv(LP, RUN_ID, io.BytesIO()),
        len(RUN_CSV),
    ),
    Case(
        "create intent run export (API reference)",
        "lp",
        "POST",
        f"{RUNS}/exports",
        200,
        INTENT_RUN_EXPORT_REFERENCE,
        lambda c: c.intent_audiences.runs.exports.create(LP, RUN_ID),
        RUN_EXPORT_REFERENCE_MODEL,
    ),
    Case(
        "create intent run export (the guide, cut inside downloadUrl)",
        "lp",
        "POST",
        f"{RUNS}/exports",
        200,
        {
            "data": {
                "export": {
                    "id": "40bfaa9b-eff0-468d-b382-9b721790780c",
                    "audienceId": LP,
                    "runId": RUN_ID,
                    "exportType": "csv",
                    "status": "completed",
                    "contentType": "text/csv",
                    "byteSize": 18450,
                    "rowCount": 151,
                    "completedAt": "2026-05-05T08:46:03.000Z",
                }
            }
        },
        lambda c: c.intent_audiences.runs.exports.create(LP, RUN_ID),
        RunExport(
            id="40bfaa9b-eff0-468d-b382-9b721790780c",
            audience_id=LP,
            run_id=RUN_ID,
            export_type="csv",
            status="completed",
            content_type="text/csv",
            byte_size=18450,
            row_count=151,
            completed_at=dt.datetime(2026, 5, 5, 8, 46, 3, tzinfo=UTC),
        ),
    ),
    Case(
        "get intent run export",
        "lp",
        "GET",
        f"{RUNS}/exports/{UUID_PLACEHOLDER}",
        200,
        INTENT_RUN_EXPORT_REFERENCE,
        lambda c: c.intent_audiences.runs.exports.get(LP, RUN_ID, UUID_PLACEHOLDER),
        RUN_EXPORT_REFERENCE_MODEL,
    ),
]
