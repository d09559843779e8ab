import * as path from "path";
import { fileURLToPath } from "url";
import type { CheckInput, CollectedStack } from "../check/collect";
import type { PackVerdict } from "../check/analyze";
import type { StateRead } from "../check/judged";
import type { PolicyMetadata } from "../harness/pack/packTypes";
import type { CapturedResource, JsonValue, Violation } from "../harness/types";
import { exemptionInventory, exemptionSourceOf, type ExemptionStatus } from "./exemptions";
import { maskText, maskValue } from "./redact";

export type { ExemptionStatus } from "./exemptions";
export type { StateRead } from "../check/judged";

/** The finding level at which a check blocks: `mandatory` (default), `advisory` (any live finding), or `none`. */
export type FailOn = "mandatory" | "advisory" | "none";

/** `passed`: everything seen and nothing blocking; `blocked`: a finding at or above `--fail-on`; `incomplete`: nothing blocking, but not everything seen. */
export type Verdict = "passed" | "blocked" | "incomplete";

/** One resource as reports show it: its registration, every string masked (inputs show secrets as "[secret]"). */
export interface ReportResource extends Pick<CapturedResource, "urn" | "type" | "name" | "parent" | "provider" | "custom" | "remote" | "inputs"> {
    /** The region of its explicit provider, if any. */
    region?: string;
    /** Where the program registered it (see {@link shownPath}). */
    location?: { file: string; line: number; column: number };
}

/** One finding as reports show it; the message has every key masked. */
export interface ReportFinding {
    policy: string;
    pack: string;
    urn: string;
    message: string;
    enforcementLevel: Violation["enforcementLevel"];
    severity: string;
    /** Set when exempted: why, until when, and where the exemption is written (a config entry or a tag), when known. */
    exemption?: { reason: string; expires: string; source?: "config" | "tag" };
    /** Whether this finding decides the verdict (live and at or above `--fail-on`). */
    blocking: boolean;
}

/** A policy whose enforcement the pack config lowered or turned off. */
export interface PolicyOverride {
    policy: string;
    /** The level the pack ships with. */
    defaultLevel: Violation["enforcementLevel"];
    /** The level it ran with. */
    level: Violation["enforcementLevel"];
}

/** What the check could not see. */
export interface ReportCoverage {
    /** True when nothing below is listed. */
    complete: boolean;
    /** Data sources answered with stand-ins, with call counts. */
    unansweredCalls: { token: string; count: number }[];
    /** Remote components whose children exist only in a real preview. */
    remoteComponents: string[];
    /** What a preview or stack export did not let the pack read (encrypted secrets, missing providers, unchanged resources left out). */
    unreadable: { urn: string; reason: string }[];
}

/** Which policies judged what: every resource's resource policies, and the stack policies that ran. */
export interface JudgedPairs {
    /** Each resource (masked URN) with the resource policies that judged it. */
    resources: { urn: string; type: string; policies: string[] }[];
    /** The stack policies that ran over the whole stack. */
    stack: string[];
}

/** Where the checked resources came from, as reports show it. */
export interface ReportInput {
    /** A program run under mocks, a preview, or a stack export. */
    kind: CheckInput["kind"];
    /** The program folder or the file, as reports show paths (`stdin` for `-`). */
    path: string;
}

/** The report model every format renders; any input (program, preview, state) fills it the same way. */
export interface CheckReport {
    project: string;
    stack: string;
    pack: { name: string; version: string; policies: PolicyMetadata[] };
    resources: ReportResource[];
    findings: ReportFinding[];
    coverage: ReportCoverage;
    policyOverrides: PolicyOverride[];
    /** The input: a program folder, a preview or a stack export. */
    input: ReportInput;
    /** The day dates were judged as of (`--now`, else today), YYYY-MM-DD. */
    today: string;
    /** Policies that read deployed state (key ages), and whether this stack gave them any. */
    stateReads: StateRead[];
    /** Every declared exemption and what it did: active, stale, expired, expiring soon. */
    exemptions: ExemptionStatus[];
    /** Which policy judged which resource (for one test case per pair). */
    judged: JudgedPairs;
    /** The program's entry file, as reports show paths, when known. */
    programFile?: string;
    summary: { verdict: Verdict; failOn: FailOn; resources: number; mandatory: number; advisory: number; exempted: number };
    /** Wall-clock milliseconds of each stage. */
    timings: { collect: number; analyze: number; total: number };
}

const RANK: Record<string, number> = { disabled: 0, advisory: 1, remediate: 2, mandatory: 2 };

function blocks(v: Violation, failOn: FailOn): boolean {
    if (v.exemption || failOn === "none") {
        return false;
    }
    return failOn === "advisory" ? v.enforcementLevel !== "disabled" : v.enforcementLevel === "mandatory" || v.enforcementLevel === "remediate";
}

/** A path as reports show it: relative to where the check runs (the repository root in CI), else absolute. */
export function shownPath(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
}

function relativeLocation(resource: CapturedResource, root: string | undefined): ReportResource["location"] {
    const source = resource.source;
    if (!source || !root || !source.uri.startsWith("file://")) {
        return undefined;
    }
    const file = fileURLToPath(source.uri);
    // Only the program's own files; a resource registered inside an installed library has no location of its own
    // here, and reports fall back to the program's entry file.
    return path.relative(root, file).startsWith("..") || file.includes(`${path.sep}node_modules${path.sep}`)
        ? undefined
        : { file: shownPath(file), line: source.line, column: source.column };
}

