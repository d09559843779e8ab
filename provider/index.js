// What Pulumi's component host loads: the compiled components of the package
// at the repository root (its `npm install` builds them). The schema comes from
// index.ts, the TypeScript source of the same exports.
const fs = require("fs");
const path = require("path");

const compiled = path.join(__dirname, "..", "dist", "components", "index.js");
if (!fs.existsSync(compiled)) {
    throw new Error(`aws-guardrails: ${compiled} does not exist; run "npm install" in ${path.dirname(__dirname)} (it builds the package) before using the component package`);
}
// Pulumi's SDK captures the whole stack for every resource it registers, and the
// host installs source-map-support, which maps every frame through the source
// maps of @pulumi/aws: most of the CPU of a large Construct. The positions only
// point the engine at source lines, and this package runs compiled JavaScript,
// so frames are left as they are (the offline check does the same).
delete Error.prepareStackTrace;
module.exports = require(compiled);
