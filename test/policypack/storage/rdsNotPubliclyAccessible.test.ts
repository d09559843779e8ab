import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "rds-not-publicly-accessible";

describe(POLICY, () => {
    it("blocks publicly accessible DB instances and cluster instances", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.rds.Instance("db", { instanceClass: "db.t3.micro", engine: "postgres", allocatedStorage: 20, publiclyAccessible: true, storageEncrypted: true });
            new aws.rds.ClusterInstance("aurora-1", { clusterIdentifier: "aurora", instanceClass: "db.r6g.large", engine: "aurora-postgresql", publiclyAccessible: true });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "aurora-1 sets publiclyAccessible = true, which gives the database a public IP address; databases must be reachable only from inside the VPC",
            "db sets publiclyAccessible = true, which gives the database a public IP address; databases must be reachable only from inside the VPC",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory" && v.severity === "high"));
    });

    it("passes private and unset instances, and stays silent on unknowns", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.rds.Instance("private", { instanceClass: "db.t3.micro", engine: "postgres", allocatedStorage: 20, publiclyAccessible: false });
            new aws.rds.Instance("unset", { instanceClass: "db.t3.micro", engine: "mysql", allocatedStorage: 20 });
            new aws.rds.ClusterInstance("aurora-1", { clusterIdentifier: "aurora", instanceClass: "db.r6g.large", engine: "aurora-postgresql" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
        const unknown = await analyzeOne(capturedResource("aws:rds/instance:Instance", "pending", { publiclyAccessible: UNKNOWN }));
        assert.deepEqual(messagesOf(unknown, POLICY), []);
    });
});
