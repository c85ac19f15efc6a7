import type { Locale, LocalizedText } from '../i18n/locale.js';
import { phrase, say, sayBoth, type MessageId, type MessageParams } from '../i18n/say.js';
import { LIMITS, type LimitName } from './limits.js';
import { wordIssue, wordIssueInBoth, wordIssues, type IssueDetail } from './issues.js';

export type { IssueDetail } from './issues.js';

/**
 * A plain tag on every error this library throws, for hosts that cannot rely
 * on `instanceof` (two copies of the library, errors crossing a worker boundary).
 */
export type ErrorKind = 'invalid-dossier' | 'invalid-option' | 'invalid-rule-set' | 'host-fact' | 'cancelled' | 'internal';

/** One problem in a dossier or an option: where it is and what was expected, in the caller's locale. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `budget.lines[1].amount`. */
  path: string;
  /** What was expected there, in the requested locale. */
  message: string;
  /** A stable, language-neutral code: `invalid_type`, `invalid_value`, `invalid_date`, `too_small`, `unknown_field`, `unreadable`, `too_deep`, … */
  code: string;
  /** The limit exceeded (see `LIMITS` and docs/limits.md), when the problem is a size limit. */
  limit?: LimitName;
}

/**
 * What every error of this library carries besides its `message`: the catalogue id of its
 * headline (`code`), the values that headline names (`params`), and its whole text in any locale.
 */
export interface LocalizableError {
  readonly code: MessageId;
  readonly params: MessageParams;
  /** The error's text in `locale`, for the host to show in its reader's language. */
  messageIn(locale: Locale): string;
}

/** The problems of a list shown, then the count of the rest ("and 9,800 more") when some were left out. */
function bulleted(lines: readonly string[], omitted: number, locale: Locale | undefined): string {
  return withCountOfOmitted(lines, omitted, locale).map((line) => `  - ${line}`).join('\n');
}

/** `lines`, then "and 9,800 more" (in `locale`, or in both languages when undefined) when some were left out. */
function withCountOfOmitted(lines: readonly string[], omitted: number, locale: Locale | undefined): readonly string[] {
  if (omitted === 0) return lines;
  const more = phrase('list.andMore', { count: omitted });
  return [...lines, locale ? say(locale, more) : sayBoth(more)];
}

/** The first `LIMITS.reportedIssues` problems, and how many were left out: an error never carries more. */
function firstProblems<Problem>(problems: readonly Problem[]): { kept: readonly Problem[]; omitted: number } {
  const kept = problems.slice(0, LIMITS.reportedIssues);
  return { kept, omitted: problems.length - kept.length };
}

/**
 * The dossier is present but malformed (a missing field is never an error).
 * `issues` lists every problem found, not just the first, in the call's `locale`;
 * so does `message`.
 */
export class DossierValidationError extends Error implements LocalizableError {
  override name = 'DossierValidationError';
  readonly kind = 'invalid-dossier' as const;
  readonly code = 'error.dossier' as const;
  /** How many problems were found, {@link omitted} included. */
  readonly params: { readonly count: number };
  /** The problems, worded in {@link locale}: the first `LIMITS.reportedIssues` (100) of them. */
  readonly issues: readonly ValidationIssue[];
  /** The same problems, not worded yet: for {@link messageIn}. */
  readonly details: readonly IssueDetail[];
  /** How many problems were found beyond those listed (0 when every one is listed). */
  readonly omitted: number;
  readonly locale: Locale;

  constructor(details: readonly IssueDetail[], locale: Locale) {
    const { kept, omitted } = firstProblems(details);
    super(describeDossierIssues(kept, omitted, locale));
    this.params = { count: details.length };
    this.details = kept;
    this.omitted = omitted;
    this.issues = wordIssues(kept, locale);
    this.locale = locale;
  }

  messageIn(locale: Locale): string {
    return describeDossierIssues(this.details, this.omitted, locale);
  }
}

