#!/usr/bin/env node
/**
 * `npm test` after the build: the type-check of the tests, benchmarks, scripts
 * and examples (tsconfig.test.json) runs beside mocha rather than before it,
 * on the second core, and the run fails if either fails. The type-checker's
 * output is printed after mocha's, so the two never interleave.
 *
 * Test files that start slow work when they load (`startInBackground`: npm
 * installs, the real binary in its own process) run last, so that their work
 * overlaps every other file instead of being waited for early.
 */
"use strict";
const { spawn } = require("child_process");
const path = require("path");

const fs = require("fs");

const root = path.resolve(__dirname, "..");

/** Every test file under `dir`, sorted, relative to the root. */
function testFiles(dir) {
    return fs.readdirSync(path.join(root, dir), { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((entry) => {
            const relative = path.join(dir, entry.name);
            if (entry.isDirectory()) return testFiles(relative);
            return entry.name.endsWith(".test.ts") ? [relative] : [];
        });
}

const files = testFiles("test");
const startsBackgroundWork = (file) => fs.readFileSync(path.join(root, file), "utf8").includes("startInBackground(");
const ordered = [...files.filter((f) => !startsBackgroundWork(f)), ...files.filter(startsBackgroundWork)];
const bin = (pkg, file) => path.join(root, "node_modules", pkg, "bin", file);

const typecheck = new Promise((resolve) => {
    const child = spawn(process.execPath, [bin("typescript", "tsc"), "-p", "tsconfig.test.json"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ status, output }));
});

const mocha = new Promise((resolve) => {
    const child = spawn(process.execPath, [bin("mocha", "mocha.js"), ...ordered, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
    child.on("close", (status) => resolve(status));
});

Promise.all([typecheck, mocha]).then(([checked, mochaStatus]) => {
    if (checked.status !== 0) {
        process.stderr.write(`\nType-check failed (tsc -p tsconfig.test.json):\n${checked.output}`);
    }
    process.exitCode = checked.status !== 0 ? 1 : mochaStatus ?? 1;
});
