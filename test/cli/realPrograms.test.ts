import { strict as assert } from "assert";
import type { JsonReport } from "../../cli/report/json";
import type { SarifLog } from "../../cli/report/sarif";
import { fixture, runCliInProcess, type CliRun } from "../support/cli";

const json = (run: CliRun) => JSON.parse(run.stdout) as JsonReport;
const check = (name: string, ...args: string[]) => runCliInProcess(["check", fixture(name), ...args]);

/** Programs written the way Pulumi's public AWS examples are, each checked once through the CLI (in this process). */
describe("real-style programs under check", () => {
    it("awsx: a load balancer open on every port is INCOMPLETE (exit 3), never PASSED, and its components are listed", async () => {
        const run = await check("awsx-fargate-web", "--json");
        assert.equal(run.status, 3, run.stderr);
        const report = json(run);
        assert.equal(report.summary.verdict, "incomplete");
        assert.deepEqual(report.coverage.remoteComponents, [
            "urn:pulumi:dev::awsx-fargate-web::awsx:ec2:Vpc::web-vpc",
            "urn:pulumi:dev::awsx-fargate-web::awsx:lb:ApplicationLoadBalancer::web-lb",
            "urn:pulumi:dev::awsx-fargate-web::awsx:ecs:FargateService::web",
        ]);
        const text = await check("awsx-fargate-web", "--quiet");
        assert.match(text.stdout, /Not seen by this check\n {2}- 3 multi-language component\(s\) registered remotely; their children exist only in a real preview/);
        assert.match(text.stdout, /INCOMPLETE: \d+ resources/);
        assert.equal((await check("awsx-fargate-web", "--quiet", "--allow-incomplete")).status, 0, "--allow-incomplete turns 3 into 0");
    });

    it("eks: a cluster in an awsx VPC is INCOMPLETE, both components listed", async () => {
        const run = await check("eks-cluster", "--json");
        assert.equal(run.status, 3, run.stderr);
        assert.deepEqual(json(run).coverage.remoteComponents, [
            "urn:pulumi:dev::eks-cluster::awsx:ec2:Vpc::eks-vpc",
            "urn:pulumi:dev::eks-cluster::eks:index:Cluster::apps",
        ]);
    });

    it("getPolicyDocument: an open trust policy and an Allow * on * are BLOCKED, as their literal JSON would be", async () => {
        const run = await check("iam-documents", "--json");
        assert.equal(run.status, 1, run.stderr);
        const mandatory = json(run).violations.filter((v) => v.enforcementLevel === "mandatory").map((v) => `${v.policy} ${v.urn}`).sort();
        assert.deepEqual(mandatory, [
            "iam-no-admin-wildcard urn:pulumi:dev::iam-documents::aws:iam/policy:Policy::deployer-admin",
            "iam-trust-no-open-principal urn:pulumi:dev::iam-documents::aws:iam/role:Role::deployer",
        ]);
        assert.equal(json(run).coverage.complete, true, "a pure data source is answered faithfully");
    });

    it("getSubnets(...).then(s => s.ids.slice(0, 2)): two instances, PASSED", async () => {
        const run = await check("subnets-web", "--json");
        assert.equal(run.status, 0, run.stderr);
        const instances = json(run).resources.filter((r) => r.type === "aws:ec2/instance:Instance");
        assert.deepEqual(instances.map((r) => r.name), ["web-0", "web-1"]);
        assert.match(String(instances[0].inputs.subnetId), /^subnet-[0-9a-f]{17}$/);
        assert.notEqual(instances[0].inputs.subnetId, instances[1].inputs.subnetId);
    });

    it("pulumi.getOrganization(): answered, PASSED", async () => {
        const run = await check("org-tags", "--json");
        assert.equal(run.status, 0, run.stderr);
        const logs = json(run).resources.find((r) => r.type === "aws:cloudwatch/logGroup:LogGroup");
        assert.deepEqual(logs?.inputs.tags, { "pulumi:owner": "organization/org-tags/dev" });
    });

    it("a JavaScript program whose entry folder Pulumi.yaml names: PASSED", async () => {
        const run = await check("js-topic", "--json");
        assert.equal(run.status, 0, run.stderr);
        assert.ok(json(run).resources.some((r) => r.urn === "urn:pulumi:dev::js-topic::aws:sns/topic:Topic::alerts"));
    });

    it("a data source without a faithful answer: INCOMPLETE, the token listed with its count", async () => {
        const run = await check("unanswered-lookup", "--json");
        assert.equal(run.status, 3, run.stderr);
        assert.deepEqual(json(run).coverage.unansweredCalls, [{ token: "aws:rds/getEngineVersion:getEngineVersion", count: 1 }]);
    });

    it("a throw inside apply: exit 2 with the program's message and its own line", async () => {
        const run = await check("apply-throws");
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^error: the program failed: bucket reports-[0-9a-f]+ does not follow the prod- naming rule\n {4}at test\/fixtures\/programs\/apply-throws\/index\.ts:7:15\n$/);
    });

    it("duplicate names: exit 2 with the engine's message", async () => {
        const run = await check("duplicate-names");
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^error: the program failed: Duplicate resource URN 'urn:pulumi:dev::duplicate-names::aws:s3\/bucket:Bucket::logs'; try giving it a unique name/);
    });

    describe("keys in a Lambda environment, an ECS container definition and a tag key", () => {
        const plaintext = /AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY/;

        it("are BLOCKED and never printed in --json", async () => {
            const run = await check("keys-in-inputs", "--json");
            assert.equal(run.status, 1, run.stderr);
            assert.doesNotMatch(run.stdout + run.stderr, plaintext);
            const report = json(run);
            const fn = report.resources.find((r) => r.type === "aws:lambda/function:Function");
            assert.deepEqual((fn?.inputs.environment as { variables: Record<string, string> }).variables, {
                AWS_ACCESS_KEY_ID: "AKIA************MPLE", AWS_SECRET_ACCESS_KEY: "wJ************************************EY",
            });
            const queue = report.resources.find((r) => r.type === "aws:sqs/queue:Queue");
            assert.deepEqual(queue?.inputs.tags, { "AKIA************MPLE": "ci-user" });
            assert.ok(report.violations.some((v) => v.policy === "secrets-no-plaintext-aws-keys" && v.urn.endsWith("::worker-jobs")));
        });

        it("are never printed in --sarif", async () => {
            const run = await check("keys-in-inputs", "--sarif");
            assert.doesNotMatch(run.stdout, plaintext);
            const sarif = JSON.parse(run.stdout) as SarifLog;
            assert.ok(sarif.runs[0].results.some((r) => r.ruleId === "secrets-no-plaintext-aws-keys" && /AKIA\*{12}MPLE/.test(r.message.text)));
        });

        it("are never printed in the text report", async () => {
            const run = await check("keys-in-inputs");
            assert.doesNotMatch(run.stdout + run.stderr, plaintext);
            assert.match(run.stdout, /worker-jobs\.tags\.AKIA\*{12}MPLE/);
        });
    });
});
