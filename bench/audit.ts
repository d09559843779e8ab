import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseAuthorizationDetails } from "../cli/audit/authorizationDetails";
import { parseCredentialReport } from "../cli/audit/credentialReport";
import { parseDay } from "../cli/audit/dates";
import { jsonAuditReport } from "../cli/audit/jsonReport";
import { runAudit } from "../cli/audit/runAudit";
import { textAuditReport } from "../cli/audit/textReport";
import { Figures, median } from "./figures";
import { syntheticAuthorizationDetails, syntheticCredentialReport } from "./syntheticAccount";

/**
 * `aws-guardrails audit` on a synthetic 1,000-user account (and 10,000, to
 * show it grows linearly): in process (read both files, judge, render text and
 * JSON; wall and CPU time, median of 9 runs after 2 warm-ups), and end to end
 * through the built command (`node dist/cli/main.js audit ... --json`, median
 * of 5 spawns), next to the bare start-up of `main.js` (`audit --help`).
 */

function auditInProcess(reportText: string, detailsText: string): number {
    const users = parseCredentialReport(reportText, "report.csv");
    const details = parseAuthorizationDetails(detailsText, "details.json");
    const result = runAudit({ users, details, credentialReportSource: "report.csv" }, { now: parseDay("2024-06-01")!, maxKeyAgeDays: 90, unusedDays: 45, organizationFence: false });
    return textAuditReport(result).length + JSON.stringify(jsonAuditReport(result)).length;
}

function timeInProcess(figures: Figures, users: number): void {
    const reportText = syntheticCredentialReport(users);
    const detailsText = syntheticAuthorizationDetails(users);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let run = 0; run < 11; run++) {
        const cpu = process.cpuUsage();
        const start = process.hrtime.bigint();
        auditInProcess(reportText, detailsText);
        if (run >= 2) {
            walls.push(Number(process.hrtime.bigint() - start) / 1e6);
            const used = process.cpuUsage(cpu);
            cpus.push((used.user + used.system) / 1000);
        }
    }
    figures.add(`audit.inProcess.${users}users.wall`, median(walls), "ms", walls.length);
    figures.add(`audit.inProcess.${users}users.cpu`, median(cpus), "ms", cpus.length);
}

function spawnMedian(root: string, args: string[], expectStatus: number, runs = 5): number {
    const walls: number[] = [];
    for (let run = 0; run < runs; run++) {
        const start = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [path.join(root, "dist", "cli", "main.js"), ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
        walls.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (result.status !== expectStatus) {
            throw new Error(`aws-guardrails ${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
        }
    }
    return median(walls);
}

/** Prints the audit figures. */
export async function measureAudit(figures: Figures, root: string): Promise<void> {
    timeInProcess(figures, 1000);
    timeInProcess(figures, 10_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-audit-bench-"));
    try {
        const report = path.join(dir, "report.csv");
        const details = path.join(dir, "details.json");
        fs.writeFileSync(report, syntheticCredentialReport(1000));
        fs.writeFileSync(details, syntheticAuthorizationDetails(1000));
        figures.add("audit.cli.1000users.wall", spawnMedian(root, ["audit", "--credential-report", report, "--authorization-details", details, "--now", "2024-06-01", "--json"], 1), "ms", 5);
        figures.add("audit.cli.startupOnly.wall", spawnMedian(root, ["audit", "--help"], 0), "ms", 5);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

if (require.main === module) {
    measureAudit(new Figures(), path.resolve(__dirname, "..")).catch((error) => {
        process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
    });
}
