import { configBoolean } from "../framework/configReaders";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { PropValue, UNKNOWN, asBoolean, asList, asRecord, at } from "../framework/props";
import { EBS_VOLUME, INSTANCE, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE, SPOT_INSTANCE_REQUEST } from "./support/ec2Types";

/** Config of {@link ebsEncryptionRequired}. */
export interface EbsEncryptionRequiredConfig {
    /** When true, trust account-level EBS encryption by default: report only volumes explicitly set unencrypted. Default false. */
    trustAccountDefaultEncryption?: boolean;
}

/** What a volume declaration says about encryption. */
type Encryption = "encrypted" | "unencrypted" | "unset" | "unknown";

function encryptionOf(value: PropValue): Encryption {
    if (value === UNKNOWN) {
        return "unknown";
    }
    const flag = asBoolean(value);
    if (flag === undefined) {
        return "unset";
    }
    return flag ? "encrypted" : "unencrypted";
}

/** One volume a resource declares, and what it says about encryption. */
interface DeclaredVolume {
    where: string;
    encryption: Encryption;
}

function blockDevices(props: { [key: string]: PropValue }, hasLaunchTemplate: boolean): DeclaredVolume[] {
    const volumes: DeclaredVolume[] = [];
    const root = props.rootBlockDevice;
    if (root === UNKNOWN) {
        volumes.push({ where: "rootBlockDevice", encryption: "unknown" });
    } else if (asRecord(root)) {
        volumes.push({ where: "rootBlockDevice.encrypted", encryption: encryptionOf(at(root, "encrypted")) });
    } else if (!hasLaunchTemplate) {
        volumes.push({ where: "the root volume (no rootBlockDevice)", encryption: "unset" });
    }
    asList(props.ebsBlockDevices).forEach((device, i) => {
        volumes.push({ where: `ebsBlockDevices[${i}].encrypted`, encryption: device === UNKNOWN ? "unknown" : encryptionOf(at(device, "encrypted")) });
    });
    return volumes;
}

function declaredVolumes(type: string, props: { [key: string]: PropValue }): DeclaredVolume[] {
    switch (type) {
        case EBS_VOLUME:
            return [{ where: "encrypted", encryption: encryptionOf(props.encrypted) }];
        case LAUNCH_TEMPLATE:
            return asList(props.blockDeviceMappings).flatMap((mapping, i) => {
                const ebs = at(mapping, "ebs");
                if (ebs === undefined || ebs === null) {
                    return [];
                }
                return [{ where: `blockDeviceMappings[${i}].ebs.encrypted`, encryption: ebs === UNKNOWN ? "unknown" : encryptionOf(at(ebs, "encrypted")) }];
            });
        case INSTANCE:
            return blockDevices(props, props.launchTemplate !== undefined && props.launchTemplate !== null);
        case SPOT_INSTANCE_REQUEST:
        case LAUNCH_CONFIGURATION:
            return blockDevices(props, false);
        default:
            return [];
    }
}

/**
 * EBS volumes must be encrypted: standalone volumes, instance root and data
 * volumes, and the EBS mappings of launch templates and launch configurations.
 * Encrypted snapshots cannot be shared publicly, and those encrypted with the
 * AWS-managed key cannot be shared with another account at all, so a stolen
 * key cannot simply copy the data out through a snapshot.
 *
 * Advisory by default, because the benchmark's own control is account-level
 * EBS encryption by default (CIS v7.0.0 6.1.1; v5.0.0 5.1.1; v3.0.0 2.2.1),
 * which makes unset volumes encrypted anyway and which a resource check cannot
 * see. An account with that setting can set `trustAccountDefaultEncryption`;
 * then only volumes explicitly set to `encrypted: false` are reported. The CIS
 * IDs are from public mappings of the benchmark, not the PDF itself.
 */
export const ebsEncryptionRequired = resourcePolicy<EbsEncryptionRequiredConfig>({
    name: "ebs-encryption-required",
    area: "compute",
    description: "EBS volumes (standalone, instance block devices, launch template and launch configuration mappings) must be encrypted.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Set `encrypted: true` on the volume or block device (optionally with `kmsKeyId`), or enable EBS encryption by default in every region (aws.ebs.EncryptionByDefault) and set trustAccountDefaultEncryption in the policy-pack config.",
    cis: { v7: ["6.1.1"], v5: ["5.1.1"] },
    configSchema: {
        properties: {
            trustAccountDefaultEncryption: {
                type: "boolean",
                default: false,
                description: "Set when EBS encryption by default is on in every region: only volumes explicitly set to encrypted=false are then reported.",
            },
        },
    },
    types: [EBS_VOLUME, INSTANCE, SPOT_INSTANCE_REQUEST, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE],
    check: (resource, report, config) => {
        const trustDefault = configBoolean(config, "trustAccountDefaultEncryption", false);
        for (const volume of declaredVolumes(resource.type, resource.props)) {
            if (volume.encryption === "unencrypted") {
                report(`${resource.name} sets ${volume.where} = false; EBS volumes must be encrypted`);
            } else if (volume.encryption === "unset" && !trustDefault) {
                report(`${resource.name} leaves ${volume.where} unset, so the volume is encrypted only if the account enables EBS encryption by default; set encrypted = true`);
            }
        }
    },
});
