import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { findResponderCode, responderCodeCandidates } from "../../../../components/detect/responderCode";
import { topicRegion } from "../../../../components/detect/responder/handler";
import { readSettings, RESPONDER_ENV } from "../../../../components/detect/responder/settings";

const SOURCE_DIR = path.resolve(__dirname, "..", "..", "..", "..", "components", "detect", "responder");

describe("leaked-key responder packaging and settings", () => {
    it("finds the code compiled by the package build, next to the compiled component or in dist/", () => {
        const dir = findResponderCode();
        assert.ok(fs.existsSync(path.join(dir, "handler.js")));
        assert.match(dir, /dist[\\/]components[\\/]detect[\\/]responder$/);
        assert.throws(() => findResponderCode(["/nonexistent/a", "/nonexistent/b"]),
            { message: "LeakedKeyResponder: the compiled handler (handler.js) is not in /nonexistent/a or /nonexistent/b; run `npm run build` in the aws-guardrails package first" });
        assert.deepEqual(responderCodeCandidates("/pkg/components/detect"), ["/pkg/components/detect/responder", "/pkg/dist/components/detect/responder"]);
    });

    it("compiles every handler source and imports only the runtime's AWS SDK v3, Node built-ins and its own folder", () => {
        const compiled = findResponderCode();
        const sources = fs.readdirSync(SOURCE_DIR).filter((file) => file.endsWith(".ts"));
        assert.ok(sources.includes("handler.ts"));
        for (const file of sources) {
            const js = path.join(compiled, file.replace(/\.ts$/, ".js"));
            assert.ok(fs.existsSync(js), `${js} is not built`);
            for (const [, module] of fs.readFileSync(js, "utf8").matchAll(/require\("([^"]+)"\)/g)) {
                assert.ok(/^(@aws-sdk\/client-(iam|cloudtrail|sns)|node:crypto|\.\/[a-z]+)$/i.test(module), `${file} requires ${module}, which the Lambda archive would not contain`);
            }
        }
    });

    it("reads its settings from the environment the component writes, and names every bad variable", () => {
        const settings = readSettings({
            [RESPONDER_ENV.topicArn]: "arn:aws:sns:us-west-2:123456789012:alerts",
            [RESPONDER_ENV.quarantinePolicyArn]: "arn:aws:iam::123456789012:policy/q",
            [RESPONDER_ENV.dryRun]: "true",
            [RESPONDER_ENV.allowListedKeyHashes]: "ABC, def",
            [RESPONDER_ENV.allowListedUsers]: "canary,",
            [RESPONDER_ENV.lookupRegions]: "us-east-1,eu-west-1",
        });
        assert.equal(settings.dryRun, true);
        assert.equal(settings.lookbackHours, 24);
        assert.deepEqual([...settings.allowListedKeyHashes], ["abc", "def"]);
        assert.deepEqual([...settings.allowListedUsers], ["canary"]);
        assert.deepEqual(settings.lookupRegions, ["us-east-1", "eu-west-1"]);
        assert.equal(topicRegion(settings.topicArn), "us-west-2");
        assert.throws(() => readSettings({ [RESPONDER_ENV.dryRun]: "yes", [RESPONDER_ENV.lookbackHours]: "0" }), {
            message: "the responder is misconfigured: ALERT_TOPIC_ARN is not set; QUARANTINE_POLICY_ARN is not set; DRY_RUN must be \"true\" or \"false\", not \"yes\"; LOOKBACK_HOURS must be a whole number of hours from 1 to 2160 (90 days, CloudTrail's event history); LOOKUP_REGIONS names no region",
        });
    });
});
