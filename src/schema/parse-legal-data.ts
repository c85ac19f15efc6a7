import type { Locale } from '../i18n/locale.js';
import type { ValidationIssue } from './errors.js';
import { localizeIssues } from './issues.js';
import { LegalDataSchema, type LegalData } from './legal-data.js';

/** The outcome of {@link parseLegalData}: the table, or every problem found in it. */
export type LegalDataParse = { success: true; data: LegalData } | { success: false; issues: ValidationIssue[] };

export interface ParseLegalDataOptions {
  /** Say what was found where a value is wrong (`got "yes"`), and tell a missing field from a wrong one (default true). */
  reportInput?: boolean | undefined;
}

/** Parses a legal-data table with {@link LegalDataSchema}; its issues are in `locale`, their paths under `(legal data)`. */
export function parseLegalData(input: unknown, locale: Locale, options: ParseLegalDataOptions = {}): LegalDataParse {
  const parsed = LegalDataSchema.safeParse(input, { reportInput: options.reportInput ?? true });
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, issues: localizeIssues(parsed.error.issues, locale, '(legal data)') };
}
