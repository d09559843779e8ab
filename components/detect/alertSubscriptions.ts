import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";
import { validateEmails } from "../documents/validate";

// @awsfact https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html — SNS protocols: http, https, email, email-json, sms, sqs, application, lambda, firehose; e-mail endpoints must confirm
/** SNS protocols an alert topic may deliver to (no plain `http`: alerts travel over TLS). */
export const AlertProtocol = {
    /** E-mail, as text. */
    Email: "email",
    /** E-mail, as the JSON notification. */
    EmailJson: "email-json",
    /** An HTTPS endpoint, such as a chat webhook. */
    Https: "https",
    /** An SQS queue ARN. */
    Sqs: "sqs",
    /** A Lambda function ARN. */
    Lambda: "lambda",
    /** A phone number, by SMS. */
    Sms: "sms",
    /** A mobile push endpoint ARN. */
    Application: "application",
} as const;

/** One of `AlertProtocol`. */
export type AlertProtocol = (typeof AlertProtocol)[keyof typeof AlertProtocol];

/** Every `AlertProtocol` value. */
export const ALERT_PROTOCOLS: readonly AlertProtocol[] = Object.freeze(Object.values(AlertProtocol));

/** A non-e-mail subscription of an alert topic, such as a chat webhook or an SQS queue. */
export interface AlertSubscription {
    /** The SNS protocol. */
    protocol: AlertProtocol;
    /** The endpoint: an https URL, a queue or function ARN, a phone number...; may be an output or a secret. */
    endpoint: pulumi.Input<string>;
}

/** Who is told when an alarm fires: the same list is subscribed to every topic a component creates. */
export interface AlertRecipients {
    /** E-mail addresses; each must confirm the subscription AWS mails them. Plain values: each names its subscription. Default none. */
    emails?: string[];
    /** Other subscriptions (https, sqs, lambda, sms, ...). Default none. */
    subscriptions?: AlertSubscription[];
}

/** Validated recipients. */
export interface CheckedRecipients {
    /** E-mail addresses, without duplicates. */
    emails: string[];
    /** Other subscriptions. */
    subscriptions: AlertSubscription[];
}

/** Validates recipients; a known https endpoint must start with `https://`. */
export function checkRecipients(where: string, recipients: AlertRecipients | undefined): CheckedRecipients {
    const emails = validateEmails(`${where}.emails`, recipients?.emails);
    const raw: unknown = recipients?.subscriptions ?? [];
    if (!Array.isArray(raw)) {
        throw new GuardrailInputError(`${where}.subscriptions: must be an array of { protocol, endpoint }; got ${describeValue(raw)}`);
    }
    const subscriptions = raw.map((item: unknown, index): AlertSubscription => {
        const at = `${where}.subscriptions[${index}]`;
        if (typeof item !== "object" || item === null) {
            throw new GuardrailInputError(`${at}: must be { protocol, endpoint }; got ${describeValue(item)}`);
        }
        const { protocol, endpoint } = item as Record<string, unknown>;
        if (typeof protocol !== "string" || !(ALERT_PROTOCOLS as readonly string[]).includes(protocol)) {
            throw new GuardrailInputError(`${at}: protocol ${describeValue(protocol)} is not allowed; allowed: ${ALERT_PROTOCOLS.join(", ")}`);
        }
        if (endpoint === undefined || endpoint === null || endpoint === "") {
            throw new GuardrailInputError(`${at}: endpoint is required`);
        }
        if (typeof endpoint === "string") {
            if (protocol === "https" && !endpoint.startsWith("https://")) {
                throw new GuardrailInputError(`${at}: endpoint ${describeValue(endpoint)} must be an https:// URL`);
            }
            if ((protocol === "email" || protocol === "email-json")) {
                validateEmails(`${at}.endpoint`, [endpoint]);
            }
        }
        return { protocol: protocol as AlertProtocol, endpoint: endpoint as pulumi.Input<string> };
    });
    return { emails, subscriptions };
}
