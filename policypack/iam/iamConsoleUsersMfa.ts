import { fencesOfUser } from "./support/fences";
import { stackPolicy } from "../framework/guardrailPolicy";
import { IamStackIndex } from "./support/iamStackIndex";
import { IAM_USER_LOGIN_PROFILE } from "../shared/iamTypes";
import { asString } from "../framework/props";
import { quote } from "../framework/text";

/**
 * IAM users with a console password (`UserLoginProfile`) must be in an
 * MFA-required group: one whose policy denies (nearly) everything while
 * `aws:MultiFactorAuthPresent` is false, like `requireMfa` builds.
 *
 * Advisory: whether a user has an MFA device is account state the pack cannot
 * see, and some teams enforce MFA in their identity provider instead. The group
 * is what infrastructure code can guarantee: without MFA the password alone
 * opens nothing.
 */
export const iamConsoleUsersMfa = stackPolicy({
    name: "iam-console-users-mfa",
    area: "iam",
    onlyWithType: IAM_USER_LOGIN_PROFILE,
    description: "IAM users with a console password (a login profile) must be in an MFA-required group, so that a stolen password alone opens nothing.",
    severity: "high",
    enforcementLevel: "advisory",
    remediationSteps: "Add the user to an MfaRequiredGroup (its policy is built by requireMfa: a Deny with BoolIfExists aws:MultiFactorAuthPresent = false), or drop the login profile if the user only needs API access.",
    cis: { v7: ["2.10"], v5: ["1.9"] },
    check: (resources, report) => {
        const index = IamStackIndex.of(resources);
        const judged = new Set<string>();
        for (const profile of index.loginProfiles) {
            const userName = asString(profile.props.user);
            if (!userName || judged.has(index.userKey(userName))) {
                continue;
            }
            judged.add(index.userKey(userName));
            if (fencesOfUser(index, userName).some((f) => f.kind === "mfa")) {
                continue;
            }
            const user = index.findUser(userName);
            report(
                `IAM user ${quote(userName)} can sign in to the console (${profile.name}) but is in no MFA-required group; a stolen password alone is enough`,
                user?.urn ?? profile.urn,
            );
        }
    },
});
