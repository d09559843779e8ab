import type { Policies } from "@pulumi/policy";
import { efsEncrypted } from "./efsEncrypted";
import { rdsEncrypted } from "./rdsStorageEncrypted";
import { rdsNotPublic } from "./rdsNotPubliclyAccessible";
import { s3BucketPolicyNoPublicAllow } from "./s3BucketPolicyNoPublicAllow";
import { s3NoPublicAcl } from "./s3NoPublicAcl";
import { s3PublicAccessBlockRequired } from "./s3PublicAccessBlockRequired";
import { s3TlsOnlyBucketPolicy } from "./s3TlsOnlyBucketPolicy";

/** The storage policies, in evaluation order. */
export const storagePolicies: Policies = [s3NoPublicAcl, s3BucketPolicyNoPublicAllow, s3PublicAccessBlockRequired, s3TlsOnlyBucketPolicy, rdsNotPublic, rdsEncrypted, efsEncrypted];
