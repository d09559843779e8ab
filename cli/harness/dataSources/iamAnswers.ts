import { hex, MOCK_ACCOUNT_ID, MOCK_PARTITION } from "../mockAccount";
import { text, type Answerer } from "./answers";
import { renderPolicyDocument } from "./policyDocument";

/**
 * AWS managed policies whose documents the mocks know, by name, from the AWS
 * managed policy reference:
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaRole.html
 */
const MANAGED_POLICIES: Record<string, { path: string; document: unknown }> = {
    AdministratorAccess: { path: "/", document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] } },
    AWSLambdaBasicExecutionRole: {
        path: "/service-role/",
        document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], Resource: "*" }] },
    },
    AWSLambdaRole: { path: "/service-role/", document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: ["*"] }] } },
};

/** The IAM data sources: the policy-document renderer (a pure function, answered exactly) and look-ups of roles and managed policies. */
export const IAM_ANSWERS: Record<string, Answerer> = {
    "aws:iam/getPolicyDocument:getPolicyDocument": ({ inputs }) => ({ values: { ...inputs, ...renderPolicyDocument(inputs) } }),
    "aws:iam/getRole:getRole": ({ inputs }) => {
        const name = text(inputs, "name", "mock-role");
        return {
            values: {
                id: name, name, path: "/", arn: `arn:${MOCK_PARTITION}:iam::${MOCK_ACCOUNT_ID}:role/${name}`,
                uniqueId: `AROA${hex(name, 17).toUpperCase()}`, createDate: "2026-11-01T00:00:00Z", maxSessionDuration: 3600,
                assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
            },
            // The role exists outside the program: its trust and permissions are not known here.
            faithful: false,
        };
    },
    "aws:iam/getPolicy:getPolicy": ({ inputs }) => {
        const arn = text(inputs, "arn", "");
        const name = text(inputs, "name", arn.split("/").pop() ?? "mock-policy");
        const managed = MANAGED_POLICIES[name];
        const isAwsManaged = arn === "" || arn.startsWith(`arn:${MOCK_PARTITION}:iam::aws:policy/`);
        const policyArn = arn || (managed ? `arn:${MOCK_PARTITION}:iam::aws:policy${managed.path}${name}` : `arn:${MOCK_PARTITION}:iam::${MOCK_ACCOUNT_ID}:policy/${name}`);
        return {
            values: {
                id: policyArn, arn: policyArn, name, path: managed?.path ?? "/", description: "", attachmentCount: 1,
                policyId: `ANPA${hex(policyArn, 17).toUpperCase()}`, policy: managed ? JSON.stringify(managed.document) : "",
            },
            faithful: Boolean(managed && isAwsManaged),
        };
    },
};
