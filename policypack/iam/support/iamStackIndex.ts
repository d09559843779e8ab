import type { ParsedPolicyDocument } from "../../../components/documents";
import type { StackResourceView } from "../../framework/guardrailPolicy";
import {
    IAM_ACCESS_KEY, IAM_GROUP, IAM_GROUP_MEMBERSHIP, IAM_GROUP_POLICY, IAM_POLICY, IAM_USER, IAM_USER_GROUP_MEMBERSHIP,
    IAM_USER_LOGIN_PROFILE, IAM_USER_POLICY,
} from "../../shared/iamTypes";
import { managedPolicyAttachments } from "./policyAttachments";
import { readDocument } from "./policyDocuments";
import { PropValue, asList, asString } from "../../framework/props";

/**
 * An index of the IAM users, groups, memberships and attached documents of a
 * stack, for the stack policies. In `AnalyzeStack` properties are outputs, so a
 * user or group is known by its physical `name` (and by `id` or `arn` where the
 * state has them); memberships and attachments refer to those names. IAM names
 * are unique regardless of case, so aliases compare in lower case.
 */

/** A policy document attached to a user or group, and where it came from. */
export interface AttachedDocument {
    /** `GroupPolicy ops-fence` or `Policy deny-outside (via GroupPolicyAttachment attach-fence)`. */
    source: string;
    /** The parsed document. */
    doc: ParsedPolicyDocument;
}

function strings(value: PropValue): string[] {
    return asList(value).map(asString).filter((s): s is string => s !== undefined && s !== "");
}

function aliasesOf(resource: StackResourceView): string[] {
    const props = resource.props;
    return [asString(props.name), asString(props.id), asString(props.arn)]
        .filter((a): a is string => a !== undefined && a !== "")
        .map((a) => a.toLowerCase());
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) {
        list.push(value);
    } else {
        map.set(key, [value]);
    }
}

const indexes = new WeakMap<readonly StackResourceView[], IamStackIndex>();

/** Users, groups, memberships and the documents attached to each, keyed by canonical principal. */
export class IamStackIndex {
    /**
     * The index of a stack's resources, built once per `AnalyzeStack` and shared
     * by the IAM stack policies (they receive the same view list).
     */
    static of(resources: readonly StackResourceView[]): IamStackIndex {
        let index = indexes.get(resources);
        if (!index) {
            index = new IamStackIndex(resources);
            indexes.set(resources, index);
        }
        return index;
    }

    /** Every `aws.iam.User`. */
    readonly users: StackResourceView[] = [];
    /** Every `aws.iam.AccessKey`. */
    readonly accessKeys: StackResourceView[] = [];
    /** Every `aws.iam.UserLoginProfile`. */
    readonly loginProfiles: StackResourceView[] = [];
    private readonly userByAlias = new Map<string, StackResourceView>();
    private readonly groupByAlias = new Map<string, StackResourceView>();
    private readonly groupByKey = new Map<string, StackResourceView>();
    private readonly groupsOfUserKey = new Map<string, Set<string>>();
    private readonly documentsByPrincipal = new Map<string, AttachedDocument[]>();
    private readonly managedPolicies = new Map<string, StackResourceView>();

    constructor(resources: readonly StackResourceView[]) {
        const managedPolicies = this.managedPolicies;
        for (const resource of resources) {
            if (resource.type === IAM_USER) {
                this.users.push(resource);
                aliasesOf(resource).forEach((alias) => this.userByAlias.set(alias, resource));
            } else if (resource.type === IAM_GROUP) {
                aliasesOf(resource).forEach((alias) => this.groupByAlias.set(alias, resource));
                this.groupByKey.set(`urn:${resource.urn}`, resource);
            } else if (resource.type === IAM_POLICY) {
                aliasesOf(resource).forEach((alias) => managedPolicies.set(alias, resource));
            } else if (resource.type === IAM_ACCESS_KEY) {
                this.accessKeys.push(resource);
            } else if (resource.type === IAM_USER_LOGIN_PROFILE) {
                this.loginProfiles.push(resource);
            }
        }
        for (const resource of resources) {
            this.indexMemberships(resource);
            this.indexDocuments(resource, managedPolicies);
        }
    }

