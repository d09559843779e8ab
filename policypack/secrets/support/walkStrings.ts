import { PropValue, asRecord } from "../../framework/props";

/**
 * Visits every string in a property tree, property names included, without
 * recursion (so depth costs no stack) and in one pass (so the work is linear in
 * the size of the tree). Numbers, booleans and unknowns are not strings and are
 * passed over.
 */

/** A step of a property path: an object key or an array index. */
export type PathStep = string | number;

/** Where a visited string stands; the path is built only when asked for (a finding). */
export interface StringSite {
    /** True when the string is a property name. */
    readonly isKey: boolean;
    /** The nearest property name at or above the string ("" at the root). */
    readonly lastKey: string;
    /** The full path from the root. */
    path(): PathStep[];
}

/** Called for every string. */
export type StringVisitor = (text: string, site: StringSite) => void;

/** Returns true for a top-level property whose subtree must not be visited (a proper home for secrets). */
export type SkipTopLevel = (key: string) => boolean;

/** A node of the path, linked to its parent, so that no path array is copied per node. */
interface PathNode {
    readonly parent: PathNode | undefined;
    readonly step: PathStep;
}

function pathOf(node: PathNode | undefined): PathStep[] {
    const steps: PathStep[] = [];
    for (let at = node; at; at = at.parent) {
        steps.push(at.step);
    }
    return steps.reverse();
}

function site(node: PathNode | undefined, isKey: boolean, lastKey: string): StringSite {
    return { isKey, lastKey, path: () => pathOf(node) };
}

/** Visits every string under `root`, skipping the top-level properties `skip` names. */
export function walkStrings(root: PropValue, visit: StringVisitor, skip: SkipTopLevel = () => false): void {
    const stack: { value: PropValue; node: PathNode | undefined; lastKey: string }[] = [{ value: root, node: undefined, lastKey: "" }];
    while (stack.length > 0) {
        const { value, node, lastKey } = stack.pop() as { value: PropValue; node: PathNode | undefined; lastKey: string };
        if (typeof value === "string") {
            visit(value, site(node, false, lastKey));
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                stack.push({ value: value[i], node: { parent: node, step: i }, lastKey });
            }
        } else {
            const record = asRecord(value);
            if (record) {
                const keys = Object.keys(record);
                for (let i = keys.length - 1; i >= 0; i--) {
                    const key = keys[i];
                    const child = { parent: node, step: key };
                    visit(key, site(child, true, key));
                    if (node !== undefined || !skip(key)) {
                        stack.push({ value: record[key], node: child, lastKey: key });
                    }
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
