import type { Locale } from '../i18n/locale.js';
import type { ValidationIssue } from './errors.js';
import { describeIssues, wordIssues, type IssueDetail } from './issues.js';
import { LegalDataSchema, type LegalData } from './legal-data.js';

/** The outcome of {@link parseLegalData}: the table, or every problem found in it. */
export type LegalDataParse =
  | { success: true; data: LegalData }
  /** `issues` worded in the locale asked for; `details` the same, not worded yet (for an error worded later). */
  | { success: false; issues: ValidationIssue[]; details: IssueDetail[] };

export interface ParseLegalDataOptions {
  /** Say what was found where a value is wrong (`got "yes"`), and tell a missing field from a wrong one (default true). */
  reportInput?: boolean | undefined;
}

/** Parses a legal-data table with {@link LegalDataSchema}; its issues are in `locale`, their paths under `(legal data)`. */
export function parseLegalData(input: unknown, locale: Locale, options: ParseLegalDataOptions = {}): LegalDataParse {
  const parsed = LegalDataSchema.safeParse(input, { reportInput: options.reportInput ?? true });
  if (parsed.success) return { success: true, data: parsed.data };
  const details = describeIssues(parsed.error.issues, '(legal data)');
  return { success: false, issues: wordIssues(details, locale), details };
}