function describeDossierIssues(details: readonly IssueDetail[], omitted: number, locale: Locale): string {
  const head = say(locale, 'error.dossier', { count: details.length + omitted });
  return `${head}:\n${bulleted(details.map((detail) => `${detail.path}: ${wordIssue(detail, locale)}`), omitted, locale)}`;
}

/**
 * An option passed to the evaluator is malformed (a date that is not a date, an unknown
 * locale, an override of a rule that does not exist…). `issues` lists every problem found,
 * in the caller's `locale`; `message` gives each in Vietnamese and English
 * (`path: vi / en`), since an option error often reaches a developer's log rather than a reader.
 */
export class OptionsError extends Error implements LocalizableError {
  override name = 'OptionsError';
  readonly kind = 'invalid-option' as const;
  readonly code = 'error.options' as const;
  readonly params: MessageParams = {};
  /** The first option at fault, e.g. `asOf`. */
  readonly option: string;
  /** What is wrong with the first option, in each language. */
  readonly messages: LocalizedText;
  /** The problems, worded in {@link locale}: the first `LIMITS.reportedIssues` (100) of them. */
  readonly issues: readonly ValidationIssue[];
  /** The same problems, not worded yet: for {@link messageIn}. */
  readonly details: readonly IssueDetail[];
  /** How many problems were found beyond those listed (0 when every one is listed). */
  readonly omitted: number;
  readonly locale: Locale;

  /** `details` must not be empty. */
  constructor(details: readonly IssueDetail[], locale: Locale) {
    const { kept, omitted } = firstProblems(details);
    super(optionLines(kept, omitted, undefined));
    const [first] = kept;
    this.option = first?.path ?? '';
    this.messages = { vi: first ? wordIssue(first, 'vi') : '', en: first ? wordIssue(first, 'en') : '' };
    this.details = kept;
    this.omitted = omitted;
    this.issues = wordIssues(kept, locale);
    this.locale = locale;
  }

  messageIn(locale: Locale): string {
    return optionLines(this.details, this.omitted, locale);
  }
}

/** One line per option problem, in a locale or in both (`vi / en`), then the count of those left out. */
function optionLines(details: readonly IssueDetail[], omitted: number, locale: Locale | undefined): string {
  const lines = details.map((detail) => `${detail.path}: ${locale ? wordIssue(detail, locale) : wordIssueInBoth(detail)}`);
  return withCountOfOmitted(lines, omitted, locale).join('\n');
}

/** One problem of a rule set: a detail worded later, or (from older callers) a text already in both languages. */
export type RuleSetProblem = IssueDetail | string;

/**
 * A rule set (or the legal data) cannot be loaded: it does not match the
 * rule-set format, or a rule names an unknown fact, operator, parameter,
 * dossier path or placeholder. The message names the rule set and the rule;
 * it and `problems` are in Vietnamese and English (`vi / en`), since rule sets
 * are loaded before any reader's locale is known. {@link messageIn} words them in one.
 */
export class RuleSetError extends Error implements LocalizableError {
  override name = 'RuleSetError';
  readonly kind = 'invalid-rule-set' as const;
  readonly code = 'error.ruleSet' as const;
  readonly params: { readonly ruleSet: string; readonly ruleId: string | undefined };
  /** The rule set (its id, or the file it came from). */
  readonly ruleSet: string;
  /** The rule at fault, when the problem is inside one rule. */
  readonly ruleId: string | undefined;
  /** The problems, in both languages (`path: vi / en`): the first `LIMITS.reportedIssues` (100) of them. */
  readonly problems: readonly string[];
  /** The same problems, not worded yet. */
  readonly details: readonly RuleSetProblem[];
  /** How many problems were found beyond those listed (0 when every one is listed). */
  readonly omitted: number;

