// The benchmark's comparison: @pulumi/awsguard (a devDependency used only here)
// with every policy enabled, served by the same run-policy-pack path as our pack.
const { AwsGuard } = require("@pulumi/awsguard");

new AwsGuard({ all: "advisory" });
