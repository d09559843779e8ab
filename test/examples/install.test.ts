import { strict as assert } from "assert";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import * as os from "os";
import * as path from "path";
import { run, startInBackground } from "../support/background";
import { REPO_ROOT } from "../support/cli";

const UPSTREAM = "registry.npmjs.org";
const OWN_NAME = /^\/aws-guardrails(\/|$|@)/;

/**
 * A registry for npm that records every request and forwards it to the public
 * registry, except a request for our own name: that one never leaves the
 * machine (it is answered 404 here), so that whoever holds the name on the
 * registry can never serve code to a reader who installs an example.
 */
async function loggingRegistry(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
        const url = req.url ?? "/";
        requests.push(decodeURIComponent(url));
        if (OWN_NAME.test(decodeURIComponent(url))) {
            res.writeHead(404, { "content-type": "application/json" });
            res.end(JSON.stringify({ error: "Not found" }));
            return;
        }
        const headers = { ...req.headers, host: UPSTREAM };
        delete headers.connection;
        const upstream = https.request({ host: UPSTREAM, path: url, method: req.method, headers }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
        });
        upstream.on("error", (err) => {
            res.writeHead(502);
            res.end(`the registry could not be reached: ${err.message}`);
        });
        req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function npmInstall(cwd: string, registry: string): Promise<{ status: number | null; output: string }> {
    // Scripts are not run: the link's own `prepare` would rebuild this checkout, which the suite has just built.
    const result = await run("npm", ["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", "--registry", registry], {
        cwd, env: { ...process.env, npm_config_loglevel: "warn" },
    });
    return { status: result.status, output: result.stdout + result.stderr };
}

/** A clean folder laid out as a checkout: the package at the top (its build and dependencies linked in), one example copied below it. */
function cleanCheckout(example: string, dependency?: string): { root: string; dir: string } {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-example-install-"));
    fs.copyFileSync(path.join(REPO_ROOT, "package.json"), path.join(root, "package.json"));
    for (const built of ["dist", "policypack", "node_modules"]) {
        fs.symlinkSync(path.join(REPO_ROOT, built), path.join(root, built));
    }
    const dir = path.join(root, "examples", example);
    fs.cpSync(path.join(REPO_ROOT, "examples", example), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
    if (dependency) {
        const file = path.join(dir, "package.json");
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("\"file:../..\"", JSON.stringify(dependency)));
    }
    return { root, dir };
}

/** One install of the per-service-user example in a clean checkout, through a registry that records every request. */
interface RecordedInstall {
    /** The clean checkout's root and the example's folder in it. */
    checkout: { root: string; dir: string };
    /** How `npm install` ended, with its output. */
    run: { status: number | null; output: string };
    /** Every request the registry saw, decoded. */
    requests: string[];
}

async function recordedInstall(dependency?: string): Promise<RecordedInstall> {
    const registry = await loggingRegistry();
    try {
        const checkout = cleanCheckout("per-service-user", dependency);
        const result = await npmInstall(checkout.dir, registry.url);
        return { checkout, run: result, requests: registry.requests };
    } finally {
        await registry.close();
    }
}

// Both installs start when this file loads and run while the rest of the suite does, one after the other.
const linked = startInBackground(() => recordedInstall());
const fromRegistry = startInBackground(async () => {
    await linked.catch(() => undefined);
    return recordedInstall("^0.1.0");
});

describe("an example installs on its own, and never asks the registry for our own name", function () {
    this.timeout(180_000);
    after(async () => {
        for (const install of await Promise.allSettled([linked, fromRegistry])) {
            if (install.status === "fulfilled") {
                fs.rmSync(install.value.checkout.root, { recursive: true, force: true });
            }
        }
    });

    it("every example depends on the package through the relative path of this checkout", () => {
        for (const name of fs.readdirSync(path.join(REPO_ROOT, "examples"))) {
            const file = path.join(REPO_ROOT, "examples", name, "package.json");
            if (fs.existsSync(file)) {
                const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
                assert.equal({ ...pkg.dependencies, ...pkg.devDependencies }["aws-guardrails"], "file:../..", name);
            }
        }
    });

    it("per-service-user: npm install links the package; every registry request is seen, and none is for aws-guardrails", async () => {
        const { checkout, run: install, requests } = await linked;
        assert.equal(install.status, 0, install.output);
        assert.deepEqual(requests.filter((r) => OWN_NAME.test(r)), []);
        assert.equal(fs.realpathSync(path.join(checkout.dir, "node_modules", "aws-guardrails")), fs.realpathSync(checkout.root));
        assert.equal(require.resolve("aws-guardrails", { paths: [checkout.dir] }), path.join(REPO_ROOT, "dist", "components", "index.js"));
    });

    it("with the old registry range instead, the lookup of our name is caught here and never forwarded (the guard works)", async () => {
        const { run: install, requests } = await fromRegistry;
        assert.notEqual(install.status, 0);
        assert.ok(requests.some((r) => OWN_NAME.test(r)), requests.join("\n"));
    });
});
