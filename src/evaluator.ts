import { DEFAULT_TIMEOUT_MS, throwIfAborted, withCancellation } from './engine/cancellation.js';
import { configure, type ConfigurationOptions } from './engine/configure.js';
import { judge } from './engine/judge.js';
import { RuleRunner } from './engine/runner.js';
import { FACT_CATALOGUE } from './facts/catalogue.js';
import type { EvaluationContext } from './facts/context.js';
import { computeHostFacts, HostFactError } from './facts/host-facts.js';
import { resolveReferenceDate, toCalendarDate, vietnamCalendarDate } from './facts/dates.js';
import * as z from 'zod/mini';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n/locale.js';
import { buildReport, stampOf, type ReportStamp } from './report/build-report.js';
import { DossierValidationError, EvaluationCancelledError, EvaluationError, OptionsError, RuleSetError } from './schema/errors.js';
import { EvaluateOptionsSchema, EvaluatorOptionsSchema, timeOfDate } from './schema/evaluator-options.js';
import { describeIssues } from './schema/issues.js';
import { phrase } from './i18n/say.js';
import type { Report } from './schema/report.js';
import type { RuleSet } from './schema/rule-set.js';
import { validateDossier } from './schema/validate-dossier.js';
import { DEFAULT_SCORING, type ScoringOptions } from './scoring/options.js';

/** Options of one evaluation, checked by `EvaluateOptionsSchema` (a bad one throws `OptionsError`). */
export interface EvaluateOptions {
  /** The evaluation date ("judge as if today were…"): `YYYY-MM-DD` or a Date (read as the date in Vietnam). Default: today in Vietnam. */
  asOf?: string | Date;
  /** The date whose law applies. Default: the dossier's approvedOn, else submittedOn, else period.start, else asOf. */
  referenceDate?: string | Date;
  /** Language of messages, validation issues and option issues. Default `vi`. */
  locale?: Locale;
  /**
   * How long the evaluation may take, in milliseconds, before it rejects with an
   * {@link EvaluationCancelledError} (`reason: 'timeout'`): a whole number from 1 to 2147483647,
   * or 0 for no limit. Default 10,000 (`DEFAULT_TIMEOUT_MS`). What it bounds in practice is the
   * wait for host facts; the library's own work is synchronous and is not cut short.
   */
  timeoutMs?: number;
  /**
   * Stops the evaluation when aborted: it rejects with an {@link EvaluationCancelledError}
   * (`reason: 'aborted'`), at once if the signal is already aborted. Per call only.
   */
  signal?: AbortSignal;
}

/**
 * Options of a reusable evaluator, checked by `EvaluatorOptionsSchema` (a bad one throws
 * `OptionsError`); `asOf`, `referenceDate`, `locale` and `timeoutMs` become its defaults.
 */
export interface EvaluatorOptions extends Omit<EvaluateOptions, 'signal'>, ConfigurationOptions {
  /** Severity weights and verdict thresholds; anything left out keeps its default. */
  scoring?: {
    /** Each 0–1000 (`LIMITS.weight`); `info` can only be 0, since informative findings never count. */
    severityWeights?: { critical?: number; major?: number; minor?: number; info?: 0 };
    readyAt?: number;
    notReadyBelow?: number;
  };
}

/** Every error `evaluate` may reject with; {@link EvaluationError} only for a defect of the library itself. */
export type EvaluateError = DossierValidationError | OptionsError | HostFactError | EvaluationCancelledError | EvaluationError;

/** The outcome of {@link Evaluator.safeEvaluate}: a report, or the error that prevented one. */
export type SafeEvaluateResult = { success: true; report: Report } | { success: false; error: EvaluateError };

/** A reusable evaluator: rule sets validated and engines built once, then shared by every call. */
export interface Evaluator {
  /**
   * Evaluates a dossier. Rejects with {@link DossierValidationError} for a malformed dossier
   * (or one beyond a size limit, see `LIMITS`), {@link OptionsError} for a bad option,
   * {@link HostFactError} when a host fact fails, {@link EvaluationCancelledError} when its
   * `timeoutMs` runs out or its `signal` is aborted, and never with anything but these and
   * {@link EvaluationError} (a defect of the library, with what was thrown as its `cause`).
   */
  evaluate(dossier: unknown, options?: EvaluateOptions): Promise<Report>;
  /** Like `evaluate`, but resolves with `{ success: false, error }` instead of rejecting; never throws nor rejects, whatever it is given. */
  safeEvaluate(dossier: unknown, options?: EvaluateOptions): Promise<SafeEvaluateResult>;
  /** The rule sets in use, validated. */
  readonly ruleSets: readonly RuleSet[];
  /** What every report of this evaluator is stamped with: rule sets, legal data, overrides, scoring, library version. */
  readonly stamp: ReportStamp;
}

