import { denyOutsideRegions } from "../../../components/documents";
import { ALLOW_ALL, context, row, type SimulatorCase } from "./common";
import { ACCOUNT_ID } from "./harness";

/**
 * The region fence's global-service exemptions: the Organizations guide's list
 * (with Support Plans), the Billing actions that replaced `aws-portal`, and the
 * Control Tower preset. Global services arrive with `aws:RequestedRegion`
 * us-east-1 whatever region the caller works in.
 */

const standard = denyOutsideRegions({ regions: ["eu-west-1"] });
const controlTower = denyOutsideRegions({ regions: ["eu-west-1"], globalServices: "controlTower" });
const US_EAST_1 = context({ "aws:RequestedRegion": "us-east-1" });

const GLOBAL_CALLS = [
    { action: "supportplans:GetSupportPlan", resource: "*" },
    { action: "billing:GetBillingPreferences", resource: "*" },
    { action: "payments:ListPaymentPreferences", resource: "*" },
    { action: "tax:GetTaxRegistration", resource: "*" },
    { action: "invoicing:GetInvoiceUnit", resource: `arn:aws:invoicing::${ACCOUNT_ID}:invoice-unit/12345678` },
    { action: "account:GetContactInformation", resource: `arn:aws:account::${ACCOUNT_ID}:account` },
    { action: "freetier:GetFreeTierUsage", resource: "*" },
    { action: "consolidatedbilling:ListLinkedAccounts", resource: "*" },
    { action: "purchase-orders:ListPurchaseOrders", resource: "*" },
];

/** Every case of the region fence's exemptions. */
export const REGION_EXEMPTION_CASES: readonly SimulatorCase[] = [
    ...GLOBAL_CALLS.map((call) => row(`the region fence lets ${call.action} (global, us-east-1) through`, call, [ALLOW_ALL, standard], US_EAST_1, "allowed")),
    ...GLOBAL_CALLS.filter((call) => !call.action.startsWith("purchase-orders:"))
        .map((call) => row(`the Control Tower preset lets ${call.action} (global, us-east-1) through`, call, [ALLOW_ALL, controlTower], US_EAST_1, "allowed")),
    row("the Control Tower preset, AWS's list verbatim, does not exempt purchase-orders:ListPurchaseOrders", { action: "purchase-orders:ListPurchaseOrders", resource: "*" }, [ALLOW_ALL, controlTower], US_EAST_1, "denied"),
    row("the region fence still denies sso:ListInstances in us-east-1 with the standard list", { action: "sso:ListInstances", resource: "*" }, [ALLOW_ALL, standard], US_EAST_1, "denied"),
    row("the Control Tower preset lets sso:ListInstances in us-east-1 through", { action: "sso:ListInstances", resource: "*" }, [ALLOW_ALL, controlTower], US_EAST_1, "allowed"),
    row("the Control Tower preset lets cloudtrail:LookupEvents in us-east-1 through", { action: "cloudtrail:LookupEvents", resource: "*" }, [ALLOW_ALL, controlTower], US_EAST_1, "allowed"),
    row(
        "the Control Tower preset still denies ec2:RunInstances in us-east-1",
        { action: "ec2:RunInstances", resource: `arn:aws:ec2:us-east-1:${ACCOUNT_ID}:instance/i-0123456789abcdef0` },
        [ALLOW_ALL, controlTower],
        US_EAST_1,
        "denied",
    ),
];
