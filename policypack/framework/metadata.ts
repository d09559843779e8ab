import type { PolicyConfigSchema } from "@pulumi/policy";
import type { GuardrailPolicyMeta } from "./definition";
import { CONFIG_EXEMPTIONS_KEY, CONFIG_EXEMPTIONS_SCHEMA } from "./exemptions/configExemptions";
import { AS_OF_KEY, AS_OF_SCHEMA } from "./exemptions/dates";
import { ALLOW_TAG_EXEMPTIONS_KEY, allowTagExemptionsSchema } from "./exemptions/tagRules";

const CIS_NAME = "CIS AWS Foundations Benchmark";
const DOCS_URL = "https://github.com/aws-guardrails/aws-guardrails/blob/main/docs/policies.md";

/**
 * The exemption policies themselves (the tag validator and the exempted-findings
 * reporters) are never exempted: an exemption would otherwise swallow the very
 * report that shows exempted findings, or hide a malformed exemption behind itself.
 */
export function isExemptionMachinery(meta: GuardrailPolicyMeta): boolean {
    return meta.area === "exemptions";
}

function frameworkOf(meta: GuardrailPolicyMeta) {
    if (!meta.cis) {
        return undefined;
    }
    return {
        name: CIS_NAME,
        version: "7.0.0",
        reference: meta.cis.v7.join(", "),
        specification: `CIS AWS Foundations Benchmark v7.0.0 ${meta.cis.v7.join(", ")}; v5.0.0 ${meta.cis.v5.join(", ") || "none"}`,
    };
}

/** What a definition may say about the types it judges and the state it reads, beyond its metadata. */
interface Reach {
    types?: readonly string[] | "*";
    onlyWithType?: string;
    readsState?: { describes: string };
}

/**
 * The tags: area, CIS controls, `judges:<type>` for each type a policy judges
 * (none when it judges every type; reports read them to tell which policy
 * judged which resource), and `reads-state:<what>` for a policy that judges
 * deployed state.
 */
function tagsOfMeta(meta: GuardrailPolicyMeta & Reach): string[] {
    const judged = Array.isArray(meta.types) ? meta.types : meta.onlyWithType ? [meta.onlyWithType] : [];
    return [
        `area:${meta.area}`, ...(meta.cis?.v7 ?? []).map((id) => `cis-v7:${id}`), ...(meta.cis?.v5 ?? []).map((id) => `cis-v5:${id}`),
        ...judged.map((type) => `judges:${type}`), ...(meta.readsState ? [`reads-state:${meta.readsState.describes}`] : []),
    ];
}

/** The policy's own schema plus, for every policy that can be exempted, the day dates are judged as of, the `exemptions` list and whether tags may exempt it. */
function configSchemaOf(meta: GuardrailPolicyMeta): PolicyConfigSchema | undefined {
    if (isExemptionMachinery(meta)) {
        return meta.configSchema;
    }
    return {
        ...meta.configSchema,
        properties: {
            [AS_OF_KEY]: AS_OF_SCHEMA,
            ...meta.configSchema?.properties,
            [CONFIG_EXEMPTIONS_KEY]: CONFIG_EXEMPTIONS_SCHEMA,
            [ALLOW_TAG_EXEMPTIONS_KEY]: allowTagExemptionsSchema(meta.severity),
        },
    };
}

/** The fields of a `Policy` that come from the metadata alone. */
export function policyBase(meta: GuardrailPolicyMeta & Reach) {
    return {
        name: meta.name,
        description: meta.description,
        enforcementLevel: meta.enforcementLevel,
        severity: meta.severity,
        remediationSteps: meta.remediationSteps,
        framework: frameworkOf(meta),
        tags: tagsOfMeta(meta),
        configSchema: configSchemaOf(meta),
        url: `${DOCS_URL}#${meta.name}`,
    };
}
