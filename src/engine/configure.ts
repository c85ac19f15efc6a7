import { BUNDLED_LEGAL_DATA, BUNDLED_RULE_SETS } from '../bundled-rules.js';
import type { AnyFactDefinition } from '../facts/define.js';
import { indexLegalData, type LegalIndex } from '../facts/legal-index.js';
import { OptionsError, RuleSetError } from '../schema/errors.js';
import { localizeIssues } from '../schema/issues.js';
import { LegalDataSchema } from '../schema/legal-data.js';
import type { RuleSet } from '../schema/rule-set.js';
import { fingerprint } from '../stamp/fingerprint.js';
import { compileRule, type CompiledRule } from './compile.js';
import { checkParameterValue, validateRuleSet } from './validate-rule-set.js';

/** Where a rule set or the legal data came from. */
export type Origin = 'bundled' | 'host';

/** A validated rule set with the stamp that identifies it in reports. */
export interface LoadedRuleSet {
  readonly ruleSet: RuleSet;
  readonly origin: Origin;
  /** `sha256:…` of the rule set's canonical JSON. */
  readonly fingerprint: string;
}

/** A rule parameter's value. */
export type ParameterValue = number | boolean | string;

/** Parameter values by rule id, then parameter name. */
export type ParameterOverrides = Readonly<Record<string, Readonly<Record<string, ParameterValue>>>>;

/** What a host may change about the rules, checked and resolved once per evaluator. */
export interface ConfigurationOptions {
  parameters?: ParameterOverrides;
  ruleSets?: readonly unknown[];
  legalData?: unknown;
}

/** Everything an evaluator needs, loaded once. */
export interface Configuration {
  readonly ruleSets: readonly LoadedRuleSet[];
  readonly rules: readonly CompiledRule[];
  readonly legal: LegalIndex;
  readonly legalData: { readonly version: string; readonly origin: Origin; readonly fingerprint: string };
  /** Only what the host changed, for the report's stamp. */
  readonly overrides: { readonly parameters: Record<string, Record<string, ParameterValue>> };
}

function loadLegalData(input: unknown, origin: Origin) {
  const parsed = LegalDataSchema.safeParse(input);
  if (!parsed.success) {
    const source = origin === 'host' ? 'options.legalData' : 'legal-data';
    throw new RuleSetError(
      source,
      undefined,
      localizeIssues(parsed.error.issues, 'en', '(legal data)').map((issue) => `${issue.path}: ${issue.message}`),
    );
  }
  return { index: indexLegalData(parsed.data), version: parsed.data.version, origin, fingerprint: fingerprint(parsed.data) };
}

/**
 * The rule sets in use: the bundled ones, each replaced by a host rule set
 * with the same id (a pinned older release, say), plus the host's other rule sets.
 */
function loadRuleSets(hostInputs: readonly unknown[], facts: ReadonlyMap<string, AnyFactDefinition>): LoadedRuleSet[] {
  const load = (input: unknown, source: string, origin: Origin): LoadedRuleSet => {
    const ruleSet = validateRuleSet(input, source, facts);
    return { ruleSet, origin, fingerprint: fingerprint(ruleSet) };
  };
  const host = hostInputs.map((input, index) => load(input, `options.ruleSets[${index}]`, 'host'));
  const loaded = BUNDLED_RULE_SETS.map((input, index) => load(input, `bundled rule set #${index + 1}`, 'bundled')).map(
    (bundled) => host.find((candidate) => candidate.ruleSet.id === bundled.ruleSet.id) ?? bundled,
  );
  for (const candidate of host) if (!loaded.includes(candidate)) loaded.push(candidate);

  const seenSets = new Set<string>();
  const seenRules = new Map<string, string>();
  for (const { ruleSet } of loaded) {
    if (seenSets.has(ruleSet.id)) throw new OptionsError('ruleSets', `bộ quy tắc "${ruleSet.id}" được đưa vào hai lần`, `rule set "${ruleSet.id}" is given twice`);
    seenSets.add(ruleSet.id);
    for (const rule of ruleSet.rules) {
      const other = seenRules.get(rule.id);
      if (other) {
        throw new OptionsError('ruleSets', `quy tắc "${rule.id}" có trong cả "${other}" và "${ruleSet.id}"`, `rule "${rule.id}" is in both "${other}" and "${ruleSet.id}"`);
      }
      seenRules.set(rule.id, ruleSet.id);
    }
  }
  return loaded;
}

/** The parameter values of every rule: defaults, with the host's overrides checked and applied. */
function resolveParameters(ruleSets: readonly LoadedRuleSet[], overrides: ParameterOverrides): Map<string, Record<string, unknown>> {
  const byRule = new Map<string, Record<string, unknown>>();
  for (const { ruleSet } of ruleSets) {
    for (const rule of ruleSet.rules) {
      byRule.set(rule.id, Object.fromEntries(Object.entries(rule.parameters ?? {}).map(([name, parameter]) => [name, parameter.default])));
    }
  }
  for (const [ruleId, values] of Object.entries(overrides)) {
    const rule = ruleSets.flatMap(({ ruleSet }) => ruleSet.rules).find((candidate) => candidate.id === ruleId);
    if (!rule) throw new OptionsError(`parameters.${ruleId}`, 'không có quy tắc này', 'there is no such rule');
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      throw new OptionsError(`parameters.${ruleId}`, 'phải là một đối tượng { tên tham số: giá trị }', 'must be an object { parameterName: value }');
    }
    for (const [name, value] of Object.entries(values)) {
      const parameter = rule.parameters?.[name];
      if (!parameter || !Object.hasOwn(rule.parameters ?? {}, name)) {
        const known = Object.keys(rule.parameters ?? {}).join(', ') || '—';
        throw new OptionsError(`parameters.${ruleId}.${name}`, `quy tắc không có tham số này (có: ${known})`, `the rule has no such parameter (it has: ${known})`);
      }
      const problem = checkParameterValue(parameter, value);
      if (problem) {
        const [vi, en] = problem.split(' / ');
        throw new OptionsError(`parameters.${ruleId}.${name}`, vi ?? problem, en ?? problem);
      }
      byRule.get(ruleId)![name] = value;
    }
  }
  return byRule;
}

/** Loads, checks and compiles everything an evaluator uses. Throws OptionsError or RuleSetError naming the culprit. */
export function configure(options: ConfigurationOptions, facts: ReadonlyMap<string, AnyFactDefinition>): Configuration {
  const legal = options.legalData === undefined ? loadLegalData(BUNDLED_LEGAL_DATA, 'bundled') : loadLegalData(options.legalData, 'host');
  if (options.ruleSets !== undefined && !Array.isArray(options.ruleSets)) {
    throw new OptionsError('ruleSets', 'phải là một danh sách bộ quy tắc', 'must be a list of rule sets');
  }
  const ruleSets = loadRuleSets(options.ruleSets ?? [], facts);
  const overrides = options.parameters ?? {};
  const parameters = resolveParameters(ruleSets, overrides);
  const rules = ruleSets.flatMap(({ ruleSet }) => ruleSet.rules.map((rule) => compileRule(ruleSet, rule, parameters.get(rule.id)!, facts)));
  return {
    ruleSets,
    rules,
    legal: legal.index,
    legalData: { version: legal.version, origin: legal.origin, fingerprint: legal.fingerprint },
    overrides: { parameters: structuredClone(overrides) as Record<string, Record<string, ParameterValue>> },
  };
}
