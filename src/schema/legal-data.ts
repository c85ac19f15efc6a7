import * as z from 'zod/mini';
import { IsoDateSchema, LocalizedTextSchema, SemverSchema } from './common.js';
import { LegalValueByFamilySchema, valueByFamily } from './legal-values.js';

/**
 * One dated legal fact: a value (an agency name, a list of content types, a
 * cap…) that holds from `effectiveFrom` to `effectiveTo` inclusive. An open end
 * means "until further notice". `verified` is true only when the figure was
 * read in the legal text itself or on an official site.
 */
export const LegalEntrySchema = z.strictObject({
  key: z.string().check(z.regex(/^[a-z][A-Za-z0-9]*(\.[a-z0-9-]+)?$/, 'a camelCase key, optionally with a .qualifier')),
  value: z.unknown(),
  effectiveFrom: z.optional(IsoDateSchema),
  effectiveTo: z.optional(IsoDateSchema),
  source: z.string().check(z.minLength(1)),
  verified: z.boolean(),
  note: z.optional(LocalizedTextSchema),
});

type Entries = readonly z.infer<typeof LegalEntrySchema>[];

/**
 * Checks each entry's value against its key's schema (src/schema/legal-values.ts),
 * reporting problems at `entries[i].value…`. Only a check: the parsed table
 * keeps every value exactly as given, so its fingerprint is the input's.
 */
function checkValues(payload: z.core.ParsePayload<Entries>): void {
  payload.value.forEach((entry, index) => {
    const checked = LegalValueByFamilySchema.safeParse(valueByFamily(entry), { reportInput: true });
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      // The value schemas are types, records and loose objects: a wrong type is the one problem they name precisely.
      const where = { input: issue.input, path: [index, 'value', ...issue.path.slice(1)], message: issue.message };
      payload.issues.push(issue.code === 'invalid_type' ? { ...where, code: 'invalid_type', expected: issue.expected } : { ...where, code: 'custom' });
    }
  });
}

/** The legal-data table: every dated legal fact the rules rely on, in one file. */
export const LegalDataSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal('khuyencong.legal-data/1'),
  version: SemverSchema,
  entries: z.array(LegalEntrySchema).check(z.check(checkValues)),
});

export type LegalEntry = z.infer<typeof LegalEntrySchema>;
export type LegalData = z.infer<typeof LegalDataSchema>;
