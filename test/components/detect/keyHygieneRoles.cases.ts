import {
    alertTopicKeyPolicy, configDeliveryPermissions, eventForwardingPermissions, quarantinePolicy, responderPermissions, revokeUnusedCredentialsPermissions,
    type PolicyDocument,
} from "../../../components/documents";
import { ACCOUNT_ID, type Expected, type SimulationRequest } from "../../documents/simulator/harness";

/**
 * What the roles of the leaked-key responder and the key-hygiene watch may do,
 * as a table for `@cloud-copilot/iam-simulate`. Each role's policy is built by
 * our own builders, exactly as the components attach it.
 */

/** One row: a request, the policies in force, and the outcome. */
export interface RoleCase {
    /** What the row proves. */
    name: string;
    /** The request. */
    request: SimulationRequest;
    /** Whether it must go through. */
    expected: Expected;
    /** A denial by a Deny statement rather than by no Allow. */
    explicitDeny?: boolean;
    /** The resource's own policy, for services that need it (a KMS key policy). */
    resourcePolicy?: PolicyDocument;
}

const SCOPE = { partition: "aws", accountId: ACCOUNT_ID };
const OTHER_ACCOUNT = "444455556666";
const RESPONDER = `arn:aws:iam::${ACCOUNT_ID}:role/baseline-leaked-key-responder-role`;
const QUARANTINE = `arn:aws:iam::${ACCOUNT_ID}:policy/aws-guardrails/baseline-leaked-key-responder-quarantine-deny-all`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT_ID}:baseline-alerts-us-east-1-topic`;
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT_ID}:log-group:baseline-leaked-key-responder-us-east-1-logs`;
const USER = `arn:aws:iam::${ACCOUNT_ID}:user/ci-deployer`;
const PATH_USER = `arn:aws:iam::${ACCOUNT_ID}:user/service/svc-cert-renewer`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const responder = (dryRun: boolean): PolicyDocument => responderPermissions({
    ...SCOPE, quarantinePolicyArn: QUARANTINE, topicArns: [TOPIC], logGroupArns: [LOG_GROUP], dryRun,
});
const acting = responder(false);
const watching = responder(true);

function request(principal: string, action: string, resource: string, policy: PolicyDocument, context: Record<string, string> = {}): SimulationRequest {
    return { principal, action, resource, context, identityPolicies: [policy] };
}

function responderCase(name: string, action: string, resource: string, expected: Expected, context: Record<string, string> = {}, policy = acting): RoleCase {
    return { name: `responder: ${name}`, request: request(RESPONDER, action, resource, policy, context), expected };
}

/** The alert topic's key policy: KMS honours the role's policy only because the key policy lets the account's IAM policies grant use. */
const TOPIC_KEY_POLICY = alertTopicKeyPolicy({ ...SCOPE, region: "us-east-1", publishers: ["events"] });

function keyCase(name: string, action: string, viaService: string, expected: Expected): RoleCase {
    return { ...responderCase(name, action, KEY, expected, { "kms:ViaService": viaService }), resourcePolicy: TOPIC_KEY_POLICY };
}

/** The responder role's cases, acting and in dry run. */
export const RESPONDER_ROLE_CASES: RoleCase[] = [
    responderCase("finds the user of a key", "iam:GetAccessKeyLastUsed", USER, "allowed"),
    responderCase("lists a user's keys", "iam:ListAccessKeys", USER, "allowed"),
    responderCase("lists a user's attached policies", "iam:ListAttachedUserPolicies", USER, "allowed"),
    responderCase("deactivates a user's key", "iam:UpdateAccessKey", USER, "allowed"),
    responderCase("deactivates the key of a user under a path", "iam:UpdateAccessKey", PATH_USER, "allowed"),
    responderCase("attaches the quarantine policy", "iam:AttachUserPolicy", USER, "allowed", { "iam:PolicyARN": QUARANTINE }),
    responderCase("cannot attach AdministratorAccess", "iam:AttachUserPolicy", USER, "denied", { "iam:PolicyARN": "arn:aws:iam::aws:policy/AdministratorAccess" }),
    responderCase("cannot write an inline policy into a user", "iam:PutUserPolicy", USER, "denied"),
    responderCase("never deletes a key", "iam:DeleteAccessKey", USER, "denied"),
    responderCase("cannot create a key", "iam:CreateAccessKey", USER, "denied"),
    responderCase("cannot delete a user", "iam:DeleteUser", USER, "denied"),
    responderCase("cannot detach the quarantine", "iam:DetachUserPolicy", USER, "denied", { "iam:PolicyARN": QUARANTINE }),
    responderCase("cannot touch a user of another account", "iam:UpdateAccessKey", `arn:aws:iam::${OTHER_ACCOUNT}:user/ci-deployer`, "denied"),
    responderCase("cannot attach policies to roles", "iam:AttachRolePolicy", `arn:aws:iam::${ACCOUNT_ID}:role/admin`, "denied", { "iam:PolicyARN": QUARANTINE }),
    responderCase("looks up CloudTrail events", "cloudtrail:LookupEvents", "*", "allowed"),
    responderCase("cannot stop the trail", "cloudtrail:StopLogging", `arn:aws:cloudtrail:us-east-1:${ACCOUNT_ID}:trail/baseline-trail`, "denied"),
    responderCase("publishes to its alert topic", "sns:Publish", TOPIC, "allowed"),
    responderCase("cannot publish to another topic", "sns:Publish", `arn:aws:sns:us-east-1:${ACCOUNT_ID}:orders`, "denied"),
    keyCase("encrypts through SNS with the topic's key", "kms:GenerateDataKey", "sns.us-east-1.amazonaws.com", "allowed"),
    keyCase("decrypts through SNS with the topic's key", "kms:Decrypt", "sns.us-east-1.amazonaws.com", "allowed"),
    keyCase("cannot use the key through another service", "kms:Decrypt", "s3.us-east-1.amazonaws.com", "denied"),
    responderCase("writes its own logs", "logs:PutLogEvents", `${LOG_GROUP}:log-stream:2025/03/04/[$LATEST]abc`, "allowed"),
    responderCase("cannot write other logs", "logs:PutLogEvents", `arn:aws:logs:us-east-1:${ACCOUNT_ID}:log-group:/aws/cloudtrail/baseline-trail:log-stream:x`, "denied"),
    responderCase("in dry run, still reads keys", "iam:ListAccessKeys", USER, "allowed", {}, watching),
    responderCase("in dry run, cannot deactivate a key", "iam:UpdateAccessKey", USER, "denied", {}, watching),
    responderCase("in dry run, cannot attach the quarantine", "iam:AttachUserPolicy", USER, "denied", { "iam:PolicyARN": QUARANTINE }, watching),
];

