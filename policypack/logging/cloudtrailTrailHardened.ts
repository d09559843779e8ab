import { resourcePolicy } from "../framework/guardrailPolicy";
import { PropValue, UNKNOWN, asBoolean, asList, asString, at } from "../framework/props";
import { TRAIL } from "./support/trailTypes";

/** Whether an event-selector list records read and write management events (an empty list does, by default). */
function recordsManagementEvents(selectors: PropValue[]): boolean {
    if (selectors.length === 0) {
        return true;
    }
    return selectors.some((selector) => {
        if (selector === UNKNOWN) {
            return true;
        }
        const management = at(selector, "includeManagementEvents");
        const readWrite = at(selector, "readWriteType");
        const includes = management === UNKNOWN || asBoolean(management) !== false;
        const all = readWrite === UNKNOWN || readWrite === undefined || asString(readWrite) === "All";
        return includes && all;
    });
}

/**
 * Every CloudTrail trail records all regions, includes global service events
 * (IAM, STS, CloudFront), validates its log files, and is logging. A trail
 * that misses a region is exactly where an attacker with a leaked key starts
 * GPU instances; without validation, log files can be edited unnoticed.
 * Trails whose classic event selectors leave out read or write management
 * events are reported too; advanced event selectors are not judged. Unset
 * properties take the provider defaults (multi-region off, global events on,
 * validation off, logging on).
 */
export const cloudtrailTrailHardened = resourcePolicy({
    name: "cloudtrail-trail-hardened",
    area: "logging",
    description: "CloudTrail trails must be multi-region, include global service events, record management events, have log file validation and be logging.",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps: "Set `isMultiRegionTrail: true`, `includeGlobalServiceEvents: true`, `enableLogFileValidation: true` and `enableLogging: true` on the trail, and record All management events. A single-region trail for data events only can be exempted with a reason.",
    cis: { v7: ["4.1", "4.2"], v5: ["3.1", "3.2"] },
    types: [TRAIL],
    check: (resource, report) => {
        const props = resource.props;
        if (props.isMultiRegionTrail !== UNKNOWN && asBoolean(props.isMultiRegionTrail) !== true) {
            report(`${resource.name} is not multi-region (isMultiRegionTrail is not true), so activity in other regions goes unrecorded`);
        }
        if (asBoolean(props.includeGlobalServiceEvents) === false) {
            report(`${resource.name} sets includeGlobalServiceEvents = false, so IAM and STS activity (key creation, role assumption) goes unrecorded`);
        }
        if (props.enableLogFileValidation !== UNKNOWN && asBoolean(props.enableLogFileValidation) !== true) {
            report(`${resource.name} has no log file validation (enableLogFileValidation is not true), so edited or deleted log files go unnoticed`);
        }
        if (asBoolean(props.enableLogging) === false) {
            report(`${resource.name} sets enableLogging = false: the trail records nothing`);
        }
        const selectors = props.eventSelectors;
        if (selectors !== UNKNOWN && !recordsManagementEvents(asList(selectors))) {
            report(`${resource.name} event selectors do not record all (read and write) management events`);
        }
    },
});
