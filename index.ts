import { AccountPasswordPolicy } from "./components";

const passwordPolicy = new AccountPasswordPolicy("account");

/** The password policy settings in force. */
export const passwordPolicySettings = passwordPolicy.settings;
