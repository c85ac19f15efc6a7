import * as z from 'zod/mini';

/** The params of a fact that compares a count with a minimum the rule sets: `{ "minimum": 3 }`. */
export const MinimumSchema = z.strictObject({ minimum: z.int().check(z.minimum(0)) });

export type MinimumParams = z.infer<typeof MinimumSchema>;
