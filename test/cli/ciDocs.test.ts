import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { parseCheckArgs } from "../../cli/args";
import { REPO_ROOT } from "../support/cli";

interface Step { uses?: string; run?: string }
interface Job { permissions?: Record<string, string>; steps?: Step[] }
interface Workflow { permissions?: Record<string, string>; jobs?: Record<string, Job> }

/** The GitHub Actions workflows docs/ci.md shows, parsed. */
function workflows(): Workflow[] {
    const text = fs.readFileSync(path.join(REPO_ROOT, "docs", "ci.md"), "utf8");
    return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((block) => parseYaml(block[1]) as Workflow);
}

/** The arguments after `check` of every command line in a step that runs the check (line continuations joined). */
function checkCommands(run: string): string[][] {
    return run.replace(/\\\n\s*/g, " ").split("\n")
        .map((line) => /(?:aws-guardrails|main\.js) check\b(.*)$/.exec(line)?.[1])
        .filter((rest): rest is string => rest !== undefined)
        .map((rest) => rest.trim().split(/\s+/).filter((arg) => arg !== "" && !arg.startsWith("\\")));
}

describe("docs/ci.md: the workflows are ones GitHub and the check accept", () => {
    const all = workflows();

    it("shows the three workflows, each valid YAML with jobs", () => {
        assert.equal(all.length, 3);
        for (const workflow of all) {
            assert.ok(workflow.jobs && Object.keys(workflow.jobs).length > 0);
        }
    });

    it("grants what each step needs: security-events: write to upload SARIF, pull-requests: write to comment", () => {
        for (const workflow of all) {
            for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
                const granted = { ...workflow.permissions, ...job.permissions };
                const uses = (job.steps ?? []).map((s) => s.uses ?? "");
                if (uses.some((u) => u.startsWith("github/codeql-action/upload-sarif@"))) {
                    assert.equal(granted["security-events"], "write", name);
                    assert.equal(granted.contents, "read", name);
                }
                if (uses.some((u) => u.startsWith("marocchino/sticky-pull-request-comment@"))) {
                    assert.equal(granted["pull-requests"], "write", name);
                }
                for (const action of uses.filter(Boolean)) {
                    assert.match(action, /^[\w.-]+\/[\w./-]+@v\d+$/, `${action}: pinned to a major version`);
                }
            }
        }
    });

    it("runs the check only with arguments it accepts, and writes every report the later steps read", () => {
        let commands = 0;
        for (const workflow of all) {
            for (const job of Object.values(workflow.jobs ?? {})) {
                for (const step of job.steps ?? []) {
                    for (const args of checkCommands(step.run ?? "")) {
                        commands++;
                        const parsed = parseCheckArgs(args);
                        const written = new Set(parsed.files.map((f) => f.file));
                        const read = (job.steps ?? []).flatMap((s) => [...`${s.run ?? ""} ${JSON.stringify(s)}`.matchAll(/guardrails\.(sarif|md|xml)\b/g)].map((m) => m[0]));
                        for (const file of read) {
                            assert.ok(written.has(file), `${file} is read by a step but not written by the check`);
                        }
                    }
                }
            }
        }
        assert.equal(commands, 3);
    });
});