const ADMIN: PolicyDocument = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };

function quarantined(action: string, resource: string): RoleCase {
    return {
        name: `quarantine: an administrator user quarantined cannot call ${action}`,
        request: { principal: USER, action, resource, context: {}, identityPolicies: [ADMIN, quarantinePolicy()] },
        expected: "denied",
        explicitDeny: true,
    };
}

const REMEDIATION = `arn:aws:iam::${ACCOUNT_ID}:role/baseline-key-hygiene-remediation`;
const revoke = revokeUnusedCredentialsPermissions(SCOPE);
const CONFIG_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/baseline-key-hygiene-config`;
const delivery = configDeliveryPermissions(SCOPE, "baseline-config-abc");
const FORWARDER = `arn:aws:iam::${ACCOUNT_ID}:role/baseline-key-hygiene-findings-forwarder`;
const forwarding = eventForwardingPermissions(SCOPE, "us-east-1");
const ACL = { "s3:x-amz-acl": "bucket-owner-full-control" };

/** The quarantine policy and the key-hygiene roles. */
export const WATCH_ROLE_CASES: RoleCase[] = [
    quarantined("ec2:RunInstances", `arn:aws:ec2:us-east-1:${ACCOUNT_ID}:instance/i-0abcd1234efgh5678`),
    quarantined("iam:CreateAccessKey", USER),
    quarantined("s3:GetObject", "arn:aws:s3:::customer-data/export.csv"),
    { name: "remediation: deletes an unused password", request: request(REMEDIATION, "iam:DeleteLoginProfile", USER, revoke), expected: "allowed" },
    { name: "remediation: deactivates an unused key", request: request(REMEDIATION, "iam:UpdateAccessKey", USER, revoke), expected: "allowed" },
    { name: "remediation: cannot delete a user", request: request(REMEDIATION, "iam:DeleteUser", USER, revoke), expected: "denied" },
    { name: "remediation: cannot attach policies", request: request(REMEDIATION, "iam:AttachUserPolicy", USER, revoke, { "iam:PolicyARN": "arn:aws:iam::aws:policy/AdministratorAccess" }), expected: "denied" },
    { name: "remediation: starts the revocation runbook", request: request(REMEDIATION, "ssm:StartAutomationExecution", `arn:aws:ssm:us-east-1:${ACCOUNT_ID}:automation-definition/AWSConfigRemediation-RevokeUnusedIAMUserCredentials:$DEFAULT`, revoke), expected: "allowed" },
    { name: "remediation: cannot start another runbook", request: request(REMEDIATION, "ssm:StartAutomationExecution", `arn:aws:ssm:us-east-1:${ACCOUNT_ID}:automation-definition/AWS-StopEC2Instance:$DEFAULT`, revoke), expected: "denied" },
    { name: "config: delivers a snapshot with the owner's ACL", request: request(CONFIG_ROLE, "s3:PutObject", `arn:aws:s3:::baseline-config-abc/AWSLogs/${ACCOUNT_ID}/Config/us-east-1/snapshot.json.gz`, delivery, ACL), expected: "allowed" },
    { name: "config: cannot write without the owner's ACL", request: request(CONFIG_ROLE, "s3:PutObject", `arn:aws:s3:::baseline-config-abc/AWSLogs/${ACCOUNT_ID}/Config/us-east-1/snapshot.json.gz`, delivery), expected: "denied" },
    { name: "config: cannot write to another bucket", request: request(CONFIG_ROLE, "s3:PutObject", `arn:aws:s3:::customer-data/AWSLogs/${ACCOUNT_ID}/x`, delivery, ACL), expected: "denied" },
    { name: "config: cannot read the files back", request: request(CONFIG_ROLE, "s3:GetObject", `arn:aws:s3:::baseline-config-abc/AWSLogs/${ACCOUNT_ID}/Config/x`, delivery), expected: "denied" },
    { name: "forwarder: puts events on the home region's default bus", request: request(FORWARDER, "events:PutEvents", `arn:aws:events:us-east-1:${ACCOUNT_ID}:event-bus/default`, forwarding), expected: "allowed" },
    { name: "forwarder: cannot put events on another region's bus", request: request(FORWARDER, "events:PutEvents", `arn:aws:events:eu-west-1:${ACCOUNT_ID}:event-bus/default`, forwarding), expected: "denied" },
];
