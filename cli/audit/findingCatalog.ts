import { CIS_V5_ONLY_CONTROLS, CIS_V7_CONTROLS } from "../docs/cisControls";

/**
 * What `aws-guardrails audit` can find: one entry per finding id, with its
 * severity, what it means, how to fix it, and the CIS AWS Foundations
 * recommendations it checks. CIS v5.0.0 ids (the previous numbering, still
 * the one many scanners report)
 * are looked up from the v7.0.0 list in `cli/docs/cisControls.ts`, so the two
 * can never disagree; a recommendation v7.0.0 dropped is named by its v5 id.
 */

/** How bad a finding is. `critical` and `high` make the audit exit 1. */
export type Severity = "critical" | "high" | "medium" | "low";

/** Severities from worst to least. */
export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

/** Every finding id. */
export type FindingId =
    | "root-access-key"
    | "root-no-mfa"
    | "admin-user"
    | "key-user-unfenced"
    | "console-user-no-mfa"
    | "key-too-old"
    | "key-unused"
    | "key-never-used"
    | "password-unused"
    | "two-active-keys";

/** One kind of finding. */
export interface FindingDefinition {
    /** The id, as in the JSON and SARIF output. */
    id: FindingId;
    /** Its severity. */
    severity: Severity;
    /** One line: what is wrong. */
    title: string;
    /** Why it matters (SARIF help text, docs). */
    description: string;
    /** What to do. */
    remediation: string;
    /** CIS v7.0.0 recommendation ids. */
    cisV7: string[];
    /** CIS v5.0.0 ids of recommendations v7.0.0 no longer has. */
    cisV5Only?: string[];
    /** Whether it needs `--authorization-details` (or `--live`). */
    needsAuthorizationDetails: boolean;
}

/** The catalog, worst first. */
export const FINDING_DEFINITIONS: readonly FindingDefinition[] = [
    {
        id: "root-access-key", severity: "critical", cisV7: ["2.4"], needsAuthorizationDetails: false,
        title: "The root user has an active access key",
        description: "A root access key can do anything in the account, including closing it, and no policy can limit it. A leaked root key is a lost account.",
        remediation: "Sign in as root, delete the root access keys (Security credentials page), and use IAM roles for automation.",
    },
    {
        id: "root-no-mfa", severity: "critical", cisV7: ["2.5"], needsAuthorizationDetails: false,
        title: "The root user has no MFA device",
        description: "Without MFA, the root password alone opens the whole account.",
        remediation: "Sign in as root and assign an MFA device (a hardware key for CIS level 2, recommendation 2.6).",
    },
    {
        id: "admin-user", severity: "critical", cisV7: ["2.14"], needsAuthorizationDetails: true,
        title: "A user is allowed every action on every resource",
        description: "A policy attached to the user, to one of its groups, or inline allows \"*\" on \"*\": whoever holds the user's key or password owns the account.",
        remediation: "Detach the policy; give the user least-privilege permissions through a group, and let administrators assume an admin role whose trust policy requires MFA.",
    },
    {
        id: "key-user-unfenced", severity: "critical", cisV7: [], needsAuthorizationDetails: true,
        title: "A user with an active key has no IP or region fence and no permissions boundary",
        description: "A leaked key of this user works from any network and in every region. Fences are recognized by what the policies do (a broad Deny on aws:SourceIp or aws:RequestedRegion), exactly as the policy pack's iam-key-users-fenced recognizes them; an MFA fence alone, ranges open to every address and a boundary allowing * on * do not count.",
        remediation: "Add the user to an IP- or region-restriction group (IpRestrictionGroup, RegionRestrictionGroup, or any group whose policy denies requests from outside your ranges or regions), or set a permissions boundary. If an organization SCP already fences the account, run the audit with --organization-fence.",
    },
    {
        id: "console-user-no-mfa", severity: "high", cisV7: ["2.10"], needsAuthorizationDetails: false,
        title: "A user with a console password has no MFA device",
        description: "A phished or reused password is enough to sign in.",
        remediation: "Have the user assign an MFA device, and add the user to an MfaRequiredGroup so that nothing works without MFA; or remove the password if the user does not need the console.",
    },
    {
        id: "key-too-old", severity: "medium", cisV7: ["2.12"], needsAuthorizationDetails: false,
        title: "An active access key has not been rotated within the limit",
        description: "The longer a key lives, the more copies of it exist in laptops, CI settings and logs.",
        remediation: "Create a second key, move every consumer to it, deactivate the old key, and delete it once nothing fails (ScopedServiceUser rotates keys this way on every deployment).",
    },
    {
        id: "key-unused", severity: "medium", cisV7: ["2.11"], needsAuthorizationDetails: false,
        title: "An active access key has not been used within the limit",
        description: "A key nobody uses is a risk with no benefit: it is usually a forgotten copy, or the key of someone who left.",
        remediation: "Deactivate the key; delete it if nothing breaks within a few days.",
    },
    {
        id: "key-never-used", severity: "medium", cisV7: ["2.11"], needsAuthorizationDetails: false,
        title: "An active access key was never used and is older than the limit",
        description: "A key created and never used (or not since IAM began tracking use on April 22, 2015) is not needed.",
        remediation: "Delete the key. Create keys only when a consumer needs one, never as part of user setup.",
    },
    {
        id: "password-unused", severity: "medium", cisV7: ["2.11"], needsAuthorizationDetails: false,
        title: "A console password has not been used within the limit",
        description: "An unused password can still be guessed or phished. A password never used counts from when it was set.",
        remediation: "Remove the user's console password (delete the login profile), or the user if it is no longer needed.",
    },
    {
        id: "two-active-keys", severity: "low", cisV7: [], cisV5Only: ["1.12"], needsAuthorizationDetails: false,
        title: "A user has two active access keys",
        description: "Two active keys double what can leak. During a rotation this is expected for a short while (ScopedServiceUser keeps the previous key for one window).",
        remediation: "Once every consumer uses the newer key, deactivate and delete the older one.",
    },
];

