import type { DiffMessageId } from '../i18n/catalogue/diff.js';
import type { LegalEntry } from '../schema/legal-data.js';
import type { LegalEntryChange, LegalEntryField } from './diff-legal-data.js';
import type { ParameterChange, ParameterField, ReferenceChange, ReferenceField, RuleAspect, RuleSetMetadataField } from './diff-rule-sets.js';
import type { ReleaseLevel } from './semver.js';

/** What a kind of change needs: its release, and the catalogue phrase that explains it. */
export interface ChangeReasonPolicy {
  readonly level: ReleaseLevel;
  readonly message: DiffMessageId;
}

/**
 * Every kind of change, from the most to the least severe (reasons are
 * reported in this order), with the release it needs.
 */
const REASONS = {
  'rule-set-removed': { level: 'major', message: 'diff.reason.ruleSetRemoved' },
  'rule-set-scoring': { level: 'major', message: 'diff.reason.ruleSetScoring' },
  'rule-removed': { level: 'major', message: 'diff.reason.ruleRemoved' },
  'rule-meaning': { level: 'major', message: 'diff.reason.ruleMeaning' },
  'parameter-removed': { level: 'major', message: 'diff.reason.parameterRemoved' },
  'parameter-type': { level: 'major', message: 'diff.reason.parameterType' },
  'legal-entry-removed': { level: 'major', message: 'diff.reason.legalEntryRemoved' },
  'rule-set-added': { level: 'minor', message: 'diff.reason.ruleSetAdded' },
  'rule-added': { level: 'minor', message: 'diff.reason.ruleAdded' },
  'rule-deprecated': { level: 'minor', message: 'diff.reason.ruleDeprecated' },
  'parameter-added': { level: 'minor', message: 'diff.reason.parameterAdded' },
  'parameter-value': { level: 'minor', message: 'diff.reason.parameterValue' },
  'reference-verified': { level: 'minor', message: 'diff.reason.referenceVerified' },
  'legal-entry-added': { level: 'minor', message: 'diff.reason.legalEntryAdded' },
  'legal-entry-replaced': { level: 'minor', message: 'diff.reason.legalEntryReplaced' },
  'legal-entry-corrected': { level: 'minor', message: 'diff.reason.legalEntryCorrected' },
  'rule-set-wording': { level: 'patch', message: 'diff.reason.ruleSetWording' },
  'parameter-wording': { level: 'patch', message: 'diff.reason.parameterWording' },
  'rule-wording': { level: 'patch', message: 'diff.reason.ruleWording' },
  'legal-entry-note': { level: 'patch', message: 'diff.reason.legalEntryNote' },
} as const satisfies Readonly<Record<string, ChangeReasonPolicy>>;

/** Why a change needs the release it does. */
export type ChangeReasonKind = keyof typeof REASONS;

/** Something added to or removed from a list of items with ids. */
export type Presence = 'added' | 'removed';

/** The rule aspects compared as a whole; parameters and references are judged one by one. */
export type WholeRuleAspect = Exclude<RuleAspect, 'parameters' | 'references'>;

/** The shape of {@link VERSIONING_POLICY}: every change the diff reports maps to the kind of reason it gives. */
export interface VersioningPolicy {
  readonly reasons: Readonly<Record<ChangeReasonKind, ChangeReasonPolicy>>;
  readonly ruleSet: Readonly<Record<Presence, ChangeReasonKind>>;
  readonly ruleSetMetadata: Readonly<Record<RuleSetMetadataField, ChangeReasonKind>>;
  readonly rule: Readonly<Record<Presence, ChangeReasonKind>>;
  readonly ruleAspect: Readonly<Record<WholeRuleAspect, ChangeReasonKind>>;
  readonly parameter: Readonly<Record<Presence, ChangeReasonKind>>;
  /** A changed parameter gives the most severe kind of its changed fields (`bounds` = minimum or maximum). */
  readonly parameterField: Readonly<Record<ParameterField, ChangeReasonKind>>;
  readonly reference: Readonly<Record<Presence, ChangeReasonKind>>;
  /** A changed reference gives the most severe kind of its changed fields. */
  readonly referenceField: Readonly<Record<ReferenceField, ChangeReasonKind>>;
  /**
   * `removed`: its key keeps other entries (re-dated or replaced); `keyRemoved`:
   * its key is left with no entry, so rules reading it find nothing.
   */
  readonly legalEntry: Readonly<Record<Presence | 'keyRemoved', ChangeReasonKind>>;
  /** A changed legal entry gives the most severe kind of its changed fields. */
  readonly legalEntryField: Readonly<Record<LegalEntryField, ChangeReasonKind>>;
}

