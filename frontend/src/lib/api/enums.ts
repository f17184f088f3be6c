/**
 * An enum's values as generated from openapi.yaml (`schema.ts`, `--enum-values`), typed as the non-empty tuple that
 * zod and the pickers take: the SPA never copies an API enum by hand.
 */
export const enumValues = <T extends string>(all: ReadonlyArray<T>): readonly [T, ...T[]] => all as readonly [T, ...T[]];
