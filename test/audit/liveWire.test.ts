import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import { IAMClient } from "@aws-sdk/client-iam";
import { mockClient } from "aws-sdk-client-mock";
import { runAuditCommand } from "../../cli/audit/command";
import { createIamClient, readAccountLive } from "../../cli/audit/live";

/**
 * `audit --live` against the IAM Query protocol itself: a request handler in
 * place of the network answers with the XML IAM sends, so the SDK's own
 * deserializers run (base64 `Content` to bytes, `IsTruncated`/`Marker`, error
 * codes such as ReportExpired to their exception classes). The other live
 * tests mock `send` with aws-sdk-client-mock; this one proves those mocks
 * have the shapes the SDK really hands over.
 *
 * GetCredentialReport's Content is Base64-encoded binary; ReportExpired is
 * HTTP 410 (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html).
 */

const DIR = path.join(__dirname, "..", "fixtures", "audit");
const csv = fs.readFileSync(path.join(DIR, "credential-report.csv"), "utf8");
const pages = JSON.parse(fs.readFileSync(path.join(DIR, "authorization-details.api-pages.json"), "utf8")) as Record<string, unknown>[];
const NS = "https://iam.amazonaws.com/doc/2010-05-08/";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

/** A value in the Query protocol's XML: lists as `member` elements, text escaped. */
function xml(value: unknown): string {
    if (Array.isArray(value)) return value.map((item) => `<member>${xml(item)}</member>`).join("");
    if (typeof value === "object" && value !== null) return Object.entries(value).map(([key, item]) => `<${key}>${xml(item)}</${key}>`).join("");
    return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function ok(action: string, result: Record<string, unknown>): { status: number; body: string } {
    return { status: 200, body: `<${action}Response xmlns="${NS}"><${action}Result>${xml(result)}</${action}Result><ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata></${action}Response>` };
}

function failure(status: number, code: string, message: string): { status: number; body: string } {
    return { status, body: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xml(message)}</Message></Error><RequestId>7a62c49f-EXAMPLE</RequestId></ErrorResponse>` };
}

type Reply = { status: number; body: string };

/** An IAM client whose requests go to `answer` (the parsed form body) instead of the network. */
function wireClient(answer: (form: URLSearchParams) => Reply): { client: IAMClient; requests: URLSearchParams[] } {
    const requests: URLSearchParams[] = [];
    const requestHandler = {
        async handle(request: { body?: unknown }) {
            const form = new URLSearchParams(String(request.body));
            requests.push(form);
            const reply = answer(form);
            return { response: { statusCode: reply.status, headers: { "content-type": "text/xml" }, body: Readable.from([Buffer.from(reply.body)]) } };
        },
    };
    const client = new IAMClient({ region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wire-test-secret" }, requestHandler, maxAttempts: 1 });
    return { client, requests };
}

const report = (): Reply => ok("GetCredentialReport", { Content: Buffer.from(csv).toString("base64"), ReportFormat: "text/csv", GeneratedTime: "2024-06-01T00:00:00Z" });

/** The sample account: the report (after one STARTED when `started`), the authorization details in two pages. */
function sampleAccount({ started = false, getReport = report }: { started?: boolean; getReport?: () => Reply } = {}) {
    let generated = 0;
    return (form: URLSearchParams): Reply => {
        switch (form.get("Action")) {
            case "GenerateCredentialReport":
                return ok("GenerateCredentialReport", started && generated++ === 0
                    ? { State: "STARTED", Description: "No report exists. Starting a new report generation task" }
                    : { State: "COMPLETE" });
            case "GetCredentialReport":
                return getReport();
            case "GetAccountAuthorizationDetails":
                return ok("GetAccountAuthorizationDetails", form.get("Marker") === pages[0].Marker ? pages[1] : pages[0]);
            default:
                return failure(400, "InvalidAction", `unexpected ${form.get("Action")}`);
        }
    };
}

async function command(client: IAMClient, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const code = await runAuditCommand(argv, {
        stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false, today: new Date("2024-06-01T12:00:00Z"), createClient: () => client,
    });
    return { code, stdout, stderr };
}

describe("audit --live over the IAM Query protocol (the SDK's own deserializers)", () => {
    // Another file's aws-sdk-client-mock stub may be installed on IAMClient: take it off, so `send` reaches the handler.
    before(() => mockClient(IAMClient).restore());

    it("decodes Content, follows Marker while IsTruncated, and reads the URL-encoded documents", async () => {
        const { client, requests } = wireClient(sampleAccount({ started: true }));
        const data = await readAccountLive({ client, sleep: async () => undefined });
        assert.equal(data.reportText, csv);
        assert.deepEqual(requests.map((r) => r.get("Action")), [
            "GenerateCredentialReport", "GenerateCredentialReport", "GetCredentialReport", "GetAccountAuthorizationDetails", "GetAccountAuthorizationDetails",
        ]);
        const detailRequests = requests.slice(3).map((r) => Object.fromEntries(r));
        assert.deepEqual(detailRequests[0], {
            Action: "GetAccountAuthorizationDetails", Version: "2010-05-08", MaxItems: "1000",
            "Filter.member.1": "User", "Filter.member.2": "Group", "Filter.member.3": "LocalManagedPolicy", "Filter.member.4": "AWSManagedPolicy",
        });
        assert.equal(detailRequests[1].Marker, pages[0].Marker);
        assert.equal(data.details.users.size, 8);
        assert.equal(data.details.policies.get("arn:aws:iam::123456789012:policy/legacy-admin")?.defaultVersionId, "v2");
    });

    it("finds what the files find", async () => {
        const live = await command(wireClient(sampleAccount()).client, ["--live", "--json"]);
        const files = await command(wireClient(sampleAccount()).client, [
            "--json", "--credential-report", path.join(DIR, "credential-report.csv"), "--authorization-details", path.join(DIR, "authorization-details.json"),
        ]);
        assert.equal(live.code, 1, live.stderr);
        assert.deepEqual(JSON.parse(live.stdout).findings, JSON.parse(files.stdout).findings);
    });

    it("generates the report again after ReportExpired, and turns AccessDenied into one line", async () => {
        let gets = 0;
        const expiredOnce = () => (gets++ === 0 ? failure(410, "ReportExpired", "The credential report has expired.") : report());
        const { client, requests } = wireClient(sampleAccount({ getReport: expiredOnce }));
        assert.equal((await readAccountLive({ client, sleep: async () => undefined })).reportText, csv);
        assert.equal(requests.filter((r) => r.get("Action") === "GenerateCredentialReport").length, 2);
        const denied = wireClient(() => failure(403, "AccessDenied", "User: arn:aws:iam::123456789012:user/intern is not authorized to perform: iam:GenerateCredentialReport"));
        const run = await command(denied.client, ["--live"]);
        assert.equal(run.code, 2);
        assert.equal(run.stdout, "");
        assert.match(run.stderr, /^error: --live \(GenerateCredentialReport\): access denied \(User: arn:aws:iam::123456789012:user\/intern is not authorized/);
        assert.doesNotMatch(run.stderr, /wire-test-secret|\n\s+at /);
    });

    describe("with no credentials and no region anywhere (the SDK's real provider chains)", () => {
        const saved = { ...process.env };
        before(() => {
            for (const name of Object.keys(process.env).filter((n) => n.startsWith("AWS_") && n !== "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED")) {
                delete process.env[name];
            }
            Object.assign(process.env, { AWS_CONFIG_FILE: path.join(DIR, "no-such-config"), AWS_SHARED_CREDENTIALS_FILE: path.join(DIR, "no-such-credentials"), AWS_EC2_METADATA_DISABLED: "true" });
        });
        after(() => {
            for (const name of Object.keys(process.env).filter((n) => n.startsWith("AWS_"))) delete process.env[name];
            Object.assign(process.env, saved);
        });

        it("says which is missing, in one line, for a named profile too", async () => {
            const noCredentials = await command(createIamClient("audit-readonly", "us-east-1"), ["--live"]);
            assert.equal(noCredentials.code, 2);
            assert.match(noCredentials.stderr, /^error: --live \(GenerateCredentialReport\): no AWS credentials were found \(.*\); .* pass --profile, with a profile that ~\/\.aws\/config or ~\/\.aws\/credentials defines\n$/);
            const noRegion = await command(createIamClient(undefined, undefined), ["--live"]);
            assert.equal(noRegion.stderr, "error: --live (GenerateCredentialReport): no AWS region is configured; pass --region (IAM is global, so every region of your partition works, such as us-east-1)\n");
        });
    });
});
