import { hex, MOCK_ACCOUNT_ID, MOCK_PARTITION } from "../mockAccount";
import { text, type Answerer } from "./answers";

/** The data sources that read stored values, keys and names, answered with placeholders that say they are placeholders. */
export const STORED_VALUE_ANSWERS: Record<string, Answerer> = {
    "aws:ssm/getParameter:getParameter": ({ inputs, region }) => {
        const name = text(inputs, "name", "/mock/parameter");
        const value = `mock-value-of-${name.replace(/^\//, "")}`;
        return {
            values: {
                id: name, name, arn: `arn:${MOCK_PARTITION}:ssm:${region}:${MOCK_ACCOUNT_ID}:parameter/${name.replace(/^\//, "")}`,
                type: "String", value, insecureValue: value, version: 1, region,
            },
        };
    },
    "aws:secretsmanager/getSecretVersion:getSecretVersion": ({ inputs, region }) => {
        const secretId = text(inputs, "secretId", "mock-secret");
        const arn = secretId.startsWith("arn:") ? secretId : `arn:${MOCK_PARTITION}:secretsmanager:${region}:${MOCK_ACCOUNT_ID}:secret:${secretId}-AbCdEf`;
        const versionId = `${hex(secretId, 8)}-${hex(secretId + "1", 4)}-4${hex(secretId + "2", 3)}-8${hex(secretId + "3", 3)}-${hex(secretId + "4", 12)}`;
        return {
            values: {
                id: `${arn}|${versionId}`, arn, secretId, secretString: `mock-secret-string-of-${secretId}`, versionId,
                versionStages: ["AWSCURRENT"], createdDate: "2026-11-01T00:00:00Z", region,
            },
        };
    },
    "aws:kms/getKey:getKey": ({ inputs, region }) => {
        const requested = text(inputs, "keyId", "alias/mock");
        const keyId = /^[0-9a-f-]{36}$/.test(requested) ? requested : `${hex(requested, 8)}-${hex(requested + "1", 4)}-4${hex(requested + "2", 3)}-8${hex(requested + "3", 3)}-${hex(requested + "4", 12)}`;
        return {
            values: {
                id: keyId, keyId, arn: `arn:${MOCK_PARTITION}:kms:${region}:${MOCK_ACCOUNT_ID}:key/${keyId}`, awsAccountId: MOCK_ACCOUNT_ID,
                enabled: true, keyManager: "CUSTOMER", keySpec: "SYMMETRIC_DEFAULT", customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyState: "Enabled", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: "2026-11-01T00:00:00Z", region,
            },
        };
    },
    "aws:kms/getAlias:getAlias": ({ inputs, region }) => {
        const name = text(inputs, "name", "alias/mock");
        const targetKeyId = `${hex(name, 8)}-${hex(name + "1", 4)}-4${hex(name + "2", 3)}-8${hex(name + "3", 3)}-${hex(name + "4", 12)}`;
        return {
            values: {
                id: name, name, arn: `arn:${MOCK_PARTITION}:kms:${region}:${MOCK_ACCOUNT_ID}:${name}`, targetKeyId,
                targetKeyArn: `arn:${MOCK_PARTITION}:kms:${region}:${MOCK_ACCOUNT_ID}:key/${targetKeyId}`, region,
            },
        };
    },
    "aws:route53/getZone:getZone": ({ inputs }) => {
        const name = text(inputs, "name", "example.com").replace(/\.$/, "");
        const zoneId = text(inputs, "zoneId", `Z${hex(name, 20).toUpperCase()}`);
        return {
            values: {
                id: zoneId, zoneId, name, arn: `arn:${MOCK_PARTITION}:route53:::hostedzone/${zoneId}`, callerReference: hex(name, 12),
                nameServers: ["ns-1.awsdns-01.org", "ns-2.awsdns-02.co.uk", "ns-3.awsdns-03.com", "ns-4.awsdns-04.net"],
                primaryNameServer: "ns-1.awsdns-01.org", privateZone: inputs.privateZone === true, resourceRecordSetCount: 2,
            },
        };
    },
    "aws:acm/getCertificate:getCertificate": ({ inputs, region }) => {
        const domain = text(inputs, "domain", "example.com");
        const id = `${hex(domain, 8)}-${hex(domain + "1", 4)}-4${hex(domain + "2", 3)}-8${hex(domain + "3", 3)}-${hex(domain + "4", 12)}`;
        const arn = `arn:${MOCK_PARTITION}:acm:${region}:${MOCK_ACCOUNT_ID}:certificate/${id}`;
        return { values: { id: arn, arn, domain, status: "ISSUED", region } };
    },
};
