"""Contains all the data models used in inputs/outputs (imported on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_envelope import AccountEnvelope
    from .account_member import AccountMember
    from .account_plan import AccountPlan
    from .account_plan_features import AccountPlanFeatures
    from .account_plan_limits import AccountPlanLimits
    from .account_team import AccountTeam
    from .account_usage import AccountUsage
    from .age_filter import AgeFilter
    from .analysis_text import AnalysisText
    from .attributes_filter import AttributesFilter
    from .audience_dataset import AudienceDataset
    from .audience_dataset_envelope import AudienceDatasetEnvelope
    from .audience_dataset_list import AudienceDatasetList
    from .audience_dataset_run import AudienceDatasetRun
    from .audience_dataset_run_envelope import AudienceDatasetRunEnvelope
    from .audience_dataset_run_list import AudienceDatasetRunList
    from .audience_filters import AudienceFilters
    from .audience_lab_audience import AudienceLabAudience
    from .audience_lab_audience_list import AudienceLabAudienceList
    from .audience_lab_error import AudienceLabError
    from .audience_lab_error_detail import AudienceLabErrorDetail
    from .audience_lab_error_message import AudienceLabErrorMessage
    from .audience_lab_member import AudienceLabMember
    from .audience_lab_member_page import AudienceLabMemberPage
    from .audience_profile import AudienceProfile
    from .audience_profile_list import AudienceProfileList
    from .audience_profile_platform_metadata_type_0 import (
        AudienceProfilePlatformMetadataType0,
    )
    from .authenticity_score_filter import AuthenticityScoreFilter
    from .business_profile_filter import BusinessProfileFilter
    from .buzzabout_error import BuzzaboutError
    from .buzzabout_field_errors import BuzzaboutFieldErrors
    from .buzzabout_field_errors_errors import BuzzaboutFieldErrorsErrors
    from .buzzabout_validation_error import BuzzaboutValidationError
    from .changed_by_operator import ChangedByOperator
    from .content_intention_filter import ContentIntentionFilter
    from .content_niche_filter import ContentNicheFilter
    from .content_topic_filter import ContentTopicFilter
    from .country_code_filter import CountryCodeFilter
    from .create_audience_dataset_request import CreateAudienceDatasetRequest
    from .create_audience_dataset_run_request import CreateAudienceDatasetRunRequest
    from .create_audience_request import CreateAudienceRequest
    from .create_audience_response import CreateAudienceResponse
    from .create_custom_parameter_request import CreateCustomParameterRequest
    from .create_custom_parameter_run_request import CreateCustomParameterRunRequest
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_run_request import CreateDatasetRunRequest
    from .create_dataset_run_request_content_analysis_actions_item import (
        CreateDatasetRunRequestContentAnalysisActionsItem,
    )
    from .create_intent_audience_request import CreateIntentAudienceRequest
    from .create_intent_audience_request_status import CreateIntentAudienceRequestStatus
    from .create_intent_audience_run_request import CreateIntentAudienceRunRequest
    from .create_intent_audience_run_request_run_type import (
        CreateIntentAudienceRunRequestRunType,
    )
    from .create_pattern_detection_request import CreatePatternDetectionRequest
    from .creator_tier_filter import CreatorTierFilter
    from .credit_prices import CreditPrices
    from .credit_prices_envelope import CreditPricesEnvelope
    from .cta_filter import CtaFilter
    from .custom_parameter import CustomParameter
    from .custom_parameter_envelope import CustomParameterEnvelope
    from .custom_parameter_list import CustomParameterList
    from .custom_parameter_run import CustomParameterRun
    from .custom_parameter_run_created import CustomParameterRunCreated
    from .custom_parameter_run_created_envelope import CustomParameterRunCreatedEnvelope
    from .custom_parameter_run_envelope import CustomParameterRunEnvelope
    from .custom_parameter_run_list import CustomParameterRunList
    from .dataset import Dataset
    from .dataset_envelope import DatasetEnvelope
    from .dataset_list import DatasetList
    from .dataset_run import DatasetRun
    from .dataset_run_envelope import DatasetRunEnvelope
    from .dataset_run_list import DatasetRunList
    from .dataset_run_params import DatasetRunParams
    from .dataset_run_params_search import DatasetRunParamsSearch
    from .date_range import DateRange
    from .dominant_emotion_filter import DominantEmotionFilter
    from .dominant_emotion_filter_values_item import DominantEmotionFilterValuesItem
    from .engagement_rate_filter import EngagementRateFilter
    from .follower_count_filter import FollowerCountFilter
    from .greater_than_operator import GreaterThanOperator
    from .has_media_filter import HasMediaFilter
    from .hook_filter import HookFilter
    from .http_validation_error import HTTPValidationError
    from .in_range_operator import InRangeOperator
    from .intent_audience import IntentAudience
    from .intent_audience_config import IntentAudienceConfig
    from .intent_audience_deleted import IntentAudienceDeleted
    from .intent_audience_deleted_envelope import IntentAudienceDeletedEnvelope
    from .intent_audience_envelope import IntentAudienceEnvelope
    from .intent_audience_filter_catalog import IntentAudienceFilterCatalog
    from .intent_audience_filter_catalog_envelope import (
        IntentAudienceFilterCatalogEnvelope,
    )
    from .intent_audience_filters import IntentAudienceFilters
    from .intent_audience_list import IntentAudienceList
    from .intent_audience_preview import IntentAudiencePreview
    from .intent_audience_preview_breakdowns import IntentAudiencePreviewBreakdowns
    from .intent_audience_preview_envelope import IntentAudiencePreviewEnvelope
    from .intent_audience_result_row import IntentAudienceResultRow
    from .intent_audience_run import IntentAudienceRun
    from .intent_audience_run_envelope import IntentAudienceRunEnvelope
    from .intent_audience_run_list import IntentAudienceRunList
    from .intent_audience_run_results import IntentAudienceRunResults
    from .intent_audience_run_results_envelope import IntentAudienceRunResultsEnvelope
    from .intent_audience_sample_row import IntentAudienceSampleRow
    from .intent_audience_stored_config import IntentAudienceStoredConfig
    from .intent_audience_stored_config_filters import IntentAudienceStoredConfigFilters
    from .intent_audience_topic_ref import IntentAudienceTopicRef
    from .intent_audience_validation import IntentAudienceValidation
    from .intent_audience_validation_envelope import IntentAudienceValidationEnvelope
    from .intent_breakdown_item import IntentBreakdownItem
    from .intent_fill_rate import IntentFillRate
    from .intent_filter_catalog_summary import IntentFilterCatalogSummary
    from .intent_filter_catalog_version import IntentFilterCatalogVersion
    from .intent_filter_definition import IntentFilterDefinition
    from .intent_filter_group import IntentFilterGroup
    from .intent_filter_option import IntentFilterOption
    from .intent_filter_ui import IntentFilterUi
    from .intent_person_company import IntentPersonCompany
    from .intent_person_match import IntentPersonMatch
    from .intent_run_export import IntentRunExport
    from .intent_run_export_envelope import IntentRunExportEnvelope
    from .intent_run_export_result import IntentRunExportResult
    from .intent_run_not_ready import IntentRunNotReady
    from .intent_run_not_ready_envelope import IntentRunNotReadyEnvelope
    from .intent_run_stats import IntentRunStats
    from .intent_run_stats_averages import IntentRunStatsAverages
    from .intent_run_stats_envelope import IntentRunStatsEnvelope
    from .intent_run_stats_fill_rates import IntentRunStatsFillRates
    from .intent_run_stats_result import IntentRunStatsResult
    from .intent_score_bucket import IntentScoreBucket
    from .intent_topic import IntentTopic
    from .intent_topic_list import IntentTopicList
    from .intent_topic_list_meta import IntentTopicListMeta
    from .intent_topic_list_meta_filters import IntentTopicListMetaFilters
    from .intent_topic_search_results import IntentTopicSearchResults
    from .interest_clusters_filter import InterestClustersFilter
    from .is_verified_filter import IsVerifiedFilter
    from .keyword_filter import KeywordFilter
    from .keyword_filter_operator import KeywordFilterOperator
    from .leadpipe_error import LeadpipeError
    from .leadpipe_error_detail import LeadpipeErrorDetail
    from .leadpipe_error_message import LeadpipeErrorMessage
    from .leadpipe_meta import LeadpipeMeta
    from .less_than_operator import LessThanOperator
    from .list_audience_dataset_runs_order import ListAudienceDatasetRunsOrder
    from .list_audience_datasets_order import ListAudienceDatasetsOrder
    from .list_audience_profiles_request import ListAudienceProfilesRequest
    from .list_audience_profiles_request_order import ListAudienceProfilesRequestOrder
    from .list_audience_profiles_request_sort import ListAudienceProfilesRequestSort
    from .list_dataset_runs_order import ListDatasetRunsOrder
    from .list_datasets_order import ListDatasetsOrder
    from .list_intent_audiences_status import ListIntentAudiencesStatus
    from .list_intent_topics_type import ListIntentTopicsType
    from .list_mentions_request import ListMentionsRequest
    from .list_mentions_request_order import ListMentionsRequestOrder
    from .list_mentions_request_sort import ListMentionsRequestSort
    from .location_country_filter import LocationCountryFilter
    from .mention import Mention
    from .mention_author import MentionAuthor
    from .mention_comment import MentionComment
    from .mention_custom_parameters_type_0 import MentionCustomParametersType0
    from .mention_dataset import MentionDataset
    from .mention_list import MentionList
    from .mention_sentiment import MentionSentiment
    from .mentioned_brands_any_of import MentionedBrandsAnyOf
    from .mentioned_brands_contains import MentionedBrandsContains
    from .mentioned_brands_equals import MentionedBrandsEquals
    from .mentioned_brands_filter import MentionedBrandsFilter
    from .metric_change_filter import MetricChangeFilter
    from .metric_change_filter_metric import MetricChangeFilterMetric
    from .pattern import Pattern
    from .pattern_detection_run import PatternDetectionRun
    from .pattern_detection_run_envelope import PatternDetectionRunEnvelope
    from .pattern_envelope import PatternEnvelope
    from .pattern_item import PatternItem
    from .pattern_item_envelope import PatternItemEnvelope
    from .post_ref import PostRef
    from .preview_custom_parameter_request import PreviewCustomParameterRequest
    from .preview_result import PreviewResult
    from .preview_result_envelope import PreviewResultEnvelope
    from .preview_results import PreviewResults
    from .profile_avatar import ProfileAvatar
    from .profile_ocean import ProfileOcean
    from .prompt_search import PromptSearch
    from .run_scope import RunScope
    from .run_scope_request import RunScopeRequest
    from .run_scope_request_kind import RunScopeRequestKind
    from .run_status_object import RunStatusObject
    from .run_step import RunStep
    from .search_intent_topics_type import SearchIntentTopicsType
    from .sentiment_filter import SentimentFilter
    from .sentiment_filter_values_item import SentimentFilterValuesItem
    from .source_filter import SourceFilter
    from .source_url import SourceUrl
    from .tone_of_voice_filter import ToneOfVoiceFilter
    from .update_audience_dataset_request import UpdateAudienceDatasetRequest
    from .update_custom_parameter_request import UpdateCustomParameterRequest
    from .update_dataset_request import UpdateDatasetRequest
    from .update_intent_audience_request import UpdateIntentAudienceRequest
    from .update_intent_audience_request_status import UpdateIntentAudienceRequestStatus
    from .url_search import UrlSearch
    from .usage_history_list import UsageHistoryList
    from .usage_record import UsageRecord
    from .validation_error_item import ValidationErrorItem

_MODULES = {
    "Account": "account",
    "AccountEnvelope": "account_envelope",
    "AccountMember": "account_member",
    "AccountPlan": "account_plan",
    "AccountPlanFeatures": "account_plan_features",
    "AccountPlanLimits": "account_plan_limits",
    "AccountTeam": "account_team",
    "AccountUsage": "account_usage",
    "AgeFilter": "age_filter",
    "AnalysisText": "analysis_text",
    "AttributesFilter": "attributes_filter",
    "AudienceDataset": "audience_dataset",
    "AudienceDatasetEnvelope": "audience_dataset_envelope",
    "AudienceDatasetList": "audience_dataset_list",
    "AudienceDatasetRun": "audience_dataset_run",
    "AudienceDatasetRunEnvelope": "audience_dataset_run_envelope",
    "AudienceDatasetRunList": "audience_dataset_run_list",
    "AudienceFilters": "audience_filters",
    "AudienceLabAudience": "audience_lab_audience",
    "AudienceLabAudienceList": "audience_lab_audience_list",
    "AudienceLabError": "audience_lab_error",
    "AudienceLabErrorDetail": "audience_lab_error_detail",
    "AudienceLabErrorMessage": "audience_lab_error_message",
    "AudienceLabMember": "audience_lab_member",
    "AudienceLabMemberPage": "audience_lab_member_page",
    "AudienceProfile": "audience_profile",
    "AudienceProfileList": "audience_profile_list",
    "AudienceProfilePlatformMetadataType0": "audience_profile_platform_metadata_type_0",
    "AuthenticityScoreFilter": "authenticity_score_filter",
    "BusinessProfileFilter": "business_profile_filter",
    "BuzzaboutError": "buzzabout_error",
    "BuzzaboutFieldErrors": "buzzabout_field_errors",
    "BuzzaboutFieldErrorsErrors": "buzzabout_field_errors_errors",
    "BuzzaboutValidationError": "buzzabout_validation_error",
    "ChangedByOperator": "changed_by_operator",
    "ContentIntentionFilter": "content_intention_filter",
    "ContentNicheFilter": "content_niche_filter",
    "ContentTopicFilter": "content_topic_filter",
    "CountryCodeFilter": "country_code_filter",
    "CreateAudienceDatasetRequest": "create_audience_dataset_request",
    "CreateAudienceDatasetRunRequest": "create_audience_dataset_run_request",
    "CreateAudienceRequest": "create_audience_request",
    "CreateAudienceResponse": "create_audience_response",
    "CreateCustomParameterRequest": "create_custom_parameter_request",
    "CreateCustomParameterRunRequest": "create_custom_parameter_run_request",
    "CreateDatasetRequest": "create_dataset_request",
    "CreateDatasetRunRequest": "create_dataset_run_request",
    "CreateDatasetRunRequestContentAnalysisActionsItem": "create_dataset_run_request_content_analysis_actions_item",
    "CreateIntentAudienceRequest": "create_intent_audience_request",
    "CreateIntentAudienceRequestStatus": "create_intent_audience_request_status",
    "CreateIntentAudienceRunRequest": "create_intent_audience_run_request",
    "CreateIntentAudienceRunRequestRunType": "create_intent_audience_run_request_run_type",
    "CreatePatternDetectionRequest": "create_pattern_detection_request",
    "CreatorTierFilter": "creator_tier_filter",
    "CreditPrices": "credit_prices",
    "CreditPricesEnvelope": "credit_prices_envelope",
    "CtaFilter": "cta_filter",
    "CustomParameter": "custom_parameter",
    "CustomParameterEnvelope": "custom_parameter_envelope",
    "CustomParameterList": "custom_parameter_list",
    "CustomParameterRun": "custom_parameter_run",
    "CustomParameterRunCreated": "custom_parameter_run_created",
    "CustomParameterRunCreatedEnvelope": "custom_parameter_run_created_envelope",
    "CustomParameterRunEnvelope": "custom_parameter_run_envelope",
    "CustomParameterRunList": "custom_parameter_run_list",
    "Dataset": "dataset",
    "DatasetEnvelope": "dataset_envelope",
    "DatasetList": "dataset_list",
    "DatasetRun": "dataset_run",
    "DatasetRunEnvelope": "dataset_run_envelope",
    "DatasetRunList": "dataset_run_list",
    "DatasetRunParams": "dataset_run_params",
    "DatasetRunParamsSearch": "dataset_run_params_search",
    "DateRange": "date_range",
    "DominantEmotionFilter": "dominant_emotion_filter",
    "DominantEmotionFilterValuesItem": "dominant_emotion_filter_values_item",
    "EngagementRateFilter": "engagement_rate_filter",
    "FollowerCountFilter": "follower_count_filter",
    "GreaterThanOperator": "greater_than_operator",
    "HasMediaFilter": "has_media_filter",
    "HookFilter": "hook_filter",
    "HTTPValidationError": "http_validation_error",
    "InRangeOperator": "in_range_operator",
    "IntentAudience": "intent_audience",
    "IntentAudienceConfig": "intent_audience_config",
    "IntentAudienceDeleted": "intent_audience_deleted",
    "IntentAudienceDeletedEnvelope": "intent_audience_deleted_envelope",
    "IntentAudienceEnvelope": "intent_audience_envelope",
    "IntentAudienceFilterCatalog": "intent_audience_filter_catalog",
    "IntentAudienceFilterCatalogEnvelope": "intent_audience_filter_catalog_envelope",
    "IntentAudienceFilters": "intent_audience_filters",
    "IntentAudienceList": "intent_audience_list",
    "IntentAudiencePreview": "intent_audience_preview",
    "IntentAudiencePreviewBreakdowns": "intent_audience_preview_breakdowns",
    "IntentAudiencePreviewEnvelope": "intent_audience_preview_envelope",
    "IntentAudienceResultRow": "intent_audience_result_row",
    "IntentAudienceRun": "intent_audience_run",
    "IntentAudienceRunEnvelope": "intent_audience_run_envelope",
    "IntentAudienceRunList": "intent_audience_run_list",
    "IntentAudienceRunResults": "intent_audience_run_results",
    "IntentAudienceRunResultsEnvelope": "intent_audience_run_results_envelope",
    "IntentAudienceSampleRow": "intent_audience_sample_row",
    "IntentAudienceStoredConfig": "intent_audience_stored_config",
    "IntentAudienceStoredConfigFilters": "intent_audience_stored_config_filters",
    "IntentAudienceTopicRef": "intent_audience_topic_ref",
    "IntentAudienceValidation": "intent_audience_validation",
    "IntentAudienceValidationEnvelope": "intent_audience_validation_envelope",
    "IntentBreakdownItem": "intent_breakdown_item",
    "IntentFillRate": "intent_fill_rate",
    "IntentFilterCatalogSummary": "intent_filter_catalog_summary",
    "IntentFilterCatalogVersion": "intent_filter_catalog_version",
    "IntentFilterDefinition": "intent_filter_definition",
    "IntentFilterGroup": "intent_filter_group",
    "IntentFilterOption": "intent_filter_option",
    "IntentFilterUi": "intent_filter_ui",
    "IntentPersonCompany": "intent_person_company",
    "IntentPersonMatch": "intent_person_match",
    "IntentRunExport": "intent_run_export",
    "IntentRunExportEnvelope": "intent_run_export_envelope",
    "IntentRunExportResult": "intent_run_export_result",
    "IntentRunNotReady": "intent_run_not_ready",
    "IntentRunNotReadyEnvelope": "intent_run_not_ready_envelope",
    "IntentRunStats": "intent_run_stats",
    "IntentRunStatsAverages": "intent_run_stats_averages",
    "IntentRunStatsEnvelope": "intent_run_stats_envelope",
    "IntentRunStatsFillRates": "intent_run_stats_fill_rates",
    "IntentRunStatsResult": "intent_run_stats_result",
    "IntentScoreBucket": "intent_score_bucket",
    "IntentTopic": "intent_topic",
    "IntentTopicList": "intent_topic_list",
    "IntentTopicListMeta": "intent_topic_list_meta",
    "IntentTopicListMetaFilters": "intent_topic_list_meta_filters",
    "IntentTopicSearchResults": "intent_topic_search_results",
    "InterestClustersFilter": "interest_clusters_filter",
    "IsVerifiedFilter": "is_verified_filter",
    "KeywordFilter": "keyword_filter",
    "KeywordFilterOperator": "keyword_filter_operator",
    "LeadpipeError": "leadpipe_error",
    "LeadpipeErrorDetail": "leadpipe_error_detail",
    "LeadpipeErrorMessage": "leadpipe_error_message",
    "LeadpipeMeta": "leadpipe_meta",
    "LessThanOperator": "less_than_operator",
    "ListAudienceDatasetRunsOrder": "list_audience_dataset_runs_order",
    "ListAudienceDatasetsOrder": "list_audience_datasets_order",
    "ListAudienceProfilesRequest": "list_audience_profiles_request",
    "ListAudienceProfilesRequestOrder": "list_audience_profiles_request_order",
    "ListAudienceProfilesRequestSort": "list_audience_profiles_request_sort",
    "ListDatasetRunsOrder": "list_dataset_runs_order",
    "ListDatasetsOrder": "list_datasets_order",
    "ListIntentAudiencesStatus": "list_intent_audiences_status",
    "ListIntentTopicsType": "list_intent_topics_type",
    "ListMentionsRequest": "list_mentions_request",
    "ListMentionsRequestOrder": "list_mentions_request_order",
    "ListMentionsRequestSort": "list_mentions_request_sort",
    "LocationCountryFilter": "location_country_filter",
    "Mention": "mention",
    "MentionAuthor": "mention_author",
    "MentionComment": "mention_comment",
    "MentionCustomParametersType0": "mention_custom_parameters_type_0",
    "MentionDataset": "mention_dataset",
    "MentionList": "mention_list",
    "MentionSentiment": "mention_sentiment",
    "MentionedBrandsAnyOf": "mentioned_brands_any_of",
    "MentionedBrandsContains": "mentioned_brands_contains",
    "MentionedBrandsEquals": "mentioned_brands_equals",
    "MentionedBrandsFilter": "mentioned_brands_filter",
    "MetricChangeFilter": "metric_change_filter",
    "MetricChangeFilterMetric": "metric_change_filter_metric",
    "Pattern": "pattern",
    "PatternDetectionRun": "pattern_detection_run",
    "PatternDetectionRunEnvelope": "pattern_detection_run_envelope",
    "PatternEnvelope": "pattern_envelope",
    "PatternItem": "pattern_item",
    "PatternItemEnvelope": "pattern_item_envelope",
    "PostRef": "post_ref",
    "PreviewCustomParameterRequest": "preview_custom_parameter_request",
    "PreviewResult": "preview_result",
    "PreviewResultEnvelope": "preview_result_envelope",
    "PreviewResults": "preview_results",
    "ProfileAvatar": "profile_avatar",
    "ProfileOcean": "profile_ocean",
    "PromptSearch": "prompt_search",
    "RunScope": "run_scope",
    "RunScopeRequest": "run_scope_request",
    "RunScopeRequestKind": "run_scope_request_kind",
    "RunStatusObject": "run_status_object",
    "RunStep": "run_step",
    "SearchIntentTopicsType": "search_intent_topics_type",
    "SentimentFilter": "sentiment_filter",
    "SentimentFilterValuesItem": "sentiment_filter_values_item",
    "SourceFilter": "source_filter",
    "SourceUrl": "source_url",
    "ToneOfVoiceFilter": "tone_of_voice_filter",
    "UpdateAudienceDatasetRequest": "update_audience_dataset_request",
    "UpdateCustomParameterRequest": "update_custom_parameter_request",
    "UpdateDatasetRequest": "update_dataset_request",
    "UpdateIntentAudienceRequest": "update_intent_audience_request",
    "UpdateIntentAudienceRequestStatus": "update_intent_audience_request_status",
    "UrlSearch": "url_search",
    "UsageHistoryList": "usage_history_list",
    "UsageRecord": "usage_record",
    "ValidationErrorItem": "validation_error_item",
}

__all__ = (
    "Account",
    "AccountEnvelope",
    "AccountMember",
    "AccountPlan",
    "AccountPlanFeatures",
    "AccountPlanLimits",
    "AccountTeam",
    "AccountUsage",
    "AgeFilter",
    "AnalysisText",
    "AttributesFilter",
    "AudienceDataset",
    "AudienceDatasetEnvelope",
    "AudienceDatasetList",
    "AudienceDatasetRun",
    "AudienceDatasetRunEnvelope",
    "AudienceDatasetRunList",
    "AudienceFilters",
    "AudienceLabAudience",
    "AudienceLabAudienceList",
    "AudienceLabError",
    "AudienceLabErrorDetail",
    "AudienceLabErrorMessage",
    "AudienceLabMember",
    "AudienceLabMemberPage",
    "AudienceProfile",
    "AudienceProfileList",
    "AudienceProfilePlatformMetadataType0",
    "AuthenticityScoreFilter",
    "BusinessProfileFilter",
    "BuzzaboutError",
    "BuzzaboutFieldErrors",
    "BuzzaboutFieldErrorsErrors",
    "BuzzaboutValidationError",
    "ChangedByOperator",
    "ContentIntentionFilter",
    "ContentNicheFilter",
    "ContentTopicFilter",
    "CountryCodeFilter",
    "CreateAudienceDatasetRequest",
    "CreateAudienceDatasetRunRequest",
    "CreateAudienceRequest",
    "CreateAudienceResponse",
    "CreateCustomParameterRequest",
    "CreateCustomParameterRunRequest",
    "CreateDatasetRequest",
    "CreateDatasetRunRequest",
    "CreateDatasetRunRequestContentAnalysisActionsItem",
    "CreateIntentAudienceRequest",
    "CreateIntentAudienceRequestStatus",
    "CreateIntentAudienceRunRequest",
    "CreateIntentAudienceRunRequestRunType",
    "CreatePatternDetectionRequest",
    "CreatorTierFilter",
    "CreditPrices",
    "CreditPricesEnvelope",
    "CtaFilter",
    "CustomParameter",
    "CustomParameterEnvelope",
    "CustomParameterList",
    "CustomParameterRun",
    "CustomParameterRunCreated",
    "CustomParameterRunCreatedEnvelope",
    "CustomParameterRunEnvelope",
    "CustomParameterRunList",
    "Dataset",
    "DatasetEnvelope",
    "DatasetList",
    "DatasetRun",
    "DatasetRunEnvelope",
    "DatasetRunList",
    "DatasetRunParams",
    "DatasetRunParamsSearch",
    "DateRange",
    "DominantEmotionFilter",
    "DominantEmotionFilterValuesItem",
    "EngagementRateFilter",
    "FollowerCountFilter",
    "GreaterThanOperator",
    "HasMediaFilter",
    "HookFilter",
    "HTTPValidationError",
    "InRangeOperator",
    "IntentAudience",
    "IntentAudienceConfig",
    "IntentAudienceDeleted",
    "IntentAudienceDeletedEnvelope",
    "IntentAudienceEnvelope",
    "IntentAudienceFilterCatalog",
    "IntentAudienceFilterCatalogEnvelope",
    "IntentAudienceFilters",
    "IntentAudienceList",
    "IntentAudiencePreview",
    "IntentAudiencePreviewBreakdowns",
    "IntentAudiencePreviewEnvelope",
    "IntentAudienceResultRow",
    "IntentAudienceRun",
    "IntentAudienceRunEnvelope",
    "IntentAudienceRunList",
    "IntentAudienceRunResults",
    "IntentAudienceRunResultsEnvelope",
    "IntentAudienceSampleRow",
    "IntentAudienceStoredConfig",
    "IntentAudienceStoredConfigFilters",
    "IntentAudienceTopicRef",
    "IntentAudienceValidation",
    "IntentAudienceValidationEnvelope",
    "IntentBreakdownItem",
    "IntentFillRate",
    "IntentFilterCatalogSummary",
    "IntentFilterCatalogVersion",
    "IntentFilterDefinition",
    "IntentFilterGroup",
    "IntentFilterOption",
    "IntentFilterUi",
    "IntentPersonCompany",
    "IntentPersonMatch",
    "IntentRunExport",
    "IntentRunExportEnvelope",
    "IntentRunExportResult",
    "IntentRunNotReady",
    "IntentRunNotReadyEnvelope",
    "IntentRunStats",
    "IntentRunStatsAverages",
    "IntentRunStatsEnvelope",
    "IntentRunStatsFillRates",
    "IntentRunStatsResult",
    "IntentScoreBucket",
    "IntentTopic",
    "IntentTopicList",
    "IntentTopicListMeta",
    "IntentTopicListMetaFilters",
    "IntentTopicSearchResults",
    "InterestClustersFilter",
    "IsVerifiedFilter",
    "KeywordFilter",
    "KeywordFilterOperator",
    "LeadpipeError",
    "LeadpipeErrorDetail",
    "LeadpipeErrorMessage",
    "LeadpipeMeta",
    "LessThanOperator",
    "ListAudienceDatasetRunsOrder",
    "ListAudienceDatasetsOrder",
    "ListAudienceProfilesRequest",
    "ListAudienceProfilesRequestOrder",
    "ListAudienceProfilesRequestSort",
    "ListDatasetRunsOrder",
    "ListDatasetsOrder",
    "ListIntentAudiencesStatus",
    "ListIntentTopicsType",
    "ListMentionsRequest",
    "ListMentionsRequestOrder",
    "ListMentionsRequestSort",
    "LocationCountryFilter",
    "Mention",
    "MentionAuthor",
    "MentionComment",
    "MentionCustomParametersType0",
    "MentionDataset",
    "MentionList",
    "MentionSentiment",
    "MentionedBrandsAnyOf",
    "MentionedBrandsContains",
    "MentionedBrandsEquals",
    "MentionedBrandsFilter",
    "MetricChangeFilter",
    "MetricChangeFilterMetric",
    "Pattern",
    "PatternDetectionRun",
    "PatternDetectionRunEnvelope",
    "PatternEnvelope",
    "PatternItem",
    "PatternItemEnvelope",
    "PostRef",
    "PreviewCustomParameterRequest",
    "PreviewResult",
    "PreviewResultEnvelope",
    "PreviewResults",
    "ProfileAvatar",
    "ProfileOcean",
    "PromptSearch",
    "RunScope",
    "RunScopeRequest",
    "RunScopeRequestKind",
    "RunStatusObject",
    "RunStep",
    "SearchIntentTopicsType",
    "SentimentFilter",
    "SentimentFilterValuesItem",
    "SourceFilter",
    "SourceUrl",
    "ToneOfVoiceFilter",
    "UpdateAudienceDatasetRequest",
    "UpdateCustomParameterRequest",
    "UpdateDatasetRequest",
    "UpdateIntentAudienceRequest",
    "UpdateIntentAudienceRequestStatus",
    "UrlSearch",
    "UsageHistoryList",
    "UsageRecord",
    "ValidationErrorItem",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
