import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run, type ProcessResult } from "../support/background";
import { REPO_ROOT } from "../support/cli";

/** What `npm pack --json` says of the tarball. */
export interface PackResult {
    /** The tarball's file name. */
    filename: string;
    /** Packed size in bytes. */
    size: number;
    /** Unpacked size in bytes. */
    unpackedSize: number;
    /** Every file in it. */
    files: { path: string; size: number }[];
}

/** The tarball, packed into a folder of its own. */
export interface Packed {
    /** The folder holding the tarball (removed by the test file). */
    work: string;
    /** What npm says of it. */
    result: PackResult;
}

/** Each step of installing the tarball into a consumer project and using it. */
export interface ConsumerRun {
    /** `npm install` of the tarball with the consumer's own dependencies. */
    install: ProcessResult;
    /** `tsc -p tsconfig.json` of the consumer. */
    compiled: ProcessResult;
    /** `aws-guardrails check . --json` from the installed package. */
    check: ProcessResult;
    /** The component classes the installed package exports, as JSON. */
    listed: ProcessResult;
}

const CONSUMER_SOURCE = path.join(__dirname, "consumer");

/** `npm pack` of this checkout, as `npm publish` would pack it. */
export async function packThisCheckout(): Promise<Packed> {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-pack-"));
    const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: REPO_ROOT });
    if (packed.status !== 0) {
        throw new Error(`npm pack failed:\n${packed.stderr}`);
    }
    return { work, result: (JSON.parse(packed.stdout) as PackResult[])[0] };
}

/**
 * Installs the tarball into a fresh consumer project (only the dependencies it
 * declares, from the npm cache where possible), compiles the consumer with its
 * own tsc, runs the installed `check` on it, and lists the exported components.
 */
export async function installIntoConsumer(packed: Packed): Promise<ConsumerRun> {
    const consumer = path.join(packed.work, "consumer");
    fs.cpSync(CONSUMER_SOURCE, consumer, { recursive: true });
    const rootPkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    fs.writeFileSync(path.join(consumer, "package.json"), JSON.stringify({
        name: "guardrails-consumer",
        private: true,
        main: "bin/index.js",
        dependencies: {
            "aws-guardrails": `file:${path.join(packed.work, packed.result.filename)}`,
            "@pulumi/aws": rootPkg.dependencies["@pulumi/aws"],
            "@pulumi/pulumi": rootPkg.dependencies["@pulumi/pulumi"],
        },
    }, null, 2));
    const install = await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: consumer });
    const installed = path.join(consumer, "node_modules", "aws-guardrails");
    const compiled = await run(process.execPath, [path.join(consumer, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: consumer });
    const check = await run(process.execPath, [path.join(installed, "dist", "cli", "main.js"), "check", ".", "--json"], {
        cwd: consumer, env: { ...process.env, NO_COLOR: "1" },
    });
    const listed = await run(process.execPath, ["-e", `
        const pulumi = require("@pulumi/pulumi");
        const lib = require(${JSON.stringify(installed)});
        const names = Object.entries(lib).filter(([, v]) => typeof v === "function" && v.prototype instanceof pulumi.ComponentResource).map(([k]) => k);
        console.log(JSON.stringify(names));`], { cwd: consumer });
    return { install, compiled, check, listed };
}