    /** The canonical key of a user named `name`: its URN when the stack has it, else the name. */
    userKey(name: string): string {
        const user = this.userByAlias.get(name.toLowerCase());
        return user ? `urn:${user.urn}` : `user:${name.toLowerCase()}`;
    }

    /** The canonical key of a group named `name`. */
    groupKey(name: string): string {
        const group = this.groupByAlias.get(name.toLowerCase());
        return group ? `urn:${group.urn}` : `group:${name.toLowerCase()}`;
    }

    /** The user resource a name (or id, or ARN) refers to, if it is in the stack. */
    findUser(name: string): StackResourceView | undefined {
        return this.userByAlias.get(name.toLowerCase());
    }

    /** The group resource a canonical group key refers to, if it is in the stack. */
    findGroupByKey(key: string): StackResourceView | undefined {
        return this.groupByKey.get(key);
    }

    /** The canonical keys of the groups a user (by canonical key) belongs to. */
    groupsOf(userKey: string): string[] {
        return [...(this.groupsOfUserKey.get(userKey) ?? [])];
    }

    /** The documents attached to a user or group (by canonical key). */
    documentsOf(principalKey: string): AttachedDocument[] {
        return this.documentsByPrincipal.get(principalKey) ?? [];
    }

    /** The document of a managed policy of this stack, by ARN (or name or id); undefined when not here or unreadable. */
    managedPolicyDocument(arn: string): ParsedPolicyDocument | undefined {
        const policy = this.managedPolicies.get(arn.trim().toLowerCase());
        const read = policy ? readDocument({ where: "policy", kind: "identity", raw: policy.props.policy }) : undefined;
        return read?.ok ? read.doc : undefined;
    }

    /** A readable name for a canonical group key. */
    groupLabel(key: string): string {
        const group = this.findGroupByKey(key);
        return group ? asString(group.props.name) ?? group.name : key.replace(/^group:/, "");
    }

    private addMembership(user: string, group: string): void {
        const key = this.userKey(user);
        const set = this.groupsOfUserKey.get(key) ?? new Set<string>();
        set.add(this.groupKey(group));
        this.groupsOfUserKey.set(key, set);
    }

    private indexMemberships(resource: StackResourceView): void {
        const props = resource.props;
        if (resource.type === IAM_USER_GROUP_MEMBERSHIP) {
            for (const user of strings(props.user)) {
                strings(props.groups).forEach((group) => this.addMembership(user, group));
            }
        } else if (resource.type === IAM_GROUP_MEMBERSHIP) {
            for (const group of strings(props.group)) {
                strings(props.users).forEach((user) => this.addMembership(user, group));
            }
        }
    }

    private addDocument(principalKey: string, source: string, raw: PropValue): void {
        const read = readDocument({ where: "policy", kind: "identity", raw });
        if (read?.ok) {
            push(this.documentsByPrincipal, principalKey, { source, doc: read.doc });
        }
    }

    private indexDocuments(resource: StackResourceView, managedPolicies: Map<string, StackResourceView>): void {
        const props = resource.props;
        if (resource.type === IAM_GROUP_POLICY) {
            strings(props.group).forEach((group) => this.addDocument(this.groupKey(group), `GroupPolicy ${resource.name}`, props.policy));
            return;
        }
        if (resource.type === IAM_USER_POLICY) {
            strings(props.user).forEach((user) => this.addDocument(this.userKey(user), `UserPolicy ${resource.name}`, props.policy));
            return;
        }
        for (const attachment of managedPolicyAttachments(resource.type, props, resource.name)) {
            const policy = managedPolicies.get(attachment.policyArn.toLowerCase());
            if (!policy) {
                continue;
            }
            const key = attachment.principalKind === "user" ? this.userKey(attachment.principal) : this.groupKey(attachment.principal);
            this.addDocument(key, `Policy ${policy.name} (attached by ${resource.name})`, policy.props.policy);
        }
    }
}
