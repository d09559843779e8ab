import {
    GenerateCredentialReportCommand, GetCredentialReportCommand, IAMClient, paginateGetAccountAuthorizationDetails,
    type GetAccountAuthorizationDetailsCommandOutput,
} from "@aws-sdk/client-iam";
import { readAuthorizationDetails, type AuthorizationDetails } from "./authorizationDetails";
import { AuditInputError } from "./errors";
import { describeAwsError } from "./liveErrors";

/**
 * `audit --live`: the same two inputs as the files, read through the AWS SDK
 * for JavaScript v3.
 *
 * - GenerateCredentialReport starts a report (or finds one less than four
 *   hours old) and says STARTED, INPROGRESS or COMPLETE; it is called again
 *   until COMPLETE, with a bounded wait:
 *   https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html
 * - GetCredentialReport returns the CSV as `Content`, base64 on the wire
 *   (the SDK hands over the decoded bytes). ReportInProgress (404) means wait
 *   more; ReportExpired and ReportNotPresent (410) mean the report went away
 *   after GenerateCredentialReport said COMPLETE, so it is generated again:
 *   https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html
 * - GetAccountAuthorizationDetails is paged with Marker/IsTruncated; the
 *   SDK's paginator follows the markers. Roles are not requested.
 *   https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html — GenerateCredentialReport returns State STARTED, INPROGRESS or COMPLETE; a report less than four hours old is reused
 * @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html — GetCredentialReport returns the report as base64 Content, or ReportInProgress while it is being generated
 * @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html — GetCredentialReport fails with ReportExpired (410) when the most recent report has expired and ReportNotPresent (410) when none exists; GenerateCredentialReport makes a new one
 */

/** How the live reader waits; tests shorten the waits. */
export interface LiveOptions {
    /** The IAM client (tests pass one whose calls are mocked). */
    client: IAMClient;
    /** How long to wait for the credential report, in ms (default 120 s). */
    timeoutMs?: number;
    /** The first pause between polls, in ms (default 2 s; it doubles up to 10 s). */
    pollMs?: number;
    /** Waits (default: a timer). */
    sleep?: (ms: number) => Promise<void>;
    /** Reads the clock in ms (default Date.now). */
    clock?: () => number;
}

/** What the account returned. */
export interface LiveAccountData {
    /** The credential report CSV text. */
    reportText: string;
    /** The authorization details. */
    details: AuthorizationDetails;
}

const MAX_PAGES = 10_000;
const PAGE_SIZE = 1000;

/** An IAM client for `--live`: the default credential chain (or `profile`), bounded timeouts, standard retries. */
export function createIamClient(profile?: string, region?: string): IAMClient {
    return new IAMClient({
        ...(profile !== undefined ? { profile } : {}),
        ...(region !== undefined ? { region } : {}),
        maxAttempts: 5,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    });
}

async function call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
        return await run();
    } catch (error) {
        throw error instanceof AuditInputError ? error : describeAwsError(error, operation);
    }
}

function errorName(error: unknown): string {
    return typeof error === "object" && error !== null && typeof (error as { name?: unknown }).name === "string" ? (error as { name: string }).name : "";
}

/** The CSV inside `Content`: the SDK decodes the base64, but accept bytes that are still base64 too. */
export function reportTextOf(content: Uint8Array | undefined): string {
    if (content === undefined || content.length === 0) {
        throw new AuditInputError("--live (GetCredentialReport)", "the response has no Content");
    }
    const text = Buffer.from(content).toString("utf8");
    const start = text.slice(0, 256);
    return !start.includes(",") && /^[A-Za-z0-9+/=\s]+$/.test(start) ? Buffer.from(text, "base64").toString("utf8") : text;
}

/** GetCredentialReport's errors that mean "not yet" (generate, or wait, again): the SDK's name and the API's error code. */
const REPORT_NOT_YET = new Map([
    ["CredentialReportNotReadyException", "ReportInProgress"],
    ["CredentialReportExpiredException", "ReportExpired"],
    ["CredentialReportNotPresentException", "ReportNotPresent"],
]);

async function credentialReport(options: LiveOptions): Promise<string> {
    const { client } = options;
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const clock = options.clock ?? Date.now;
    const timeoutMs = options.timeoutMs ?? 120_000;
    const deadline = clock() + timeoutMs;
    let pause = options.pollMs ?? 2_000;
    for (;;) {
        const generated = await call("GenerateCredentialReport", () => client.send(new GenerateCredentialReportCommand({})));
        let state = generated.State ?? "unknown";
        if (generated.State === "COMPLETE") {
            try {
                const report = await client.send(new GetCredentialReportCommand({}));
                return reportTextOf(report.Content);
            } catch (error) {
                const notYet = REPORT_NOT_YET.get(errorName(error));
                if (notYet === undefined) {
                    throw error instanceof AuditInputError ? error : describeAwsError(error, "GetCredentialReport");
                }
                state = `COMPLETE, then GetCredentialReport said ${notYet}`;
            }
        }
        if (clock() + pause > deadline) {
            throw new AuditInputError("--live (GenerateCredentialReport)", `the credential report was not ready after ${Math.round(timeoutMs / 1000)} s (last state ${state}); run the audit again in a minute`);
        }
        await sleep(pause);
        pause = Math.min(pause * 2, 10_000);
    }
}

async function authorizationPages(client: IAMClient): Promise<GetAccountAuthorizationDetailsCommandOutput[]> {
    const pages: GetAccountAuthorizationDetailsCommandOutput[] = [];
    const paginator = paginateGetAccountAuthorizationDetails(
        { client, pageSize: PAGE_SIZE },
        { Filter: ["User", "Group", "LocalManagedPolicy", "AWSManagedPolicy"] },
    );
    await call("GetAccountAuthorizationDetails", async () => {
        for await (const page of paginator) {
            pages.push(page);
            if (pages.length > MAX_PAGES) {
                throw new AuditInputError("--live (GetAccountAuthorizationDetails)", `more than ${MAX_PAGES} pages; the markers do not end`);
            }
        }
    });
    return pages;
}

/** Reads the credential report and the authorization details from the account. */
export async function readAccountLive(options: LiveOptions): Promise<LiveAccountData> {
    const reportText = await credentialReport(options);
    const pages = await authorizationPages(options.client);
    const plain = pages.map((page) => ({
        UserDetailList: page.UserDetailList ?? [],
        GroupDetailList: page.GroupDetailList ?? [],
        Policies: page.Policies ?? [],
        IsTruncated: page.IsTruncated ?? false,
    }));
    return { reportText, details: readAuthorizationDetails(plain, "--live (GetAccountAuthorizationDetails)") };
}
