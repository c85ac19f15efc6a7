import * as z from 'zod/mini';
import { MAX_TIMEOUT_MS } from '../engine/cancellation.js';
import type { ParameterValue } from '../engine/configure.js';
import type { EvaluateOptions, EvaluatorOptions } from '../evaluator.js';
import type { HostFact } from '../facts/host-facts.js';
import { LOCALES } from '../i18n/locale.js';
import { phrase } from '../i18n/say.js';
import { DEFAULT_SCORING } from '../scoring/options.js';
import { IsoDateSchema } from './common.js';
import { LIMITS } from './limits.js';
import { schemaError, sentence } from './issues.js';
import { LocalNormsListSchema } from './local-norms.js';
import { LESSON_IDS, OVERRIDABLE_TEXTS, SEVERITIES } from './rule-set.js';

/*
 * The shape of the evaluator's options. What needs the loaded rule sets (does this rule,
 * this parameter exist? does the value fit the parameter's declared type?) cannot be
 * checked here: see engine/check-overrides.ts.
 */

const oneOf = (values: readonly string[]) => phrase('option.oneOf', { values: values.join(', ') });
const UNKNOWN_OPTION = schemaError({ unknownKey: phrase('option.unknown') });
const WEIGHT = sentence('option.weight', { maximum: LIMITS.weight });
const INFO_WEIGHT = sentence('option.infoWeight', {}, 'invalid_value');
const SCORE_THRESHOLD = sentence('option.scoreThreshold');
const NOT_ABOVE_READY_AT = sentence('option.notAboveReadyAt', {}, 'too_big');

/** A weight: 0 to `LIMITS.weight`, so sums of weights stay finite and the score a number. */
const WeightSchema = z.number({ error: WEIGHT }).check(z.minimum(0, { error: WEIGHT }), z.maximum(LIMITS.weight, { error: WEIGHT }));
const ScoreThresholdSchema = z.number({ error: SCORE_THRESHOLD }).check(
  z.minimum(0, { error: SCORE_THRESHOLD }),
  z.maximum(100, { error: SCORE_THRESHOLD }),
);

const DATE_STRING = sentence('option.dateString', {}, 'invalid_date');
const DATE = sentence('option.date', {}, 'invalid_date');
const INVALID_DATE = sentence('option.invalidDate', {}, 'invalid_date');
const DATE_RANGE = sentence('option.dateRange', {}, 'invalid_date');

/** The instant of a real Date, or undefined for anything else (read without `instanceof`, which a revoked Proxy makes throw). */
export function timeOfDate(value: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/** The first and last instants whose calendar date in Vietnam (UTC+7) lies in the years 0001–9999. */
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00+07:00');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999+07:00');

/** `YYYY-MM-DD` (a real day, years 0001–9999) or a valid Date whose date in Vietnam lies in those years. */
const DateOptionSchema = z.custom<string | Date>().check(
  z.superRefine((value, context) => {
    const time = timeOfDate(value);
    let message: string | undefined;
    if (time !== undefined) {
      if (Number.isNaN(time)) message = INVALID_DATE;
      else if (time < FIRST_INSTANT || time > LAST_INSTANT) message = DATE_RANGE;
    } else if (typeof value !== 'string') message = DATE;
    else if (!IsoDateSchema.safeParse(value).success) message = DATE_STRING;
    else if (value.startsWith('0000')) message = DATE_RANGE;
    if (message === undefined) return;
    // A Date is not shown as "object": the sentence says what is wrong with it.
    context.issues.push({ code: 'custom', message, input: time === undefined ? value : undefined });
  }),
);

const ScoringSchema = z
  .strictObject(
    {
      severityWeights: z.optional(
        z.strictObject(
          {
            critical: z.optional(WeightSchema),
            major: z.optional(WeightSchema),
            minor: z.optional(WeightSchema),
            // Informative findings never count (docs/scoring.md): their weight can only be 0.
            info: z.optional(z.literal(0, { error: INFO_WEIGHT })),
          },
          { error: schemaError({ value: phrase('option.object'), unknownKey: oneOf(SEVERITIES) }) },
        ),
      ),
      readyAt: z.optional(ScoreThresholdSchema),
      notReadyBelow: z.optional(ScoreThresholdSchema),
    },
    { error: UNKNOWN_OPTION },
  )
  .check(
    z.superRefine((scoring, context) => {
      const readyAt = scoring.readyAt ?? DEFAULT_SCORING.readyAt;
      const notReadyBelow = scoring.notReadyBelow ?? DEFAULT_SCORING.notReadyBelow;
      if (typeof readyAt === 'number' && typeof notReadyBelow === 'number' && notReadyBelow > readyAt) {
        context.issues.push({ code: 'custom', message: NOT_ABOVE_READY_AT, input: notReadyBelow, path: ['notReadyBelow'] });
      }
    }),
  );

const RULE_OBJECT = sentence('option.ruleObject');

/** Values are checked against each parameter's declared type once the rule sets are loaded. */
const ParametersSchema = z.record(
  z.string(),
  z.record(z.string(), z.custom<ParameterValue>(), { error: sentence('option.parameterObject') }),
  { error: RULE_OBJECT },
);

