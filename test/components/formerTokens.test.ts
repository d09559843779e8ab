import * as pulumi from "@pulumi/pulumi";
import assert from "node:assert/strict";
import { engineUrn, runUnderMocks } from "../../cli/harness";
import { GuardrailBaseline, OrganizationGuardrails, ScopedServiceRole, ScopedServiceUser } from "../../components";
import { isInsideGuardrailComponent } from "../../policypack/regions/support/urns";

// Before 0.2 the components registered as aws-guardrails:iam:<Class> and
// aws-guardrails:detect:<Class>. A stack deployed then holds URNs with those
// types, for the components and, through the parent chain, for every child.
// This test registers such a tree under the former tokens, then the same
// program with today's components, and resolves the aliases the new
// registrations carry the way the engine does: every former URN must map onto
// exactly one resource of the new tree, so `pulumi up` replaces nothing.

const FORMER_TOKENS: Record<string, string> = {
    AccountPasswordPolicy: "aws-guardrails:iam:AccountPasswordPolicy",
    IpRestrictionGroup: "aws-guardrails:iam:IpRestrictionGroup",
    RegionRestrictionGroup: "aws-guardrails:iam:RegionRestrictionGroup",
    MfaRequiredGroup: "aws-guardrails:iam:MfaRequiredGroup",
    ScopedServiceUser: "aws-guardrails:iam:ScopedServiceUser",
    ScopedServiceRole: "aws-guardrails:iam:ScopedServiceRole",
    OrganizationGuardrails: "aws-guardrails:iam:OrganizationGuardrails",
    AlertTopic: "aws-guardrails:detect:AlertTopic",
    AllRegionsTrail: "aws-guardrails:detect:AllRegionsTrail",
    BillingAlarm: "aws-guardrails:detect:BillingAlarm",
    InstanceCountAlarms: "aws-guardrails:detect:InstanceCountAlarms",
    CisAlarms: "aws-guardrails:detect:CisAlarms",
    LeakedKeyAlert: "aws-guardrails:detect:LeakedKeyAlert",
    KeyHygiene: "aws-guardrails:detect:KeyHygiene",
    LeakedKeyResponder: "aws-guardrails:detect:LeakedKeyResponder",
};

