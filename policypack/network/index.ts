import type { Policies } from "@pulumi/policy";
import { naclNoPublicAdminPorts } from "./naclNoPublicAdminPorts";
import { noPublicAdminPorts } from "./noPublicAdminPorts";
import { noPublicAllTraffic } from "./noPublicAllTraffic";
import { publicPortsAllowlist } from "./publicPortsAllowlist";

/** The network policies, in evaluation order. */
export const networkPolicies: Policies = [noPublicAdminPorts, noPublicAllTraffic, publicPortsAllowlist, naclNoPublicAdminPorts];
