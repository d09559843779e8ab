import { isVcpuAlarm } from "./support/alarms";
import { configBoolean, configStrings } from "../framework/configReaders";
import { stackPolicy } from "../framework/guardrailPolicy";
import { effectiveRegion } from "../shared/regions";

/** Config of {@link vcpuAlarmPresent}. */
export interface VcpuAlarmPresentConfig {
    /** Set when another stack deploys the vCPU alarms. Default false. */
    vcpuAlarmsOwnedElsewhere?: boolean;
    /** Regions that must each have a vCPU alarm; default [] (at least one alarm anywhere). */
    vcpuAlarmRegions?: string[];
}

/**
 * The stack deploys alarms on running EC2 vCPUs (CloudWatch AWS/Usage
 * ResourceCount, dimension Resource=vCPU): a leaked key's usual payload is a
 * fleet of instances in a region nobody watches. With `vcpuAlarmRegions`, each
 * listed region needs its own alarm (the baseline creates one per enabled
 * region, threshold 0 where the team does not work). Advisory, because it
 * fires on every stack without one; application stacks set
 * `vcpuAlarmsOwnedElsewhere`.
 */
export const vcpuAlarmPresent = stackPolicy<VcpuAlarmPresentConfig>({
    name: "vcpu-alarm-present",
    area: "logging",
    description: "The stack should deploy CloudWatch alarms on EC2 vCPU usage (AWS/Usage ResourceCount, Resource=vCPU), in every region listed in vcpuAlarmRegions, unless vcpuAlarmsOwnedElsewhere says another stack does.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Deploy the guardrail baseline's vCPU alarms, or an aws.cloudwatch.MetricAlarm per region on namespace AWS/Usage, metric ResourceCount, dimensions {Service: \"EC2\", Resource: \"vCPU\", Type: \"Resource\", Class: \"Standard/OnDemand\"}; or set vcpuAlarmsOwnedElsewhere: true.",
    configSchema: {
        properties: {
            vcpuAlarmsOwnedElsewhere: {
                type: "boolean",
                default: false,
                description: "Set when another stack deploys the vCPU alarms.",
            },
            vcpuAlarmRegions: {
                type: "array",
                items: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
                default: [],
                description: "Regions that must each have a vCPU alarm; empty means at least one alarm anywhere.",
            },
        },
    },
    check: (resources, report, config) => {
        if (configBoolean(config, "vcpuAlarmsOwnedElsewhere", false)) {
            return;
        }
        const alarms = resources.filter(isVcpuAlarm);
        const required = configStrings(config, "vcpuAlarmRegions", []);
        if (required.length === 0) {
            if (alarms.length === 0) {
                report("the stack deploys no EC2 vCPU alarm (AWS/Usage ResourceCount, Resource=vCPU); deploy them, or set vcpuAlarmsOwnedElsewhere: true if another stack does");
            }
            return;
        }
        const regions = alarms.map(effectiveRegion);
        if (regions.includes(undefined)) {
            return;
        }
        const missing = required.filter((region) => !regions.includes(region));
        if (missing.length > 0) {
            report(`no EC2 vCPU alarm watches ${missing.join(", ")} (vcpuAlarmRegions); an attacker starts instances where nobody looks`);
        }
    },
});
