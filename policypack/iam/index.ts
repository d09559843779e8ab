import type { Policies } from "@pulumi/policy";
import { iamAccessKeyMaxAge } from "./accessKeyMaxAge";
import { iamActionsExist } from "./actionsExist";
import { iamConsoleUsersMfa } from "./consoleUsersMfa";
import { iamKeyUsersFenced } from "./keyUsersFenced";
import { iamMaxAccessKeysPerUser } from "./maxAccessKeysPerUser";
import { iamNoAdminManagedPolicies } from "./noAdminManagedPolicies";
import { iamNoAdminWildcard } from "./noAdminWildcard";
import { iamNoAllowNotAction } from "./noAllowNotAction";
import { iamNoServiceWildcardActions } from "./noServiceWildcardActions";
import { iamTrustNoOpenPrincipal } from "./trustNoOpenPrincipal";
import { iamUserPermissionsViaGroups } from "./userPermissionsViaGroups";

/** The iam policies, in evaluation order: resource policies (mandatory first), then stack policies. */
export const iamPolicies: Policies = [
    iamNoAdminWildcard,
    iamNoAdminManagedPolicies,
    iamTrustNoOpenPrincipal,
    iamNoServiceWildcardActions,
    iamNoAllowNotAction,
    iamUserPermissionsViaGroups,
    iamActionsExist,
    iamKeyUsersFenced,
    iamConsoleUsersMfa,
    iamMaxAccessKeysPerUser,
    iamAccessKeyMaxAge,
];
