import { LookupEventsCommand, type CloudTrailClient, type Event } from "@aws-sdk/client-cloudtrail";

/**
 * What a key did lately, from CloudTrail's event history. `LookupEvents` is
 * regional, returns at most 50 events a page and allows two requests a second
 * per account and region, and `AccessKeyId` is one of its lookup attributes
 * (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html).
 * Part of the Lambda function's code.
 *
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html — LookupEvents is regional, returns at most 50 events per page, allows 2 requests per second per account and Region, and can look up by AccessKeyId
 */

/** Pages read per region at most (50 events each): enough to see the pattern of a misuse, bounded in time. */
export const MAX_PAGES_PER_REGION = 20;

/** A count per name, most frequent first. */
export type Tally = [name: string, count: number][];

/** The key's activity over the lookback window. */
export interface ActivitySummary {
    /** Events found. */
    total: number;
    /** By service (the event source, such as `ec2.amazonaws.com`). */
    services: Tally;
    /** By region the call was made in. */
    regions: Tally;
    /** By source IP address (or the AWS service that called on the key's behalf). */
    sourceIps: Tally;
    /** By API action, the ten most frequent. */
    actions: Tally;
    /** The earliest and latest event time, ISO 8601. */
    first?: string;
    /** The latest event time. */
    last?: string;
    /** Regions with more events than {@link MAX_PAGES_PER_REGION} pages: the counts there are a floor. */
    truncatedRegions: string[];
    /** Regions whose history could not be read, with the error. */
    failedRegions: { region: string; error: string }[];
}

function count(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
}

function tally(map: Map<string, number>, limit = Infinity): Tally {
    return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

/** The fields of the raw CloudTrail record that the summary uses. */
function recordFields(event: Event): { region?: string; sourceIp?: string } {
    try {
        const parsed: unknown = JSON.parse(event.CloudTrailEvent ?? "{}");
        const record = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
        return {
            region: typeof record.awsRegion === "string" ? record.awsRegion : undefined,
            sourceIp: typeof record.sourceIPAddress === "string" ? record.sourceIPAddress : undefined,
        };
    } catch {
        return {};
    }
}

/** Reads every page (up to the cap) of one region's history for the key. */
async function lookUpRegion(client: CloudTrailClient, accessKeyId: string, start: Date, end: Date): Promise<{ events: Event[]; truncated: boolean }> {
    const events: Event[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES_PER_REGION; page++) {
        const response = await client.send(new LookupEventsCommand({
            LookupAttributes: [{ AttributeKey: "AccessKeyId", AttributeValue: accessKeyId }],
            StartTime: start,
            EndTime: end,
            MaxResults: 50,
            NextToken: token,
        }));
        events.push(...(response.Events ?? []));
        token = response.NextToken;
        if (!token) return { events, truncated: false };
    }
    return { events, truncated: true };
}

/**
 * Looks the key up in every region's event history (in parallel: the rate
 * limit is per region) and summarises services, regions, source IPs and
 * actions. A region that fails is listed, not hidden.
 */
export async function summarizeKeyActivity(
    clientFor: (region: string) => CloudTrailClient,
    accessKeyId: string,
    regions: readonly string[],
    start: Date,
    end: Date,
): Promise<ActivitySummary> {
    const services = new Map<string, number>();
    const where = new Map<string, number>();
    const ips = new Map<string, number>();
    const actions = new Map<string, number>();
    const times: number[] = [];
    const summary: ActivitySummary = { total: 0, services: [], regions: [], sourceIps: [], actions: [], truncatedRegions: [], failedRegions: [] };
    const results = await Promise.allSettled(regions.map((region) => lookUpRegion(clientFor(region), accessKeyId, start, end)));
    results.forEach((result, index) => {
        const region = regions[index];
        if (result.status === "rejected") {
            const error = result.reason instanceof Error ? `${result.reason.name}: ${result.reason.message}` : String(result.reason);
            summary.failedRegions.push({ region, error });
            return;
        }
        if (result.value.truncated) summary.truncatedRegions.push(region);
        for (const event of result.value.events) {
            const fields = recordFields(event);
            count(services, event.EventSource ?? "unknown");
            count(where, fields.region ?? region);
            count(ips, fields.sourceIp ?? "unknown");
            count(actions, event.EventName ?? "unknown");
            if (event.EventTime) times.push(new Date(event.EventTime).getTime());
            summary.total++;
        }
    });
    summary.services = tally(services);
    summary.regions = tally(where);
    summary.sourceIps = tally(ips);
    summary.actions = tally(actions, 10);
    if (times.length > 0) {
        summary.first = new Date(Math.min(...times)).toISOString();
        summary.last = new Date(Math.max(...times)).toISOString();
    }
    return summary;
}
