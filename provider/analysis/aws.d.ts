// Read by the schema analyser only (see ../tsconfig.json): no argument or
// output of a component has an AWS type, so the analyser does not need the
// 3,000 declaration files of @pulumi/aws. The host itself loads the real
// provider SDK. A test fails if an AWS type ever reaches the schema (it would
// show up as pulumi.json#/Any).
declare const aws: any;
export = aws;
