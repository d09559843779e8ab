import type { Policies } from "@pulumi/policy";
import { iamAccessKeyMaxAge } from "./iamAccessKeyMaxAge";
import { iamActionsExist } from "./iamActionsExist";
import { iamConsoleUsersMfa } from "./iamConsoleUsersMfa";
import { iamKeyUsersFenced } from "./iamKeyUsersFenced";
import { iamMaxAccessKeysPerUser } from "./iamMaxAccessKeysPerUser";
import { iamNoAdminManagedPolicies } from "./iamNoAdminManagedPolicies";
import { iamNoAdminWildcard } from "./iamNoAdminWildcard";
import { iamNoAllowNotAction } from "./iamNoAllowNotAction";
import { iamNoServiceWildcardActions } from "./iamNoServiceWildcardActions";
import { iamTrustNoOpenPrincipal } from "./iamTrustNoOpenPrincipal";
import { iamUserPermissionsViaGroups } from "./iamUserPermissionsViaGroups";

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
