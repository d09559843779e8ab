import type { CheckResult } from "../check";
import type { CapturedResource, PolicyMetadata, Violation } from "../harness";

/** Colour helpers; identity functions when colour is off. */
interface Palette {
    red(s: string): string;
    yellow(s: string): string;
    green(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
}

function palette(colour: boolean): Palette {
    const wrap = (code: number) => (s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { red: wrap(31), yellow: wrap(33), green: wrap(32), dim: wrap(2), bold: wrap(1) };
}

function regionOf(resource: CapturedResource, byUrn: Map<string, CapturedResource>): string | undefined {
    const provider = resource.provider ? byUrn.get(resource.provider) : undefined;
    const region = provider?.inputs.region;
    return typeof region === "string" ? region : undefined;
}

/** Renders the resource tree: each resource under its parent, components first-class, with its region where explicit. */
function renderTree(resources: CapturedResource[], violations: Violation[], p: Palette): string[] {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const children = new Map<string, CapturedResource[]>();
    const roots: CapturedResource[] = [];
    for (const r of resources) {
        if (r.parent && byUrn.has(r.parent)) {
            const list = children.get(r.parent) ?? [];
            list.push(r);
            children.set(r.parent, list);
        } else {
            roots.push(r);
        }
    }
    const flagged = new Map<string, number>();
    for (const v of violations) {
        if (!v.exemption && v.urn) {
            flagged.set(v.urn, (flagged.get(v.urn) ?? 0) + 1);
        }
    }
    const lines: string[] = [];
    const walk = (r: CapturedResource, prefix: string, last: boolean, depth: number) => {
        const branch = depth === 0 ? "" : last ? "└─ " : "├─ ";
        const region = regionOf(r, byUrn);
        const count = flagged.get(r.urn);
        const mark = count ? p.red(` ✗ ${count}`) : "";
        const kind = r.custom ? r.type : p.bold(r.type);
        lines.push(`${prefix}${branch}${kind} ${r.name}${region ? p.dim(` [${region}]`) : ""}${mark}`);
        const kids = (children.get(r.urn) ?? []).slice().sort((a, b) => Number(a.custom) - Number(b.custom) || a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
        const nextPrefix = depth === 0 ? "" : prefix + (last ? "   " : "│  ");
        kids.forEach((k, i) => walk(k, nextPrefix, i === kids.length - 1, depth + 1));
    };
    roots.forEach((r) => walk(r, "", true, 0));
    return lines;
}

function levelLabel(v: Violation, p: Palette): string {
    if (v.exemption) {
        return p.dim("exempted");
    }
    return v.enforcementLevel === "mandatory" ? p.red("mandatory") : p.yellow(v.enforcementLevel);
}

/** Renders violations grouped by policy, with severity, level, URN, message and remediation. */
function renderViolations(violations: Violation[], policies: PolicyMetadata[], p: Palette): string[] {
    const meta = new Map(policies.map((m) => [m.name, m]));
    const groups = new Map<string, Violation[]>();
    for (const v of violations) {
        const list = groups.get(v.policy) ?? [];
        list.push(v);
        groups.set(v.policy, list);
    }
    const order = [...groups.keys()].sort((a, b) => {
        const rank = (name: string) => (groups.get(name)!.some((v) => !v.exemption && v.enforcementLevel === "mandatory") ? 0 : groups.get(name)!.some((v) => !v.exemption) ? 1 : 2);
        return rank(a) - rank(b) || a.localeCompare(b);
    });
    const lines: string[] = [];
    for (const name of order) {
        const m = meta.get(name);
        const list = groups.get(name)!;
        lines.push("");
        lines.push(`${p.bold(name)} ${p.dim(`(${m?.severity || "unrated"} severity)`)}${m?.framework?.reference ? p.dim(` CIS ${m.framework.reference}`) : ""}`);
        if (m?.description) {
            lines.push(`  ${m.description}`);
        }
        for (const v of list) {
            lines.push(`  ${levelLabel(v, p)}  ${v.urn || "(stack)"}`);
            lines.push(`      ${v.message}`);
            if (v.exemption) {
                lines.push(p.dim(`      exempted until ${v.exemption.expires}: ${v.exemption.reason}`));
            }
        }
        if (m?.remediationSteps && list.some((v) => !v.exemption)) {
            lines.push(`  ${p.green("fix:")} ${m.remediationSteps}`);
        }
    }
    return lines;
}

/** Renders the whole human-readable report. */
export function textReport(result: CheckResult, colour: boolean): string {
    const p = palette(colour);
    const lines: string[] = [];
    lines.push(p.bold(`aws-guardrails check: ${result.project}/${result.stack} against ${result.pack.name}@${result.pack.version} (${result.pack.policies.length} policies)`));
    lines.push("");
    lines.push(p.bold(`Resources (${result.resources.length})`));
    lines.push(...renderTree(result.resources, result.violations, p));
    lines.push("");
    if (result.violations.length === 0) {
        lines.push(p.green("No violations."));
    } else {
        lines.push(p.bold("Violations"));
        lines.push(...renderViolations(result.violations, result.pack.policies, p));
    }
    if (result.unansweredCalls.length > 0) {
        lines.push("");
        lines.push(p.yellow(`note: the mocks answered these data sources with empty results: ${result.unansweredCalls.join(", ")}`));
    }
    const s = result.summary;
    lines.push("");
    const verdict = s.mandatory > 0 ? p.red("BLOCKED") : p.green("PASSED");
    lines.push(`${verdict}: ${s.resources} resources, ${s.mandatory} mandatory, ${s.advisory} advisory, ${s.exempted} exempted ` +
        p.dim(`(load ${result.timings.load} ms, program ${result.timings.run} ms, analysis ${result.timings.analyze} ms)`));
    return lines.join("\n") + "\n";
}
