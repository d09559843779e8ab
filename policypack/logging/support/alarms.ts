import type { ResourceView } from "../../framework/guardrailPolicy";
import { PropValue, asList, asRecord, asString, at } from "../../framework/props";

/** `aws:cloudwatch/metricAlarm:MetricAlarm`. */
export const METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

/**
 * The region where AWS publishes billing metrics; a billing alarm elsewhere never fires.
 *
 * @awsfact https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html — the AWS/Billing EstimatedCharges metric (Currency=USD) is published only in us-east-1
 * @awsfact https://docs.aws.amazon.com/servicequotas/latest/userguide/configure-cloudwatch.html — EC2 vCPU usage is the AWS/Usage ResourceCount metric with dimensions Service=EC2, Type=Resource, Resource=vCPU and Class
 */
export const BILLING_METRICS_REGION = "us-east-1";

/** A metric an alarm watches. */
export interface WatchedMetric {
    /** The namespace, such as `AWS/Billing`. */
    namespace: string | undefined;
    /** The metric name, such as `EstimatedCharges`. */
    metricName: string | undefined;
    /** The dimensions, string values only. */
    dimensions: Record<string, string>;
}

function dimensionsOf(value: PropValue): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, entry] of Object.entries(asRecord(value) ?? {})) {
        if (typeof entry === "string") {
            out[key] = entry;
        }
    }
    return out;
}

/** Every metric an alarm watches: its own metric, and the metrics of its metric-math queries. */
export function watchedMetrics(alarm: ResourceView): WatchedMetric[] {
    const props = alarm.props;
    const metrics: WatchedMetric[] = [];
    if (props.metricName !== undefined || props.namespace !== undefined) {
        metrics.push({ namespace: asString(props.namespace), metricName: asString(props.metricName), dimensions: dimensionsOf(props.dimensions) });
    }
    for (const query of asList(props.metricQueries)) {
        const metric = at(query, "metric");
        if (asRecord(metric)) {
            metrics.push({ namespace: asString(at(metric, "namespace")), metricName: asString(at(metric, "metricName")), dimensions: dimensionsOf(at(metric, "dimensions")) });
        }
    }
    return metrics;
}

/** Whether the alarm watches the account's estimated charges (namespace AWS/Billing, metric EstimatedCharges). */
export function isBillingAlarm(alarm: ResourceView): boolean {
    return alarm.type === METRIC_ALARM && watchedMetrics(alarm).some((m) => m.namespace === "AWS/Billing" && m.metricName === "EstimatedCharges");
}

/** Whether the alarm watches running EC2 vCPUs (namespace AWS/Usage, metric ResourceCount, dimension Resource=vCPU). */
export function isVcpuAlarm(alarm: ResourceView): boolean {
    return alarm.type === METRIC_ALARM
        && watchedMetrics(alarm).some((m) => m.namespace === "AWS/Usage" && m.metricName === "ResourceCount" && m.dimensions.Resource === "vCPU");
}
