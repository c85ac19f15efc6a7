import type { AnyFactDefinition } from '../facts/define.js';
import type { LocalizedText } from '../i18n/locale.js';
import { phrase, type MessageId, type MessageParams } from '../i18n/say.js';
import { matchProvince } from '../facts/legal/provinces.js';
import type { LegalIndex } from '../facts/legal-index.js';
import type { IssueDetail } from '../schema/issues.js';
import { overlapIssues, type LocalNorms } from '../schema/local-norms.js';
import type { OverridableText, RuleDefinition } from '../schema/rule-set.js';
import type { ConfigurationOptions, LoadedRuleSet } from './configure.js';
import { checkParameterValue, checkRule } from './validate-rule-set.js';

/*
 * The checks of the options that need the loaded rule sets or the fact catalogue: the
 * options schema (schema/evaluator-options.ts) has already checked their shape. Each
 * returns every problem found, as issues worded later like the schema's.
 */

function issue(path: string, code: string, id: MessageId, params: MessageParams = {}): IssueDetail {
  return { path, code, words: phrase(id, params) };
}

/** Host facts must not take the name of a catalogue fact, nor of one another. */
export function checkHostFactNames(names: readonly string[], catalogue: ReadonlyMap<string, AnyFactDefinition>): IssueDetail[] {
  const seen = new Set<string>();
  return names.flatMap((name, index) => {
    const taken = catalogue.has(name) || seen.has(name);
    seen.add(name);
    return taken ? [issue(`facts[${index}].name`, 'duplicate_fact', 'option.factTaken', { name })] : [];
  });
}

/** Every rule set id, and every rule id across them, must be given once. */
export function checkUniqueIds(ruleSets: readonly LoadedRuleSet[]): IssueDetail[] {
  const issues: IssueDetail[] = [];
  const seenSets = new Set<string>();
  const seenRules = new Map<string, string>();
  for (const { ruleSet } of ruleSets) {
    if (seenSets.has(ruleSet.id)) issues.push(issue('ruleSets', 'duplicate_rule_set', 'option.duplicateRuleSet', { ruleSet: ruleSet.id }));
    seenSets.add(ruleSet.id);
    for (const rule of ruleSet.rules) {
      const first = seenRules.get(rule.id);
      if (first) issues.push(issue('ruleSets', 'duplicate_rule', 'option.ruleInTwoSets', { ruleId: rule.id, first, second: ruleSet.id }));
      else seenRules.set(rule.id, ruleSet.id);
    }
  }
  return issues;
}

function rulesById(ruleSets: readonly LoadedRuleSet[]): Map<string, RuleDefinition> {
  const rules = new Map<string, RuleDefinition>();
  for (const { ruleSet } of ruleSets) for (const rule of ruleSet.rules) rules.set(rule.id, rule);
  return rules;
}

/** A rule with the host's texts in place of its own, and its problems once reworded (it is checked like any rule). */
function rewordRule(
  rule: RuleDefinition,
  texts: Partial<Record<OverridableText, Partial<LocalizedText>>>,
  facts: ReadonlyMap<string, AnyFactDefinition>,
): { reworded: RuleDefinition; issues: IssueDetail[] } {
  const where = `messages.${rule.id}`;
  const issues: IssueDetail[] = [];
  const messages = { ...rule.messages };
  let remediation = rule.remediation;
  for (const [kind, text] of Object.entries(texts) as [OverridableText, Partial<LocalizedText>][]) {
    const base = kind === 'remediation' ? rule.remediation : rule.messages[kind];
    if (!base && (!text.vi || !text.en)) {
      issues.push(issue(`${where}.${kind}`, 'missing_translation', 'option.messageNeedsBoth'));
      continue;
    }
    const merged = { vi: text.vi ?? base!.vi, en: text.en ?? base!.en };
    if (kind === 'remediation') remediation = merged;
    else messages[kind] = merged;
  }
  const reworded = { ...rule, messages, remediation };
  if (issues.length > 0) return { reworded, issues };
  for (const problem of checkRule(reworded, facts)) {
    issues.push(
      typeof problem === 'string'
        ? issue(where, 'invalid_message', 'option.rewordedRuleText', { problem })
        : issue(where, 'invalid_message', 'option.rewordedRule', { where: problem.path, problem: problem.words }),
    );
  }
  return { reworded, issues };
}

/** What the overrides check yields: the problems, and the rules the host reworded, ready to compile. */
export interface CheckedOverrides {
  readonly issues: readonly IssueDetail[];
  readonly reworded: ReadonlyMap<string, RuleDefinition>;
}

/**
 * Checks `parameters`, `rules` and `messages` against the loaded rule sets: each names a
 * rule that exists; each parameter is one the rule declares, with a value of its declared
 * type within its bounds; each reworded text keeps the rule valid.
 */
export function checkOverrides(
  ruleSets: readonly LoadedRuleSet[],
  options: Pick<ConfigurationOptions, 'parameters' | 'rules' | 'messages'>,
  facts: ReadonlyMap<string, AnyFactDefinition>,
): CheckedOverrides {
  const rules = rulesById(ruleSets);
  const issues: IssueDetail[] = [];
  const reworded = new Map<string, RuleDefinition>();
  for (const [ruleId, values] of Object.entries(options.parameters ?? {})) {
    const rule = rules.get(ruleId);
    if (!rule) {
      issues.push(issue(`parameters.${ruleId}`, 'unknown_rule', 'option.noSuchRule'));
      continue;
    }
    const declared = rule.parameters ?? {};
    for (const [name, value] of Object.entries(values)) {
      const path = `parameters.${ruleId}.${name}`;
      if (!Object.hasOwn(declared, name)) {
        issues.push(issue(path, 'unknown_parameter', 'option.noSuchParameter', { known: Object.keys(declared).join(', ') || '—' }));
        continue;
      }
      const problem = checkParameterValue(declared[name]!, value, path);
      if (problem) issues.push(problem);
    }
  }
  for (const ruleId of Object.keys(options.rules ?? {})) {
    if (!rules.has(ruleId)) issues.push(issue(`rules.${ruleId}`, 'unknown_rule', 'option.noSuchRule'));
  }
  for (const [ruleId, texts] of Object.entries(options.messages ?? {})) {
    const rule = rules.get(ruleId);
    if (!rule) {
      issues.push(issue(`messages.${ruleId}`, 'unknown_rule', 'option.noSuchRule'));
      continue;
    }
    const result = rewordRule(rule, texts, facts);
    issues.push(...result.issues);
    reworded.set(ruleId, result.reworded);
  }
  return { issues, reworded };
}

/**
 * Checks the provincial norms against one another and the legal data: no two may give one
 * province a cap for the same content type on the same day; and each province must be one on
 * the document's `effectiveFrom` (its former name counts, through the merger table). An unknown
 * province is an error, not a warning: a misspelt name would otherwise never match a dossier and
 * leave every local project of that province `not-applicable`, silently. A table that lists no
 * provinces for that date cannot tell, and the name is accepted.
 */
export function checkLocalNorms(list: readonly LocalNorms[], legal: LegalIndex): IssueDetail[] {
  const pathOf = (index: number) => `localNorms[${index}]`;
  const unknown = list.flatMap((norms, index) =>
    matchProvince({ legal, referenceDate: norms.effectiveFrom }, norms.province).recognised === false
      ? [issue(`${pathOf(index)}.province`, 'unknown_province', 'norms.unknownProvince', { date: norms.effectiveFrom })]
      : [],
  );
  return [...unknown, ...overlapIssues(list, pathOf)];
}
