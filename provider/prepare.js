// `npm install` in this folder (which the Pulumi CLI runs for a source-based
// package fetched from git) installs and builds the package at the repository
// root when that has not been done yet; in a working checkout it does nothing.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.dirname(__dirname);
const ready = ["node_modules/@pulumi/pulumi/package.json", "node_modules/@pulumi/aws/package.json", "dist/components/index.js"]
    .every((file) => fs.existsSync(path.join(root, file)));
if (ready) {
    console.log(`aws-guardrails: ${root} is installed and built`);
} else {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const command = fs.existsSync(path.join(root, "package-lock.json")) ? "ci" : "install";
    console.log(`aws-guardrails: running npm ${command} in ${root}`);
    const result = spawnSync(npm, [command, "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
    process.exitCode = result.status ?? 1;
}
