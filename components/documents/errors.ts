/**
 * The one error type every builder and validator in this folder throws.
 *
 * Components call the builders in their constructors, so a bad input fails before
 * any resource is registered. The message always names the bad value and what is
 * allowed instead; tests compare it exactly.
 */
export class GuardrailInputError extends Error {
    /** Creates an error whose message names the bad value and the allowed ones. */
    constructor(message: string) {
        super(message);
        this.name = "GuardrailInputError";
        Object.setPrototypeOf(this, GuardrailInputError.prototype);
    }
}