const PROJECT = "project";
const STACK = "dev";
const STACK_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${STACK}`;

/** A registration as the monitor received it, with the engine's URN. */
interface Seen {
    urn: string;
    type: string;
    name: string;
    parent: string;
    custom: boolean;
    aliases: { type?: string; name?: string; parent?: string }[];
}

/** The getters of a RegisterResourceRequest this test reads. */
interface Request {
    getType(): string;
    getName(): string;
    getParent(): string;
    getCustom(): boolean;
    getAliasesList(): { getSpec(): { getType(): string; getName(): string; getParenturn(): string; getNoparent(): boolean } | undefined }[];
}

/** Records every registration of the current mocked run, with engine URNs (the parent's whole type chain). */
function recordRegistrations(): Seen[] {
    const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource(req: Request, cb: (err: unknown, res?: { getUrn(): string }) => void): unknown };
    const original = monitor.registerResource.bind(monitor);
    const seen: Seen[] = [];
    const engineUrnOf = new Map<string, string>();
    monitor.registerResource = (req, callback) => original(req, (err, res) => {
        if (!err && res && req.getType() === "pulumi:pulumi:Stack") {
            engineUrnOf.set(res.getUrn(), STACK_URN);
        } else if (!err && res) {
            const parent = engineUrnOf.get(req.getParent()) ?? STACK_URN;
            const urn = engineUrn(STACK, PROJECT, parent, req.getType(), req.getName());
            engineUrnOf.set(res.getUrn(), urn);
            const aliases = req.getAliasesList().map((alias) => {
                const spec = alias.getSpec();
                assert.ok(spec && !spec.getNoparent(), "an alias spec, under a parent");
                // The SDK passes the resource's own parent along with the alias, for older engines.
                const aliasParent = spec.getParenturn() ? engineUrnOf.get(spec.getParenturn()) ?? STACK_URN : undefined;
                return { type: spec.getType() || undefined, name: spec.getName() || undefined, parent: aliasParent };
            });
            seen.push({ urn, type: req.getType(), name: req.getName(), parent, custom: req.getCustom(), aliases });
        }
        callback(err, res);
    });
    return seen;
}

/** Today's program: the baseline (twelve components, nested) and the components it does not use. */
function program(): void {
    const few = ["us-east-1", "eu-west-1"];
    new GuardrailBaseline("account", {
        allowedRegions: ["us-east-1"], allowedCidrs: ["203.0.113.0/24"], alertEmails: ["security@example.com"],
        // Every part, in two regions rather than seventeen, to keep the test quick.
        instanceCount: { regions: few }, keyHygiene: { config: { regions: few }, guardDuty: { regions: few }, accessAnalyzer: { regions: few } },
        leakedKeyResponder: { lookupRegions: few },
    });
    const statements = [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/*"] }];
    new ScopedServiceUser("exporter", { service: "exporter", owner: "data-team", statements, restrictionGroups: ["office"], accessKeys: { enabled: true, now: "2026-03-31" } });
    new ScopedServiceRole("reporter", { service: "reporter", owner: "data-team", trust: { services: ["lambda"] }, statements, instanceProfile: false });
    new OrganizationGuardrails("organization", { targetIds: ["ou-ab12-11111111"], allowedRegions: ["us-east-1"] });
}

/** A cloud resource of any type, registered with no inputs: only its URN matters here. */
class FormerCustom extends pulumi.CustomResource {
    constructor(type: string, name: string, opts: pulumi.CustomResourceOptions) {
        super(type, name, {}, opts);
    }
}

/** A provider of any package, registered with no inputs. */
class FormerProvider extends pulumi.ProviderResource {
    constructor(pkg: string, name: string, opts: pulumi.ResourceOptions) {
        super(pkg, name, {}, opts);
    }
}

/** The same tree registered as the former code did: components under their former tokens. */
function formerProgram(tree: Seen[]): void {
    const made = new Map<string, pulumi.Resource>();
    for (const r of tree) {
        const opts = { parent: made.get(r.parent) };
        const className = r.type.split(":")[2];
        const type = r.type.startsWith("aws-guardrails:index:") ? FORMER_TOKENS[className] ?? r.type : r.type;
        const resource = !r.custom
            ? new pulumi.ComponentResource(type, r.name, {}, opts)
            : type.startsWith("pulumi:providers:")
                ? new FormerProvider(type.slice("pulumi:providers:".length), r.name, opts)
                : new FormerCustom(type, r.name, opts);
        made.set(r.urn, resource);
    }
}

/**
 * The URNs the engine reads a registration's aliases as: each alias spec with
 * the resource's own name, type and parent as defaults, and, for every alias
 * URN of the parent, the resource (and each of its aliases) under that parent.
 */
function aliasUrns(tree: Seen[]): Map<string, string[]> {
    const resolved = new Map<string, string[]>();
    for (const r of tree) {
        const own = (parent?: string) => r.aliases.map((alias) => engineUrn(STACK, PROJECT, parent ?? alias.parent ?? r.parent, alias.type ?? r.type, alias.name ?? r.name));
        const urns = own();
        for (const parentAlias of resolved.get(r.parent) ?? []) {
            urns.push(engineUrn(STACK, PROJECT, parentAlias, r.type, r.name), ...own(parentAlias));
        }
        resolved.set(r.urn, urns);
    }
    return resolved;
}

describe("former type tokens", () => {
    let today: Seen[] = [];
    let former: Seen[] = [];
    before(async () => {
        await runUnderMocks(() => {
            today = recordRegistrations();
            program();
        }, { project: PROJECT, stack: STACK });
        await runUnderMocks(() => {
            former = recordRegistrations();
            formerProgram(today);
        }, { project: PROJECT, stack: STACK });
    });

    it("registers every component under aws-guardrails:index:<Class>, with its former token as an alias", () => {
        const components = today.filter((r) => !r.custom);
        assert.deepEqual([...new Set(components.map((r) => r.type.split(":")[2]))].sort(), [...Object.keys(FORMER_TOKENS), "GuardrailBaseline"].sort());
        for (const component of components) {
            const className = component.type.split(":")[2];
            assert.equal(component.type, `aws-guardrails:index:${className}`);
            assert.deepEqual(component.aliases, FORMER_TOKENS[className] ? [{ type: FORMER_TOKENS[className], name: undefined, parent: component.parent }] : [], component.urn);
        }
    });

    it("maps every URN of a stack deployed under the former tokens onto exactly one resource of today's tree", () => {
        assert.equal(former.length, today.length);
        assert.ok(former.filter((r) => r.type.includes(":iam:") || r.type.includes(":detect:")).length >= 15, "the former tree was registered under the former tokens");
        const aliases = aliasUrns(today);
        let viaAlias = 0;
        for (const old of former) {
            const matches = today.filter((r) => r.urn === old.urn || (aliases.get(r.urn) ?? []).includes(old.urn));
            assert.equal(matches.length, 1, `${old.urn} maps onto ${matches.length} resources`);
            assert.equal(matches[0].name, old.name);
            if (matches[0].urn !== old.urn) viaAlias++;
        }
        assert.ok(viaAlias > former.length / 2, `only ${viaAlias} of ${former.length} URNs changed; the tree should be mostly under a renamed component`);
    });

    it("is recognised by the policy pack under either token: every resource below a component counts as inside one", () => {
        for (const tree of [today, former]) {
            const below = tree.filter((r) => r.parent !== STACK_URN);
            assert.ok(below.length > 0);
            for (const r of below) assert.equal(isInsideGuardrailComponent(r.urn), true, r.urn);
            for (const r of tree.filter((t) => t.parent === STACK_URN)) assert.equal(isInsideGuardrailComponent(r.urn), false, r.urn);
        }
    });
});
