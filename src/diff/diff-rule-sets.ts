import type { LocalizedText } from '../i18n/locale.js';
import { sayDiff } from '../i18n/catalogue/diff.js';
import { RuleSetError } from '../schema/errors.js';
import type {
  LessonId,
  MessageFact,
  Parameter,
  Reference,
  RuleDefinition,
  RuleSet,
  Severity,
  TopLevelCondition,
} from '../schema/rule-set.js';
import { jsonEqual, jsonEqualAsSets } from './json.js';

/** A value before and after; `undefined` (absent from JSON output) when the key is absent on that side. */
export interface ValueChange<T> {
  before: T;
  after: T;
}

/** A rule set that exists on one side only. */
export interface RuleSetSummary {
  id: string;
  lesson: LessonId;
  version: string;
  /** Its rule ids, in file order. */
  rules: string[];
}

/** The rule set's own keys that the diff compares (`$schema` is editor tooling and ignored). */
export interface RuleSetMetadata {
  title: LocalizedText;
  description: LocalizedText;
  weight: number;
  lesson: LessonId;
}
export type RuleSetMetadataField = keyof RuleSetMetadata;
export type RuleSetMetadataChange = {
  [K in RuleSetMetadataField]: { field: K } & ValueChange<RuleSetMetadata[K]>;
}[RuleSetMetadataField];

/** The keys of a rule compared as one value each. */
export interface RuleValueAspects {
  conditions: TopLevelCondition;
  applicability: TopLevelCondition | undefined;
  /** Compared as a set of dossier paths: order does not count. */
  requires: string[] | undefined;
  severity: Severity;
  deprecated: RuleDefinition['deprecated'];
  remediation: LocalizedText;
  title: LocalizedText;
  description: LocalizedText;
  rationale: LocalizedText | undefined;
  messageFacts: MessageFact[] | undefined;
  since: string;
  /** The json-rules-engine event of the rule file; the engine makes its own and never reads it. */
  event: RuleDefinition['event'];
}
export type RuleValueAspect = keyof RuleValueAspects;
export type RuleValueChange = {
  [K in RuleValueAspect]: { aspect: K } & ValueChange<RuleValueAspects[K]>;
}[RuleValueAspect];

export interface EffectiveWindow {
  effectiveFrom?: string | undefined;
  effectiveTo?: string | undefined;
}
export interface EffectiveChange extends ValueChange<EffectiveWindow> {
  aspect: 'effective';
  /** Which of the two dates changed. */
  fields: ('effectiveFrom' | 'effectiveTo')[];
}

export type ParameterField = 'type' | 'default' | 'bounds' | 'unit' | 'description';
export interface ParameterChange {
  name: string;
  change: 'added' | 'removed' | 'changed';
  /** For `changed`: what differs (`bounds` = minimum or maximum). Empty for added/removed. */
  fields: ParameterField[];
  before?: Parameter | undefined;
  after?: Parameter | undefined;
}
export interface ParametersChange {
  aspect: 'parameters';
  parameters: ParameterChange[];
}

export const MESSAGE_KINDS = ['pass', 'fail', 'notApplicable', 'missing'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export interface MessageChange extends ValueChange<LocalizedText | undefined> {
  kind: MessageKind;
}
export interface MessagesChange {
  aspect: 'messages';
  messages: MessageChange[];
}

export type ReferenceField = 'kind' | 'citation' | 'verified' | 'note' | 'url';
export interface ReferenceChange {
  change: 'added' | 'removed' | 'changed';
  /** For `changed`: what differs. Empty for added/removed. */
  fields: ReferenceField[];
  before?: Reference | undefined;
  after?: Reference | undefined;
}
export interface ReferencesChange {
  aspect: 'references';
  references: ReferenceChange[];
}

/** One aspect of a rule that changed, with its values before and after. */
export type RuleAspectChange = RuleValueChange | EffectiveChange | ParametersChange | MessagesChange | ReferencesChange;
export type RuleAspect = RuleAspectChange['aspect'];

/** A rule present on both sides (same id, same rule set) that differs. */
export interface RuleChange {
  id: string;
  /** The aspects that changed, in the order of {@link RULE_ASPECTS}. */
  aspects: RuleAspect[];
  changes: RuleAspectChange[];
}

/** The order in which a rule's aspects are compared and reported: meaning first, wording last. */
export const RULE_ASPECTS = [
  'conditions',
  'applicability',
  'requires',
  'severity',
  'effective',
  'event',
  'parameters',
  'deprecated',
  'references',
  'title',
  'description',
  'rationale',
  'messages',
  'remediation',
  'messageFacts',
  'since',
] as const satisfies readonly RuleAspect[];

/** A rule set present on both sides. */
export interface RuleSetDiff {
  id: string;
  version: ValueChange<string>;
  metadata: RuleSetMetadataChange[];
  /** Ids of rules only in the new version, in its file order. */
  rulesAdded: string[];
  /** Ids of rules only in the old version, in its file order. */
  rulesRemoved: string[];
  rulesChanged: RuleChange[];
}

/** A rule found in one rule set before and in another after: it is also reported as removed there and added here. */
export interface MovedRule {
  id: string;
  from: string;
  to: string;
}

/** The result of {@link diffRuleSets}. */
export interface RuleSetsDiff {
  ruleSetsAdded: RuleSetSummary[];
  ruleSetsRemoved: RuleSetSummary[];
  /** Every rule set present on both sides, changed or not, in the new side's order. */
  ruleSets: RuleSetDiff[];
  movedRules: MovedRule[];
}

function byId<T extends { id: string }>(items: readonly T[], what: (item: T) => [ruleSet: string, ruleId: string | undefined]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) {
      const [ruleSet, ruleId] = what(item);
      // The diff has no locale: its problems read in English, as its release checks do by default.
      throw new RuleSetError(ruleSet, ruleId, [sayDiff('en', 'diff.error.duplicateId', { id: item.id })]);
    }
    map.set(item.id, item);
  }
  return map;
}

