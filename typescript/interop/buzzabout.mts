// Buzzabout's main workflow, written the way a TypeScript team would against
// specs/buzzabout.yaml: openapi-typescript types + openapi-fetch, typed bodies.
// Create an audience dataset and a run, meet the 409 on a second run, read the run
// back, list a page, and get a 404.
import createClient from "openapi-fetch";

import type { components, paths } from "./api/buzzabout.js";
import { check, env, report } from "./check.mjs";

type Schemas = components["schemas"];

function statusWord(status: Schemas["RunStatus"]): string {
  return typeof status === "string" ? status : status.type;
}

// An error body: the envelope, FastAPI's 422 list, or a proxy's HTML page (5XX).
type ErrorBody = Schemas["BuzzaboutError"] | Schemas["HTTPValidationError"] | string | undefined;

function errorCode(body: ErrorBody): string | undefined {
  if (typeof body !== "object") {
    return undefined;
  }
  const code = body.error_code;
  return typeof code === "string" ? code : undefined;
}

const client = createClient<paths>({
  baseUrl: env("AUDIENCES_BASE_URL"),
  headers: { "x-api-key": env("AUDIENCES_API_KEY") },
});
const sourceDatasetId = env("AUDIENCES_SOURCE_DATASET");

const name = "cold brew creators (TypeScript)";
const newDataset: Schemas["CreateAudienceDatasetRequest"] = { name };
const created = await client.POST("/v1/audience_datasets", { body: newDataset });
check(created.response.status === 201, "creating an audience dataset answers 201");
const dataset = created.data?.data;
check(dataset !== undefined, "the 201 carries the audience dataset");
check(dataset.id.startsWith("ad_") && dataset.name === name, "it has an ad_ id and the name sent");

const runRequest: Schemas["CreateAudienceDatasetRunRequest"] = {
  source_dataset_id: sourceDatasetId,
  total_profile_count: 120,
};
const path = { audience_dataset_id: dataset.id };
const started = await client.POST("/v1/audience_datasets/{audience_dataset_id}/runs", {
  params: { path },
  body: runRequest,
});
check(started.response.status === 202, "starting a run answers 202");
const run = started.data?.data;
check(run !== undefined, "the 202 carries the run");
check(run.audience_dataset_id === dataset.id, "the run belongs to the audience dataset");
check(run.source_dataset_id === sourceDatasetId, "the run reads the source dataset sent");
check(statusWord(run.status) === "pending", "a new run is pending");

const second = await client.POST("/v1/audience_datasets/{audience_dataset_id}/runs", {
  params: { path },
  body: runRequest,
});
check(second.response.status === 409, "a second run while one is in flight answers 409");
check(
  errorCode(second.error) === "audience_dataset_run_already_in_flight",
  "the 409 names audience_dataset_run_already_in_flight",
);

const read = await client.GET("/v1/audience_datasets/{audience_dataset_id}/runs/{run_id}", {
  params: { path: { audience_dataset_id: dataset.id, run_id: run.id } },
});
check(read.response.status === 200 && read.data !== undefined, "reading the run answers 200");
check(read.data.data.id === run.id, "the run read back has the same id");
const word = statusWord(read.data.data.status);
check(["pending", "working", "completed"].includes(word), `the run is pending, working or completed (${word})`);
check(read.data.data.target_profile_count === 120, "the run read back targets the count sent");

const page = await client.GET("/v1/audience_datasets", { params: { query: { limit: 1, order: "desc" } } });
check(page.response.status === 200 && page.data !== undefined, "listing answers 200");
check(page.data.data.length === 1, "a page of limit 1 holds one audience dataset");
check(page.data.data[0]?.id === dataset.id, "newest first: the page holds the one just created");
check((page.data.cursor === null) === !page.data.has_next, "the cursor is null exactly on the last page");

const missing = await client.GET("/v1/audience_datasets/{audience_dataset_id}", {
  params: { path: { audience_dataset_id: "ad_does_not_exist" } },
});
check(missing.response.status === 404, "an unknown audience dataset answers 404");
check(errorCode(missing.error) === "audience_dataset_not_found", "the 404 names audience_dataset_not_found");

report("buzzabout");
