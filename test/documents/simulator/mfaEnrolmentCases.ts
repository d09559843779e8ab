import { denyOutsideCidrs, requireMfa } from "../../../components/documents";
import { ALICE, ALLOW_ALL, context, NO_MFA, OFFICE_V4, OUTSIDE_IP, row, RUN_INSTANCES, type SimulatorCase } from "./common";
import { ACCOUNT_ID } from "./harness";

/**
 * A leaked key against the MFA fence, step by step: the self-service the fence
 * must allow lets the key enrol a virtual MFA device the attacker holds, after
 * which its MFA session passes. Only an IP (or region) fence stops it.
 */

const mfa = requireMfa();
const office = denyOutsideCidrs({ cidrs: [OFFICE_V4] });
const ATTACKER = { "aws:SourceIp": OUTSIDE_IP, ...NO_MFA };
const ATTACKER_WITH_MFA = { "aws:SourceIp": OUTSIDE_IP };
const DEVICE = `arn:aws:iam::${ACCOUNT_ID}:mfa/attacker-phone`;

/** Every step of the enrolment attack, with and without an IP fence. */
export const MFA_ENROLMENT_CASES: readonly SimulatorCase[] = [
    row("a leaked key behind the MFA fence alone may create a virtual MFA device", { action: "iam:CreateVirtualMFADevice", resource: DEVICE }, [ALLOW_ALL, mfa], context(ATTACKER), "allowed"),
    row("a leaked key behind the MFA fence alone may enable that device on its own user", { action: "iam:EnableMFADevice", resource: ALICE }, [ALLOW_ALL, mfa], context(ATTACKER), "allowed"),
    row("a leaked key behind the MFA fence alone may then get a session token", { action: "sts:GetSessionToken", resource: "*" }, [ALLOW_ALL, mfa], context(ATTACKER), "allowed"),
    row("the attacker's MFA session passes the MFA fence alone: ec2:RunInstances from outside is allowed", RUN_INSTANCES, [ALLOW_ALL, mfa], context(ATTACKER_WITH_MFA), "allowed"),
    row("without MFA, the leaked key may not deactivate the owner's MFA device", { action: "iam:DeactivateMFADevice", resource: ALICE }, [ALLOW_ALL, mfa], context(ATTACKER), "denied"),
    row("behind an IP fence too, the leaked key may not even enrol a device from outside", { action: "iam:EnableMFADevice", resource: ALICE }, [ALLOW_ALL, mfa, office], context(ATTACKER), "denied"),
    row("behind an IP fence too, an MFA session from outside is still denied ec2:RunInstances", RUN_INSTANCES, [ALLOW_ALL, mfa, office], context(ATTACKER_WITH_MFA), "denied"),
];
