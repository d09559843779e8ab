import { resourcePolicy } from "../framework/guardrailPolicy";
import { asBoolean, asList, asRecord } from "../framework/props";
import { INSTANCE, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE, SPOT_FLEET_REQUEST, SPOT_INSTANCE_REQUEST } from "./support/ec2Types";

/**
 * Instances should not ask for a public IP address: put them in private
 * subnets behind a load balancer or NAT, and reach them with SSM Session
 * Manager. Only an explicit `associatePublicIpAddress: true` is reported; when
 * it is unset, the subnet's `mapPublicIpOnLaunch` decides, which this
 * resource-level check cannot see.
 */
export const instanceNoPublicIp = resourcePolicy({
    name: "instance-no-public-ip",
    area: "compute",
    description: "EC2 instances, launch templates, launch configurations and spot requests should not associate a public IP address.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Remove `associatePublicIpAddress: true` (or set it to false), launch into a private subnet, and publish the service through a load balancer; use SSM Session Manager for shell access.",
    types: [INSTANCE, SPOT_INSTANCE_REQUEST, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE, SPOT_FLEET_REQUEST],
    check: (resource, report) => {
        const props = resource.props;
        const flagged: string[] = [];
        if (resource.type === LAUNCH_TEMPLATE) {
            asList(props.networkInterfaces).forEach((nic, i) => {
                if (asBoolean(asRecord(nic)?.associatePublicIpAddress ?? undefined) === true) {
                    flagged.push(`networkInterfaces[${i}].associatePublicIpAddress`);
                }
            });
        } else if (resource.type === SPOT_FLEET_REQUEST) {
            asList(props.launchSpecifications).forEach((spec, i) => {
                if (asBoolean(asRecord(spec)?.associatePublicIpAddress ?? undefined) === true) {
                    flagged.push(`launchSpecifications[${i}].associatePublicIpAddress`);
                }
            });
        } else if (asBoolean(props.associatePublicIpAddress) === true) {
            flagged.push("associatePublicIpAddress");
        }
        for (const where of flagged) {
            report(`${resource.name} sets ${where} = true, which gives the instance a public IP address; launch it in a private subnet instead`);
        }
    },
});