  constructor(ruleSet: string, ruleId: string | undefined, problems: readonly RuleSetProblem[]) {
    const { kept, omitted } = firstProblems(problems);
    const problemsInBoth = kept.map((problem) => (typeof problem === 'string' ? problem : problemIn(problem, undefined)));
    const where = say('en', 'error.ruleSetWhere', { ruleSet, ruleId });
    super(`${sayBoth(phrase('error.ruleSet'))} ${where}:\n${bulleted(problemsInBoth, omitted, undefined)}`);
    this.params = { ruleSet, ruleId };
    this.ruleSet = ruleSet;
    this.ruleId = ruleId;
    this.problems = problemsInBoth;
    this.details = kept;
    this.omitted = omitted;
  }

  messageIn(locale: Locale): string {
    const head = `${say(locale, 'error.ruleSet')} ${say(locale, 'error.ruleSetWhere', this.params)}`;
    const lines = this.details.map((problem) => (typeof problem === 'string' ? problem : problemIn(problem, locale)));
    return `${head}:\n${bulleted(lines, this.omitted, locale)}`;
  }
}

/** A rule-set problem in a locale, or in both (`vi / en`) when `locale` is undefined. */
function problemIn(problem: IssueDetail, locale: Locale | undefined): string {
  const text = locale ? wordIssue(problem, locale) : wordIssueInBoth(problem);
  return problem.path ? `${problem.path}: ${text}` : text;
}

/** Why an evaluation was stopped before it ended: its `timeoutMs` ran out, or the caller's `signal` was aborted. */
export type CancellationReason = 'timeout' | 'aborted';

/**
 * An evaluation was stopped before it produced a report: it took longer than its `timeoutMs`
 * (`reason: 'timeout'`; most often a host fact that does not settle), or the `signal` passed to
 * `evaluate` was aborted (`reason: 'aborted'`, also when it was aborted before the call). The
 * message is in Vietnamese and English; the signal's own `reason`, if any, is the `cause`.
 */
export class EvaluationCancelledError extends Error implements LocalizableError {
  override name = 'EvaluationCancelledError';
  readonly kind = 'cancelled' as const;
  readonly code: 'error.timeout' | 'error.aborted';
  readonly params: { readonly timeoutMs?: number };
  /** `timeout` or `aborted`. */
  readonly reason: CancellationReason;
  /** The time limit that ran out, in milliseconds; undefined when the caller aborted. */
  readonly timeoutMs: number | undefined;

  constructor(reason: CancellationReason, timeoutMs?: number, cause?: unknown) {
    const code = reason === 'timeout' ? 'error.timeout' : 'error.aborted';
    const params = reason === 'timeout' ? { timeoutMs } : {};
    super(sayBoth(phrase(code, params)), cause === undefined ? undefined : { cause });
    this.code = code;
    this.params = params;
    this.reason = reason;
    this.timeoutMs = reason === 'timeout' ? timeoutMs : undefined;
  }

  messageIn(locale: Locale): string {
    return say(locale, this.code, this.params);
  }
}

/** What an unexpected error said, without ever throwing (it may be anything, even a revoked Proxy). */
function describeThrown(thrown: unknown): string {
  try {
    return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  } catch {
    return typeof thrown;
  }
}

/**
 * Something failed that is neither bad input nor a host fact: a defect of this library (please
 * report it). `safeEvaluate` resolves with it and `evaluate` rejects with it rather than let a raw
 * exception out; what was thrown is its `cause`.
 */
export class EvaluationError extends Error implements LocalizableError {
  override name = 'EvaluationError';
  readonly kind = 'internal' as const;
  readonly code = 'error.internal' as const;
  readonly params: { readonly detail: string };

  constructor(cause: unknown) {
    const detail = describeThrown(cause);
    super(`${sayBoth(phrase('error.internal'))}: ${detail}`, { cause });
    this.params = { detail };
  }

  messageIn(locale: Locale): string {
    return `${say(locale, this.code)}: ${this.params.detail}`;
  }
}
