import type { ResourceView } from "../../framework/guardrailPolicy";
import { PropValue, asList, asRecord, at } from "../../framework/props";
import {
    AUTOSCALING_GROUP, BATCH_COMPUTE_ENVIRONMENT, EKS_NODE_GROUP, FLEET, INSTANCE, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE,
    SPOT_FLEET_REQUEST, SPOT_INSTANCE_REQUEST,
} from "./ec2Types";

/** One instance type a resource asks for, and where it says so. */
export interface RequestedInstanceType {
    /** The property path, for messages: `instanceType`, `launchSpecifications[0].instanceType`. */
    where: string;
    /** The type as written. */
    type: string;
}

/** Every type that can name an instance type. */
export const INSTANCE_TYPE_CARRIERS = [
    INSTANCE, LAUNCH_TEMPLATE, SPOT_INSTANCE_REQUEST, LAUNCH_CONFIGURATION, SPOT_FLEET_REQUEST, FLEET, AUTOSCALING_GROUP,
    EKS_NODE_GROUP, BATCH_COMPUTE_ENVIRONMENT,
];

function push(out: RequestedInstanceType[], where: string, value: PropValue): void {
    if (typeof value === "string" && value.length > 0) {
        out.push({ where, type: value });
    }
}

function overrides(out: RequestedInstanceType[], prefix: string, configs: PropValue): void {
    asList(configs).forEach((config, i) => {
        asList(at(config, "overrides")).forEach((override, j) => push(out, `${prefix}[${i}].overrides[${j}].instanceType`, at(override, "instanceType")));
    });
}

function list(out: RequestedInstanceType[], where: string, value: PropValue): void {
    asList(value).forEach((item, i) => push(out, `${where}[${i}]`, item));
}

/**
 * The instance types a resource names, known values only. Attribute-based
 * selection (`instanceRequirements`) names no type and is not judged.
 */
export function instanceTypesOf(resource: ResourceView): RequestedInstanceType[] {
    const props = resource.props;
    const out: RequestedInstanceType[] = [];
    switch (resource.type) {
        case INSTANCE:
        case LAUNCH_TEMPLATE:
        case SPOT_INSTANCE_REQUEST:
        case LAUNCH_CONFIGURATION:
            push(out, "instanceType", props.instanceType);
            break;
        case SPOT_FLEET_REQUEST:
            asList(props.launchSpecifications).forEach((spec, i) => push(out, `launchSpecifications[${i}].instanceType`, asRecord(spec)?.instanceType));
            overrides(out, "launchTemplateConfigs", props.launchTemplateConfigs);
            break;
        case FLEET:
            overrides(out, "launchTemplateConfigs", props.launchTemplateConfigs);
            break;
        case AUTOSCALING_GROUP:
            asList(at(props, "mixedInstancesPolicy", "launchTemplate", "overrides")).forEach((override, i) =>
                push(out, `mixedInstancesPolicy.launchTemplate.overrides[${i}].instanceType`, at(override, "instanceType")));
            break;
        case EKS_NODE_GROUP:
            list(out, "instanceTypes", props.instanceTypes);
            break;
        case BATCH_COMPUTE_ENVIRONMENT:
            list(out, "computeResources.instanceTypes", at(props, "computeResources", "instanceTypes"));
            break;
        default:
            break;
    }
    return out;
}