/** The CIS ids of a finding, in both versions of the benchmark. */
export interface CisIds {
    /** CIS AWS Foundations v7.0.0 ids. */
    v7: string[];
    /** CIS AWS Foundations v5.0.0 ids (the previous numbering). */
    v5: string[];
}

/** A finding's definition by id. */
export function findingDefinition(id: FindingId): FindingDefinition {
    const definition = FINDING_DEFINITIONS.find((d) => d.id === id);
    if (definition === undefined) {
        throw new Error(`unknown audit finding id "${id}"`);
    }
    return definition;
}

const cisCache = new Map<FindingId, CisIds>();

/** The v7 and v5 ids of a finding; every id must exist in `cli/docs/cisControls.ts`. */
export function cisIdsOf(definition: FindingDefinition): CisIds {
    const known = cisCache.get(definition.id);
    if (known !== undefined) {
        return { v7: [...known.v7], v5: [...known.v5] };
    }
    const ids = lookUpCisIds(definition);
    cisCache.set(definition.id, ids);
    return { v7: [...ids.v7], v5: [...ids.v5] };
}

function lookUpCisIds(definition: FindingDefinition): CisIds {
    const v5 = definition.cisV7.map((id) => {
        const control = CIS_V7_CONTROLS.find((c) => c.id === id);
        if (control === undefined) {
            throw new Error(`audit finding ${definition.id} names CIS v7.0.0 "${id}", which the benchmark does not have`);
        }
        return control.v5;
    });
    for (const id of definition.cisV5Only ?? []) {
        if (!CIS_V5_ONLY_CONTROLS.some((c) => c.v5 === id)) {
            throw new Error(`audit finding ${definition.id} names CIS v5.0.0 "${id}", which is not a v5-only recommendation`);
        }
    }
    return { v7: [...definition.cisV7], v5: [...v5.filter((id): id is string => id !== undefined), ...(definition.cisV5Only ?? [])] };
}
