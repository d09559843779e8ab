import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { KeyRotationPlan, KeySlot } from "./keyRotation";

/** The resources of one access-key slot. */
export interface AccessKeySlotResources {
    /** The slot's state on the day of the run. */
    slot: KeySlot;
    /** The IAM access key; replaced when the slot's window changes. Its `secret` output is a Pulumi secret. */
    accessKey: aws.iam.AccessKey;
    /** The Secrets Manager secret holding the key, encrypted with the CMK. */
    secret: aws.secretsmanager.Secret;
    /** The secret's value: JSON `{"accessKeyId": ..., "secretAccessKey": ...}`, a Pulumi secret. */
    secretVersion: aws.secretsmanager.SecretVersion;
    /** The secret's ARN, known once the current key is stored in it. */
    secretArn: pulumi.Output<string>;
}

/** What {@link createAccessKeySlots} needs; every value is already validated. */
export interface AccessKeySlotsSpec {
    /** The IAM user's physical name, `svc-<service>`. */
    userName: string;
    /** The IAM user's name output (carries the dependency on the user). */
    user: pulumi.Input<string>;
    /** Rotation state on the day of the run. */
    plan: KeyRotationPlan;
    /** The CMK encrypting both secrets. */
    kmsKeyId: pulumi.Input<string>;
    /** Tags for both secrets. */
    tags: Record<string, string>;
    /** Keys are created only after these (the group memberships that fence them). */
    dependsOn: pulumi.Resource[];
}

/** The Secrets Manager name of a slot's secret: `service/svc-<service>/access-key-<slot>`. */
export function accessKeySecretName(userName: string, slot: KeySlot["slot"]): string {
    return `service/${userName}/access-key-${slot}`;
}

/**
 * Creates both key slots of a service user as children of `parent`: for each
 * slot an access key, a KMS-encrypted secret and the secret's value.
 *
 * Each key carries `replacementTrigger` = the first day of its slot's window, so
 * the engine replaces it exactly when a new window of its parity starts, and
 * `deleteBeforeReplace`, so the user never needs a third key (AWS allows two).
 * The secret access key only ever travels as a Pulumi secret: `@pulumi/aws`
 * registers the key's `secret` and the version's `secretString` with
 * `additionalSecretOutputs`, and the JSON is wrapped in `pulumi.secret` too.
 */
export function createAccessKeySlots(parent: pulumi.Resource, name: string, spec: AccessKeySlotsSpec): AccessKeySlotResources[] {
    return spec.plan.slots.map((slot) => {
        const accessKey = new aws.iam.AccessKey(
            `${name}-${slot.slot}`,
            { user: spec.user, status: "Active" },
            {
                parent,
                dependsOn: spec.dependsOn,
                replacementTrigger: slot.createdFrom,
                deleteBeforeReplace: true,
            },
        );
        const secret = new aws.secretsmanager.Secret(
            `${name}-${slot.slot}`,
            {
                name: accessKeySecretName(spec.userName, slot.slot),
                description: `Access key slot ${slot.slot} of IAM user ${spec.userName}, as JSON {"accessKeyId", "secretAccessKey"}; rotated by aws-guardrails every ${spec.plan.windowDays} days, alternating with the other slot`,
                kmsKeyId: spec.kmsKeyId,
                tags: {
                    ...spec.tags,
                    AccessKeySlot: slot.slot,
                    AccessKeyWindowStart: slot.createdFrom,
                    AccessKeyReplacedFrom: slot.replacedFrom,
                },
            },
            { parent },
        );
        const secretString = pulumi.secret(
            pulumi.all([accessKey.id, accessKey.secret]).apply(([accessKeyId, secretAccessKey]) =>
                JSON.stringify({ accessKeyId, secretAccessKey }),
            ),
        );
        const secretVersion = new aws.secretsmanager.SecretVersion(
            `${name}-${slot.slot}`,
            { secretId: secret.id, secretString },
            { parent },
        );
        const secretArn = pulumi.all([secret.arn, secretVersion.id]).apply(([arn]) => arn);
        return { slot, accessKey, secret, secretVersion, secretArn };
    });
}
