// Compare two OpenAPI documents with api-smart-diff (pinned in package-lock.json, offline).
//
//   node scripts/api_diff.cjs BEFORE.json AFTER.json
//
// Prints one JSON array: every change the tool finds, classified by it as "breaking",
// "non-breaking", "deprecated", "annotation" or "unclassified". scripts/release.py reads
// it, adds the rules that matter to generated clients, and decides.
"use strict";

const fs = require("node:fs");
const { apiCompare } = require("api-smart-diff");

const [before, after] = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, "utf8")));
const { diffs } = apiCompare(before, after);
const out = diffs.map((d) => ({
  type: d.type,
  action: d.action,
  path: d.path,
  description: d.description || "",
}));
process.stdout.write(JSON.stringify(out));
