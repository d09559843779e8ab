import { captureRegistration, markSecretOutputs, type RegisterRequest, type RegisterResponse, type StructLike } from "./capture";
import { revealSecrets } from "./propertyValues";
import type { CapturedResource } from "./types";
import { duplicateUrnMessage, engineUrn, parseUrn, ROOT_STACK_TYPE } from "./urns";

type Callback<T> = (err: unknown, response: T | undefined) => void;

/** The getters of a RegisterResourceOutputsRequest that the monitor reads. */
interface OutputsRequest {
    getUrn(): string;
    getOutputs(): StructLike | undefined;
}

/** The getters of a ReadResourceRequest that the monitor reads. */
interface ReadRequest {
    getType(): string;
    getName(): string;
    getParent(): string;
}

/** The response of a ReadResource call, whose URN the monitor rewrites. */
interface ReadResponse {
    getUrn(): string;
    setUrn(value: string): unknown;
}

/** The methods of the SDK's mock monitor that the engine bookkeeping wraps. */
export interface WrappableMonitor {
    registerResource(req: RegisterRequest, callback: Callback<RegisterResponse>): Promise<void>;
    registerResourceOutputs(req: OutputsRequest, callback: Callback<unknown>): void;
    readResource(req: ReadRequest, callback: Callback<ReadResponse>): Promise<void>;
}

/** What the engine bookkeeping recorded during a run. */
export interface EngineLedger {
    /** Every registered resource, in registration order, under its engine URN (unless not kept). */
    resources: CapturedResource[];
    /** URNs of the multi-language components the program registered. */
    remoteComponents: string[];
    /** The root stack's outputs, as registered. */
    stackOutputs?: Record<string, unknown>;
}

/** What the engine bookkeeping needs to know. */
export interface EngineMonitorOptions {
    /** The stack name. */
    stack: string;
    /** The project name. */
    project: string;
    /** Called with an error the engine would fail the deployment with (a duplicate URN). */
    onFailure(error: Error): void;
    /** Called after each registration, with the count so far. */
    onRegistered?(count: number): void;
    /** Called with each registration as it is captured. */
    onCaptured?(resource: CapturedResource): void;
    /** Called when a provider registers, with its URN and plain inputs (for its region). */
    onProvider?(urn: string, inputs: Record<string, unknown>): void;
    /** Keep every registration in the ledger (default true). */
    keepResources?: boolean;
}

/**
 * Makes the SDK's mock monitor keep the engine's books: URNs built from the
 * whole parent type chain (never the root stack), duplicate URNs refused with
 * the engine's message, secret outputs marked, remote components noted, and
 * every registration captured as the engine would hand it to an analyzer.
 */
export function installEngineMonitor(monitor: WrappableMonitor, options: EngineMonitorOptions): EngineLedger {
    const ledger: EngineLedger = { resources: [], remoteComponents: [] };
    let registered = 0;
    const mockUrnOf = new Map<string, string>();
    const claim = (urn: string): Error | undefined => {
        if (mockUrnOf.has(urn)) {
            const error = new Error(duplicateUrnMessage(urn));
            options.onFailure(error);
            return error;
        }
        mockUrnOf.set(urn, urn);
        return undefined;
    };

    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = async (req, callback) => {
        const urn = engineUrn(options.stack, options.project, req.getParent(), req.getType(), req.getName());
        const duplicate = claim(urn);
        if (duplicate) {
            callback(duplicate, undefined);
            return;
        }
        await register(req, (err, res) => {
            if (!err && res) {
                mockUrnOf.set(urn, res.getUrn());
                res.setUrn(urn);
                markSecretOutputs(req, res);
                const captured = captureRegistration(req, res, urn);
                registered++;
                if (options.keepResources !== false) {
                    ledger.resources.push(captured);
                }
                if (captured.type.startsWith("pulumi:providers:")) {
                    options.onProvider?.(urn, revealSecrets(captured.analyzerInputs) as Record<string, unknown>);
                }
                if (req.getRemote()) {
                    ledger.remoteComponents.push(urn);
                }
                options.onCaptured?.(captured);
                options.onRegistered?.(registered);
            }
            callback(err, res);
        });
    };

    const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req, callback) => {
        const urn = req.getUrn();
        if (parseUrn(urn)?.typeChain === ROOT_STACK_TYPE) {
            ledger.stackOutputs = req.getOutputs()?.toJavaScript();
        }
        const mockUrn = mockUrnOf.get(urn) ?? urn;
        registerOutputs({ getUrn: () => mockUrn, getOutputs: () => req.getOutputs() }, callback);
    };

    const read = monitor.readResource.bind(monitor);
    monitor.readResource = async (req, callback) => {
        const urn = engineUrn(options.stack, options.project, req.getParent(), req.getType(), req.getName());
        const duplicate = claim(urn);
        if (duplicate) {
            callback(duplicate, undefined);
            return;
        }
        await read(req, (err, res) => {
            if (!err && res) {
                mockUrnOf.set(urn, res.getUrn());
                res.setUrn(urn);
            }
            callback(err, res);
        });
    };
    return ledger;
}
