// The benchmark baseline: served by the same run-policy-pack path as the real
// pack, with one resource policy and one stack policy that do nothing.
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("noop", {
    policies: [
        { name: "noop", description: "Does nothing.", enforcementLevel: "advisory", validateResource: () => undefined },
        { name: "noop-stack", description: "Does nothing.", enforcementLevel: "advisory", validateStack: () => undefined },
    ],
});
