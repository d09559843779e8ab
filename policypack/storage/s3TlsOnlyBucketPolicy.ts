import { PolicyStatement, parsePolicyDocument, statementActions, statementPrincipals, statementResources } from "../../components/documents";
import { StackResourceView, stackPolicy } from "../framework/guardrailPolicy";
import { PropValue, UNKNOWN } from "../framework/props";
import { BUCKET_POLICY, BUCKET_TYPES, refersToBucket } from "./support/s3";
import { containsUnknown } from "./support/unknowns";

/** What a bucket's policies say about plain-HTTP requests. */
type TlsVerdict = "denies-http" | "silent" | "unknown";

function isFalse(value: string | string[] | boolean): boolean {
    const values = Array.isArray(value) ? value : [value];
    return values.length > 0 && values.every((v) => String(v).toLowerCase() === "false");
}

/** A Deny of every S3 action, by everyone, on the bucket's objects, when aws:SecureTransport is false. */
export function deniesInsecureTransport(statement: PolicyStatement): boolean {
    if (statement.Effect !== "Deny") {
        return false;
    }
    const conditionMatches = Object.entries(statement.Condition ?? {}).some(([operator, block]) =>
        /^bool(ifexists)?$/i.test(operator) && Object.entries(block).some(([key, value]) => key.toLowerCase() === "aws:securetransport" && isFalse(value)));
    const everyAction = statementActions(statement).some((action) => action === "*" || action.toLowerCase() === "s3:*");
    const everyone = statement.Principal === "*" || statementPrincipals(statement).includes("*");
    const objects = statementResources(statement).some((resource) => resource === "*" || resource.endsWith("/*"));
    return conditionMatches && everyAction && everyone && objects;
}

function verdictOf(policy: PropValue): TlsVerdict {
    if (policy === undefined || policy === null || policy === "") {
        return "silent";
    }
    if (policy === UNKNOWN || containsUnknown(policy)) {
        return "unknown";
    }
    const parsed = parsePolicyDocument(policy);
    return parsed.ok && parsed.doc.Statement.some(deniesInsecureTransport) ? "denies-http" : "silent";
}

function bucketVerdict(bucket: StackResourceView, policies: StackResourceView[]): TlsVerdict {
    const verdicts = [verdictOf(bucket.props.policy), ...policies.filter((p) => refersToBucket(p, bucket)).map((p) => verdictOf(p.props.policy))];
    if (verdicts.includes("denies-http")) {
        return "denies-http";
    }
    return verdicts.includes("unknown") ? "unknown" : "silent";
}

/**
 * Every bucket has a bucket policy that denies requests made without TLS: a
 * Deny of `s3:*` for principal `*` on the bucket's objects when
 * `aws:SecureTransport` is false. A bucket whose policy is not known yet (a
 * preview) is not reported. Advisory: modern SDKs use HTTPS anyway; the
 * policy makes it a rule.
 */
export const s3TlsOnlyBucketPolicy = stackPolicy({
    name: "s3-tls-only-bucket-policy",
    area: "storage",
    description: "Every S3 bucket should have a bucket policy that denies requests without TLS (Deny s3:* when aws:SecureTransport is false).",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Attach a BucketPolicy with the statement {Effect: \"Deny\", Principal: \"*\", Action: \"s3:*\", Resource: [bucketArn, `${bucketArn}/*`], Condition: {Bool: {\"aws:SecureTransport\": \"false\"}}}.",
    cis: { v7: ["3.1.1"], v5: ["2.1.1"] },
    check: (resources, report) => {
        const policies = resources.filter((r) => r.type === BUCKET_POLICY);
        for (const bucket of resources.filter((r) => BUCKET_TYPES.includes(r.type))) {
            if (bucketVerdict(bucket, policies) === "silent") {
                report(`bucket ${bucket.name} has no bucket policy that denies plain-HTTP requests (Deny s3:* when aws:SecureTransport is false)`, bucket.urn);
            }
        }
    },
});
