import { runUnderMocks } from "../cli/harness";
import { AWS_REGION_NAMES } from "../components/documents";
import { Figures, msSince } from "./figures";

/** Builds one thing under mocks and records its time and resource count. */
async function construct(figures: Figures, label: string, body: () => unknown): Promise<void> {
    const start = process.hrtime.bigint();
    const run = await runUnderMocks(body, { project: "bench", stack: "bench", config: { "aws:region": "eu-west-1" } });
    const ms = msSince(start);
    const cloud = run.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")).length;
    figures.add(`${label}.registrations`, run.resources.length, "resources", 1);
    figures.add(`${label}.cloudResources`, cloud, "resources", 1);
    figures.add(`${label}.time`, ms, "ms", run.resources.length);
}

/**
 * Component construction under mocks: the full baseline over every region
 * (opt-in regions included), and 100 scoped service users with keys.
 */
export async function measureComponents(figures: Figures): Promise<void> {
    // As in `check`: no source-map mapping of the SDK's per-resource stack traces
    // (ts-node, which runs this benchmark, installs it).
    delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
    // Loading the library (and @pulumi/aws) is measured on its own.
    const loadStart = process.hrtime.bigint();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const lib: typeof import("../components") = require("../components");
    figures.add("components.load", msSince(loadStart), "ms", 1);
    await construct(figures, "baseline.allRegions", () => new lib.GuardrailBaseline("baseline", {
        homeRegion: "eu-west-1",
        allowedRegions: ["eu-west-1", "eu-central-1"],
        allowedCidrs: ["203.0.113.0/24"],
        alertEmails: ["security@example.com"],
        instanceCount: { regions: [...AWS_REGION_NAMES] },
    }));
    await construct(figures, "scopedServiceUsers.100", () => {
        const office = new lib.IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"] });
        for (let i = 0; i < 100; i++) {
            new lib.ScopedServiceUser(`service-${i}`, {
                service: `service-${i}`,
                owner: "platform",
                statements: [{ actions: ["s3:GetObject"], resources: [`arn:aws:s3:::bucket-${i}/*`] }],
                restrictionGroups: [office.groupName],
                accessKeys: { enabled: true, now: "2026-11-22" },
            });
        }
    });
}
