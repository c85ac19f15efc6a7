import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { OptionsError, type ValidationIssue } from './errors.js';
import { describeIssues, wordIssues, type IssueDetail } from './issues.js';
import { LocalNormsListSchema, LocalNormsSchema, overlapIssues, type LocalNorms } from './local-norms.js';

/** The outcome of {@link parseLocalNorms}: the documents, or every problem found in them. */
export type LocalNormsParse =
  | { success: true; norms: LocalNorms[] }
  | {
      success: false;
      /** Every problem, worded in the locale asked for, each naming its path in the input (`[0].caps.advanced-equipment.percent`). */
      issues: ValidationIssue[];
      /** The same problems as an error, worded in both languages in its `message` and in any locale by `messageIn`. */
      error: OptionsError;
    };

/** How {@link parseLocalNorms} names what it read and words its problems. */
export interface ParseLocalNormsOptions {
  /** The language of `issues` and of the error's `issues` (default `vi`). */
  locale?: Locale;
  /** What a problem with the input as a whole is said to be in: a file name, say (default `(local norms)`). */
  label?: string;
}

/**
 * Checks provincial cost norms (`khuyencong.local-norms/1`): one document or a list of them, as
 * a host or the CLI reads them from a file. Each document must match the format (no unknown
 * key, real dates, `effectiveTo` not before `effectiveFrom`, caps keyed by content type), and no
 * two may give the same province a cap for the same content type on the same day. Whether each
 * province exists on its `effectiveFrom` needs the legal data, so `createEvaluator` checks that.
 *
 * @example
 * const parsed = parseLocalNorms(JSON.parse(text), { label: 'hai-duong-2023.json', locale: 'en' });
 * if (!parsed.success) throw parsed.error;
 * const evaluator = createEvaluator({ localNorms: parsed.norms });
 */
export function parseLocalNorms(input: unknown, options: ParseLocalNormsOptions = {}): LocalNormsParse {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const label = options.label ?? '(local norms)';
  const single = !Array.isArray(input);
  const parsed = single ? LocalNormsSchema.safeParse(input, { reportInput: true }) : LocalNormsListSchema.safeParse(input, { reportInput: true });
  let details: IssueDetail[];
  if (parsed.success) {
    const norms = single ? [parsed.data as LocalNorms] : (parsed.data as LocalNorms[]);
    details = overlapIssues(norms, (index) => (single ? label : `[${index}]`));
    if (details.length === 0) return { success: true, norms };
  } else {
    details = describeIssues(parsed.error.issues, label, 'norms.unknownField');
  }
  return { success: false, issues: wordIssues(details, locale), error: new OptionsError(details, locale) };
}
