import * as z from 'zod/mini';
import { LIMITS } from './limits.js';
import { IsoDateSchema, LocalizedTextSchema, SemverSchema } from './common.js';

export const LESSON_IDS = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export const SEVERITIES = ['critical', 'major', 'minor', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The texts of a rule's `messages`. */
export const RULE_MESSAGE_KINDS = ['pass', 'fail', 'notApplicable', 'missing'] as const;
export type RuleMessageKind = (typeof RULE_MESSAGE_KINDS)[number];

/** Which message a finding is written with: one of its rule's, or the generic "not in force". */
export const MESSAGE_KINDS = [...RULE_MESSAGE_KINDS, 'notInForce'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The texts of a rule a host may reword (`messages` option): its messages and its remediation. */
export const OVERRIDABLE_TEXTS = [...RULE_MESSAGE_KINDS, 'remediation'] as const;
export type OverridableText = (typeof OVERRIDABLE_TEXTS)[number];

/**
 * A json-rules-engine leaf condition. Besides the engine's own keys it may
 * carry `as`, the name under which message templates find its fact value.
 * A value or a fact param may be `{ "parameter": "name" }`: replaced by the
 * rule parameter's value (its default, or the host's override) when the
 * engine is built.
 */
/**
 * A name that becomes an object key (a binding `as`, a parameter): never one an object
 * inherits or that sets its prototype. The lookahead is over fixed words, so the regex is linear.
 */
const IDENTIFIER = z.string().check(z.regex(/^(?!(?:__proto__|constructor|prototype)$)[A-Za-z_]\w*$/, 'an identifier other than __proto__, constructor, prototype'));

const LeafConditionSchema = z.strictObject({
  fact: z.string().check(z.minLength(1)),
  operator: z.string().check(z.minLength(1)),
  value: z.unknown(),
  path: z.optional(z.string()),
  params: z.optional(z.record(z.string(), z.unknown())),
  as: z.optional(IDENTIFIER),
  priority: z.optional(z.int().check(z.minimum(1))),
});

export type LeafCondition = z.infer<typeof LeafConditionSchema>;

/**
 * A fact value the messages name without the rule testing it (e.g. the
 * Department's other documents, shown when its appraisal is missing).
 */
export const MessageFactSchema = z.strictObject({
  as: IDENTIFIER,
  fact: z.string().check(z.minLength(1)),
  params: z.optional(z.record(z.string(), z.unknown())),
  path: z.optional(z.string()),
});
export type MessageFact = z.infer<typeof MessageFactSchema>;

/** The message facts of a rule as leaf conditions, so they are checked and bound like the rule's own conditions (never run). */
export function messageFactsAsConditions(messageFacts: readonly MessageFact[]): AllCondition {
  return { all: messageFacts.map((messageFact) => ({ ...messageFact, operator: 'isPresent', value: true })) };
}
export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition;
export interface AllCondition {
  all: Condition[];
  priority?: number | undefined;
}
export interface AnyCondition {
  any: Condition[];
  priority?: number | undefined;
}
export interface NotCondition {
  not: Condition;
  priority?: number | undefined;
}
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition;

const AllConditionSchema: z.ZodMiniType<AllCondition> = z.strictObject({
  get all() {
    return z.array(ConditionSchema);
  },
  priority: z.optional(z.int().check(z.minimum(1))),
});
const AnyConditionSchema: z.ZodMiniType<AnyCondition> = z.strictObject({
  get any() {
    return z.array(ConditionSchema);
  },
  priority: z.optional(z.int().check(z.minimum(1))),
});
const NotConditionSchema: z.ZodMiniType<NotCondition> = z.strictObject({
  get not() {
    return ConditionSchema;
  },
  priority: z.optional(z.int().check(z.minimum(1))),
});

const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  AllConditionSchema,
  AnyConditionSchema,
  NotConditionSchema,
  LeafConditionSchema,
]);

/** The top of a condition tree must be `all`, `any` or `not`, as json-rules-engine requires. */
export const TopLevelConditionSchema: z.ZodMiniType<TopLevelCondition> = z.union([
  AllConditionSchema,
  AnyConditionSchema,
  NotConditionSchema,
]);

