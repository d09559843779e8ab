/**
 * Instance-type patterns: a glob where `*` matches any run of characters,
 * compared case-insensitively with the whole type name (`t3.*`, `*.metal*`).
 */
import { globMatches } from "../../framework/glob";

/**
 * The default deny list: the types a stolen key is used for (GPU and other
 * accelerated families for mining and model training) and the very large sizes
 * that burn money fastest. Chosen so that ordinary workloads never hit it:
 * - accelerated families: `p*` (P2-P6 GPUs), `g*` (G3-G6, Gr6 GPUs), `inf*`
 *   (Inferentia), `trn*` (Trainium), `dl*` (Gaudi, DL1/DL2q), `f1`/`f2`
 *   (FPGA), `vt1` (video transcoding);
 * - every bare-metal type (`*.metal*`, which includes the Mac hosts);
 * - sizes of 24xlarge and above, listed one by one because a glob cannot
 *   compare numbers: 24, 32, 48, 56, 96, 112, 224 and 480xlarge;
 * - the High Memory `u-*` and `u7*` families (several TB of memory).
 * @awsfact https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html — accelerated computing families include P, G, Inf, Trn, DL, F and VT; High Memory instances are u-*; bare metal sizes end in .metal
 */
export const DEFAULT_DENIED_INSTANCE_TYPES: readonly string[] = [
    "p*", "g*", "inf*", "trn*", "dl*", "f1.*", "f2.*", "vt1.*",
    "*.metal*",
    "*.24xlarge", "*.32xlarge", "*.48xlarge", "*.56xlarge", "*.96xlarge", "*.112xlarge", "*.224xlarge", "*.480xlarge",
    "u-*", "u7*",
];

/** The longest instance-type string inspected; anything longer is not a type. */
const MAX_TYPE_LENGTH = 64;

/** Whether `type` matches the glob `pattern` (case-insensitive, `*` = any run). */
export function instanceTypeMatches(pattern: string, type: string): boolean {
    return globMatches(pattern.toLowerCase(), type.toLowerCase());
}

/** The verdict on one instance type. */
export type InstanceTypeVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Judges an instance type. With a non-empty allow-list, only types matching
 * one of its patterns pass (the deny list is then ignored). Otherwise every
 * type passes except those matching the deny list.
 */
export function judgeInstanceType(type: string, allowed: readonly string[], denied: readonly string[]): InstanceTypeVerdict {
    const shown = type.length > MAX_TYPE_LENGTH ? `${type.slice(0, MAX_TYPE_LENGTH)}...` : type;
    if (type.length > MAX_TYPE_LENGTH) {
        return { allowed: false, reason: `"${shown}" is not an instance type name` };
    }
    if (allowed.length > 0) {
        return allowed.some((pattern) => instanceTypeMatches(pattern, type))
            ? { allowed: true }
            : { allowed: false, reason: `"${type}" matches none of allowedInstanceTypes (${allowed.join(", ")})` };
    }
    const hit = denied.find((pattern) => instanceTypeMatches(pattern, type));
    return hit === undefined ? { allowed: true } : { allowed: false, reason: `"${type}" matches the denied pattern "${hit}" (deniedInstanceTypes)` };
}
