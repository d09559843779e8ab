import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { decodePolicyDocument, parseAuthorizationDetails, readAuthorizationDetails } from "../../cli/audit/authorizationDetails";
import { AuditInputError } from "../../cli/audit/errors";
import { userPolicies } from "../../cli/audit/userPolicies";

const DIR = path.join(__dirname, "..", "fixtures", "audit");
const cliText = fs.readFileSync(path.join(DIR, "authorization-details.json"), "utf8");
const apiText = fs.readFileSync(path.join(DIR, "authorization-details.api-pages.json"), "utf8");

function problemOf(json: unknown): string {
    try {
        readAuthorizationDetails(json, "details.json");
    } catch (error) {
        assert.ok(error instanceof AuditInputError, String(error));
        return error.problem;
    }
    return assert.fail("expected an AuditInputError");
}

function sourcesOf(text: string, user: string): { documents: string[]; unexamined: string[] } {
    const details = parseAuthorizationDetails(text, "x.json");
    const policies = userPolicies(details.users.get(user)!, details);
    return { documents: policies.documents.map((d) => d.source), unexamined: policies.unexamined.map((u) => `${u.source}: ${u.problem}`) };
}

describe("audit authorization details reader", () => {
    it("reads users, groups and managed policies; roles are ignored", () => {
        const details = parseAuthorizationDetails(cliText, "details.json");
        assert.deepEqual([...details.users.keys()], ["alice", "bob", "ci-deployer", "svc-reports", "contractor-jane", "old-bot", "region-user", "cert-user"]);
        assert.deepEqual([...details.groups.keys()], ["admins", "deployers", "ip-fence", "reports"]);
        assert.equal(details.users.get("contractor-jane")!.boundaryArn, "arn:aws:iam::123456789012:policy/contractor-boundary");
        assert.deepEqual(details.users.get("svc-reports")!.groups, ["ip-fence", "reports"]);
    });

    it("reads the API's URL-encoded documents, split over pages, exactly as the CLI's decoded ones", () => {
        const fromCli = parseAuthorizationDetails(cliText, "cli.json");
        const fromApi = parseAuthorizationDetails(apiText, "api.json");
        assert.match(JSON.parse(apiText)[1].Policies[0].PolicyVersionList[0].Document, /^%7B%22Version%22%3A/);
        for (const name of fromCli.users.keys()) {
            const cli = userPolicies(fromCli.users.get(name)!, fromCli);
            const api = userPolicies(fromApi.users.get(name)!, fromApi);
            assert.deepEqual(api, cli, name);
        }
    });

    it("decodes URL-encoded text, leaves JSON text and objects alone", () => {
        assert.equal(decodePolicyDocument("%7B%22a%22%3A%22b%20c%2B%22%7D"), '{"a":"b c+"}');
        assert.equal(decodePolicyDocument(' {"a":"50%25"} '), '{"a":"50%25"}');
        const object = { Statement: [] };
        assert.equal(decodePolicyDocument(object), object);
        assert.equal(decodePolicyDocument("%E0%A4%A"), "%E0%A4%A");
    });

    it("counts only a managed policy's default version", () => {
        const { documents } = sourcesOf(cliText, "ci-deployer");
        const details = parseAuthorizationDetails(cliText, "x.json");
        const legacy = details.policies.get("arn:aws:iam::123456789012:policy/legacy-admin")!;
        assert.equal(legacy.defaultVersionId, "v2");
        assert.deepEqual(legacy.defaultDocument, JSON.parse(cliText).Policies[1].PolicyVersionList[0].Document);
        assert.deepEqual(documents, [
            'inline policy "deploy-artifacts" via group "deployers"',
            'managed policy arn:aws:iam::123456789012:policy/legacy-admin via group "deployers"',
        ]);
    });

    it("lists every path to a user's documents: inline, attached, and through each group", () => {
        assert.deepEqual(sourcesOf(cliText, "svc-reports").documents, [
            'inline policy "deny-outside-networks" via group "ip-fence"',
            'managed policy arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess via group "reports"',
        ]);
        assert.deepEqual(sourcesOf(cliText, "old-bot").documents, ['inline policy "do-everything"']);
        assert.deepEqual(sourcesOf(cliText, "region-user").documents, ["managed policy arn:aws:iam::123456789012:policy/region-fence"]);
    });

    it("says what could not be examined: an absent AWS managed policy, an absent group, an unreadable document", () => {
        const json = JSON.parse(cliText);
        json.Policies = json.Policies.filter((p: { PolicyName: string }) => p.PolicyName !== "AmazonS3ReadOnlyAccess" && p.PolicyName !== "legacy-admin");
        json.GroupDetailList = json.GroupDetailList.filter((g: { GroupName: string }) => g.GroupName !== "ip-fence");
        json.UserDetailList[5].UserPolicyList[0].PolicyDocument = "{not json";
        const text = JSON.stringify(json);
        assert.deepEqual(sourcesOf(text, "svc-reports").unexamined, [
            'group "ip-fence": the file\'s GroupDetailList does not describe it',
            'managed policy arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess via group "reports": it is an AWS managed policy and the file does not contain its document (was the output filtered?)',
        ]);
        assert.match(sourcesOf(text, "ci-deployer").unexamined[0], /legacy-admin via group "deployers": the file's Policies list does not contain it/);
        assert.match(sourcesOf(text, "old-bot").unexamined[0], /^inline policy "do-everything": its document cannot be read \(the policy text is not valid JSON/);
    });

    it("knows AdministratorAccess grants * on * even when the file lacks its document", () => {
        const json = JSON.parse(cliText);
        json.Policies = [];
        const details = readAuthorizationDetails(json, "x.json");
        const alice = userPolicies(details.users.get("alice")!, details);
        assert.deepEqual(alice.unexamined, []);
        assert.deepEqual(alice.documents[0].doc.Statement, [{ Effect: "Allow", Action: ["*"], Resource: ["*"] }]);
    });

    it("rejects JSON that is not authorization details, a missing last page, and bad entries, naming the path", () => {
        assert.match(problemOf({ Users: [] }), /^the JSON is not the output of aws iam get-account-authorization-details/);
        assert.match(problemOf([]), /is an empty array/);
        assert.match(problemOf({ UserDetailList: [], IsTruncated: true, Marker: "m" }), /^IsTruncated is true: this is one page and the pages after it are missing/);
        assert.match(problemOf([{ UserDetailList: [], IsTruncated: true }, { Policies: [], IsTruncated: true }]), /^page 2: IsTruncated is true/);
        assert.equal(problemOf({ UserDetailList: [], NextToken: "eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxMH0=" }),
            "NextToken is set: the AWS CLI stopped at --max-items and the items after it are missing; run it without --max-items");
        assert.equal(problemOf({ UserDetailList: [{ Arn: "arn:aws:iam::1:user/x" }] }), "UserDetailList[0].UserName must be a non-empty string");
        assert.equal(problemOf({ UserDetailList: {} }), "UserDetailList must be an array");
        assert.equal(problemOf({ GroupDetailList: [{ GroupName: "g", GroupPolicyList: [{ PolicyDocument: "{}" }] }] }), "GroupDetailList[0].GroupPolicyList[0].PolicyName must be a non-empty string");
        assert.throws(() => parseAuthorizationDetails("{oops", "d.json"), /^AuditInputError: d\.json: not valid JSON \(.*\); expected the output of aws iam get-account-authorization-details$/);
    });
});
