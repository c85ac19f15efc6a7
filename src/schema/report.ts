import * as z from 'zod/mini';
import { LOCALES } from '../i18n/locale.js';
import { IsoDateSchema, SemverSchema } from './common.js';

const FingerprintSchema = z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, 'sha256: and 64 hex digits'));
import { LESSON_IDS, SEVERITIES } from './rule-set.js';

/** What a rule found: the one list of statuses, for the schema, the judge, the scoring and the reports. */
export const FINDING_STATUSES = ['pass', 'fail', 'incomplete', 'not-applicable'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Anything that limits how far a report can be trusted (docs/report-contract: `warnings[]`). */
export const WARNING_CODES = ['reference-date-defaulted', 'outside-legal-coverage', 'unknown-province', 'local-norms-missing', 'unverified-legal-basis'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Why the verdict is what it is, most decisive first. */
export const VERDICT_REASON_CODES = [
  'critical-fail',
  'score-below-not-ready',
  'critical-incomplete',
  'major-fail',
  'major-incomplete',
  'score-below-ready',
  'all-clear',
] as const;
export type VerdictReasonCode = (typeof VERDICT_REASON_CODES)[number];

/** A report's conclusion, best first. */
export const VERDICTS = ['ready', 'needs-work', 'not-ready'] as const;
export type Verdict = (typeof VERDICTS)[number];

const FindingSchema = z.strictObject({
  ruleId: z.string(),
  /** The rule set the rule belongs to. */
  ruleSet: z.string(),
  lesson: z.enum(LESSON_IDS),
  severity: z.enum(SEVERITIES),
  status: z.enum(FINDING_STATUSES),
  /** The rule's title in the report's locale. */
  title: z.string(),
  /** The specific fact found, as a sentence in the report's locale. */
  message: z.string(),
  /** What to add or change; present on failures and incomplete findings. */
  remediation: z.optional(z.string()),
  /** Dossier paths (or `@fact` for derived facts) and the values looked at. */
  evidence: z.array(
    z.strictObject({
      path: z.string(),
      value: z.unknown(),
      /** The params passed to a derived fact, when it takes any. */
      params: z.optional(z.record(z.string(), z.unknown())),
      /** Dossier paths this derived fact needed and did not find: its value is then not decisive. */
      missing: z.optional(z.array(z.string())),
    }),
  ),
  /** Dossier fields the rule needed and did not find (the finding is then incomplete), as people read them: `budget.lines[1].amount`. */
  missing: z.optional(z.array(z.string())),
  references: z.array(
    z.strictObject({
      kind: z.enum(['lesson', 'law', 'guidance']),
      citation: z.string(),
      verified: z.boolean(),
      note: z.optional(z.string()),
      url: z.optional(z.string()),
    }),
  ),
  impact: z.strictObject({
    weight: z.number().check(z.minimum(0)),
    points: z.number().check(z.minimum(0), z.maximum(100)),
    pointsLost: z.number().check(z.minimum(0), z.maximum(100)),
  }),
});

const LessonResultSchema = z.strictObject({
  id: z.enum(LESSON_IDS),
  title: z.string(),
  /** 0–100, or null when none of the lesson's scored rules applies. */
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  weight: z.number().check(z.minimum(0)),
  counts: z.strictObject({
    pass: z.int().check(z.minimum(0)),
    fail: z.int().check(z.minimum(0)),
    incomplete: z.int().check(z.minimum(0)),
    notApplicable: z.int().check(z.minimum(0)),
    /** Informative findings, never scored: not counted in pass, fail, incomplete or notApplicable. */
    info: z.int().check(z.minimum(0)),
  }),
});

/** The result of evaluating one dossier: score, verdict, findings, and what produced them. */
export const ReportSchema = z.strictObject({
  format: z.literal('khuyencong.report/1'),
  /** 0–100. */
  score: z.number().check(z.minimum(0), z.maximum(100)),
  verdict: z.enum(VERDICTS),
  /** Why the verdict is what it is, most decisive first, each worded in the report's locale. */
  verdictReasons: z.array(
    z.strictObject({ code: z.enum(VERDICT_REASON_CODES), message: z.string(), ruleIds: z.optional(z.array(z.string())) }),
  ),
  /** 0–100: the weighted share of applicable scored rules that could be decided (pass or fail), with the score's weights. */
  completeness: z.number().check(z.minimum(0), z.maximum(100)),
  /** What to supply, once per dossier path: the rules that need it, and a sentence in the report's locale. */
  missing: z.array(z.strictObject({ path: z.string(), ruleIds: z.array(z.string()), message: z.string() })),
  /** What limits how far the report can be trusted, each worded in the report's locale. */
  warnings: z.array(z.strictObject({ code: z.enum(WARNING_CODES), message: z.string() })),
  locale: z.enum(LOCALES),
  /** The evaluation date. */
  asOf: IsoDateSchema,
  /** The date whose law was applied, and where it came from. */
  referenceDate: z.strictObject({
    date: IsoDateSchema,
    source: z.enum(['option', 'approvedOn', 'submittedOn', 'period.start', 'asOf']),
  }),
  dossier: z.strictObject({ id: z.optional(z.string()), title: z.optional(z.string()) }),
  lessons: z.array(LessonResultSchema),
  findings: z.array(FindingSchema),
  /** The rule sets applied: id, version, and the SHA-256 of their canonical JSON, which proves which file it was. */
  ruleSets: z.array(
    z.strictObject({
      id: z.string(),
      lesson: z.enum(LESSON_IDS),
      version: SemverSchema,
      fingerprint: FingerprintSchema,
      origin: z.enum(['bundled', 'host']),
    }),
  ),
  legalData: z.strictObject({ version: SemverSchema, fingerprint: FingerprintSchema, origin: z.enum(['bundled', 'host']) }),
  /**
   * The provincial cost norms the evaluator held (option `localNorms`), each as its document names
   * itself, with the SHA-256 of its canonical JSON: with the rule sets and legal data, what a local
   * project's caps were judged by. Empty when none were supplied.
   */
  localNorms: z.array(
    z.strictObject({
      province: z.string(),
      source: z.string(),
      verified: z.boolean(),
      effectiveFrom: IsoDateSchema,
      effectiveTo: z.nullable(IsoDateSchema),
      fingerprint: FingerprintSchema,
    }),
  ),
  /** What the host changed from the defaults, so the report can be reproduced. */
  overrides: z.strictObject({
    parameters: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.boolean(), z.string()]))),
    rules: z.record(
      z.string(),
      z.union([z.literal('off'), z.strictObject({ severity: z.optional(z.enum(SEVERITIES)), weight: z.optional(z.number()) })]),
    ),
    lessonWeights: z.partialRecord(z.enum(LESSON_IDS), z.number()),
    messages: z.record(z.string(), z.record(z.string(), z.strictObject({ vi: z.optional(z.string()), en: z.optional(z.string()) }))),
    facts: z.array(z.strictObject({ name: z.string(), description: z.strictObject({ vi: z.string(), en: z.string() }) })),
  }),
  scoring: z.strictObject({
    severityWeights: z.strictObject({ critical: z.number(), major: z.number(), minor: z.number(), info: z.number() }),
    readyAt: z.number(),
    notReadyBelow: z.number(),
  }),
  library: z.strictObject({ name: z.literal('khuyencong'), version: SemverSchema }),
});

export type Report = z.infer<typeof ReportSchema>;
export type Finding = Report['findings'][number];
export type LessonResult = Report['lessons'][number];
export type ReportWarning = Report['warnings'][number];
export type VerdictReason = Report['verdictReasons'][number];
export type MissingItem = Report['missing'][number];
