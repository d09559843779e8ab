import { resourcePolicy } from "../framework/guardrailPolicy";
import { PropValue, asList, asString, at } from "../framework/props";
import {
    BUCKET, BUCKET_ACL, BUCKET_ACL_V2, BUCKET_OBJECT, BUCKET_OBJECT_V2, BUCKET_V2, PUBLIC_CANNED_ACLS, publicGranteeGroup,
} from "./support/s3";

function grantPermissions(grant: PropValue): string {
    const list = asList(at(grant, "permissions")).filter((p): p is string => typeof p === "string");
    const single = asString(at(grant, "permission"));
    const all = single ? [single] : list;
    return all.length > 0 ? all.map((p) => p.slice(0, 32)).join("/") : "access";
}

/**
 * Buckets and objects must not be made public through ACLs: no public canned
 * ACL (`public-read`, `public-read-write`, `authenticated-read`) and no grant to
 * the AllUsers or AuthenticatedUsers groups. `authenticated-read` is as public
 * as `public-read`: anyone with any AWS account qualifies. Covers the legacy
 * inline `acl`/`grants` of `Bucket`, `BucketAcl` (and its V2 alias) with
 * `acl` or `accessControlPolicy.grants`, and `BucketObject(v2)`'s `acl`.
 */
export const s3NoPublicAcl = resourcePolicy({
    name: "s3-no-public-acl",
    area: "storage",
    description: "S3 buckets and objects must not use public canned ACLs (public-read, public-read-write, authenticated-read) or grant access to AllUsers/AuthenticatedUsers.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Remove the ACL (S3 Object Ownership \"BucketOwnerEnforced\" disables ACLs altogether), or use \"private\". Serve public content through CloudFront with origin access control instead of a public bucket.",
    types: [BUCKET, BUCKET_V2, BUCKET_ACL, BUCKET_ACL_V2, BUCKET_OBJECT, BUCKET_OBJECT_V2],
    check: (resource, report) => {
        const props = resource.props;
        const acl = asString(props.acl);
        if (acl !== undefined && PUBLIC_CANNED_ACLS.has(acl.trim().toLowerCase())) {
            report(`${resource.name} sets acl = "${acl}", which makes it readable${acl.includes("write") ? " and writable" : ""} by ${acl.startsWith("authenticated") ? "anyone with an AWS account" : "everyone on the internet"}`);
        }
        const grants: { where: string; grant: PropValue; uri: PropValue }[] = [];
        asList(props.grants).forEach((grant, i) => grants.push({ where: `grants[${i}]`, grant, uri: at(grant, "uri") }));
        asList(at(props, "accessControlPolicy", "grants")).forEach((grant, i) =>
            grants.push({ where: `accessControlPolicy.grants[${i}]`, grant, uri: at(grant, "grantee", "uri") }));
        for (const { where, grant, uri } of grants) {
            const group = publicGranteeGroup(uri);
            if (group) {
                report(`${resource.name} ${where} grants ${grantPermissions(grant)} to ${group}`);
            }
        }
    },
});
