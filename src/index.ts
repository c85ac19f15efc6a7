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
  type EvaluateOptions,
  type Evaluator,
  type EvaluatorOptions,
  type SafeEvaluateResult,
} from './evaluator.js';
export { DossierSchema, type Dossier } from './schema/dossier.js';
export { validateDossier, type DossierValidationResult } from './schema/validate-dossier.js';
export { ReportSchema, type Finding, type LessonResult, type Report } from './schema/report.js';
export {
  RuleSetSchema,
  LESSON_IDS,
  SEVERITIES,
  type LessonId,
  type RuleDefinition,
  type RuleSet,
  type Severity,
} from './schema/rule-set.js';
export { LegalDataSchema, type LegalData, type LegalEntry } from './schema/legal-data.js';
export { DossierValidationError, OptionsError, RuleSetError, type ErrorKind, type ValidationIssue } from './schema/errors.js';
export { formatReportText } from './report/format-text.js';
export type { ReportStamp } from './report/build-report.js';
export { fingerprint } from './stamp/fingerprint.js';
export type { MessageOverrides, Origin, OverridableText, ParameterOverrides, ParameterValue, RuleOverride } from './engine/configure.js';
export { HostFactError, type HostFact, type HostFactInput } from './facts/host-facts.js';
export { DEFAULT_SCORING, type ScoringOptions } from './scoring/options.js';
export type { Verdict } from './scoring/score.js';
export { LOCALES, isLocale, type Locale, type LocalizedText } from './i18n/locale.js';
export { LIBRARY_VERSION } from './version.js';
