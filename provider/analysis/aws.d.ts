// What the schema analyser sees of `@pulumi/aws` (see ../tsconfig.json): a
// module with no exports. No argument or output of a component has an AWS type,
// so the analyser needs none of the 3,000 declaration files of @pulumi/aws
// (reading them triples GetSchema's time); the host itself loads the real
// provider SDK. An AWS type that reached a component's arguments or outputs
// would resolve to nothing here, appear in the schema as pulumi.json#/Any, and
// fail test/provider/schema.test.ts.
export {};