export const PARAMETER_TYPES = ['integer', 'number', 'boolean', 'string', 'date'] as const;

/** A tunable figure of a rule, with its default (e.g. the 90-day inspection interval). */
export const ParameterSchema = z.strictObject({
  type: z.enum(PARAMETER_TYPES),
  default: z.union([z.number(), z.boolean(), z.string()]),
  minimum: z.optional(z.number()),
  maximum: z.optional(z.number()),
  unit: z.optional(LocalizedTextSchema),
  description: LocalizedTextSchema,
});

/** Where a rule comes from: the lesson itself, or a legal text (and whether we have read that text). */
export const ReferenceSchema = z.strictObject({
  kind: z.enum(['lesson', 'law', 'guidance']),
  /** Short citation: "Bài học 5", "Thông tư 28/2018/TT-BTC, Điều 8". */
  citation: z.string().check(z.minLength(1)),
  /** True only if the cited text was read in the legal document or on an official site. */
  verified: z.boolean(),
  note: z.optional(LocalizedTextSchema),
  url: z.optional(z.url()),
});

export const MessagesSchema = z.strictObject({
  pass: LocalizedTextSchema,
  fail: LocalizedTextSchema,
  /** Why the rule does not apply; required when the rule has `applicability`. */
  notApplicable: z.optional(LocalizedTextSchema),
  /** Replaces the generic "data missing" message; `{{missing}}` lists the missing fields. */
  missing: z.optional(LocalizedTextSchema),
});

export const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dots, dashes')),
  severity: z.enum(SEVERITIES),
  /** Rule-set version in which the rule first appeared. */
  since: SemverSchema,
  deprecated: z.optional(z.strictObject({ since: SemverSchema, replacedBy: z.optional(z.string()) })),
  /** Reference dates from which / until which (inclusive) the rule applies. */
  effectiveFrom: z.optional(IsoDateSchema),
  effectiveTo: z.optional(IsoDateSchema),
  title: LocalizedTextSchema,
  /** What the rule checks. */
  description: LocalizedTextSchema,
  /** Why it matters: the lesson behind it, in our own words. */
  rationale: z.optional(LocalizedTextSchema),
  parameters: z.optional(z.record(z.string().check(z.regex(/^(?!(?:constructor|prototype)$)[a-z][A-Za-z0-9]*$/, 'a camelCase name other than constructor, prototype')), ParameterSchema)),
  /** Dossier paths the rule cannot be judged without; if one is absent the rule fails and says which. */
  requires: z.optional(z.array(z.string())),
  /** Fact values the messages name besides those of the conditions; read for messages only, never tested. */
  messageFacts: z.optional(z.array(MessageFactSchema)),
  /** When false, the finding is `not-applicable` and does not count in the score. */
  applicability: z.optional(TopLevelConditionSchema),
  conditions: TopLevelConditionSchema,
  event: z.strictObject({ type: z.string(), params: z.optional(z.record(z.string(), z.unknown())) }),
  messages: MessagesSchema,
  remediation: LocalizedTextSchema,
  references: z.array(ReferenceSchema).check(z.minLength(1)),
});

/**
 * A rule set: the rules of one lesson, versioned together. Every rule is also
 * a valid json-rules-engine rule (`conditions` + `event`), with metadata beside it.
 */
export const RuleSetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal('khuyencong.rule-set/1'),
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9./-]*$/, 'letters, digits, dots, slashes, dashes')),
  lesson: z.enum(LESSON_IDS),
  version: SemverSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** The lesson's weight in the overall score. */
  weight: z.number().check(z.minimum(0), z.maximum(LIMITS.weight)),
  rules: z.array(RuleSchema),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<Condition extends true> = Condition;
/** `messages` has exactly the kinds of {@link RULE_MESSAGE_KINDS}: this fails to compile if they drift apart. */
export type MessagesMatchKinds = Assert<Same<keyof z.infer<typeof MessagesSchema>, RuleMessageKind>>;

export type Parameter = z.infer<typeof ParameterSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type RuleDefinition = z.infer<typeof RuleSchema>;
export type RuleSet = z.infer<typeof RuleSetSchema>;