function summary(ruleSet: RuleSet): RuleSetSummary {
  return { id: ruleSet.id, lesson: ruleSet.lesson, version: ruleSet.version, rules: ruleSet.rules.map((rule) => rule.id) };
}

function diffParameters(before: RuleDefinition['parameters'], after: RuleDefinition['parameters']): ParameterChange[] {
  const left = before ?? {};
  const right = after ?? {};
  const changes: ParameterChange[] = [];
  for (const [name, parameter] of Object.entries(left)) {
    if (!Object.hasOwn(right, name)) changes.push({ name, change: 'removed', fields: [], before: parameter });
  }
  for (const [name, parameter] of Object.entries(right)) {
    if (!Object.hasOwn(left, name)) {
      changes.push({ name, change: 'added', fields: [], after: parameter });
      continue;
    }
    const old = left[name]!;
    const fields: ParameterField[] = [];
    if (old.type !== parameter.type) fields.push('type');
    if (!jsonEqual(old.default, parameter.default)) fields.push('default');
    if (old.minimum !== parameter.minimum || old.maximum !== parameter.maximum) fields.push('bounds');
    if (!jsonEqual(old.unit, parameter.unit)) fields.push('unit');
    if (!jsonEqual(old.description, parameter.description)) fields.push('description');
    if (fields.length > 0) changes.push({ name, change: 'changed', fields, before: old, after: parameter });
  }
  return changes;
}

function diffMessages(before: RuleDefinition['messages'], after: RuleDefinition['messages']): MessageChange[] {
  return MESSAGE_KINDS.filter((kind) => !jsonEqual(before[kind], after[kind])).map((kind) => ({ kind, before: before[kind], after: after[kind] }));
}

const REFERENCE_FIELDS: readonly ReferenceField[] = ['kind', 'citation', 'verified', 'note', 'url'];

/**
 * References have no id. Identical references pair first (so reordering is no
 * change), then those with the same citation, then the rest in order; what is
 * left is added or removed.
 */
function diffReferences(before: readonly Reference[], after: readonly Reference[]): ReferenceChange[] {
  const left = [...before];
  const right = [...after];
  const pairs: [Reference, Reference][] = [];
  const pairBy = (match: (a: Reference, b: Reference) => boolean) => {
    for (let i = 0; i < left.length; ) {
      const j = right.findIndex((candidate) => match(left[i]!, candidate));
      if (j < 0) {
        i += 1;
        continue;
      }
      pairs.push([left[i]!, right[j]!]);
      left.splice(i, 1);
      right.splice(j, 1);
    }
  };
  pairBy(jsonEqual);
  pairBy((a, b) => a.citation === b.citation);
  while (left.length > 0 && right.length > 0) pairs.push([left.shift()!, right.shift()!]);
  const changes: ReferenceChange[] = [];
  for (const [old, next] of pairs) {
    const fields = REFERENCE_FIELDS.filter((field) => !jsonEqual(old[field], next[field]));
    if (fields.length > 0) changes.push({ change: 'changed', fields, before: old, after: next });
  }
  for (const reference of left) changes.push({ change: 'removed', fields: [], before: reference });
  for (const reference of right) changes.push({ change: 'added', fields: [], after: reference });
  return changes;
}

function valueAspect<K extends RuleValueAspect>(aspect: K, before: RuleValueAspects[K], after: RuleValueAspects[K]): RuleValueChange {
  return { aspect, before, after } as RuleValueChange;
}

