import * as z from 'zod/mini';

/** A text in Vietnamese and English. */
export const LocalizedTextSchema = z.strictObject({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

export const IsoDateSchema = z.iso.date();

/** A semantic version such as `1.2.0`. */
export const SemverSchema = z.string().check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a semantic version such as 1.0.0'));