function reportResource(r: CapturedResource, byUrn: Map<string, CapturedResource>, root: string | undefined): ReportResource {
    const region = r.provider ? byUrn.get(r.provider)?.inputs.region : undefined;
    const location = relativeLocation(r, root);
    return {
        urn: maskText(r.urn), type: r.type, name: maskText(r.name), parent: r.parent && maskText(r.parent), provider: r.provider && maskText(r.provider),
        custom: r.custom, ...(r.remote ? { remote: true } : {}), ...(typeof region === "string" ? { region } : {}),
        inputs: maskValue(r.inputs) as { [key: string]: JsonValue }, ...(location ? { location } : {}),
    };
}

/** Policies the pack config lowered below their shipped level, or turned off. */
export function policyOverrides(verdict: PackVerdict): PolicyOverride[] {
    return verdict.pack.policies
        .map((p) => ({ policy: p.name, defaultLevel: p.enforcementLevel, level: verdict.config[p.name]?.enforcementLevel ?? p.enforcementLevel }))
        .filter((o) => RANK[o.level] < RANK[o.defaultLevel]);
}

/** What a report is built with besides the stack and the verdict. */
export interface ReportOptions {
    /** The finding level that blocks. */
    failOn: FailOn;
    /** The `--policy-pack-config` content (its exemptions are inventoried). */
    rawPackConfig: Record<string, unknown>;
    /** Judge exemption windows as of this day (default today, UTC). */
    today?: string;
    /** Wall-clock milliseconds of each stage. */
    timings: CheckReport["timings"];
}

function reportInput(input: CheckInput): ReportInput {
    return input.kind === "program" ? { kind: "program", path: shownPath(input.dir) } : { kind: input.kind, path: input.file === "-" ? "stdin" : shownPath(input.file) };
}

function reportCoverage(collected: CollectedStack, verdict: PackVerdict): ReportCoverage {
    const { unansweredCalls, remoteComponents } = collected.coverage;
    const unreadable = [...(collected.coverage.unreadable ?? []), ...verdict.unreadable].map((u) => ({ urn: maskText(u.urn), reason: maskText(u.reason) }));
    return {
        complete: unansweredCalls.length === 0 && remoteComponents.length === 0 && unreadable.length === 0,
        unansweredCalls,
        remoteComponents: remoteComponents.map((urn) => maskText(urn)),
        unreadable,
    };
}

/** Builds the report model: every string masked, the verdict decided once, for every format. */
export function buildReport(collected: CollectedStack, verdict: PackVerdict, options: ReportOptions): CheckReport {
    const { failOn } = options;
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const byUrn = new Map(collected.resources.map((r) => [r.urn, r]));
    const exemptions = exemptionInventory(options.rawPackConfig, collected.resources, verdict.violations, today);
    const findings: ReportFinding[] = verdict.violations.map((v) => {
        const source = v.exemption ? exemptionSourceOf(exemptions, v.policy, v.exemption) : undefined;
        return {
            policy: v.policy, pack: v.pack, urn: maskText(v.urn), message: maskText(v.message), enforcementLevel: v.enforcementLevel, severity: v.severity,
            ...(v.exemption ? { exemption: { reason: maskText(v.exemption.reason), expires: v.exemption.expires, ...(source ? { source } : {}) } } : {}),
            blocking: blocks(v, failOn),
        };
    });
    const live = verdict.violations.filter((v) => !v.exemption);
    const coverage = reportCoverage(collected, verdict);
    const blocked = findings.some((f) => f.blocking);
    const root = collected.sourceRoot;
    return {
        project: collected.project,
        stack: collected.stack,
        pack: { name: verdict.pack.name, version: verdict.pack.version, policies: verdict.pack.policies },
        resources: collected.resources.map((r) => reportResource(r, byUrn, root)),
        findings,
        coverage,
        policyOverrides: policyOverrides(verdict),
        input: reportInput(collected.input),
        today,
        stateReads: verdict.stateReads,
        exemptions,
        judged: {
            resources: collected.resources.map((r) => ({ urn: maskText(r.urn), type: r.type, policies: verdict.judged.get(r.urn) ?? [] })),
            stack: verdict.stackJudged,
        },
        ...(collected.programFile ? { programFile: shownPath(collected.programFile) } : {}),
        summary: {
            verdict: blocked ? "blocked" : coverage.complete ? "passed" : "incomplete",
            failOn,
            resources: collected.resources.length,
            mandatory: live.filter((v) => v.enforcementLevel === "mandatory").length,
            advisory: live.filter((v) => v.enforcementLevel === "advisory").length,
            exempted: verdict.violations.length - live.length,
        },
        timings: options.timings,
    };
}

/** The exit code of a verdict: 0 passed, 1 blocked, 3 incomplete (0 with `--allow-incomplete`). */
export function exitCodeOf(verdict: Verdict, allowIncomplete: boolean): number {
    if (verdict === "blocked") {
        return 1;
    }
    return verdict === "incomplete" && !allowIncomplete ? 3 : 0;
}
