import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import {
    CredentialReportExpiredException, CredentialReportNotPresentException, CredentialReportNotReadyException, GenerateCredentialReportCommand, GetAccountAuthorizationDetailsCommand, GetCredentialReportCommand,
    IAMClient, IAMServiceException, type GetAccountAuthorizationDetailsCommandOutput,
} from "@aws-sdk/client-iam";
import { mockClient } from "aws-sdk-client-mock";
import { runAuditCommand } from "../../cli/audit/command";
import { createIamClient, readAccountLive, reportTextOf } from "../../cli/audit/live";

const DIR = path.join(__dirname, "..", "fixtures", "audit");
const csv = fs.readFileSync(path.join(DIR, "credential-report.csv"), "utf8");
const metadata = { httpStatusCode: 200, requestId: "0c6a4f3e-example", attempts: 1, totalRetryDelay: 0 };

/** The fixture's API pages in the SDK's own output shape: Date objects, URL-encoded documents, $metadata. */
function sdkPages(): GetAccountAuthorizationDetailsCommandOutput[] {
    const pages = JSON.parse(fs.readFileSync(path.join(DIR, "authorization-details.api-pages.json"), "utf8"), (key, value) =>
        key === "CreateDate" || key === "UpdateDate" ? new Date(value) : value);
    return pages.map((page: GetAccountAuthorizationDetailsCommandOutput) => ({ ...page, $metadata: metadata }));
}

function awsError(name: string, message: string, status: number): IAMServiceException {
    return new IAMServiceException({ name, message, $fault: status >= 500 ? "server" : "client", $metadata: { ...metadata, httpStatusCode: status } });
}

// The SDK warns once per process that its 2027 releases need Node 22; the tests do not need to hear it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

/** Every IAMClient's `send`, the one `--live` creates included. */
const iam = mockClient(IAMClient);

/** Inputs of every GetAccountAuthorizationDetails call, copied when made (the paginator reuses its input object). */
let pageRequests: Record<string, unknown>[] = [];

function mockHealthyAccount(): void {
    const [first, second] = sdkPages();
    pageRequests = [];
    iam.on(GenerateCredentialReportCommand).resolves({ State: "COMPLETE", Description: "", $metadata: metadata });
    iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(csv), ReportFormat: "text/csv", GeneratedTime: new Date("2024-06-01T00:00:00Z"), $metadata: metadata });
    iam.on(GetAccountAuthorizationDetailsCommand).callsFake((input: Record<string, unknown>) => {
        pageRequests.push(JSON.parse(JSON.stringify(input)));
        return input.Marker === first.Marker ? second : first;
    });
}

async function runCommand(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const code = await runAuditCommand(argv, {
        stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false, today: new Date("2024-06-01T12:00:00Z"),
        createClient: () => createIamClient(undefined, "us-east-1"),
    });
    return { code, stdout, stderr };
}

