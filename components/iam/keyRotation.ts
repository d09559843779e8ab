import { isoDateOfDay } from "../documents/validate";

// @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html — at most 2 access keys per IAM user
/** The two access-key slots of a service user. AWS allows at most two keys per user. */
export const KeySlotName = {
    /** The slot of the even windows. */
    A: "a",
    /** The slot of the odd windows. */
    B: "b",
} as const;

/** One of `KeySlotName`: "a" or "b". */
export type KeySlotName = (typeof KeySlotName)[keyof typeof KeySlotName];

/** One key slot on a given day. */
export interface KeySlot {
    /** The slot: `a` takes the even windows, `b` the odd ones. */
    slot: KeySlotName;
    /** The window the slot's current key belongs to (days since 1970-01-01 divided by `windowDays`). */
    window: number;
    /** The first day of that window, `YYYY-MM-DD`: the day the key is due to be (re)created. */
    createdFrom: string;
    /** The first day of the window that replaces this key, two windows later. */
    replacedFrom: string;
    /** Whether this is the newer key, the one consumers should use. */
    active: boolean;
}

/** The state of both key slots on one day; a pure function of the day and the period. */
export interface KeyRotationPlan {
    /** The maximum key age asked for, in days. */
    rotateAfterDays: number;
    /** The window length: `floor(rotateAfterDays / 2)` days. */
    windowDays: number;
    /** The day the plan is for, `YYYY-MM-DD`. */
    today: string;
    /** The slot holding the newer key. */
    activeSlot: KeySlotName;
    /** Slot `a` then slot `b`. */
    slots: KeySlot[];
}

function slotState(slot: KeySlotName, currentWindow: number, windowDays: number): KeySlot {
    const parity = slot === KeySlotName.A ? 0 : 1;
    const window = Math.abs(currentWindow % 2) === parity ? currentWindow : currentWindow - 1;
    return {
        slot,
        window,
        createdFrom: isoDateOfDay(window * windowDays),
        replacedFrom: isoDateOfDay((window + 2) * windowDays),
        active: window === currentWindow,
    };
}

/**
 * Two-slot key rotation, decided from the date alone, so that `pulumi up` on any
 * day does the right thing with no state but the stack's own.
 *
 * Time is cut into windows of `floor(rotateAfterDays / 2)` days counted from
 * 1970-01-01 (UTC). Slot `a` holds the key of the latest even window, slot `b`
 * the key of the latest odd one. When a new window starts, only the slot of its
 * parity changes: its key, the older of the two, is replaced; the other slot's
 * key stays valid for one more window while consumers move to the new one.
 * The newer key is the active one; no key outlives `rotateAfterDays` as long as
 * `pulumi up` runs at least once per window.
 */
export function planKeyRotation(day: number, rotateAfterDays: number): KeyRotationPlan {
    const windowDays = Math.floor(rotateAfterDays / 2);
    const currentWindow = Math.floor(day / windowDays);
    const slots = [slotState(KeySlotName.A, currentWindow, windowDays), slotState(KeySlotName.B, currentWindow, windowDays)];
    return {
        rotateAfterDays,
        windowDays,
        today: isoDateOfDay(day),
        activeSlot: slots[0].active ? KeySlotName.A : KeySlotName.B,
        slots,
    };
}
