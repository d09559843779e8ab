import { serviceActionNames, serviceNames } from "../../../components/documents";

/** Services loaded per turn of the event loop: a few milliseconds, so no request waits long behind one turn. */
const SERVICES_PER_TURN = 8;

/** The engine's first calls (GetAnalyzerInfo, Configure) come right after start-up; the warm-up waits for them. */
const START_DELAY_MS = 200;

/**
 * Loads the whole IAM action catalog once, in the background, a few services
 * per turn of the event loop, starting just after the pack starts serving. The
 * catalog otherwise loads per service on first use, which made the first large
 * document of a run wait for every service it names (about 100 ms for thirty).
 * Start-up itself does not wait: the warm-up begins once the engine has had
 * time to ask for the pack's metadata.
 */
export function warmActionCatalogInBackground(): void {
    let names: string[] = [];
    let next = 0;
    const turn = () => {
        for (const end = Math.min(next + SERVICES_PER_TURN, names.length); next < end; next++) {
            try {
                serviceActionNames(names[next]);
            } catch {
                // A broken service file stays unloaded; lookups report it when they reach it.
            }
        }
        if (next < names.length) {
            setImmediate(turn);
        }
    };
    setTimeout(() => {
        try {
            names = serviceNames();
        } catch {
            return; // No catalog: iam-actions-exist reports that itself.
        }
        turn();
    }, START_DELAY_MS);
}
