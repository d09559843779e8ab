// A consumer of the published package: every component and the document
// builders, imported by the package name only. The packaging test installs the
// packed tarball next to this file, compiles it with tsc and runs it under
// `aws-guardrails check`.
import * as guardrails from "aws-guardrails";
import { denyOutsideCidrs, denyOutsideRegions, PolicyDocument, requireMfa } from "aws-guardrails/documents";

const fences: PolicyDocument[] = [
    denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] }),
    denyOutsideRegions({ regions: ["eu-west-1"] }),
    requireMfa(),
];

const passwordPolicy: guardrails.AccountPasswordPolicy = new guardrails.AccountPasswordPolicy("account", { minimumPasswordLength: 16 });
const settings: guardrails.AccountPasswordPolicyArgs = { passwordReusePrevention: 24 };

export const statementCount = fences.reduce((n, d) => n + d.Statement.length, 0);
export const passwordLength = passwordPolicy.settings.apply((s) => s.minimumPasswordLength);
export const reuse = settings.passwordReusePrevention;
