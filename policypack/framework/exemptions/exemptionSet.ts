import { CONFIG_EXEMPTIONS_KEY, type ConfigExemption, type ConfigExemptionProblem, parseConfigExemption } from "./configExemptions";
import { exemptionTagKey, parseTagExemption } from "./tagExemption";
import { globMatches } from "../glob";

/** The outcome of looking up an exemption for a finding; `refusedTag` names a tag exemption the policy does not accept. */
export type ExemptionLookup = (
    | { status: "none" }
    | { status: "active"; reason: string; expires: string; source: string }
    | { status: "expired"; reason: string; expires: string; source: string }
) & { refusedTag?: string };

type Candidate = { reason: string; expires: string; source: string };

/**
 * The exemptions of one policy's configuration, parsed once into an immutable
 * value. Every check of that policy receives the same value until the engine
 * sends a new configuration; nothing here depends on which policy ran before.
 */
export class ExemptionSet {
    /** A set with no config exemptions (tag exemptions still apply). */
    static readonly EMPTY = new ExemptionSet([], []);

    private constructor(
        /** Valid exemptions from config, in config order. */
        readonly entries: readonly ConfigExemption[],
        /** Config entries that are not valid exemptions. */
        readonly problems: readonly ConfigExemptionProblem[],
    ) {
        Object.freeze(this.entries);
        Object.freeze(this.problems);
        Object.freeze(this);
    }

    /** Parses a config list (anything that is not a list counts as empty). */
    static parse(list: unknown): ExemptionSet {
        if (!Array.isArray(list) || list.length === 0) {
            return ExemptionSet.EMPTY;
        }
        const parsed = list.map((entry, index) => parseConfigExemption(entry, index));
        return new ExemptionSet(
            parsed.filter((p): p is ConfigExemption => !("problem" in p)).map((e) => Object.freeze(e)),
            parsed.filter((p): p is ConfigExemptionProblem => "problem" in p).map((p) => Object.freeze(p)),
        );
    }

    /**
     * Finds the exemption that covers a finding of `policy` on `urn`: an
     * unexpired one wins; otherwise the latest expired one is named, so the
     * finding is reported again with its date. `tags` is read only when needed;
     * with `acceptTags` false a tag exemption is not applied, and named.
     */
    lookup(policy: string, urn: string, tags: () => Readonly<Record<string, string>>, today: string, acceptTags = true): ExemptionLookup {
        const candidates: Candidate[] = [];
        let refusedTag: string | undefined;
        const tag = tags()[exemptionTagKey(policy)];
        if (tag !== undefined) {
            const parsed = parseTagExemption(tag);
            if ("reason" in parsed && acceptTags) {
                candidates.push({ ...parsed, source: `tag ${exemptionTagKey(policy)}` });
            } else if ("reason" in parsed) {
                refusedTag = exemptionTagKey(policy);
            }
        }
        const found = this.choose(urn, candidates, today);
        return refusedTag === undefined ? found : { ...found, refusedTag };
    }

    private choose(urn: string, candidates: Candidate[], today: string): ExemptionLookup {
        for (const entry of this.entries) {
            if (globMatches(entry.urnPattern, urn)) {
                candidates.push({ reason: entry.reason, expires: entry.expires, source: entry.source });
            }
        }
        if (candidates.length === 0) {
            return { status: "none" };
        }
        const active = candidates.find((c) => c.expires >= today);
        if (active) {
            return { status: "active", ...active };
        }
        return { status: "expired", ...candidates.reduce((a, b) => (a.expires >= b.expires ? a : b)) };
    }

    /** Malformed config entries whose URN pattern would have covered `urn` (or that have none). */
    problemsFor(urn: string): ConfigExemptionProblem[] {
        return this.problems.filter((p) => p.urnPattern === undefined || globMatches(p.urnPattern, urn));
    }
}

/** One parsed value per configuration: keyed by the config's own list, which the engine replaces on `Configure`. */
const parsedByList = new WeakMap<object, ExemptionSet>();

/** The exemptions in a policy's config (`config.exemptions`), parsed once per configuration. */
export function exemptionsOf(config: unknown): ExemptionSet {
    const list = typeof config === "object" && config !== null ? (config as Record<string, unknown>)[CONFIG_EXEMPTIONS_KEY] : undefined;
    if (!Array.isArray(list)) {
        return ExemptionSet.EMPTY;
    }
    let set = parsedByList.get(list);
    if (!set) {
        set = ExemptionSet.parse(list);
        parsedByList.set(list, set);
    }
    return set;
}
