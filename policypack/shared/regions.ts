import type { ResourceView } from "../framework/guardrailPolicy";
import { asString } from "../framework/props";

/**
 * The region a resource lives in: its own `region` property (AWS provider v7
 * lets every regional resource override the provider's region, and reports the
 * effective one as an output), else its provider's region, else undefined.
 */
export function effectiveRegion(resource: ResourceView): string | undefined {
    const own = asString(resource.props.region);
    return own !== undefined && own.length > 0 ? own : resource.region;
}
