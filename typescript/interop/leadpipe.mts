// Leadpipe's main workflow, written the way a TypeScript team would against
// specs/leadpipe.yaml: openapi-typescript types + openapi-fetch, a typed body.
// Queue a manual run with an Idempotency-Key (and replay it), list, cancel.
import { randomUUID } from "node:crypto";

import createClient from "openapi-fetch";

import type { components, paths } from "./api/leadpipe.js";
import { check, env, report } from "./check.mjs";

const client = createClient<paths>({
  baseUrl: env("AUDIENCES_BASE_URL"),
  headers: { "x-api-key": env("AUDIENCES_API_KEY") },
});
const audienceId = env("AUDIENCES_INTENT_AUDIENCE");
const path = { audience_id: audienceId };
const idempotencyKey = `ts-${randomUUID()}`;
const manual: components["schemas"]["CreateIntentAudienceRunRequest"] = { runType: "manual" };

const queued = await client.POST("/v1/intent/audiences/{audience_id}/runs", {
  params: { path, header: { "Idempotency-Key": idempotencyKey } },
  body: manual,
});
check(queued.response.status === 201, "queueing a run answers 201");
const run = queued.data?.data;
check(run !== undefined, "the 201 carries the run");
check(run.audienceId === audienceId, "the run belongs to the audience");
check(run.status === "queued" && run.runType === "manual", "a new manual run is queued");

const replay = await client.POST("/v1/intent/audiences/{audience_id}/runs", {
  params: { path, header: { "Idempotency-Key": idempotencyKey } },
  body: manual,
});
check(replay.response.status === 200, "replaying the Idempotency-Key answers 200");
check(replay.data?.data.id === run.id, "the replay returns the same run");

const listed = await client.GET("/v1/intent/audiences/{audience_id}/runs", {
  params: { path, query: { limit: 10 } },
});
check(listed.response.status === 200 && listed.data !== undefined, "listing runs answers 200");
const found = listed.data.data.filter((r) => r.id === run.id);
check(found.length === 1, "the queued run is listed once");

const cancelled = await client.DELETE("/v1/intent/audiences/{audience_id}/runs/{run_id}", {
  params: { path: { audience_id: audienceId, run_id: run.id } },
});
check(cancelled.response.status === 200, "cancelling a queued run answers 200");
check(cancelled.data?.data.status === "cancelled", "the run comes back cancelled");
check(typeof cancelled.data.data.cancelledAt === "string", "and says when it was cancelled");

const afterwards = await client.GET("/v1/intent/audiences/{audience_id}/runs", {
  params: { path, query: { limit: 10 } },
});
const listedAgain = afterwards.data?.data.find((r) => r.id === run.id);
check(listedAgain?.status === "cancelled", "the list shows the run cancelled");

report("leadpipe");