/**
 * The versioning contract of docs/versioning.md as data: which change needs a
 * patch, minor or major release. The diff library classifies with it, the
 * `rules diff` command labels its lines with it, and the policy section of
 * docs/versioning.md is generated from it.
 */
export const VERSIONING_POLICY: VersioningPolicy = {
  reasons: REASONS,
  ruleSet: { added: 'rule-set-added', removed: 'rule-set-removed' },
  ruleSetMetadata: { lesson: 'rule-set-scoring', weight: 'rule-set-scoring', title: 'rule-set-wording', description: 'rule-set-wording' },
  rule: { added: 'rule-added', removed: 'rule-removed' },
  ruleAspect: {
    conditions: 'rule-meaning',
    applicability: 'rule-meaning',
    requires: 'rule-meaning',
    severity: 'rule-meaning',
    effective: 'rule-meaning',
    deprecated: 'rule-deprecated',
    // The engine builds its own json-rules-engine event (src/engine/runner.ts) and never reads
    // this one; it changes the file and its fingerprint, so it still needs a release, a patch.
    event: 'rule-wording',
    title: 'rule-wording',
    description: 'rule-wording',
    rationale: 'rule-wording',
    messages: 'rule-wording',
    remediation: 'rule-wording',
    messageFacts: 'rule-wording',
    since: 'rule-wording',
  },
  parameter: { added: 'parameter-added', removed: 'parameter-removed' },
  parameterField: {
    type: 'parameter-type',
    default: 'parameter-value',
    bounds: 'parameter-value',
    unit: 'parameter-wording',
    description: 'parameter-wording',
  },
  reference: { added: 'rule-wording', removed: 'rule-wording' },
  referenceField: { verified: 'reference-verified', kind: 'rule-wording', citation: 'rule-wording', note: 'rule-wording', url: 'rule-wording' },
  legalEntry: { added: 'legal-entry-added', removed: 'legal-entry-replaced', keyRemoved: 'legal-entry-removed' },
  legalEntryField: {
    value: 'legal-entry-corrected',
    effectiveTo: 'legal-entry-corrected',
    source: 'legal-entry-corrected',
    verified: 'legal-entry-corrected',
    note: 'legal-entry-note',
  },
};

/** Every change reason kind, from the most to the least severe. */
export const CHANGE_REASON_KINDS = Object.keys(REASONS) as readonly ChangeReasonKind[];

/** The release a kind of change needs. */
export function reasonLevel(kind: ChangeReasonKind): ReleaseLevel {
  return VERSIONING_POLICY.reasons[kind].level;
}

const SEVERITY_ORDER = new Map(CHANGE_REASON_KINDS.map((kind, index) => [kind, index]));

/** The more severe of two kinds of change. */
function moreSevere(a: ChangeReasonKind, b: ChangeReasonKind): ChangeReasonKind {
  return SEVERITY_ORDER.get(a)! <= SEVERITY_ORDER.get(b)! ? a : b;
}

/** The most severe of the kinds the changed fields of one item give (a changed item has at least one field). */
export function fieldsReason<F extends string>(byField: Readonly<Record<F, ChangeReasonKind>>, fields: readonly F[]): ChangeReasonKind {
  return fields.map((field) => byField[field]).reduce(moreSevere);
}

/** The kind of reason an added, removed or changed item gives. */
function itemReason<F extends string>(
  change: { change: Presence | 'changed'; fields: readonly F[] },
  byPresence: Readonly<Record<Presence, ChangeReasonKind>>,
  byField: Readonly<Record<F, ChangeReasonKind>>,
): ChangeReasonKind {
  return change.change === 'changed' ? fieldsReason(byField, change.fields) : byPresence[change.change];
}

/** The kind of reason a parameter added, removed or changed gives. */
export function parameterReason(change: ParameterChange): ChangeReasonKind {
  return itemReason(change, VERSIONING_POLICY.parameter, VERSIONING_POLICY.parameterField);
}

/** The kind of reason a reference added, removed or changed gives. */
export function referenceReason(change: ReferenceChange): ChangeReasonKind {
  return itemReason(change, VERSIONING_POLICY.reference, VERSIONING_POLICY.referenceField);
}

/** The kind of reason a changed legal entry gives. */
export function legalEntryChangeReason(change: LegalEntryChange): ChangeReasonKind {
  return fieldsReason(VERSIONING_POLICY.legalEntryField, change.fields);
}

/** The kind of reason a removed legal entry gives: whether its key is left with no entry (`keysRemoved`) decides. */
export function legalEntryRemovedReason(entry: LegalEntry, keysRemoved: ReadonlySet<string>): ChangeReasonKind {
  return keysRemoved.has(entry.key) ? VERSIONING_POLICY.legalEntry.keyRemoved : VERSIONING_POLICY.legalEntry.removed;
}
