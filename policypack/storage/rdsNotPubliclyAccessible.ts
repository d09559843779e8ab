import { resourcePolicy } from "../framework/guardrailPolicy";
import { asBoolean } from "../framework/props";
import { RDS_CLUSTER_INSTANCE, RDS_INSTANCE } from "./support/rdsTypes";

/**
 * RDS DB instances and cluster instances must not be publicly accessible:
 * `publiclyAccessible: true` gives the instance a public DNS name that
 * resolves to a public IP, one security-group mistake away from the internet.
 * Unset is compliant (the provider's default is false); an unknown value is
 * left alone.
 *
 * CIS v7.0.0 3.2.3 (v5.0.0 2.2.3). Checked against public mappings, not the PDF itself.
 */
export const rdsNotPublic = resourcePolicy({
    name: "rds-not-publicly-accessible",
    area: "storage",
    description: "RDS DB instances and cluster instances must not set publiclyAccessible = true.",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps: "Remove `publiclyAccessible: true` (or set it to false) and reach the database from inside the VPC: from the application's security group, through a bastion reached with SSM Session Manager, or over a VPN.",
    cis: { v7: ["3.2.3"], v5: ["2.2.3"] },
    types: [RDS_INSTANCE, RDS_CLUSTER_INSTANCE],
    check: (resource, report) => {
        if (asBoolean(resource.props.publiclyAccessible) === true) {
            report(`${resource.name} sets publiclyAccessible = true, which gives the database a public IP address; databases must be reachable only from inside the VPC`);
        }
    },
});
