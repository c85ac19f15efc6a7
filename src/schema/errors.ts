import type { Locale, LocalizedText } from '../i18n/locale.js';

/**
 * A plain tag on every error this library throws, for hosts that cannot rely
 * on `instanceof` (two copies of the library, errors crossing a worker boundary).
 */
export type ErrorKind = 'invalid-dossier' | 'invalid-option' | 'invalid-rule-set' | 'host-fact';

/** One problem in a dossier: where it is and what was expected, in the caller's locale. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `budget.lines[1].amount`. */
  path: string;
  /** What was expected there, in the requested locale. */
  message: string;
  /** A stable, language-neutral code: `invalid_type`, `invalid_value`, `invalid_date`, `too_small`, `unknown_field`, … */
  code: string;
}

/**
 * The dossier is present but malformed (a missing field is never an error).
 * `issues` lists every problem found, not just the first.
 */
export class DossierValidationError extends Error {
  override name = 'DossierValidationError';
  readonly kind = 'invalid-dossier' as const;
  readonly issues: readonly ValidationIssue[];
  readonly locale: Locale;

  constructor(issues: readonly ValidationIssue[], locale: Locale) {
    const head =
      locale === 'vi'
        ? `Hồ sơ không hợp lệ (${issues.length} lỗi)`
        : `Invalid dossier (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'})`;
    super(`${head}:\n${issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n')}`);
    this.issues = issues;
    this.locale = locale;
  }
}

/** An option passed to the evaluator is malformed (a date that is not a date, an unknown locale…). */
export class OptionsError extends Error {
  override name = 'OptionsError';
  readonly kind = 'invalid-option' as const;
  /** The option at fault, e.g. `asOf`. */
  readonly option: string;
  /** What is wrong, in each language (the `message` has both). */
  readonly messages: LocalizedText;

  constructor(option: string, vi: string, en: string) {
    super(`${option}: ${vi} / ${en}`);
    this.option = option;
    this.messages = { vi, en };
  }
}

/**
 * A rule set (or the legal data) cannot be loaded: it does not match the
 * rule-set format, or a rule names an unknown fact, operator, parameter,
 * dossier path or placeholder. The message names the rule set and the rule.
 */
export class RuleSetError extends Error {
  override name = 'RuleSetError';
  readonly kind = 'invalid-rule-set' as const;
  /** The rule set (its id, or the file it came from). */
  readonly ruleSet: string;
  /** The rule at fault, when the problem is inside one rule. */
  readonly ruleId: string | undefined;
  readonly problems: readonly string[];

  constructor(ruleSet: string, ruleId: string | undefined, problems: readonly string[]) {
    const where = ruleId ? `${ruleSet}, rule ${ruleId}` : ruleSet;
    super(`Không nạp được bộ quy tắc / Cannot load rule set ${where}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.ruleSet = ruleSet;
    this.ruleId = ruleId;
    this.problems = problems;
  }
}
