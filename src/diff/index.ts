/**
 * `khuyencong/diff`: compare two releases of the rule sets or the legal data,
 * and check that their versions follow the contract in docs/versioning.md.
 * A separate entry point, so apps that only evaluate dossiers do not bundle it.
 * @packageDocumentation
 */
export {
  diffRuleSets,
  diffRuleSet,
  hasRuleSetChanges,
  type RuleChange,
  type RuleSetDiff,
  type RuleSetsDiff,
} from './diff-rule-sets.js';
export { diffLegalData, hasLegalDataChanges, type LegalDataDiff, type LegalEntryChange } from './diff-legal-data.js';
export { checkVersionBump, classifyLegalDataChange, classifyRuleSetChange, type ReleaseCheck } from './classify.js';
export { compareVersions, requiredVersion, type ChangeLevel, type ReleaseLevel } from './semver.js';
export { VERSIONING_POLICY, type ChangeReasonKind, type ChangeReasonPolicy, type VersioningPolicy } from './policy.js';
