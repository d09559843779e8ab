import { serviceActionNames, serviceNames } from "../../../components/documents";

/** Services loaded per turn of the event loop: a few milliseconds, so no request waits long behind one turn. */
const SERVICES_PER_TURN = 8;

/**
 * Loads the whole IAM action catalog once, in the background, a few services
 * per turn of the event loop, starting just after the pack starts serving. The
 * catalog otherwise loads per service on first use, which made the first large
 * document of a run wait for every service it names (about 100 ms for thirty).
 * Start-up itself does not wait: the server prints its port first.
 */
export function warmActionCatalogInBackground(): void {
    let names: string[];
    try {
        names = serviceNames();
    } catch {
        return; // No catalog: iam-actions-exist reports that itself.
    }
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
    setImmediate(turn);
}
