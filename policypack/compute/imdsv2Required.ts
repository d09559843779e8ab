import { resourcePolicy } from "../framework/guardrailPolicy";
import { UNKNOWN, asRecord, asString, at } from "../framework/props";

const INSTANCE = "aws:ec2/instance:Instance";
const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";

/**
 * Instances and launch templates must require IMDSv2 session tokens. With IMDSv1,
 * one server-side request forgery bug hands the instance role's keys to an
 * attacker.
 */
export const imdsv2Required = resourcePolicy({
    name: "imdsv2-required",
    area: "compute",
    description: "EC2 instances and launch templates must require IMDSv2 (metadataOptions.httpTokens = \"required\"), so that SSRF cannot steal the instance role's keys.",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps: "Set `metadataOptions: { httpTokens: \"required\", httpEndpoint: \"enabled\", httpPutResponseHopLimit: 1 }` on the instance or launch template (hop limit 2 only for containers that need it).",
    cis: { v7: ["6.7"], v5: ["5.7"] },
    types: [INSTANCE, LAUNCH_TEMPLATE],
    check: (resource, report) => {
        if (resource.props.metadataOptions === UNKNOWN) {
            return;
        }
        const options = asRecord(resource.props.metadataOptions);
        if (!options) {
            if (resource.type === INSTANCE && asRecord(resource.props.launchTemplate)) {
                return; // the launch template supplies the metadata options, and is checked itself
            }
            report(`${resource.name} sets no metadataOptions, so IMDSv1 stays enabled; set metadataOptions.httpTokens = "required"`);
            return;
        }
        if (asString(at(options, "httpEndpoint")) === "disabled" || options.httpEndpoint === UNKNOWN || options.httpTokens === UNKNOWN) {
            return;
        }
        const tokens = asString(options.httpTokens);
        if (tokens !== "required") {
            report(`${resource.name} has metadataOptions.httpTokens = ${JSON.stringify(tokens ?? null)}; IMDSv2 requires "required"`);
        }
    },
});
