import * as z from 'zod/mini';
import {
  AREAS,
  AUDIENCES,
  BENEFICIARY_KINDS,
  BUDGET_CATEGORIES,
  CHANNELS,
  CITY_CLASSES,
  CONTENT_TYPES,
  COORDINATING_ROLES,
  ENGAGEMENT_PARTIES,
  ENGAGEMENT_TYPES,
  ENTERPRISE_SIZES,
  EVALUATION_KINDS,
  MILESTONE_PARTIES,
  PARENT_UNIT_KINDS,
  PLAN_KINDS,
  SCOPES,
  STAGES,
  UNIT_KINDS,
  UNIT_TYPES,
} from './enums.js';
import { sentence } from './issues.js';

/*
 * Built with `zod/mini` so that a browser bundle of the library pays a few KB
 * for its schemas instead of the ~90 KB of classic zod.
 *
 * Every field is optional and nullable: a draft proposal is a valid dossier,
 * and host systems often serialise "no value" as null. Objects are strict, so
 * a misspelt field name is reported instead of being silently ignored.
 */

/** Optional field; `null` means the same as absent. */
const optional = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

/** An ISO `YYYY-MM-DD` calendar date that exists (2024-02-30 does not). */
const isoDate = z.iso.date();
/** Integer VND, never negative. */
const money = z.int().check(z.minimum(0));
/** A whole count of people, items or documents. */
const count = z.int().check(z.minimum(0));
const text = z.string();
const flag = z.boolean();

const list = <T extends z.core.SomeType>(item: T) => optional(z.array(item));

/** Until the 2025 reform, the district-level unit a commune-level unit belonged to. Format 1.x. */
const ParentUnitSchema = z.strictObject({
  kind: optional(z.enum(PARENT_UNIT_KINDS)),
  name: optional(text),
  /** The class (loại đô thị) of a city or town. */
  cityClass: optional(z.enum(CITY_CLASSES)),
});

/** The fields of a place that the legal test of where a beneficiary may be reads (format 1.x, all optional). */
const placeFields = {
  /** xã, phường, thị trấn (until the 2025 reform) or đặc khu (from it). */
  unitType: optional(z.enum(UNIT_TYPES)),
  parentUnit: optional(ParentUnitSchema),
  /** The date a ward was converted from a commune. */
  upgradedFromCommuneOn: optional(isoDate),
};

const LocationSchema = z.strictObject({
  province: optional(text),
  district: optional(text),
  commune: optional(text),
  area: optional(z.enum(AREAS)),
  ...placeFields,
});

/** A beneficiary's own place; `province` when it lies in another province than the project. */
const BeneficiaryLocationSchema = z.strictObject({
  province: optional(text),
  commune: optional(text),
  area: optional(z.enum(AREAS)),
  ...placeFields,
});

const PeriodSchema = z.strictObject({
  start: optional(isoDate),
  end: optional(isoDate),
});

const RegistrationCertificateSchema = z.strictObject({
  number: optional(text),
  issuedBy: optional(text),
  issuedOn: optional(isoDate),
  /** `null` or absent: the certificate does not expire. */
  validUntil: optional(isoDate),
  occupations: list(text),
});

const VocationalTrainingSchema = z.strictObject({
  registrationCertificate: optional(RegistrationCertificateSchema),
  seals: optional(z.strictObject({ embossed: optional(flag), small: optional(flag) })),
  instructors: optional(count),
  trainees: optional(count),
});

const PresidingUnitSchema = z.strictObject({
  name: optional(text),
  kind: optional(z.enum(UNIT_KINDS)),
  staff: optional(
    z.strictObject({
      total: optional(count),
      technical: optional(count),
      legalTraining: optional(count),
    }),
  ),
  facilities: list(text),
  equipment: list(text),
  vehicles: optional(count),
  trackRecord: optional(
    z.strictObject({
      projectsCompleted: optional(count),
      projectsDelayed: optional(count),
    }),
  ),
  vocationalTraining: optional(VocationalTrainingSchema),
});

const CoordinatingUnitSchema = z.strictObject({
  name: optional(text),
  role: optional(z.enum(COORDINATING_ROLES)),
  beneficiary: optional(text),
});

