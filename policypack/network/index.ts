import type { Policies } from "@pulumi/policy";
import { naclNoPublicAdminPorts } from "./naclNoPublicAdminPorts";
import { noPublicAdminPorts } from "./securityGroupNoPublicAdminPorts";
import { noPublicAllTraffic } from "./securityGroupNoPublicAllTraffic";
import { publicPortsAllowlist } from "./securityGroupPublicPortsAllowlist";

/** The network policies, in evaluation order. */
export const networkPolicies: Policies = [noPublicAdminPorts, noPublicAllTraffic, publicPortsAllowlist, naclNoPublicAdminPorts];
