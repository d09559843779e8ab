// What Pulumi's component host loads: the compiled components of the package
// at the repository root (its `npm install` builds them). The schema comes from
// index.ts, the TypeScript source of the same exports.
const fs = require("fs");
const path = require("path");

const compiled = path.join(__dirname, "..", "dist", "components", "index.js");
if (!fs.existsSync(compiled)) {
    throw new Error(`aws-guardrails: ${compiled} does not exist; run "npm install" in ${path.dirname(__dirname)} (it builds the package) before using the component package`);
}
module.exports = require(compiled);
