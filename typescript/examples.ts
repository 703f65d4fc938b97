// Proof that another language team can consume openapi.yaml: the documents' own
// payloads, assigned to the types openapi-typescript generates from the spec, must
// compile under `tsc --strict`. `make spec-lint` regenerates api.d.ts first.
import type { components, operations } from "./api";

type S = components["schemas"];

export const createdAudienceDataset: S["AudienceDatasetEnvelope"] = {
  status: "success",
  data: { id: "ad_01H...", name: "cold brew creators", created_at: "2026-05-01T12:00:00Z" },
};

export const audienceDatasetPage: S["AudienceDatasetList"] = {
  status: "success",
  data: [
    {
      id: "ad_01H...",
      name: "cold brew creators",
      profile_count: 850,
      created_at: "2026-05-01T12:00:00Z",
      updated_at: "2026-05-01T12:30:00Z",
    },
  ],
  has_next: false,
  cursor: null,
};

export const completedRun: S["AudienceDatasetRunEnvelope"] = {
  status: "success",
  data: {
    id: "adr_01H...",
    audience_dataset_id: "ad_01H...",
    source_dataset_id: "ds_01H...",
    status: {
      type: "completed",
      steps: [
        { name: "fetch_posts", completed_at: 1714564890 },
        { name: "collect_profiles", completed_at: 1714565410 },
        { name: "analyze_profiles", completed_at: 1714566010 },
      ],
    },
    target_profile_count: 850,
    profile_count: 850,
    created_at: "2026-05-01T12:00:30Z",
    updated_at: "2026-05-01T12:20:10Z",
  },
};

// Open enums: a word the vendor adds tomorrow still type-checks.
export const futureStatus: S["RunStatus"] = { type: "paused_for_review", steps: [] };

export const inFlight: S["BuzzaboutError"] = {
  status: "client_error",
  error_code: "audience_dataset_run_already_in_flight",
  detail:
    "Another run for this audience dataset is already pending or working. Wait for it to finish before starting a new one.",
  transient: false,
};

export const validation: S["HTTPValidationError"] = {
  detail: [{ loc: ["string"], msg: "string", type: "string" }],
};

export const patternDetection: S["PatternDetectionRunEnvelope"] = {
  status: "info",
  data: {
    created_at: 1717200000,
    dataset_id: "ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
    name: "Pricing complaints",
    research_question: "What recurring complaints come up about pricing?",
    run_id: "pdr_2NK4Z",
    status: { steps: [], type: "pending" },
  },
};

export const patternDetectionDone: S["PatternDetectionRunResponse"] = {
  run_id: "pdr_01H...",
  status: "completed",
  pattern_id: "pt_01H...",
};

export const customParameterRun: S["CustomParameterRunEnvelope"] = {
  status: "info",
  data: {
    created_at: 1746090862,
    custom_parameter_id: "cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    id: "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    mentions_done: 124,
    mentions_error: 2,
    mentions_total: 187,
    scope: { id: "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj", kind: "dataset" },
    status: { type: "processing" },
    updated_at: 1746091984,
  },
};

export const preview: S["PreviewCustomParameterRequest"] = {
  instructions:
    "Classify the post's sentiment toward our brand as one of: positive, negative, neutral, mixed.",
  post_refs: [
    { id: "t3_1oqliu8", source: "reddit" },
    { id: "7396418572401016102", source: "tiktok" },
  ],
  value_type: "string",
};

export const audienceRequest: operations["create_audience"]["requestBody"]["content"]["application/json"] = {
  name: "My Test Audience",
  filters: {
    age: { minAge: 25, maxAge: 45 },
    city: ["New York", "San Francisco"],
    businessProfile: { industry: ["Software Development"] },
  },
  segment: ["b2c_1253"],
  days_back: 7,
};

export const audienceCreated: S["CreateAudienceResponse"] = {
  audienceId: "812b78c3-83e6-4d6a-8245-def0dde26223",
};

export const audienceLabError: S["AudienceLabError"] = {
  error: { code: "VALIDATION_ERROR", message: "Invalid request body" },
};

export const queuedIntentRun: S["IntentAudienceRunEnvelope"] = {
  data: {
    id: "ad53af16-efbc-4fe1-a764-ded7181653a1",
    audienceId: "8c049a20-3385-42da-b710-0d038eff5812",
    organizationId: "a1657c63-bed2-41b4-b816-f09614490057",
    status: "queued",
    runType: "manual",
    configHash: "8e7f74e01dd2ce8cd0c12969155eac44d624818f1de711f175aab34d2ab193a8",
    dataDate: "2026-05-04",
    candidateCount: 0,
    resultCount: 0,
    attempts: 0,
    createdAt: "2026-05-05T09:30:00.000Z",
  },
};

export const intentRuns: S["IntentAudienceRunList"] = {
  data: [
    {
      id: "ad53af16-efbc-4fe1-a764-ded7181653a1",
      audienceId: "8c049a20-3385-42da-b710-0d038eff5812",
      status: "completed",
      runType: "daily",
      dataDate: "2026-05-04",
      candidateCount: 121463,
      resultCount: 20,
      startedAt: "2026-05-05T07:49:00.675Z",
      completedAt: "2026-05-05T07:49:03.000Z",
    },
  ],
};
