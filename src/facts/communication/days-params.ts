import * as z from 'zod/mini';

/** The params of the facts that look a number of days before a date: `{ "days": 30 }`. */
export const DaysSchema = z.strictObject({ days: z.int().check(z.minimum(0)) });

export type DaysParams = z.infer<typeof DaysSchema>;
