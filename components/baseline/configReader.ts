import { GuardrailInputError } from "../documents/errors";
import type { BaselineConfigKey } from "./config";

/** The raw stack config, as the Pulumi CLI stores it: strings, with arrays as JSON. */
export type RawBaselineConfig = Partial<Record<BaselineConfigKey, string | undefined>>;

/** Reads typed values and collects problems instead of throwing. */
export class ConfigReader {
    readonly problems: string[] = [];
    constructor(private readonly raw: RawBaselineConfig) {}

    private value(key: BaselineConfigKey): string | undefined {
        const value = this.raw[key];
        return value === undefined || value === "" ? undefined : value;
    }

    missing(key: BaselineConfigKey, hint: string): void {
        this.problems.push(`${key}: missing; ${hint}`);
    }

    string(key: BaselineConfigKey, fallback: string): string {
        return this.value(key) ?? fallback;
    }

    boolean(key: BaselineConfigKey, fallback: boolean): boolean {
        const value = this.value(key);
        if (value === undefined) return fallback;
        if (value === "true" || value === "false") return value === "true";
        this.problems.push(`${key}: ${JSON.stringify(value)} is not a boolean; expected true or false`);
        return fallback;
    }

    integer(key: BaselineConfigKey, fallback: number | undefined, min: number): number | undefined {
        const value = this.value(key);
        if (value === undefined) return fallback;
        const parsed = Number(value);
        if (!Number.isInteger(parsed) || parsed < min) {
            this.problems.push(`${key}: ${JSON.stringify(value)} is not allowed; expected a whole number of at least ${min}`);
            return fallback;
        }
        return parsed;
    }

    /** A JSON array of strings (or numbers, when `numbers`); undefined when not set. */
    array(key: BaselineConfigKey, kind: "string" | "number"): (string | number)[] | undefined {
        const value = this.value(key);
        if (value === undefined) return undefined;
        let parsed: unknown;
        try {
            parsed = JSON.parse(value);
        } catch {
            this.problems.push(`${key}: ${JSON.stringify(value.slice(0, 80))} is not a list; set it as YAML list items or a JSON array like ${kind === "string" ? '["a", "b"]' : "[50, 250]"}`);
            return undefined;
        }
        if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === kind)) {
            this.problems.push(`${key}: must be a list of ${kind}s; got ${JSON.stringify(parsed).slice(0, 80)}`);
            return undefined;
        }
        return parsed as (string | number)[];
    }

    strings(key: BaselineConfigKey): string[] | undefined {
        return this.array(key, "string") as string[] | undefined;
    }

    /** Runs a validator on each item and records its message (without the validator's own prefix) as a problem. */
    each<T>(key: BaselineConfigKey, items: T[], check: (item: T) => void): void {
        for (const item of items) {
            try {
                check(item);
            } catch (error) {
                if (!(error instanceof GuardrailInputError)) throw error;
                this.problems.push(`${key}: ${error.message.replace(/^[^:]*: /, "")}`);
            }
        }
    }
}
