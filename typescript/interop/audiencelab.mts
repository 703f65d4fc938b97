// AudienceLab's main workflow, written the way a TypeScript team would against
// specs/audiencelab.yaml: openapi-typescript types + openapi-fetch, a typed body.
// Create an audience from filters and read its id back.
import createClient from "openapi-fetch";

import type { components, paths } from "./api/audiencelab.js";
import { check, env, report } from "./check.mjs";

const client = createClient<paths>({
  baseUrl: env("AUDIENCES_BASE_URL"),
  headers: { "X-Api-Key": env("AUDIENCES_API_KEY") },
});

const audience: components["schemas"]["CreateAudienceRequest"] = {
  name: "Software Engineers in NYC (TypeScript)",
  filters: {
    age: { minAge: 25, maxAge: 45 },
    city: ["New York"],
    businessProfile: { industry: ["Software Development"] },
  },
  days_back: 30,
};
const created = await client.POST("/audiences", { body: audience });
check(created.response.status === 200, "creating an audience answers 200");
check(created.data !== undefined, "the 200 carries a body");
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
check(uuid.test(created.data.audienceId), "the new audience's id is a UUID");

const again = await client.POST("/audiences", { body: { ...audience, name: "another" } });
check(again.data !== undefined && again.data.audienceId !== created.data.audienceId, "each audience gets its own id");

report("audiencelab");
