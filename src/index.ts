/**
 * khuyencong — evaluate Vietnamese industrial-promotion (khuyến công) project
 * dossiers against the five lessons of Thái Bình province, with versioned,
 * declarative rule sets and scored, explainable findings.
 *
 * This entry point is browser-safe: it imports no Node built-ins.
 * @packageDocumentation
 */
export {
  createEvaluator,
  evaluate,
  safeEvaluate,
  type EvaluateError,
  type EvaluateOptions,
  type Evaluator,
  type EvaluatorOptions,
  type SafeEvaluateResult,
} from './evaluator.js';
export { DossierSchema, RESULT_FIELDS, type Dossier, type DossierResults, type ResultField } from './schema/dossier.js';
export { validateDossier, type DossierValidationResult } from './schema/validate-dossier.js';
export {
  FINDING_STATUSES,
  ReportSchema,
  VERDICT_REASON_CODES,
  VERDICTS,
  WARNING_CODES,
  type Finding,
  type FindingStatus,
  type LessonResult,
  type MissingItem,
  type Report,
  type ReportWarning,
  type VerdictReason,
  type VerdictReasonCode,
  type WarningCode,
} from './schema/report.js';
export {
  RuleSetSchema,
  LESSON_IDS,
  MESSAGE_KINDS,
  OVERRIDABLE_TEXTS,
  SEVERITIES,
  type MessageKind,
  type LessonId,
  type RuleDefinition,
  type RuleSet,
  type Severity,
} from './schema/rule-set.js';
export { LIMITS, type LimitName } from './schema/limits.js';
export { LegalDataSchema, type LegalData, type LegalEntry } from './schema/legal-data.js';
export { EvaluateOptionsSchema, EvaluatorOptionsSchema } from './schema/evaluator-options.js';
export { LOCAL_NORMS_FORMAT, LocalNormsSchema, type LocalNorms, type LocalNormsInput } from './schema/local-norms.js';
export { parseLocalNorms, type LocalNormsParse, type ParseLocalNormsOptions } from './schema/parse-local-norms.js';
export { SUPPORT_CAP_UNITS, type SupportCap, type SupportCapUnit } from './schema/legal-values.js';
export {
  DossierValidationError,
  EvaluationCancelledError,
  EvaluationError,
  OptionsError,
  RuleSetError,
  type CancellationReason,
  type ErrorKind,
  type IssueDetail,
  type LocalizableError,
  type RuleSetProblem,
  type ValidationIssue,
} from './schema/errors.js';
export { createSay, say, type Catalogues, type MessageId, type MessageParams, type Phrase, type Say } from './i18n/say.js';
export { formatCalendarDate } from './i18n/format.js';
export { formatReportText } from './report/format-text.js';
export type { ReportStamp } from './report/build-report.js';
export { fingerprint } from './stamp/fingerprint.js';
export type { MessageOverrides, Origin, OverridableText, ParameterOverrides, ParameterValue, RuleOverride } from './engine/configure.js';
export { HostFactError, type HostFact, type HostFactInput } from './facts/host-facts.js';
export { DEFAULT_SCORING, type ScoringOptions } from './scoring/options.js';
export type { Verdict } from './scoring/score.js';
export { LOCALES, isLocale, type Locale, type LocalizedText } from './i18n/locale.js';
export { LIBRARY_VERSION } from './version.js';
export { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from './engine/cancellation.js';
