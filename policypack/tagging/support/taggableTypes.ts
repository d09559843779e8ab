import generated from "./taggableTypes.json";

/**
 * Every AWS resource type whose arguments accept `tags`, generated from
 * `@pulumi/aws` by `scripts/taggableTypes.ts` (`npm run generate:taggable-types`).
 */
export const TAGGABLE_TYPES: ReadonlySet<string> = new Set(generated.types);

/** The @pulumi/aws version the list was generated from. */
export const TAGGABLE_TYPES_AWS_VERSION: string = generated.awsVersion;
