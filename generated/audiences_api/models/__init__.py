"""Contains all the data models used in inputs/outputs (imported on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .age_filter import AgeFilter
    from .attributes_filter import AttributesFilter
    from .audience_dataset import AudienceDataset
    from .audience_dataset_envelope import AudienceDatasetEnvelope
    from .audience_dataset_list import AudienceDatasetList
    from .audience_dataset_run import AudienceDatasetRun
    from .audience_dataset_run_envelope import AudienceDatasetRunEnvelope
    from .audience_dataset_run_list import AudienceDatasetRunList
    from .audience_filters import AudienceFilters
    from .audience_lab_error import AudienceLabError
    from .audience_lab_error_detail import AudienceLabErrorDetail
    from .business_profile_filter import BusinessProfileFilter
    from .buzzabout_error import BuzzaboutError
    from .create_audience_dataset_request import CreateAudienceDatasetRequest
    from .create_audience_dataset_run_request import CreateAudienceDatasetRunRequest
    from .create_audience_request import CreateAudienceRequest
    from .create_audience_response import CreateAudienceResponse
    from .create_custom_parameter_request import CreateCustomParameterRequest
    from .create_custom_parameter_run_request import CreateCustomParameterRunRequest
    from .create_intent_audience_run_request import CreateIntentAudienceRunRequest
    from .create_intent_audience_run_request_run_type import (
        CreateIntentAudienceRunRequestRunType,
    )
    from .create_pattern_detection_request import CreatePatternDetectionRequest
    from .custom_parameter import CustomParameter
    from .custom_parameter_envelope import CustomParameterEnvelope
    from .custom_parameter_list import CustomParameterList
    from .custom_parameter_run import CustomParameterRun
    from .custom_parameter_run_created import CustomParameterRunCreated
    from .custom_parameter_run_created_envelope import CustomParameterRunCreatedEnvelope
    from .custom_parameter_run_envelope import CustomParameterRunEnvelope
    from .custom_parameter_run_list import CustomParameterRunList
    from .http_validation_error import HTTPValidationError
    from .intent_audience_run import IntentAudienceRun
    from .intent_audience_run_envelope import IntentAudienceRunEnvelope
    from .intent_audience_run_list import IntentAudienceRunList
    from .leadpipe_error import LeadpipeError
    from .leadpipe_error_detail import LeadpipeErrorDetail
    from .leadpipe_meta import LeadpipeMeta
    from .list_audience_dataset_runs_order import ListAudienceDatasetRunsOrder
    from .list_audience_datasets_order import ListAudienceDatasetsOrder
    from .pattern_detection_run import PatternDetectionRun
    from .pattern_detection_run_envelope import PatternDetectionRunEnvelope
    from .post_ref import PostRef
    from .preview_custom_parameter_request import PreviewCustomParameterRequest
    from .preview_result import PreviewResult
    from .preview_result_envelope import PreviewResultEnvelope
    from .preview_results import PreviewResults
    from .run_scope import RunScope
    from .run_scope_request import RunScopeRequest
    from .run_scope_request_kind import RunScopeRequestKind
    from .run_status_object import RunStatusObject
    from .run_step import RunStep
    from .update_audience_dataset_request import UpdateAudienceDatasetRequest
    from .update_custom_parameter_request import UpdateCustomParameterRequest
    from .validation_error_item import ValidationErrorItem

_MODULES = {
    "AgeFilter": "age_filter",
    "AttributesFilter": "attributes_filter",
    "AudienceDataset": "audience_dataset",
    "AudienceDatasetEnvelope": "audience_dataset_envelope",
    "AudienceDatasetList": "audience_dataset_list",
    "AudienceDatasetRun": "audience_dataset_run",
    "AudienceDatasetRunEnvelope": "audience_dataset_run_envelope",
    "AudienceDatasetRunList": "audience_dataset_run_list",
    "AudienceFilters": "audience_filters",
    "AudienceLabError": "audience_lab_error",
    "AudienceLabErrorDetail": "audience_lab_error_detail",
    "BusinessProfileFilter": "business_profile_filter",
    "BuzzaboutError": "buzzabout_error",
    "CreateAudienceDatasetRequest": "create_audience_dataset_request",
    "CreateAudienceDatasetRunRequest": "create_audience_dataset_run_request",
    "CreateAudienceRequest": "create_audience_request",
    "CreateAudienceResponse": "create_audience_response",
    "CreateCustomParameterRequest": "create_custom_parameter_request",
    "CreateCustomParameterRunRequest": "create_custom_parameter_run_request",
    "CreateIntentAudienceRunRequest": "create_intent_audience_run_request",
    "CreateIntentAudienceRunRequestRunType": "create_intent_audience_run_request_run_type",
    "CreatePatternDetectionRequest": "create_pattern_detection_request",
    "CustomParameter": "custom_parameter",
    "CustomParameterEnvelope": "custom_parameter_envelope",
    "CustomParameterList": "custom_parameter_list",
    "CustomParameterRun": "custom_parameter_run",
    "CustomParameterRunCreated": "custom_parameter_run_created",
    "CustomParameterRunCreatedEnvelope": "custom_parameter_run_created_envelope",
    "CustomParameterRunEnvelope": "custom_parameter_run_envelope",
    "CustomParameterRunList": "custom_parameter_run_list",
    "HTTPValidationError": "http_validation_error",
    "IntentAudienceRun": "intent_audience_run",
    "IntentAudienceRunEnvelope": "intent_audience_run_envelope",
    "IntentAudienceRunList": "intent_audience_run_list",
    "LeadpipeError": "leadpipe_error",
    "LeadpipeErrorDetail": "leadpipe_error_detail",
    "LeadpipeMeta": "leadpipe_meta",
    "ListAudienceDatasetRunsOrder": "list_audience_dataset_runs_order",
    "ListAudienceDatasetsOrder": "list_audience_datasets_order",
    "PatternDetectionRun": "pattern_detection_run",
    "PatternDetectionRunEnvelope": "pattern_detection_run_envelope",
    "PostRef": "post_ref",
    "PreviewCustomParameterRequest": "preview_custom_parameter_request",
    "PreviewResult": "preview_result",
    "PreviewResultEnvelope": "preview_result_envelope",
    "PreviewResults": "preview_results",
    "RunScope": "run_scope",
    "RunScopeRequest": "run_scope_request",
    "RunScopeRequestKind": "run_scope_request_kind",
    "RunStatusObject": "run_status_object",
    "RunStep": "run_step",
    "UpdateAudienceDatasetRequest": "update_audience_dataset_request",
    "UpdateCustomParameterRequest": "update_custom_parameter_request",
    "ValidationErrorItem": "validation_error_item",
}

__all__ = (
    "AgeFilter",
    "AttributesFilter",
    "AudienceDataset",
    "AudienceDatasetEnvelope",
    "AudienceDatasetList",
    "AudienceDatasetRun",
    "AudienceDatasetRunEnvelope",
    "AudienceDatasetRunList",
    "AudienceFilters",
    "AudienceLabError",
    "AudienceLabErrorDetail",
    "BusinessProfileFilter",
    "BuzzaboutError",
    "CreateAudienceDatasetRequest",
    "CreateAudienceDatasetRunRequest",
    "CreateAudienceRequest",
    "CreateAudienceResponse",
    "CreateCustomParameterRequest",
    "CreateCustomParameterRunRequest",
    "CreateIntentAudienceRunRequest",
    "CreateIntentAudienceRunRequestRunType",
    "CreatePatternDetectionRequest",
    "CustomParameter",
    "CustomParameterEnvelope",
    "CustomParameterList",
    "CustomParameterRun",
    "CustomParameterRunCreated",
    "CustomParameterRunCreatedEnvelope",
    "CustomParameterRunEnvelope",
    "CustomParameterRunList",
    "HTTPValidationError",
    "IntentAudienceRun",
    "IntentAudienceRunEnvelope",
    "IntentAudienceRunList",
    "LeadpipeError",
    "LeadpipeErrorDetail",
    "LeadpipeMeta",
    "ListAudienceDatasetRunsOrder",
    "ListAudienceDatasetsOrder",
    "PatternDetectionRun",
    "PatternDetectionRunEnvelope",
    "PostRef",
    "PreviewCustomParameterRequest",
    "PreviewResult",
    "PreviewResultEnvelope",
    "PreviewResults",
    "RunScope",
    "RunScopeRequest",
    "RunScopeRequestKind",
    "RunStatusObject",
    "RunStep",
    "UpdateAudienceDatasetRequest",
    "UpdateCustomParameterRequest",
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
