import { parsePolicyDocument } from "../../components/documents";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { PropValue, UNKNOWN } from "../framework/props";
import { publicAllowStatements } from "./support/publicStatements";
import { BUCKET, BUCKET_POLICY, BUCKET_V2 } from "./support/s3";
import { containsUnknown } from "./support/unknowns";

function isAbsent(value: PropValue): boolean {
    return value === undefined || value === null || value === "";
}

/**
 * Bucket policies must not allow everyone (`"*"`, `{"AWS": "*"}`, or
 * `NotPrincipal`) unless a condition pins the caller to fixed values of an
 * identifying key (source IP range, VPC endpoint, account, organization, ARN).
 * That is how S3's own Block Public Access judges a policy "public"; a
 * condition on `aws:SecureTransport` or a prefix does not count. A policy that
 * cannot be read is reported too: nobody can tell what it allows. Covers
 * `BucketPolicy.policy` and the legacy inline `policy` of `Bucket(V2)`.
 */
export const s3BucketPolicyNoPublicAllow = resourcePolicy({
    name: "s3-bucket-policy-no-public-allow",
    area: "storage",
    description: "S3 bucket policies must not Allow principal \"*\" (or NotPrincipal) without a condition that limits the caller to fixed IP ranges, VPC endpoints, accounts or organizations.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Name the principals (account, role or service) in the statement, or add a condition such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceIp with fixed values. For public websites use CloudFront with origin access control and allow only the CloudFront service principal with aws:SourceArn.",
    types: [BUCKET_POLICY, BUCKET, BUCKET_V2],
    check: (resource, report) => {
        const policy = resource.props.policy;
        if (isAbsent(policy) || policy === UNKNOWN || containsUnknown(policy)) {
            return;
        }
        const parsed = parsePolicyDocument(policy);
        if (!parsed.ok) {
            report(`${resource.name} has a bucket policy that cannot be read (${parsed.error.slice(0, 300)}); fix it so that what it allows can be checked`);
            return;
        }
        for (const statement of publicAllowStatements(parsed.doc)) {
            report(`${resource.name} bucket policy ${statement.where} allows ${statement.actions} to ${statement.who} without a condition that limits who can call (such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceIp)`);
        }
    },
});
