import { resourcePolicy } from "../framework/guardrailPolicy";
import { PropValue, UNKNOWN, asBoolean, asString } from "../framework/props";
import { RDS_CLUSTER, RDS_INSTANCE } from "./support/rdsTypes";

function isSet(value: PropValue): boolean {
    return value === UNKNOWN || (typeof value === "string" && value.trim() !== "");
}

/**
 * RDS storage must be encrypted at rest: a DB instance or cluster must set
 * `storageEncrypted: true` (optionally with `kmsKeyId`); unset means
 * unencrypted, and encryption cannot be turned on later without a snapshot
 * copy and a restore. An unknown value is left alone.
 *
 * Not checked, to keep the policy simple:
 * - read replicas (`replicateSourceDb` set on an instance): their encryption
 *   follows the source instance, which is checked itself (a cross-region
 *   replica takes `kmsKeyId` instead);
 * - Aurora Serverless v1 clusters (`engineMode: "serverless"`), which are
 *   always encrypted.
 * An instance restored from an encrypted snapshot is encrypted even when the
 * flag is unset; set `storageEncrypted: true` on it anyway, or exempt it.
 *
 * CIS v7.0.0 3.2.1 (v5.0.0 2.2.1). Checked against public mappings, not the PDF itself.
 */
export const rdsEncrypted = resourcePolicy({
    name: "rds-storage-encrypted",
    area: "storage",
    description: "RDS DB instances and clusters must set storageEncrypted = true.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Set `storageEncrypted: true` (and optionally `kmsKeyId`) on the instance or cluster. An existing unencrypted database must be migrated: snapshot it, copy the snapshot with encryption, and restore from the copy.",
    cis: { v7: ["3.2.1"], v5: ["2.2.1"] },
    types: [RDS_INSTANCE, RDS_CLUSTER],
    check: (resource, report) => {
        const props = resource.props;
        if (props.storageEncrypted === UNKNOWN) {
            return;
        }
        if (resource.type === RDS_INSTANCE && isSet(props.replicateSourceDb)) {
            return;
        }
        if (resource.type === RDS_CLUSTER) {
            if (props.engineMode === UNKNOWN || asString(props.engineMode)?.trim().toLowerCase() === "serverless") {
                return;
            }
        }
        const flag = asBoolean(props.storageEncrypted);
        if (flag === false) {
            report(`${resource.name} sets storageEncrypted = false; RDS storage must be encrypted at rest`);
        } else if (flag === undefined) {
            report(`${resource.name} leaves storageEncrypted unset, so its storage is not encrypted at rest; set storageEncrypted = true`);
        }
    },
});
