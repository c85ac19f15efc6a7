import type { LegalFamily, LegalValues } from '../../schema/legal-values.js';
import type { EvaluationContext } from '../context.js';
import type { TypedLegalEntry } from '../legal-index.js';

/** What a legal lookup reads of the evaluation: the table and the date whose law applies. */
export type LegalLookupContext = Pick<EvaluationContext, 'legal' | 'referenceDate'>;

/** Which entry to read: by default the unqualified key, on the legal reference date. */
export interface LegalLookup {
  /** The key's qualifier: `supportCap` with `advanced-equipment` reads `supportCap.advanced-equipment`. */
  readonly qualifier?: string;
  /** The date whose entry applies (ISO `YYYY-MM-DD`); the reference date unless given. */
  readonly on?: string;
}

/** The legal-data entry of a key family in force, with its value typed (checked when the legal data loaded). */
export function legalEntry<Family extends LegalFamily>(
  context: LegalLookupContext,
  family: Family,
  lookup: LegalLookup = {},
): TypedLegalEntry<Family> | undefined {
  return context.legal.typedEntryOn(family, lookup.on ?? context.referenceDate, lookup.qualifier);
}

/** The value of a legal-data key in force, typed; undefined when the table has none for that date. */
export function legalValue<Family extends LegalFamily>(context: LegalLookupContext, family: Family, lookup: LegalLookup = {}): LegalValues[Family] | undefined {
  return legalEntry(context, family, lookup)?.value;
}

/** The families whose value is a list of codes. */
export type LegalCodeListFamily = { [Family in LegalFamily]: LegalValues[Family] extends string[] ? Family : never }[LegalFamily];

/** A list of codes in force on the reference date; empty when the table has none for that date. */
export function legalCodes(context: LegalLookupContext, family: LegalCodeListFamily): string[] {
  return legalValue(context, family) ?? [];
}
