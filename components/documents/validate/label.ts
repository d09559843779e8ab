import { GuardrailInputError } from "../errors";

/** The prefix of every error a component throws: `ScopedServiceUser "renewer"`. */
export function componentLabel(component: string, name: string): string {
    return `${component} ${JSON.stringify(name)}`;
}

/**
 * Runs `build` (usually a document builder) and re-throws its
 * {@link GuardrailInputError} with `where` in front, so the message says which
 * component instance had the bad input.
 */
export function labelled<T>(where: string, build: () => T): T {
    try {
        return build();
    } catch (error) {
        if (error instanceof GuardrailInputError) {
            throw new GuardrailInputError(`${where}: ${error.message}`);
        }
        throw error;
    }
}