const BeneficiarySchema = z.strictObject({
  id: optional(text),
  name: optional(text),
  kind: optional(z.enum(BENEFICIARY_KINDS)),
  size: optional(z.enum(ENTERPRISE_SIZES)),
  sector: optional(text),
  location: optional(BeneficiaryLocationSchema),
  /** It applies cleaner or sustainable production: a category of its own in the law, not tied to a place. Format 1.x. */
  cleanerProduction: optional(flag),
  /** It lies in a craft village recognised by the province. Format 1.x. */
  craftVillageRecognised: optional(flag),
  requestLetterOn: optional(isoDate),
  counterpartCommitted: optional(money),
  otherStateFunding: optional(flag),
  womenOwned: optional(flag),
  ethnicMinorityOwned: optional(flag),
});

const EngagementSchema = z.strictObject({
  party: optional(z.enum(ENGAGEMENT_PARTIES)),
  name: optional(text),
  type: optional(z.enum(ENGAGEMENT_TYPES)),
  reference: optional(text),
  date: optional(isoDate),
});

const CommunicationSchema = z.strictObject({
  planApprovedOn: optional(isoDate),
  activities: list(
    z.strictObject({
      channel: optional(z.enum(CHANNELS)),
      date: optional(isoDate),
      audience: optional(z.enum(AUDIENCES)),
      reach: optional(count),
    }),
  ),
  consultations: list(
    z.strictObject({
      date: optional(isoDate),
      participants: optional(count),
      minutesRecorded: optional(flag),
    }),
  ),
});

const AlignmentSchema = z.strictObject({
  plans: list(
    z.strictObject({
      kind: optional(z.enum(PLAN_KINDS)),
      reference: optional(text),
      sectorListed: optional(flag),
    }),
  ),
  programme: optional(text),
  prioritySectors: list(text),
  priorityArea: optional(flag),
});

const ImplementationSchema = z.strictObject({
  planApprovedOn: optional(isoDate),
  milestones: list(
    z.strictObject({
      name: optional(text),
      due: optional(isoDate),
      owner: optional(z.enum(MILESTONE_PARTIES)),
      support: list(z.enum(MILESTONE_PARTIES)),
      completedOn: optional(isoDate),
    }),
  ),
  inspections: list(
    z.strictObject({
      date: optional(isoDate),
      by: optional(text),
      issuesFound: optional(count),
      issuesResolved: optional(count),
    }),
  ),
  evaluations: list(
    z.strictObject({
      kind: optional(z.enum(EVALUATION_KINDS)),
      date: optional(isoDate),
      lessonsLearned: optional(flag),
    }),
  ),
});

const BudgetLineSchema = z.strictObject({
  item: optional(text),
  category: optional(z.enum(BUDGET_CATEGORIES)),
  quantity: optional(z.number().check(z.minimum(0))),
  unit: optional(text),
  unitCost: optional(money),
  amount: optional(money),
  funding: optional(
    z.strictObject({
      khuyenCong: optional(money),
      counterpart: optional(money),
      other: optional(money),
    }),
  ),
  normReference: optional(text),
  priceQuotes: optional(count),
  beneficiary: optional(text),
  /** The machine is part of a complete technology line (a higher support cap may apply). Added to format 1 as an optional field. */
  technologyLine: optional(flag),
});

const BudgetSchema = z.strictObject({
  currency: optional(z.literal('VND')),
  lines: list(BudgetLineSchema),
});

/** The fields of `results`, the order the docs and the rule messages list them in. Format 1.x. */
export const RESULT_FIELDS = [
  'reportedOn',
  'jobsCreated',
  'learnersTrained',
  'learnersCertified',
  'learnersEmployed',
  'capacityIncreasePercent',
  'revenueIncreasePercent',
  'equipmentInOperation',
  'notes',
] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

/**
 * A change in percent: a decrease is a real result, so it may be negative, but nothing falls by
 * more than all of it (-100 %). No upper bound: a small workshop can triple its output (+200 %).
 */
const percentChange = z.number().check(z.minimum(-100));

const ABOVE_TRAINED = sentence('issue.results.aboveTrained', {}, 'too_big');
const REPORTED_BEFORE_START = sentence('issue.results.reportedBeforeStart', {}, 'too_small');