/** The evaluator's options but its default dates, which are checked with each call's (see `evaluate`). */
const EVALUATOR_OPTIONS_BUT_DATES = z.extend(EvaluatorOptionsSchema, { asOf: z.optional(z.unknown()), referenceDate: z.optional(z.unknown()) });

const unreadable = (path: string) => ({ path, code: 'unreadable', words: phrase('option.unreadable') });

/**
 * Throws an OptionsError with every problem the schema finds, worded in `locale`. The options
 * are then used as given, not as parsed copies: they hold the host's own objects (facts, rule sets).
 * Options that throw while being read (a getter, a Proxy) are an OptionsError too.
 */
function checkOptions(schema: z.ZodMiniType, options: unknown, locale: Locale): void {
  let parsed;
  try {
    parsed = schema.safeParse(options, { reportInput: true });
  } catch {
    throw new OptionsError([unreadable('(options)')], locale);
  }
  if (!parsed.success) throw new OptionsError(describeIssues(parsed.error.issues, '(options)', 'option.unknown'), locale);
}

/**
 * One call's options read once into a plain object (own enumerable keys, a Date copied), so a
 * getter or Proxy can neither throw later nor answer differently the second time. Anything
 * but an object is returned as it is, for the schema to reject.
 */
function readCallOptions(options: unknown, locale: Locale): unknown {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') return options;
  let keys: string[];
  try {
    keys = Array.isArray(options) ? [] : Object.keys(options);
  } catch {
    throw new OptionsError([unreadable('(options)')], locale);
  }
  if (Array.isArray(options)) return options;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    let value: unknown;
    try {
      value = (options as Record<string, unknown>)[key];
    } catch {
      throw new OptionsError([unreadable(key)], locale);
    }
    const time = timeOfDate(value);
    Object.defineProperty(copy, key, { value: time === undefined ? value : new Date(time), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The locale errors about these options are worded in: theirs if it is valid, else the fallback. */
function localeOf(options: unknown, fallback: Locale): Locale {
  try {
    const locale = (options as { locale?: unknown } | null | undefined)?.locale;
    return isLocale(locale) ? locale : fallback;
  } catch {
    return fallback;
  }
}

/** Whether an error is one the library documents; anything else is wrapped in an {@link EvaluationError}. */
function isLibraryError(error: unknown): error is EvaluateError | RuleSetError {
  return (
    error instanceof DossierValidationError ||
    error instanceof OptionsError ||
    error instanceof HostFactError ||
    error instanceof EvaluationCancelledError ||
    error instanceof EvaluationError ||
    error instanceof RuleSetError
  );
}

function scoringOf(options: EvaluatorOptions['scoring'] = {}): ScoringOptions {
  return {
    severityWeights: { ...DEFAULT_SCORING.severityWeights, ...options.severityWeights },
    readyAt: options.readyAt ?? DEFAULT_SCORING.readyAt,
    notReadyBelow: options.notReadyBelow ?? DEFAULT_SCORING.notReadyBelow,
  };
}

/**
 * Builds a reusable evaluator. Rule sets are validated and the rules engine is
 * built here, once; each `evaluate` call then only computes facts and runs it.
 * Throws {@link OptionsError} for a bad option, {@link RuleSetError} for a rule set or legal
 * data that cannot be loaded, and nothing else but {@link EvaluationError} (a defect of the library).
 */
export function createEvaluator(given: EvaluatorOptions = {}): Evaluator {
  // Read once: a getter or Proxy at the top level can neither throw later nor change its answer.
  const options = readCallOptions(given, localeOf(given, DEFAULT_LOCALE)) as EvaluatorOptions;
  // The default dates are checked with each call's own, so a bad one rejects each call in the call's locale.
  checkOptions(EVALUATOR_OPTIONS_BUT_DATES, options, localeOf(options, DEFAULT_LOCALE));
  const defaultLocale = options.locale ?? DEFAULT_LOCALE;
  const scoring = scoringOf(options.scoring);
  let configuration: ReturnType<typeof configure>;
  try {
    configuration = configure(options, FACT_CATALOGUE, defaultLocale);
  } catch (error) {
    throw isLibraryError(error) ? error : new EvaluationError(error);
  }
  const { rules, legal } = configuration;
  const runner = new RuleRunner(rules, configuration.facts);

  async function evaluateChecked(input: unknown, given: unknown): Promise<Report> {
    const read = readCallOptions(given, localeOf(given, defaultLocale));
    const callLocale = localeOf(read, defaultLocale);
    // Not an object (null, a string, a list): the schema says what options must be.
    if (read === null || typeof read !== 'object' || Array.isArray(read)) checkOptions(EvaluateOptionsSchema, read, callLocale);
    const callOptions = read as EvaluateOptions;
    // Every option is checked before the dossier, so a bad option is never hidden behind dossier problems.
    const asOfOption = callOptions.asOf ?? options.asOf;
    const referenceOption = callOptions.referenceDate ?? options.referenceDate;
    checkOptions(EvaluateOptionsSchema, { ...callOptions, asOf: asOfOption, referenceDate: referenceOption }, callLocale);
    const locale = callOptions.locale ?? defaultLocale;
    throwIfAborted(callOptions.signal);
    const asOf = asOfOption === undefined ? vietnamCalendarDate(new Date()) : toCalendarDate(asOfOption);
    const explicitReference = referenceOption === undefined ? undefined : toCalendarDate(referenceOption);
    const validation = validateDossier(input, { locale });
    if (!validation.success) throw validation.error;
    const dossier = validation.dossier;
    const reference = resolveReferenceDate(dossier, asOf, explicitReference);
    const limits = { timeoutMs: callOptions.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal: callOptions.signal };
    return withCancellation(limits, async ({ signal, race }) => {
      const hostFacts = await race(computeHostFacts(configuration.hostFacts, { dossier, asOf, referenceDate: reference.date, signal }, locale));
      const context: EvaluationContext = {
        dossier,
        asOf,
        referenceDate: reference.date,
        referenceDateSource: reference.source,
        legal,
        localNorms: configuration.localNorms.map(({ norms }) => norms),
        hostFacts,
      };
      const outcome = await race(runner.run(context));
      const judgements = judge(rules, outcome, context);
      return buildReport({ judgements, configuration, context, locale, scoring, raisedWarnings: outcome.facts.warnings });
    });
  }

  async function evaluate(input: unknown, callOptions?: EvaluateOptions): Promise<Report> {
    try {
      return await evaluateChecked(input, callOptions);
    } catch (error) {
      throw isLibraryError(error) ? error : new EvaluationError(error);
    }
  }

  async function safeEvaluate(input: unknown, callOptions?: EvaluateOptions): Promise<SafeEvaluateResult> {
    try {
      return { success: true, report: await evaluate(input, callOptions) };
    } catch (error) {
      // evaluate only rejects with the errors of EvaluateError (a RuleSetError comes from createEvaluator).
      return { success: false, error: error instanceof RuleSetError ? new EvaluationError(error) : (error as EvaluateError) };
    }
  }

  return {
    evaluate,
    safeEvaluate,
    ruleSets: configuration.ruleSets.map(({ ruleSet }) => ruleSet),
    stamp: stampOf(configuration, scoring),
  };
}

let defaultEvaluator: Evaluator | undefined;

function sharedEvaluator(): Evaluator {
  defaultEvaluator ??= createEvaluator();
  return defaultEvaluator;
}

/**
 * Evaluates a dossier with the bundled rule sets and default scoring, using a
 * shared evaluator built on first use.
 *
 * @example
 * const report = await evaluate(dossier, { asOf: '2024-12-01', locale: 'en' });
 * console.log(report.score, report.verdict);
 */
export function evaluate(dossier: unknown, options?: EvaluateOptions): Promise<Report> {
  return sharedEvaluator().evaluate(dossier, options);
}

/** Like {@link evaluate}, but resolves with `{ success: false, error }` for a malformed dossier or option, a failed host fact or a stopped evaluation. */
export function safeEvaluate(dossier: unknown, options?: EvaluateOptions): Promise<SafeEvaluateResult> {
  return sharedEvaluator().safeEvaluate(dossier, options);
}
