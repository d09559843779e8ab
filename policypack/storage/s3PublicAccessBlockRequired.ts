import { configBoolean } from "../framework/configReaders";
import { StackResourceView, stackPolicy } from "../framework/guardrailPolicy";
import { ACCOUNT_PUBLIC_ACCESS_BLOCK, BUCKET_PUBLIC_ACCESS_BLOCK, BUCKET_TYPES, refersToBucket, unsetBlockFlags } from "./support/s3";

/** Config of {@link s3PublicAccessBlockRequired}. */
export interface S3PublicAccessBlockRequiredConfig {
    /** Set when another stack manages the account-level S3 public access block. Default false. */
    accountBlockOwnedElsewhere?: boolean;
}

function describeFlags(flags: string[]): string {
    return flags.join(", ");
}

/**
 * Every bucket in the stack has a public-access block with all four settings
 * true, unless the stack (or, per config, another stack) sets an account-level
 * block with all four. The guardrail components create both.
 *
 * Advisory by default: since April 2023 AWS turns all four settings on for
 * every new bucket, so a bucket without an explicit block is usually blocked
 * anyway; the explicit block makes that visible in code and stops it from
 * being switched off by hand. The mandatory `s3-no-public-acl` and
 * `s3-bucket-policy-no-public-allow` block the actual ways a bucket is made
 * public. Unknown settings (a preview) count as set.
 */
export const s3PublicAccessBlockRequired = stackPolicy<S3PublicAccessBlockRequiredConfig>({
    name: "s3-public-access-block-required",
    area: "storage",
    description: "Every S3 bucket needs a BucketPublicAccessBlock with all four settings true, unless an AccountPublicAccessBlock with all four exists.",
    severity: "high",
    enforcementLevel: "advisory",
    remediationSteps: "Add `new aws.s3.BucketPublicAccessBlock(name, { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true })`, or deploy an account-level aws.s3.AccountPublicAccessBlock with all four true (set accountBlockOwnedElsewhere when another stack owns it).",
    cis: { v7: ["3.1.4"], v5: ["2.1.4"] },
    configSchema: {
        properties: {
            accountBlockOwnedElsewhere: {
                type: "boolean",
                default: false,
                description: "Set when another stack deploys an account-level S3 public access block with all four settings true.",
            },
        },
    },
    check: (resources, report, config) => {
        if (configBoolean(config, "accountBlockOwnedElsewhere", false)) {
            return;
        }
        const accountBlocks = resources.filter((r) => r.type === ACCOUNT_PUBLIC_ACCESS_BLOCK);
        if (accountBlocks.some((block) => unsetBlockFlags(block.props).length === 0)) {
            return;
        }
        for (const block of accountBlocks) {
            report(`account public access block ${block.name} leaves ${describeFlags(unsetBlockFlags(block.props))} off; set all four to true`, block.urn);
        }
        const blocks = resources.filter((r) => r.type === BUCKET_PUBLIC_ACCESS_BLOCK);
        for (const bucket of resources.filter((r) => BUCKET_TYPES.includes(r.type))) {
            const own: StackResourceView[] = blocks.filter((block) => refersToBucket(block, bucket));
            if (own.length === 0) {
                report(`bucket ${bucket.name} has no BucketPublicAccessBlock and the stack sets no account-level block; add one with all four settings true`, bucket.urn);
            } else if (!own.some((block) => unsetBlockFlags(block.props).length === 0)) {
                report(`bucket ${bucket.name}'s public access block leaves ${describeFlags(unsetBlockFlags(own[0].props))} off; set all four to true`, bucket.urn);
            }
        }
    },
});