/** The differences between two versions of one rule, or undefined when there are none. */
export function diffRule(before: RuleDefinition, after: RuleDefinition): RuleChange | undefined {
  const changes: RuleAspectChange[] = [];
  for (const aspect of RULE_ASPECTS) {
    switch (aspect) {
      case 'effective': {
        const fields = (['effectiveFrom', 'effectiveTo'] as const).filter((field) => before[field] !== after[field]);
        if (fields.length > 0) {
          changes.push({
            aspect,
            fields,
            before: { effectiveFrom: before.effectiveFrom, effectiveTo: before.effectiveTo },
            after: { effectiveFrom: after.effectiveFrom, effectiveTo: after.effectiveTo },
          });
        }
        break;
      }
      case 'parameters': {
        const parameters = diffParameters(before.parameters, after.parameters);
        if (parameters.length > 0) changes.push({ aspect, parameters });
        break;
      }
      case 'messages': {
        const messages = diffMessages(before.messages, after.messages);
        if (messages.length > 0) changes.push({ aspect, messages });
        break;
      }
      case 'references': {
        const references = diffReferences(before.references, after.references);
        if (references.length > 0) changes.push({ aspect, references });
        break;
      }
      case 'requires':
        if (!jsonEqualAsSets(before.requires, after.requires)) changes.push(valueAspect(aspect, before.requires, after.requires));
        break;
      default:
        if (!jsonEqual(before[aspect], after[aspect])) changes.push(valueAspect(aspect, before[aspect], after[aspect]));
    }
  }
  if (changes.length === 0) return undefined;
  return { id: after.id, aspects: changes.map((change) => change.aspect), changes };
}

const METADATA_FIELDS: readonly RuleSetMetadataField[] = ['lesson', 'weight', 'title', 'description'];

/** The differences between two versions of one rule set (same id; rules matched by id). */
export function diffRuleSet(before: RuleSet, after: RuleSet): RuleSetDiff {
  const ruleName = (ruleSet: RuleSet) => (rule: RuleDefinition): [string, string] => [ruleSet.id, rule.id];
  const oldRules = byId(before.rules, ruleName(before));
  const newRules = byId(after.rules, ruleName(after));
  const metadata = METADATA_FIELDS.filter((field) => !jsonEqual(before[field], after[field])).map(
    (field) => ({ field, before: before[field], after: after[field] }) as RuleSetMetadataChange,
  );
  const rulesChanged: RuleChange[] = [];
  for (const rule of after.rules) {
    const old = oldRules.get(rule.id);
    const change = old && diffRule(old, rule);
    if (change) rulesChanged.push(change);
  }
  return {
    id: after.id,
    version: { before: before.version, after: after.version },
    metadata,
    rulesAdded: after.rules.filter((rule) => !oldRules.has(rule.id)).map((rule) => rule.id),
    rulesRemoved: before.rules.filter((rule) => !newRules.has(rule.id)).map((rule) => rule.id),
    rulesChanged,
  };
}

/** Whether a rule-set diff holds any change at all (the version alone does not count). */
export function hasRuleSetChanges(diff: RuleSetDiff): boolean {
  return diff.metadata.length + diff.rulesAdded.length + diff.rulesRemoved.length + diff.rulesChanged.length > 0;
}

function ruleHomes(ruleSets: readonly RuleSet[]): Map<string, string> {
  const homes = new Map<string, string>();
  for (const ruleSet of ruleSets) for (const rule of ruleSet.rules) if (!homes.has(rule.id)) homes.set(rule.id, ruleSet.id);
  return homes;
}

/**
 * Compares rule sets: each side is one rule set or several (e.g. the five
 * lessons of two releases). Rule sets are matched by id, rules by id within
 * the same rule set; a rule that moved to another rule set is reported as
 * removed from one and added to the other, and listed in `movedRules`.
 * JSON is compared structurally: key order and formatting never count.
 * Throws {@link RuleSetError} when one side holds two rule sets, or one rule set two rules, with the same id.
 */
export function diffRuleSets(before: RuleSet | readonly RuleSet[], after: RuleSet | readonly RuleSet[]): RuleSetsDiff {
  const left: readonly RuleSet[] = Array.isArray(before) ? before : [before as RuleSet];
  const right: readonly RuleSet[] = Array.isArray(after) ? after : [after as RuleSet];
  const oldSets = byId(left, (ruleSet): [string, undefined] => [ruleSet.id, undefined]);
  const newSets = byId(right, (ruleSet): [string, undefined] => [ruleSet.id, undefined]);
  const oldHomes = ruleHomes(left);
  const newHomes = ruleHomes(right);
  const movedRules: MovedRule[] = [];
  for (const [id, to] of newHomes) {
    const from = oldHomes.get(id);
    if (from !== undefined && from !== to) movedRules.push({ id, from, to });
  }
  return {
    ruleSetsAdded: right.filter((ruleSet) => !oldSets.has(ruleSet.id)).map(summary),
    ruleSetsRemoved: left.filter((ruleSet) => !newSets.has(ruleSet.id)).map(summary),
    ruleSets: right.filter((ruleSet) => oldSets.has(ruleSet.id)).map((ruleSet) => diffRuleSet(oldSets.get(ruleSet.id)!, ruleSet)),
    movedRules,
  };
}
