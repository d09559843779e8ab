import { decodeBase64Text, findAwsKeys, type KeyFinding } from "../../components/documents";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { AWS_PROVIDER, SECRETS_MANAGER_SECRET_VERSION, SSM_PARAMETER } from "../shared/iamTypes";
import { Props, UNKNOWN, asString } from "../framework/props";
import { formatPath, type StringSite, walkStrings } from "./support/walkStrings";

/** Findings listed per resource before the rest are counted. */
const MAX_REPORTED = 10;

/**
 * The properties that are proper homes for a key: a Secrets Manager secret
 * version, an SSM SecureString parameter (KMS-encrypted, access-logged), and
 * the AWS provider's own credential inputs (which the provider marks secret, so
 * the engine encrypts them in state). Everything else is plaintext to whoever
 * can read the resource's configuration.
 */
function properHomes(type: string, props: Props): Set<string> {
    if (type === SECRETS_MANAGER_SECRET_VERSION) {
        return new Set(["secretString", "secretBinary", "secretStringWo"]);
    }
    if (type === SSM_PARAMETER && (props.type === UNKNOWN || asString(props.type) === "SecureString")) {
        // An unknown type during preview: stay silent rather than guess.
        return new Set(["value", "valueWo"]);
    }
    if (type === AWS_PROVIDER) {
        return new Set(["accessKey", "secretKey", "token"]);
    }
    return new Set();
}

/**
 * No resource input may hold an AWS access key id or secret access key in
 * plaintext. Walks every input of every resource (nested objects, arrays,
 * property names, JSON held in strings such as ECS container definitions, and
 * base64 or gzip+base64 user data): Lambda environments, ECS task
 * definitions, EC2 user data, launch templates, SSM `String` parameters, tags.
 *
 * Not violations: a Secrets Manager `SecretVersion`'s `secretString` and
 * `secretBinary`, an SSM `SecureString` parameter's `value`, and the AWS
 * provider's `accessKey`/`secretKey`. Values that are Pulumi secrets are still
 * checked: `pulumi.secret()` hides a value in state, not in a Lambda's
 * configuration.
 */
export const secretsNoPlaintextAwsKeys = resourcePolicy({
    name: "secrets-no-plaintext-aws-keys",
    area: "secrets",
    description: "No resource input may hold an AWS access key id (AKIA..., ASIA..., ABIA..., ACCA...) or secret access key in plaintext: environment variables, user data, container definitions, parameters and tags are readable by far more people than the key's owner.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Give the workload a role instead of a key (Lambda execution role, ECS task role, EC2 instance profile). If a key is unavoidable, store it in Secrets Manager (ScopedServiceUser does) or an SSM SecureString parameter and read it at run time. Deactivate any key that was ever committed in plaintext: treat it as leaked.",
    // CIS v7.0.0 2.16 (v5.0.0 1.17): use IAM instance roles instead of keys encoded in instances.
    cis: { v7: ["2.16"], v5: ["1.17"] },
    types: "*",
    check: (resource, report) => {
        const homes = properHomes(resource.type, resource.props);
        const findings: string[] = [];
        const record = (at: StringSite, found: KeyFinding[], note: string) => {
            for (const finding of found) {
                findings.push(`${resource.name}.${formatPath(at.path())}${note} holds an AWS ${finding.kind} in plaintext (${finding.masked})`);
            }
        };
        walkStrings(
            resource.props,
            (text, at) => {
                record(at, findAwsKeys(text, at.isKey ? "" : at.lastKey), at.isKey ? " (the property name)" : "");
                const decoded = at.isKey ? undefined : decodeBase64Text(text);
                if (decoded !== undefined) {
                    record(at, findAwsKeys(decoded), " (base64-decoded)");
                }
            },
            (key) => homes.has(key),
        );
        findings.slice(0, MAX_REPORTED).forEach((message) => report(message));
        if (findings.length > MAX_REPORTED) {
            report(`${resource.name} holds ${findings.length - MAX_REPORTED} more plaintext AWS key findings`);
        }
    },
});
