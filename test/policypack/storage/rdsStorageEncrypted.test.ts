import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "rds-storage-encrypted";

describe(POLICY, () => {
    it("reports unencrypted and unset instances and clusters", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.rds.Instance("plain", { instanceClass: "db.t3.micro", engine: "postgres", allocatedStorage: 20, storageEncrypted: false });
            new aws.rds.Instance("unset", { instanceClass: "db.t3.micro", engine: "mysql", allocatedStorage: 20 });
            new aws.rds.Cluster("aurora", { engine: "aurora-postgresql", masterUsername: "admin", manageMasterUserPassword: true });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "aurora leaves storageEncrypted unset, so its storage is not encrypted at rest; set storageEncrypted = true",
            "plain sets storageEncrypted = false; RDS storage must be encrypted at rest",
            "unset leaves storageEncrypted unset, so its storage is not encrypted at rest; set storageEncrypted = true",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory" && v.severity === "medium"));
    });

    it("passes encrypted storage, read replicas and Aurora Serverless v1, and stays silent on unknowns", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.rds.Instance("primary", { instanceClass: "db.t3.micro", engine: "postgres", allocatedStorage: 20, storageEncrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/k" });
            new aws.rds.Instance("replica", { instanceClass: "db.t3.micro", replicateSourceDb: "primary" });
            new aws.rds.Cluster("aurora", { engine: "aurora-mysql", storageEncrypted: true });
            new aws.rds.Cluster("serverless-v1", { engine: "aurora-mysql", engineMode: "serverless" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
        const unknown = await analyzeOne(capturedResource("aws:rds/cluster:Cluster", "pending", { storageEncrypted: UNKNOWN }));
        assert.deepEqual(messagesOf(unknown, POLICY), []);
        const pendingReplica = await analyzeOne(capturedResource("aws:rds/instance:Instance", "replica", { instanceClass: "db.t3.micro", replicateSourceDb: UNKNOWN }));
        assert.deepEqual(messagesOf(pendingReplica, POLICY), []);
    });
});
