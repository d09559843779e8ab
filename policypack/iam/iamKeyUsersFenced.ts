import { isOpenBoundary } from "../../components/documents";
import { isActiveKey, keyUser } from "./support/accessKeys";
import { fencesOfUser } from "./support/fences";
import { stackPolicy } from "../framework/guardrailPolicy";
import { IamStackIndex } from "./support/iamStackIndex";
import { IAM_ACCESS_KEY } from "../shared/iamTypes";
import { asString } from "../framework/props";
import { quote } from "../framework/text";

/** Config of {@link iamKeyUsersFenced}. */
export interface KeyUsersFencedConfig {
    /** Set when an organization SCP already fences every principal of the account by IP or region. */
    organizationFence?: boolean;
    /** Names of IP- or region-restriction groups that another stack manages. */
    fenceGroups?: string[];
}

/**
 * Every IAM user with an active access key must be fenced, so that a key that
 * leaks is dead outside the fence: the user belongs to a group (or carries a
 * policy) with an IP fence or a region fence, or it has a permissions boundary.
 *
 * What does not count: an MFA fence alone (a leaked key can enrol its own
 * virtual MFA device and then pass it), a fence whose ranges allow every
 * address or whose region list allows every region, and a boundary that allows
 * every action on every resource (`AdministratorAccess`, or a policy of this
 * stack with `Allow *` on `*`). A boundary defined outside the stack is taken on
 * trust, as it cannot be read here.
 *
 * Fences are recognized by document content (see lib/fences.ts): group inline
 * policies, managed policies attached to the group or user, and the user's own
 * inline policies. Memberships come from `UserGroupMembership` and
 * `GroupMembership`; users and groups are matched by physical name, id or ARN.
 * A key of a user created elsewhere is judged by the memberships this stack
 * makes for it, and reported if there are none.
 */
export const iamKeyUsersFenced = stackPolicy<KeyUsersFencedConfig>({
    name: "iam-key-users-fenced",
    area: "iam",
    onlyWithType: IAM_ACCESS_KEY,
    description: "Every IAM user with an access key must be in an IP- or region-restriction group, or have a permissions boundary that bounds something, so that a leaked key is useless outside the fence; an MFA group alone does not count.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Add the user to an IpRestrictionGroup or RegionRestrictionGroup (groups whose policy is built by denyOutsideCidrs or denyOutsideRegions), for example through ScopedServiceUser's restriction-group memberships, or set a permissionsBoundary on the user. If the fence groups live in another stack, list their names in this policy's fenceGroups config; if an organization SCP fences the whole account, set organizationFence to true.",
    configSchema: {
        properties: {
            organizationFence: {
                type: "boolean",
                default: false,
                description: "True when an organization SCP (for example OrganizationGuardrails' region or IP fence) already applies to every principal of the account.",
            },
            fenceGroups: {
                type: "array",
                items: { type: "string", minLength: 1 },
                default: [],
                description: "Names of IP- or region-restriction groups managed by another stack (for example the baseline's); membership in one of them counts as a fence.",
            },
        },
    },
    check: (resources, report, config) => {
        if (config.organizationFence === true) {
            return;
        }
        const index = IamStackIndex.of(resources);
        const externalFences = new Set((Array.isArray(config.fenceGroups) ? config.fenceGroups : []).map((g) => String(g).toLowerCase()));
        const judged = new Set<string>();
        for (const key of index.accessKeys) {
            const userName = keyUser(key);
            if (userName === undefined || !isActiveKey(key)) {
                continue;
            }
            const userKey = index.userKey(userName);
            if (judged.has(userKey)) {
                continue;
            }
            judged.add(userKey);
            const user = index.findUser(userName);
            const boundary = (asString(user?.props.permissionsBoundary) ?? "").trim();
            const openBoundary = boundary !== "" && isOpenBoundary(boundary, index.managedPolicyDocument(boundary));
            if (boundary !== "" && !openBoundary) {
                continue;
            }
            const fences = fencesOfUser(index, userName);
            if (fences.some((f) => f.kind === "ip" || f.kind === "region")) {
                continue;
            }
            if (index.groupsOf(userKey).some((group) => externalFences.has(index.groupLabel(group).toLowerCase()))) {
                continue;
            }
            const notes: string[] = [];
            if (!user) notes.push("the user is not created in this stack, and this stack adds it to no fenced group");
            if (fences.some((f) => f.kind === "mfa")) notes.push("an MFA group does not fence a key: a leaked key alone can enrol its own virtual MFA device");
            if (openBoundary) notes.push(`its permissions boundary ${boundary} allows every action on every resource, so it bounds nothing`);
            const boundaryText = openBoundary ? "no permissions boundary that bounds anything" : "no permissions boundary";
            report(
                `IAM user ${quote(userName)} has an access key (${key.name}) but is in no IP- or region-restriction group and has ${boundaryText}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}; a leaked key works from anywhere, in any region`,
                user?.urn ?? key.urn,
            );
        }
    },
});
