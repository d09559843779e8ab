import { PropValue, asRecord } from "../../framework/props";

/**
 * Visits every string in a property tree, property names included, without
 * recursion (so depth costs no stack) and in one pass (so the work is linear in
 * the size of the tree). Numbers, booleans and unknowns are not strings and are
 * passed over.
 */

/** A step of a property path: an object key or an array index. */
export type PathStep = string | number;

/** Called for every string; `isKey` is true when the string is a property name. */
export type StringVisitor = (path: readonly PathStep[], text: string, isKey: boolean) => void;

/** Returns true for a path whose subtree must not be visited (a proper home for secrets). */
export type SkipPath = (path: readonly PathStep[]) => boolean;

/** Visits every string under `root`, skipping the subtrees `skip` names. */
export function walkStrings(root: PropValue, visit: StringVisitor, skip: SkipPath = () => false): void {
    const stack: { value: PropValue; path: PathStep[] }[] = [{ value: root, path: [] }];
    while (stack.length > 0) {
        const { value, path } = stack.pop() as { value: PropValue; path: PathStep[] };
        if (path.length > 0 && skip(path)) {
            continue;
        }
        if (typeof value === "string") {
            visit(path, value, false);
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                stack.push({ value: value[i], path: [...path, i] });
            }
        } else {
            const record = asRecord(value);
            if (record) {
                const keys = Object.keys(record);
                for (let i = keys.length - 1; i >= 0; i--) {
                    visit([...path, keys[i]], keys[i], true);
                    stack.push({ value: record[keys[i]], path: [...path, keys[i]] });
                }
            }
        }
    }
}

/** `environment.variables.AWS_KEY`, `tags["a b"]`, `ingress[0].cidrBlocks[1]`: a path for messages. */
export function formatPath(path: readonly PathStep[]): string {
    let out = "";
    for (const step of path) {
        if (typeof step === "number") {
            out += `[${step}]`;
        } else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(step)) {
            out += out === "" ? step : `.${step}`;
        } else {
            out += `[${JSON.stringify(step.length > 60 ? `${step.slice(0, 60)}…` : step)}]`;
        }
    }
    return out === "" ? "(root)" : out;
}
