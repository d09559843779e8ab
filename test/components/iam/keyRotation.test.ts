import assert from "node:assert/strict";
import { planKeyRotation } from "../../../components/iam";

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const ageInDays = (from: string, to: string): number => dayOf(to) - dayOf(from);

describe("planKeyRotation", () => {
    it("cuts time into windows of half the period; slot a takes even windows, b odd ones", () => {
        assert.deepEqual(planKeyRotation(dayOf("2026-03-31"), 90), {
            rotateAfterDays: 90,
            windowDays: 45,
            today: "2026-03-31",
            activeSlot: "a",
            slots: [
                { slot: "a", window: 456, createdFrom: "2026-03-08", replacedFrom: "2026-06-06", active: true },
                { slot: "b", window: 455, createdFrom: "2026-01-22", replacedFrom: "2026-04-22", active: false },
            ],
        });
    });

    it("changes only the older slot when a window starts, and the newer key becomes active", () => {
        const before = planKeyRotation(dayOf("2026-03-07"), 90);
        const after = planKeyRotation(dayOf("2026-03-08"), 90);
        assert.equal(before.activeSlot, "b");
        assert.equal(after.activeSlot, "a");
        assert.notEqual(after.slots[0].createdFrom, before.slots[0].createdFrom, "slot a, the older key, is replaced");
        assert.deepEqual(after.slots[1], { ...before.slots[1], active: false }, "slot b keeps its key and becomes the grace key");
    });

    it("replaces a key exactly when it reaches rotateAfterDays, for every period from 2 to 365", () => {
        for (let period = 2; period <= 365; period++) {
            const plan = planKeyRotation(dayOf("2026-11-22"), period);
            for (const slot of plan.slots) {
                const lifetime = ageInDays(slot.createdFrom, slot.replacedFrom);
                assert.ok(lifetime <= period, `period ${period}: slot ${slot.slot} lives ${lifetime} days`);
                assert.equal(lifetime, 2 * Math.floor(period / 2));
            }
        }
    });

    it("over two years of daily runs, at most one slot changes per day and a key from the day before always survives", () => {
        for (const period of [2, 3, 30, 90, 365]) {
            let previous = planKeyRotation(dayOf("2026-01-01"), period);
            for (let offset = 1; offset <= 730; offset++) {
                const plan = planKeyRotation(dayOf("2026-01-01") + offset, period);
                const changed = plan.slots.filter((slot, index) => slot.createdFrom !== previous.slots[index].createdFrom);
                assert.ok(changed.length <= 1, `period ${period}, ${plan.today}: ${changed.length} slots changed`);
                if (changed.length === 1) {
                    assert.equal(changed[0].active, true, "the replaced slot becomes the active one");
                    const kept = plan.slots.find((slot) => slot !== changed[0]);
                    assert.equal(previous.slots.find((slot) => slot.slot === kept?.slot)?.active, true, "the key that stays was the active one");
                }
                const active = plan.slots.find((slot) => slot.active);
                assert.ok(active && ageInDays(active.createdFrom, plan.today) < Math.floor(period / 2), "the active key is younger than one window");
                previous = plan;
            }
        }
    });
});
