import { configBoolean, configStrings } from "../framework/configReaders";
import { isGlobalResource } from "./support/globalResources";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { effectiveRegion } from "../shared/regions";
import { isInsideGuardrailComponent } from "./support/urns";

/** Config of {@link allowedRegions}. */
export interface AllowedRegionsConfig {
    /** The regions AWS resources may be deployed in; default [] (the policy is silent). */
    allowedRegions?: string[];
    /** Exempt resources created inside guardrail components (the per-region alarms); default true. */
    exemptGuardrailComponents?: boolean;
}

/**
 * Every AWS resource lives in one of `allowedRegions`: its own `region`
 * property when set (provider v7 allows a per-resource region), else its
 * provider's region. Silent while `allowedRegions` is empty, which is the
 * default; mandatory once set, because a team that lists its regions means it.
 *
 * Exempt: global resources (see `lib/globalResources.ts`: IAM, Organizations,
 * CloudFront, Route 53 zones and records, budgets, WAF Classic, Global
 * Accelerator, the account-level S3 block, ...), and by default resources
 * inside guardrail components, because the baseline deliberately puts vCPU
 * alarms and their topics in every region, including the disallowed ones
 * where nobody should be working. Set `exemptGuardrailComponents: false` to
 * check those too.
 *
 * Providers (`pulumi:providers:aws`) are not reported themselves: a provider
 * creates nothing, and one in us-east-1 is often used only for global
 * resources. Each resource it creates in a disallowed region is reported.
 * Resources whose region is unknown (no region in the provider or the
 * resource) are not reported.
 */
export const allowedRegions = resourcePolicy<AllowedRegionsConfig>({
    name: "allowed-regions",
    area: "regions",
    description: "AWS resources must be deployed only in the regions listed in allowedRegions (global resources exempt); silent when the list is empty.",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps: "Deploy the resource with a provider for one of the allowed regions, or add the region to allowedRegions in the policy-pack config. Resources AWS pins to us-east-1 (ACM certificates for CloudFront, billing alarms) need us-east-1 in the list, or an exemption with a reason.",
    configSchema: {
        properties: {
            allowedRegions: {
                type: "array",
                items: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
                default: [],
                description: "Regions AWS resources may be deployed in, such as [\"eu-west-1\", \"eu-central-1\"]. Empty: the policy is silent.",
            },
            exemptGuardrailComponents: {
                type: "boolean",
                default: true,
                description: "Exempt resources inside aws-guardrails components (the baseline's per-region detection).",
            },
        },
    },
    types: "*",
    check: (resource, report, config) => {
        const allowed = configStrings(config, "allowedRegions", []);
        if (allowed.length === 0 || !resource.type.startsWith("aws:") || isGlobalResource(resource)) {
            return;
        }
        if (configBoolean(config, "exemptGuardrailComponents", true) && isInsideGuardrailComponent(resource.urn)) {
            return;
        }
        const region = effectiveRegion(resource);
        if (region !== undefined && !allowed.includes(region)) {
            report(`${resource.name} is deployed in ${region}, which is not in allowedRegions (${allowed.join(", ")})`);
        }
    },
});
