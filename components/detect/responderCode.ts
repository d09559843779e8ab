import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";

/**
 * Finds the responder's compiled JavaScript and packages it for Lambda. The
 * handler is TypeScript in `components/detect/responder/`, compiled by the
 * package's own build (`npm run build`) to `dist/components/detect/responder/`.
 * Run from the compiled library, the code sits next to this file; run from
 * the sources through ts-node (the root program, the tests), it is in `dist/`.
 * Only the `.js` files go into the archive: the AWS SDK comes from the runtime.
 */

/** The Lambda handler setting: `handler.js`, export `handler`. */
export const RESPONDER_HANDLER = "handler.handler";

/** The folders the compiled responder may be in, nearest first. */
export function responderCodeCandidates(here: string = __dirname): string[] {
    return [
        path.join(here, "responder"),
        path.resolve(here, "..", "..", "dist", "components", "detect", "responder"),
    ];
}

/** The folder holding the compiled handler, or an error that says how to build it. */
export function findResponderCode(candidates: string[] = responderCodeCandidates()): string {
    const found = candidates.find((dir) => fs.existsSync(path.join(dir, "handler.js")));
    if (!found) {
        throw new Error(`LeakedKeyResponder: the compiled handler (handler.js) is not in ${candidates.join(" or ")}; run \`npm run build\` in the aws-guardrails package first`);
    }
    return found;
}

/** The archive of the compiled handler: every `.js` file of the folder, by name. */
export function responderArchive(dir: string): pulumi.asset.AssetArchive {
    const files = fs.readdirSync(dir).filter((file) => file.endsWith(".js")).sort();
    return new pulumi.asset.AssetArchive(Object.fromEntries(files.map((file) => [file, new pulumi.asset.FileAsset(path.join(dir, file))])));
}
