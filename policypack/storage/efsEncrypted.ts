import { resourcePolicy } from "../framework/guardrailPolicy";
import { UNKNOWN, asBoolean } from "../framework/props";

/** `aws:efs/fileSystem:FileSystem`. */
const EFS_FILE_SYSTEM = "aws:efs/fileSystem:FileSystem";

/**
 * EFS file systems must be encrypted at rest: `encrypted: true` (optionally
 * with `kmsKeyId`). Unset means unencrypted through the API, and encryption
 * cannot be turned on for an existing file system. An unknown value is left
 * alone.
 *
 * CIS v7.0.0 3.3.1 (v5.0.0 2.3.1). Checked against public mappings, not the PDF itself.
 */
export const efsEncrypted = resourcePolicy({
    name: "efs-encrypted",
    area: "storage",
    description: "EFS file systems must set encrypted = true.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Set `encrypted: true` (and optionally `kmsKeyId`) on the file system. An existing unencrypted file system must be replaced: create an encrypted one and copy the data across (for example with AWS DataSync).",
    cis: { v7: ["3.3.1"], v5: ["2.3.1"] },
    types: [EFS_FILE_SYSTEM],
    check: (resource, report) => {
        const value = resource.props.encrypted;
        if (value === UNKNOWN) {
            return;
        }
        const flag = asBoolean(value);
        if (flag === false) {
            report(`${resource.name} sets encrypted = false; EFS file systems must be encrypted at rest`);
        } else if (flag === undefined) {
            report(`${resource.name} leaves encrypted unset, so the file system is not encrypted at rest; set encrypted = true`);
        }
    },
});
