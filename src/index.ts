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
export { DossierValidationError, OptionsError, RuleSetError, type ValidationIssue } from './schema/errors.js';
export { formatReportText } from './report/format-text.js';
export { fingerprint } from './stamp/fingerprint.js';
export type { Origin, ParameterOverrides, ParameterValue } from './engine/configure.js';
export { DEFAULT_SCORING, type ScoringOptions } from './scoring/options.js';
export type { Verdict } from './scoring/score.js';
export type { Locale, LocalizedText } from './i18n/locale.js';
export { LIBRARY_VERSION } from './version.js';
export {
  diffRuleSets,
  diffRuleSet,
  diffRule,
  hasRuleSetChanges,
  MESSAGE_KINDS,
  RULE_ASPECTS,
  type EffectiveChange,
  type EffectiveWindow,
  type MessageChange,
  type MessageKind,
  type MessagesChange,
  type MovedRule,
  type ParameterChange,
  type ParameterField,
  type ParametersChange,
  type ReferenceChange,
  type ReferenceField,
  type ReferencesChange,
  type RuleAspect,
  type RuleAspectChange,
  type RuleChange,
  type RuleSetDiff,
  type RuleSetMetadata,
  type RuleSetMetadataChange,
  type RuleSetMetadataField,
  type RuleSetsDiff,
  type RuleSetSummary,
  type RuleValueAspect,
  type RuleValueAspects,
  type RuleValueChange,
  type ValueChange,
} from './diff/diff-rule-sets.js';
export {
  diffLegalData,
  hasLegalDataChanges,
  legalEntryName,
  type LegalDataDiff,
  type LegalEntryChange,
  type LegalEntryField,
  type LegalEntryId,
} from './diff/diff-legal-data.js';
export {
  checkLegalDataRelease,
  checkRuleSetRelease,
  checkRuleSetsRelease,
  checkVersionBump,
  classifyLegalDataChange,
  classifyRuleSetChange,
  compareVersions,
  legalDataChangeReasons,
  requiredVersion,
  ruleSetChangeReasons,
  type ChangeLevel,
  type ChangeReason,
  type ChangeReasonKind,
  type ReleaseCheck,
  type ReleaseLevel,
  type RuleSetReleaseCheckOptions,
  type VersionCheckOptions,
} from './diff/classify.js';