/*
 * The cross-field checks run even when other fields have value problems (a negative amount), so that a
 * dossier's problems are reported together; zod skips them only after a wrong type. They therefore read
 * what they compare defensively: a value already reported as malformed is not compared again.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const wholeCount = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined);
const isoDay = (value: unknown): string | undefined => (typeof value === 'string' && isoDate.safeParse(value).success ? value : undefined);
const ON_AN_OBJECT = { when: (payload: { value: unknown }) => isRecord(payload.value) };

/** Learners certified or employed are among those trained. */
function checkLearners(results: Record<string, unknown>, context: z.core.$RefinementCtx): void {
  const trained = wholeCount(results['learnersTrained']);
  if (trained === undefined) return;
  for (const field of ['learnersCertified', 'learnersEmployed'] as const) {
    const value = wholeCount(results[field]);
    if (value !== undefined && value > trained) {
      context.issues.push({ code: 'custom', message: ABOVE_TRAINED, input: value, path: [field], params: { trained } });
    }
  }
}

/** Results are not reported before implementation starts (ISO dates compare as strings). */
function checkResultsAfterStart(dossier: Record<string, unknown>, context: z.core.$RefinementCtx): void {
  const start = isRecord(dossier['period']) ? isoDay(dossier['period']['start']) : undefined;
  const reportedOn = isRecord(dossier['results']) ? isoDay(dossier['results']['reportedOn']) : undefined;
  if (start && reportedOn && reportedOn < start) {
    context.issues.push({ code: 'custom', message: REPORTED_BEFORE_START, input: reportedOn, path: ['results', 'reportedOn'] });
  }
}

/**
 * What the project achieved, recorded at acceptance (nghiệm thu). Format 1.x. Counts are
 * whole people or jobs; 0 is a result (no job created), absence is not.
 */
const ResultsSchema = z
  .strictObject({
    /** The date of the acceptance report that records these results. */
    reportedOn: optional(isoDate),
    jobsCreated: optional(count),
    learnersTrained: optional(count),
    /** Learners who passed and received a certificate; at most `learnersTrained`. */
    learnersCertified: optional(count),
    /** Learners in work after the training; at most `learnersTrained`. */
    learnersEmployed: optional(count),
    capacityIncreasePercent: optional(percentChange),
    revenueIncreasePercent: optional(percentChange),
    /** The supported machinery or model is in operation at acceptance. */
    equipmentInOperation: optional(flag),
    notes: optional(text),
  })
  .check(z.superRefine((results: unknown, context) => checkLearners(results as Record<string, unknown>, context), ON_AN_OBJECT));

/**
 * The dossier of one khuyến công project, format `khuyencong.dossier/1`.
 * Accepts drafts (any field may be missing or null); rejects present but
 * malformed data: impossible dates, negative money, unknown enum values,
 * wrong types and unknown field names.
 */
export const DossierSchema = z.strictObject({
  format: optional(z.literal('khuyencong.dossier/1')),
  id: optional(text),
  title: optional(text),
  scope: optional(z.enum(SCOPES)),
  contentType: optional(z.enum(CONTENT_TYPES)),
  stage: optional(z.enum(STAGES)),
  location: optional(LocationSchema),
  period: optional(PeriodSchema),
  submittedOn: optional(isoDate),
  approvedOn: optional(isoDate),
  presidingUnit: optional(PresidingUnitSchema),
  coordinatingUnits: list(CoordinatingUnitSchema),
  beneficiaries: list(BeneficiarySchema),
  engagements: list(EngagementSchema),
  communication: optional(CommunicationSchema),
  alignment: optional(AlignmentSchema),
  implementation: optional(ImplementationSchema),
  budget: optional(BudgetSchema),
  results: optional(ResultsSchema),
}).check(z.superRefine((dossier: unknown, context) => checkResultsAfterStart(dossier as Record<string, unknown>, context), ON_AN_OBJECT));

/** A dossier as a host sends it: every field optional, `null` allowed for "no value". */
export type Dossier = z.infer<typeof DossierSchema>;

/** The `results` section of a dossier: what the project achieved, recorded at acceptance. */
export type DossierResults = z.infer<typeof ResultsSchema>;

// RESULT_FIELDS lists exactly the fields of `results`, so a field added to one and not the other is a type error.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<Condition extends true> = Condition;
export type ResultFieldsMatch = Assert<Same<ResultField, keyof DossierResults>>;