describe("audit --live (AWS SDK v3, mocked with aws-sdk-client-mock)", () => {
    beforeEach(() => iam.reset());
    after(() => iam.restore());

    it("generates the report, reads it, pages through the authorization details and finds what the files find", async () => {
        mockHealthyAccount();
        const live = await runCommand(["--live", "--json"]);
        const files = await runCommand(["--json", "--credential-report", path.join(DIR, "credential-report.csv"), "--authorization-details", path.join(DIR, "authorization-details.json")]);
        assert.equal(live.code, 1, live.stderr);
        assert.deepEqual(JSON.parse(live.stdout).findings, JSON.parse(files.stdout).findings);
        assert.deepEqual(JSON.parse(live.stdout).summary.sources, { credentialReport: "GetCredentialReport", authorizationDetails: "GetAccountAuthorizationDetails" });
        assert.deepEqual(pageRequests, [
            { Filter: ["User", "Group", "LocalManagedPolicy", "AWSManagedPolicy"], MaxItems: 1000 },
            { Filter: ["User", "Group", "LocalManagedPolicy", "AWSManagedPolicy"], MaxItems: 1000, Marker: "AAEXAMPLEMARKER1" },
        ]);
    });

    it("polls GenerateCredentialReport until COMPLETE, and waits more while GetCredentialReport says ReportInProgress", async () => {
        mockHealthyAccount();
        iam.on(GenerateCredentialReportCommand)
            .resolvesOnce({ State: "STARTED", $metadata: metadata })
            .resolvesOnce({ State: "INPROGRESS", $metadata: metadata })
            .resolves({ State: "COMPLETE", $metadata: metadata });
        iam.on(GetCredentialReportCommand)
            .rejectsOnce(new CredentialReportNotReadyException({ message: "Report is in progress", $metadata: { ...metadata, httpStatusCode: 404 } }))
            .resolves({ Content: new TextEncoder().encode(csv), $metadata: metadata });
        const pauses: number[] = [];
        const data = await readAccountLive({ client: createIamClient(undefined, "us-east-1"), sleep: async (ms) => { pauses.push(ms); }, pollMs: 100 });
        assert.equal(data.reportText, csv);
        assert.deepEqual(pauses, [100, 200, 400]);
        assert.equal(iam.commandCalls(GenerateCredentialReportCommand).length, 4);
        assert.equal(data.details.users.size, 8);
    });

    it("generates the report again when GetCredentialReport says ReportExpired or ReportNotPresent after COMPLETE", async () => {
        mockHealthyAccount();
        const gone = { $metadata: { ...metadata, httpStatusCode: 410 } };
        iam.on(GetCredentialReportCommand)
            .rejectsOnce(new CredentialReportExpiredException({ message: "Report expired", ...gone }))
            .rejectsOnce(new CredentialReportNotPresentException({ message: "Report not present", ...gone }))
            .resolves({ Content: new TextEncoder().encode(csv), $metadata: metadata });
        const data = await readAccountLive({ client: createIamClient(undefined, "us-east-1"), sleep: async () => undefined });
        assert.equal(data.reportText, csv);
        assert.equal(iam.commandCalls(GenerateCredentialReportCommand).length, 3);
        iam.on(GetCredentialReportCommand).rejects(new CredentialReportExpiredException({ message: "Report expired", ...gone }));
        let now = 0;
        const waiting = readAccountLive({ client: createIamClient(undefined, "us-east-1"), timeoutMs: 10_000, clock: () => now, sleep: async (ms) => { now += ms; } });
        await assert.rejects(waiting, /not ready after 10 s \(last state COMPLETE, then GetCredentialReport said ReportExpired\); run the audit again in a minute$/);
    });

    it("gives up with a clear message when the report is not ready in time", async () => {
        iam.on(GenerateCredentialReportCommand).resolves({ State: "INPROGRESS", $metadata: metadata });
        let now = 0;
        const waiting = readAccountLive({ client: createIamClient(undefined, "us-east-1"), timeoutMs: 30_000, clock: () => now, sleep: async (ms) => { now += ms; } });
        await assert.rejects(waiting, /^AuditInputError: --live \(GenerateCredentialReport\): the credential report was not ready after 30 s \(last state INPROGRESS\); run the audit again in a minute$/);
    });

    it("turns AccessDenied into the permissions the audit needs, exit 2, no stack", async () => {
        iam.on(GenerateCredentialReportCommand).rejects(awsError("AccessDenied", "User: arn:aws:iam::123456789012:user/intern is not authorized to perform: iam:GenerateCredentialReport on resource: *", 403));
        const run = await runCommand(["--live"]);
        assert.equal(run.code, 2);
        assert.equal(run.stdout, "");
        assert.equal(run.stderr, "error: --live (GenerateCredentialReport): access denied (User: arn:aws:iam::123456789012:user/intern is not authorized to perform: iam:GenerateCredentialReport on resource: *); the audit needs iam:GenerateCredentialReport, iam:GetCredentialReport, iam:GetAccountAuthorizationDetails\n");
    });

    it("explains throttling, rejected or missing credentials, a missing region and an unreachable endpoint", async () => {
        const cases: [Error, RegExp][] = [
            [awsError("Throttling", "Rate exceeded", 400), /IAM is throttling the requests \(Throttling\), even after the SDK's retries; wait a minute/],
            [awsError("ExpiredToken", "The security token included in the request is expired", 403), /AWS rejected the credentials \(ExpiredToken: .*\); refresh them \(for SSO: aws sso login\) or choose others with --profile/],
            [Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }), /no AWS credentials were found \(Could not load credentials from any providers\); .* set AWS_PROFILE or pass --profile/],
            [new Error("Region is missing"), /no AWS region is configured; pass --region/],
            [Object.assign(new Error("getaddrinfo ENOTFOUND iam.amazonaws.com"), { code: "ENOTFOUND" }), /could not reach IAM \(Error ENOTFOUND: getaddrinfo ENOTFOUND iam\.amazonaws\.com\); check the network or proxy/],
        ];
        for (const [error, expected] of cases) {
            iam.reset();
            mockHealthyAccount();
            iam.on(GetAccountAuthorizationDetailsCommand).rejects(error);
            const run = await runCommand(["--live", "--sarif"]);
            assert.equal(run.code, 2, error.name);
            assert.match(run.stderr, /^error: --live \(GetAccountAuthorizationDetails\): /);
            assert.match(run.stderr, expected);
            assert.doesNotMatch(run.stderr, /\n\s+at /);
        }
    });

    it("never prints a key that appears in an error message", async () => {
        iam.on(GenerateCredentialReportCommand).rejects(awsError("InvalidClientTokenId", "The key AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is not valid", 403));
        const run = await runCommand(["--live"]);
        assert.equal(run.code, 2);
        assert.doesNotMatch(run.stderr, /AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/);
        assert.match(run.stderr, /AKIA\*{12}MPLE/);
    });

    it("passes --profile and --region to the IAM client", async () => {
        mockHealthyAccount();
        const asked: (string | undefined)[][] = [];
        const code = await runAuditCommand(["--live", "--profile", "audit-readonly", "--region", "eu-west-1", "--json"], {
            stdout: () => undefined, stderr: () => undefined, color: false, today: new Date("2024-06-01T12:00:00Z"),
            createClient: (profile, region) => {
                asked.push([profile, region]);
                return createIamClient(undefined, "us-east-1");
            },
        });
        assert.equal(code, 1);
        assert.deepEqual(asked, [["audit-readonly", "eu-west-1"]]);
        const client = createIamClient("audit-readonly", "eu-west-1");
        assert.equal(client.config.profile, "audit-readonly");
        assert.equal(await client.config.region(), "eu-west-1");
        assert.equal(await client.config.maxAttempts(), 5);
    });

    it("reads Content whether the SDK handed over the CSV bytes or bytes that are still base64", () => {
        assert.equal(reportTextOf(new TextEncoder().encode(csv)), csv);
        assert.equal(reportTextOf(new TextEncoder().encode(Buffer.from(csv).toString("base64"))), csv);
        assert.throws(() => reportTextOf(undefined), /--live \(GetCredentialReport\): the response has no Content/);
    });
});
