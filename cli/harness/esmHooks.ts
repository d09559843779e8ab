/**
 * Node.js module hooks that load a TypeScript ES-module program through
 * ts-node's ESM mode, as the Pulumi language host does for a program whose
 * package.json says `"type": "module"`. Registered with `module.register`,
 * which hands `initialize` the ts-node options.
 */
import type { RegisterOptions } from "ts-node";
import * as tsNode from "ts-node";

/** The next hook in Node's chain. */
type Next = (specifier: string, context: unknown) => unknown;

/** The two hooks of Node's module customization API that ts-node provides. */
interface LoaderHooks {
    resolve(specifier: string, context: unknown, next: Next): unknown;
    load(url: string, context: unknown, next: Next): unknown;
}

let hooks: LoaderHooks | undefined;

/** Receives the ts-node options from `module.register`. */
export async function initialize(options: RegisterOptions): Promise<void> {
    hooks = tsNode.createEsmHooks(tsNode.register(options)) as unknown as LoaderHooks;
}

/** Resolves `.ts` specifiers (including `./file.js` written for `./file.ts`). */
export function resolve(specifier: string, context: unknown, next: Next): unknown {
    return hooks ? hooks.resolve(specifier, context, next) : next(specifier, context);
}

/** Transpiles TypeScript sources on load. */
export function load(url: string, context: unknown, next: Next): unknown {
    return hooks ? hooks.load(url, context, next) : next(url, context);
}
