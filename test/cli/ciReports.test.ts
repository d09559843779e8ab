import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { JsonReport } from "../../cli/report/json";
import type { SarifLog } from "../../cli/report/sarif";
import { fixture, runCliInProcess } from "../support/cli";

const PLAINTEXT_KEYS = /AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY/;
const WEB = "urn:pulumi:dev::fixture-violating::aws:ec2/instance:Instance::web";

/** The test cases of one suite of a JUnit document, by name, with their bodies. */
function junitCases(xml: string, suite: string): Map<string, string> {
    const body = new RegExp(`<testsuite name="${suite}"[^>]*>([\\s\\S]*?)</testsuite>`).exec(xml)?.[1] ?? "";
    const cases = new Map<string, string>();
    for (const match of body.matchAll(/<testcase classname="[^"]*" name="([^"]*)"(\/>|>([\s\S]*?)<\/testcase>)/g)) {
        cases.set(match[1], match[3] ?? "");
    }
    return cases;
}

describe("reports for CI: JUnit, Markdown, SARIF suppressions, exemptions in every format", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-ci-reports-"));
    after(() => fs.rmSync(work, { recursive: true, force: true }));

    describe("JUnit", () => {
        it("has one test case per policy and resource it judged, failing where a finding blocks", async () => {
            const run = await runCliInProcess(["check", fixture("violating"), "--junit"]);
            assert.equal(run.status, 1);
            assert.match(run.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="aws-guardrails check fixture-violating\/dev: blocked" tests="\d+" failures="1"/);
            const imds = junitCases(run.stdout, "imdsv2-required");
            assert.deepEqual([...imds.keys()], [WEB], "judged the instance only, not the stack resource");
            assert.match(imds.get(WEB) ?? "", /<failure type="mandatory" message="web sets no metadataOptions, so IMDSv1 stays enabled; set metadataOptions.httpTokens = &quot;required&quot;">/);
            assert.deepEqual([...junitCases(run.stdout, "instance-type-allowed").keys()], [WEB]);
            assert.equal(junitCases(run.stdout, "instance-type-allowed").get(WEB), "", "a judged resource without findings passes");
            assert.ok(junitCases(run.stdout, "billing-alarm-present").has("stack fixture-violating/dev"), "a stack policy judges the stack as one case");
            assert.equal(junitCases(run.stdout, "iam-no-admin-wildcard").size, 0, "a policy that judged nothing has no case");
            assert.equal(junitCases(run.stdout, "aws-guardrails coverage").get("every resource of fixture-violating/dev seen"), "");
        });

        it("fails the coverage case of an incomplete check, unless --allow-incomplete", async () => {
            const run = await runCliInProcess(["check", fixture("unanswered-lookup"), "--junit"]);
            assert.equal(run.status, 3);
            assert.match(junitCases(run.stdout, "aws-guardrails coverage").values().next().value ?? "", /<failure type="incomplete" message="not everything was seen">1 data source\(s\) had no faithful offline answer/);
            const allowed = await runCliInProcess(["check", fixture("unanswered-lookup"), "--junit", "--allow-incomplete"]);
            assert.match(junitCases(allowed.stdout, "aws-guardrails coverage").values().next().value ?? "", /<skipped message="incomplete, allowed by --allow-incomplete">/);
        });
    });

    describe("keys in a Lambda environment, an ECS container definition and a tag key", () => {
        // Markdown escapes the mask's stars, so that they read as stars.
        for (const [format, masked] of [["--junit", /AKIA\*{12}MPLE/], ["--markdown", /AKIA(\\\*){12}MPLE/]] as const) {
            it(`are never printed in ${format}, only masked`, async () => {
                const run = await runCliInProcess(["check", fixture("keys-in-inputs"), format]);
                assert.equal(run.status, 1, run.stderr);
                assert.doesNotMatch(run.stdout + run.stderr, PLAINTEXT_KEYS);
                assert.match(run.stdout, masked);
            });
        }
    });

    describe("exemptions: one active and expiring soon, one stale, one tag", () => {
        const config = path.join(work, "pack.json");
        fs.writeFileSync(config, JSON.stringify({
            "imdsv2-required": {
                exemptions: [
                    { urnPattern: WEB, reason: "vendor AMI, replacement tracked in OPS-77", expires: "2026-12-20" },
                    { urnPattern: "urn:pulumi:*::*::aws:ec2/instance:Instance::retired-*", reason: "old hosts, all gone by now", expires: "2027-06-30" },
                ],
            },
        }));
        const args = ["check", fixture("violating"), "--policy-pack-config", config, "--now", "2026-12-01"];

        it("--json lists each with what it did", async () => {
            const run = await runCliInProcess([...args, "--json"]);
            assert.equal(run.status, 0, run.stdout + run.stderr);
            const { exemptions } = JSON.parse(run.stdout) as JsonReport;
            assert.deepEqual(exemptions.map((e) => [e.status, e.daysLeft, e.expiringSoon, e.matched, e.exempted]), [["active", 19, true, 1, 1], ["stale", 211, false, 0, 0]]);
        });

        it("the text, SARIF, JUnit and Markdown reports name the stale one and the one expiring within 30 days", async () => {
            const text = (await runCliInProcess([...args, "--quiet"])).stdout;
            assert.match(text, /note: the imdsv2-required config exemption for urn:pulumi:\*::\*::aws:ec2\/instance:Instance::retired-\* matched no finding \(stale\)/);
            assert.match(text, /note: the imdsv2-required config exemption for urn:pulumi:dev::fixture-violating::aws:ec2\/instance:Instance::web expires in 19 day\(s\), on 2026-12-20/);
            const sarif = JSON.parse((await runCliInProcess([...args, "--sarif"])).stdout) as SarifLog;
            const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text).join("\n");
            assert.match(notes, /retired-\* matched no finding \(stale\)/);
            assert.match(notes, /expires in 19 day\(s\)/);
            const suppressed = sarif.runs[0].results.find((r) => r.ruleId === "imdsv2-required");
            assert.deepEqual(suppressed?.suppressions, [{ kind: "external", status: "accepted", justification: "vendor AMI, replacement tracked in OPS-77 (policy-pack config, until 2026-12-20)" }]);
            const junit = (await runCliInProcess([...args, "--junit"])).stdout;
            assert.match(junitCases(junit, "imdsv2-required").get(WEB) ?? "", /<skipped message="exempted until 2026-12-20: vendor AMI, replacement tracked in OPS-77"\/>/);
            const junitNotes = /<testsuite name="aws-guardrails coverage"[\s\S]*<system-out>([^<]*)<\/system-out>/.exec(junit)?.[1] ?? "";
            assert.match(junitNotes, /retired-\* matched no finding \(stale\)/);
            assert.match(junitNotes, /expires in 19 day\(s\)/);
            const markdown = (await runCliInProcess([...args, "--markdown"])).stdout;
            assert.match(markdown, /### Exemptions expiring within 30 days \(1\)\n\n\| Policy \| Where \| Expires \| Reason \|\n\| --- \| --- \| --- \| --- \|\n\| `imdsv2-required` \| config `urn:pulumi:dev::fixture-violating::aws:ec2\/instance:Instance::web` \| 2026-12-20 \(19 days\) \| vendor AMI, replacement tracked in OPS-77 \|/);
            assert.match(markdown, /### Stale exemptions: they matched no finding \(1\)/);
        });

        it("a tag exemption is an in-source SARIF suppression", async () => {
            const sarif = JSON.parse((await runCliInProcess(["check", fixture("exempted"), "--sarif"])).stdout) as SarifLog;
            const suppressed = sarif.runs[0].results.find((r) => r.ruleId === "imdsv2-required");
            assert.equal(suppressed?.suppressions?.length, 1);
            const [suppression] = suppressed?.suppressions ?? [];
            assert.equal(suppression.kind, "inSource");
            assert.match(suppression.justification, /^vendor AMI without IMDSv2 support \(tag in the program, until \d{4}-\d{2}-\d{2}\)$/);
        });
    });

    describe("Markdown for a pull request", () => {
        it("puts the verdict first, then the blocking findings, then coverage, and folds the rest", async () => {
            const run = await runCliInProcess(["check", fixture("violating"), "--markdown"]);
            const lines = run.stdout.split("\n");
            assert.equal(lines[0], "## aws-guardrails check: ❌ BLOCKED");
            const order = ["### Blocking findings (1)", "### Coverage", "<details><summary>Findings that do not block (4)</summary>"].map((h) => lines.indexOf(h));
            assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), `sections out of order: ${order.join(", ")}`);
            assert.match(run.stdout, /\| `imdsv2-required` \| high \| mandatory \| `urn:pulumi:dev::fixture-violating::aws:ec2\/instance:Instance::web` \| web sets no metadataOptions/);
        });

        it("pings nobody and links no issue: @mentions and #references in reasons are neutralised, in Markdown only", async () => {
            const config = path.join(work, "mentions.json");
            const reason = "approved by @alice and @acme/platform in #1234";
            fs.writeFileSync(config, JSON.stringify({ "imdsv2-required": { exemptions: [{ urnPattern: WEB, reason, expires: "2026-12-20" }] } }));
            const args = ["check", fixture("violating"), "--policy-pack-config", config, "--now", "2026-12-01"];
            const markdown = (await runCliInProcess([...args, "--markdown"])).stdout;
            assert.ok(markdown.includes("approved by @\u2060alice and @\u2060acme/platform in \\#\u20601234"), markdown);
            // Code spans (`aws-guardrails@0.1.0`) are never read for mentions; everything else must not hold one.
            assert.doesNotMatch(markdown.replace(/`[^`\n]*`/g, ""), /@[A-Za-z0-9]|#[0-9]/, "no mention or issue reference GitHub would act on");
            const json = JSON.parse((await runCliInProcess([...args, "--json"])).stdout) as JsonReport;
            assert.equal(json.exemptions[0].reason, reason, "other formats keep the reason as written");
        });

        it("writes any number of reports to files beside the one on stdout", async () => {
            const [sarif, md, xml] = ["out.sarif", "out.md", "out.xml"].map((f) => path.join(work, f));
            const run = await runCliInProcess(["check", fixture("violating"), "--json", `--sarif=${sarif}`, `--markdown=${md}`, `--junit=${xml}`]);
            assert.equal((JSON.parse(run.stdout) as JsonReport).summary.verdict, "blocked");
            assert.equal((JSON.parse(fs.readFileSync(sarif, "utf8")) as SarifLog).version, "2.1.0");
            assert.match(fs.readFileSync(md, "utf8"), /^## aws-guardrails check: ❌ BLOCKED/);
            assert.match(fs.readFileSync(xml, "utf8"), /^<\?xml/);
            assert.match((await runCliInProcess(["check", "--json", "--sarif"])).stderr, /--json and --sarif cannot both print on stdout; write one to a file with --sarif=FILE/);
        });
    });
});
