/**
 * The markers of Pulumi's serialized property values, as the engine writes
 * them in RPC messages, stack exports and preview JSON (`resource.SigKey` and
 * friends in `sdk/go/common/resource/properties.go`). They are wire constants,
 * spelt out here so that readers of files never load the Pulumi SDK; a test
 * holds them equal to `@pulumi/pulumi/runtime/rpc`'s.
 */

/** The key whose value says what kind of special value an object is. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
/** A secret: `{ [SIG_KEY]: SECRET_SIG, value }` in RPC, `ciphertext` or `plaintext` in a stack export. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** A reference to another resource (`urn`, and `id` for a custom resource). */
export const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
/** An asset. */
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
/** An archive. */
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
/** An output value (known or not, secret or not, with its dependencies). */
export const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
/** A value not known until the resource exists (a preview's computed value). */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