const RuleOverrideSchema = z.union(
  [
    z.literal('off'),
    z.strictObject(
      {
        severity: z.optional(z.enum(SEVERITIES, { error: schemaError({ value: oneOf(SEVERITIES) }) })),
        weight: z.optional(WeightSchema),
      },
      { error: schemaError({ unknownKey: phrase('option.ruleOverrideKeys') }) },
    ),
  ],
  { error: sentence('option.ruleOverride') },
);

const MESSAGE_TEXT = sentence('option.messageText');
const MessageTextSchema = z.strictObject(
  {
    vi: z.optional(z.string({ error: MESSAGE_TEXT }).check(z.minLength(1, { error: MESSAGE_TEXT }))),
    en: z.optional(z.string({ error: MESSAGE_TEXT }).check(z.minLength(1, { error: MESSAGE_TEXT }))),
  },
  { error: schemaError({ value: phrase('option.messageText'), unknownKey: phrase('option.messageText') }) },
);

const MessagesSchema = z.record(
  z.string(),
  z.partialRecord(z.enum(OVERRIDABLE_TEXTS), MessageTextSchema, {
    error: schemaError({ value: phrase('option.messageObject'), unknownKey: oneOf(OVERRIDABLE_TEXTS) }),
  }),
  { error: RULE_OBJECT },
);

const FACT_NAME = sentence('option.factName');
const FACT_DESCRIPTION = sentence('option.factDescription');
const HostFactSchema = z.object(
  {
    name: z.string({ error: FACT_NAME }).check(z.regex(/^[a-z][A-Za-z0-9]*$/, { error: FACT_NAME })),
    description: z.object(
      { vi: z.string({ error: FACT_DESCRIPTION }), en: z.string({ error: FACT_DESCRIPTION }) },
      { error: FACT_DESCRIPTION },
    ),
    schema: z.custom<HostFact['schema']>((value) => value !== null && typeof value === 'object' && '_zod' in value, {
      error: sentence('option.zodSchema'),
    }),
    compute: z.custom<HostFact['compute']>((value) => typeof value === 'function', { error: sentence('option.function') }),
  },
  { error: sentence('option.object') },
);

const TIMEOUT_MS = sentence('option.timeoutMs');
/** Whole milliseconds, 0 (no time limit) to what a timer can wait; not Infinity (use 0). */
const TimeoutSchema = z.number({ error: TIMEOUT_MS }).check(
  z.int({ error: TIMEOUT_MS }),
  z.minimum(0, { error: TIMEOUT_MS }),
  z.maximum(MAX_TIMEOUT_MS, { error: TIMEOUT_MS }),
);

/** An AbortSignal, recognised by its shape so that one from another realm (a worker, a polyfill) is taken too. */
const SignalSchema = z.custom<AbortSignal>(
  (value) =>
    value !== null &&
    typeof value === 'object' &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function' &&
    typeof (value as AbortSignal).removeEventListener === 'function',
  { error: sentence('option.abortSignal') },
);

/** What an evaluator takes as the defaults of its calls. */
const SHARED_OPTIONS = {
  asOf: z.optional(DateOptionSchema),
  referenceDate: z.optional(DateOptionSchema),
  locale: z.optional(z.enum(LOCALES, { error: sentence('option.locale') })),
  timeoutMs: z.optional(TimeoutSchema),
};

/** The options of one evaluation (`evaluate(dossier, options)`); an evaluator takes all but `signal` as its defaults. */
export const EvaluateOptionsSchema = z.strictObject(
  {
    ...SHARED_OPTIONS,
    signal: z.optional(SignalSchema),
  },
  { error: UNKNOWN_OPTION },
);

/**
 * The options of `createEvaluator`, checked before anything is loaded. Rule ids, parameter
 * names and parameter values are checked against the rule sets once they are loaded.
 */
export const EvaluatorOptionsSchema = z.strictObject(
  {
    ...SHARED_OPTIONS,
    scoring: z.optional(ScoringSchema),
    parameters: z.optional(ParametersSchema),
    ruleSets: z.optional(z.readonly(z.array(z.unknown(), { error: sentence('option.ruleSetList') }))),
    legalData: z.optional(z.unknown()),
    rules: z.optional(z.record(z.string(), RuleOverrideSchema, { error: RULE_OBJECT })),
    facts: z.optional(z.readonly(z.array(HostFactSchema, { error: sentence('option.factList') }))),
    lessonWeights: z.optional(
      z.partialRecord(z.enum(LESSON_IDS), WeightSchema, {
        error: schemaError({ value: phrase('option.lessonWeightObject'), unknownKey: oneOf(LESSON_IDS) }),
      }),
    ),
    messages: z.optional(MessagesSchema),
    localNorms: z.optional(z.readonly(LocalNormsListSchema)),
  },
  { error: UNKNOWN_OPTION },
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<Condition extends true> = Condition;

/** The TypeScript option types and the schemas cannot drift apart: this fails to compile if they do. */
export type OptionTypesMatchSchemas = [
  Assert<Same<z.input<typeof EvaluateOptionsSchema>, EvaluateOptions>>,
  Assert<Same<z.input<typeof EvaluatorOptionsSchema>, EvaluatorOptions>>,
];
