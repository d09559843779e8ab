import { strict as assert } from "assert";
import { gzipSync } from "zlib";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "secrets-no-plaintext-aws-keys";
/** AWS's documentation example key pair: copying it is practice for copying real ones. */
const KEY_ID = "AKIAIOSFODNN7EXAMPLE";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("blocks keys in Lambda environments, ECS container definitions, user data, launch templates, SSM String parameters and tags", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.lambda.Function("fn", {
                role: "arn:aws:iam::123456789012:role/fn",
                runtime: "nodejs20.x",
                handler: "index.handler",
                environment: { variables: { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET } },
            });
            new aws.ecs.TaskDefinition("task", {
                family: "app",
                containerDefinitions: JSON.stringify([{ name: "app", image: "app:1", environment: [{ name: "AWS_SECRET_ACCESS_KEY", value: SECRET }] }]),
            });
            new aws.ec2.Instance("vm", {
                ami: "ami-0abcdef1234567890",
                instanceType: "t3.micro",
                metadataOptions: { httpTokens: "required" },
                userData: `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${KEY_ID}\nexport AWS_SECRET_ACCESS_KEY=${SECRET}\n`,
            });
            new aws.ec2.LaunchTemplate("lt", {
                metadataOptions: { httpTokens: "required" },
                userData: gzipSync(Buffer.from(`#cloud-config\nwrite_files:\n - path: /root/.aws/credentials\n   content: |\n     [default]\n     aws_access_key_id = ${KEY_ID}\n     aws_secret_access_key = ${SECRET}\n`)).toString("base64"),
            });
            new aws.ssm.Parameter("plain", { type: "String", name: "/app/config", value: `{"accessKeyId":"${KEY_ID}"}` });
            new aws.s3.Bucket("tagged", { tags: { owner: "team", deployKey: KEY_ID } });
        });
        const found = findingsOf(violations, POLICY);
        const by = (name: string) => found.filter((v) => v.urn.endsWith(`::${name}`)).map((v) => v.message);
        assert.ok(found.every((v) => v.enforcementLevel === "mandatory" && v.severity === "critical"));
        assert.deepEqual(by("fn").sort(), [
            "fn.environment.variables.AWS_ACCESS_KEY_ID holds an AWS access key id in plaintext (AKIA************MPLE)",
            "fn.environment.variables.AWS_SECRET_ACCESS_KEY holds an AWS secret access key in plaintext (wJ************************************EY)",
        ]);
        assert.deepEqual(by("task"), ["task.containerDefinitions holds an AWS secret access key in plaintext (wJ************************************EY)"]);
        assert.equal(by("vm").length, 2);
        assert.deepEqual(by("lt").sort(), [
            "lt.userData (base64-decoded) holds an AWS access key id in plaintext (AKIA************MPLE)",
            "lt.userData (base64-decoded) holds an AWS secret access key in plaintext (wJ************************************EY)",
        ]);
        assert.deepEqual(by("plain"), ["plain.value holds an AWS access key id in plaintext (AKIA************MPLE)"]);
        assert.deepEqual(by("tagged"), ["tagged.tags.deployKey holds an AWS access key id in plaintext (AKIA************MPLE)"]);
        assert.ok(!found.some((v) => v.message.includes(SECRET) || v.message.includes(KEY_ID)), "a finding never repeats the key");
    });

    it("finds this package's own samples (ABIA, ACCA, ASIA ids; secrets under aws_access_key, aws_secret, secret:) in every carrier, and passes placeholders", async () => {
        const OWN = { akia: "AKIAZ2GUARDRAILS7TST", asia: "ASIA4SAMPLEQ7VW3NKRT", abia: "ABIAJZ5SLYV3GUARDTST", acca: "ACCAW6TESTQ7NOTREAL2" };
        const TOKEN = "gRdR4iL5/TeSt+Key7xQ2mNoTrEaL9zV8pW1kY3u";
        const OTHER_TOKEN = "Nt9wQ3eR7tY1uI5oP/aS2dF4gH6jK8lZ+xC0vB3n";
        const { violations } = await checkUnderMocks(() => {
            new aws.lambda.Function("own-fn", {
                role: "arn:aws:iam::123456789012:role/fn", runtime: "nodejs20.x", handler: "index.handler",
                environment: { variables: { BEARER: OWN.abia, AWS_SECRET: TOKEN, PLACEHOLDER_ID: "AKIAXXXXXXXXXXXXXXXX" } },
            });
            new aws.ecs.TaskDefinition("own-task", {
                family: "own",
                containerDefinitions: JSON.stringify([{ name: "app", image: "app:1", environment: [{ name: "aws_access_key", value: OTHER_TOKEN }] }]),
            });
            new aws.ec2.Instance("own-plain", { ami: "ami-0abcdef1234567890", instanceType: "t3.micro", metadataOptions: { httpTokens: "required" }, userData: `#!/bin/bash\nexport CTX_CRED=${OWN.acca}\n` });
            new aws.ec2.Instance("own-b64", {
                ami: "ami-0abcdef1234567890", instanceType: "t3.micro", metadataOptions: { httpTokens: "required" },
                userDataBase64: Buffer.from(`#!/bin/bash\necho ${OWN.akia}\n`).toString("base64"),
            });
            new aws.ec2.LaunchTemplate("own-lt", {
                metadataOptions: { httpTokens: "required" },
                userData: gzipSync(Buffer.from(`#cloud-config\nruncmd:\n - echo "secret: ${TOKEN}" > /etc/app.yaml\n`)).toString("base64"),
            });
            new aws.ssm.Parameter("own-string", { type: "String", name: "/own/config", value: `secret: ${OTHER_TOKEN}` });
            new aws.s3.Bucket("own-tagged", { tags: { session: OWN.asia, sample: "AKIA0000000000000000" } });
        });
        const found = findingsOf(violations, POLICY);
        const by = (name: string) => found.filter((v) => v.urn.endsWith(`::${name}`)).map((v) => v.message).sort();
        assert.deepEqual(by("own-fn"), [
            "own-fn.environment.variables.AWS_SECRET holds an AWS secret access key in plaintext (gR************************************3u)",
            "own-fn.environment.variables.BEARER holds an AWS access key id in plaintext (ABIA************DTST)",
        ]);
        assert.deepEqual(by("own-task"), ["own-task.containerDefinitions holds an AWS secret access key in plaintext (Nt************************************3n)"]);
        assert.deepEqual(by("own-plain"), ["own-plain.userData holds an AWS access key id in plaintext (ACCA************EAL2)"]);
        assert.deepEqual(by("own-b64"), ["own-b64.userDataBase64 (base64-decoded) holds an AWS access key id in plaintext (AKIA************7TST)"]);
        assert.deepEqual(by("own-lt"), ["own-lt.userData (base64-decoded) holds an AWS secret access key in plaintext (gR************************************3u)"]);
        assert.deepEqual(by("own-string"), ["own-string.value holds an AWS secret access key in plaintext (Nt************************************3n)"]);
        assert.deepEqual(by("own-tagged"), ["own-tagged.tags.session holds an AWS access key id in plaintext (ASIA************NKRT)"]);
        for (const secret of [...Object.values(OWN), TOKEN, OTHER_TOKEN]) {
            assert.ok(!found.some((v) => v.message.includes(secret)), "a finding never repeats the key");
        }
    });

    it("accepts keys in their proper homes: a Secrets Manager secret version, an SSM SecureString and the provider's credentials", async () => {
        const { run, violations } = await checkUnderMocks(() => {
            new aws.secretsmanager.SecretVersion("key", { secretId: "arn:aws:secretsmanager:us-east-1:123456789012:secret:svc", secretString: JSON.stringify({ accessKeyId: KEY_ID, secretAccessKey: SECRET }) });
            new aws.ssm.Parameter("secure", { type: "SecureString", name: "/svc/aws-secret-access-key", value: SECRET });
            const user = new aws.iam.User("svc", { name: "svc" });
            new aws.iam.AccessKey("svc-key", { user: user.name });
            // The provider's own credential inputs are marked secret by the provider and encrypted in state.
            new aws.Provider("explicit", { region: "eu-west-1", accessKey: KEY_ID, secretKey: SECRET });
        });
        assert.ok(run.resources.some((r) => r.type === "pulumi:providers:aws"), "the provider itself went through Analyze");
        assert.deepEqual(messagesOf(violations, POLICY), []);
        const elsewhere = await analyzeOne({ type: "pulumi:providers:aws", name: "p", inputs: { region: "us-east-1", profile: KEY_ID } });
        assert.equal(messagesOf(elsewhere, POLICY).length, 1, "other provider inputs are still checked");
    });

    it("does not mistake hashes, ids, blobs or unlabelled random strings for keys", async () => {
        const violations = await analyzeOne({
            type: "aws:lambda/function:Function",
            name: "lookalikes",
            inputs: {
                environment: {
                    variables: {
                        GIT_SHA: "9fceb02d0ae598e95dc970b74767f19372d61af8",
                        CHECKSUM: "A94A8FE5CCB19BA61C4C0873D391E987982FBBD3",
                        RANDOM_ID: "Zq3kP9xYw2LmN8vR4tB6cD1fG7hJ0sAeUo5iKl2M",
                        ROLE_ARN: "arn:aws:iam::123456789012:role/service-role/SomeLongRoleName-4f8a",
                        AKIA_PREFIXED_WORD: "XAKIAIOSFODNN7EXAMPLE1",
                        SECRET_KEY_BLOB: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYwJalrXUtnFEMI/K7MDENG==",
                    },
                },
            },
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("finds a key in 2 MB of text in linear time, stays quiet on 1 MB of base64 noise, and caps the report", async () => {
        const started = Date.now();
        const huge = await analyzeOne({
            type: "aws:ec2/instance:Instance",
            name: "huge",
            inputs: { userData: `${"x".repeat(1_000_000)} aws_secret_access_key=${SECRET} ${"y".repeat(1_000_000)}`, tags: { blob: "ab+/".repeat(262_144) } },
        });
        const many = await analyzeOne({ type: "aws:s3/bucket:Bucket", name: "many", inputs: { tags: { ids: `${KEY_ID} `.repeat(50_000) } } });
        const elapsed = Date.now() - started;
        assert.ok(elapsed < 5000, `took ${elapsed} ms`);
        assert.deepEqual(messagesOf(huge, POLICY), ["huge.userData holds an AWS secret access key in plaintext (wJ************************************EY)"]);
        const messages = messagesOf(many, POLICY);
        assert.equal(messages.length, 11, "ten findings and a count of the rest");
        assert.equal(messages[10], "many holds 49990 more plaintext AWS key findings");
    });
});
