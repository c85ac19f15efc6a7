import { BUNDLED_LEGAL_DATA, BUNDLED_RULE_SETS } from '../bundled-rules.js';
import type { AnyFactDefinition } from '../facts/define.js';
import { checkHostFacts, hostFactDefinitions, type HostFact } from '../facts/host-facts.js';
import { indexLegalData, type LegalIndex } from '../facts/legal-index.js';
import type { LocalizedText } from '../i18n/locale.js';
import { OptionsError, RuleSetError } from '../schema/errors.js';
import { parseLegalData } from '../schema/parse-legal-data.js';
import { LESSON_IDS, SEVERITIES, type LessonId, type RuleDefinition, type RuleSet, type Severity } from '../schema/rule-set.js';
import { fingerprint } from '../stamp/fingerprint.js';
import { compileRule, type CompiledRule } from './compile.js';
import { checkParameterValue, checkRule, validateRuleSet } from './validate-rule-set.js';

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

/** A rule turned off, or given another severity or weight (as ESLint and Spectral allow). */
export type RuleOverride = 'off' | { severity?: Severity; weight?: number };

/** The texts of a rule a host may reword, each in one or both languages. */
export const OVERRIDABLE_TEXTS = ['pass', 'fail', 'notApplicable', 'missing', 'remediation'] as const;
export type OverridableText = (typeof OVERRIDABLE_TEXTS)[number];
export type MessageOverrides = Readonly<Record<string, Partial<Record<OverridableText, Partial<LocalizedText>>>>>;

/** What a host may change about the rules, checked and resolved once per evaluator. */
export interface ConfigurationOptions {
  /**
   * Rule parameters to change, by rule id: `{ 'L5-regular-inspection': { maxGapDays: 60 } }`.
   * An unknown rule or parameter, or a value of the wrong type, throws `OptionsError`.
   */
  parameters?: ParameterOverrides;
  /**
   * Rule-set JSON to use (validated with `RuleSetSchema`; a bad one throws `RuleSetError`).
   * One with the id of a bundled rule set replaces it — e.g. a rule set saved from an earlier
   * release, to reproduce an old report; the others are added.
   */
  ruleSets?: readonly unknown[];
  /** A legal-data table to use instead of the bundled one (e.g. the one an old report was made with). */
  legalData?: unknown;
  /**
   * Per-rule overrides, as ESLint and Spectral allow: `'off'` (no finding at all), or a new
   * `severity` and/or `weight` (the rule's weight in its lesson instead of its severity's).
   * @example { 'L3-track-record': 'off', 'L2-media-engagement': { severity: 'major' } }
   */
  rules?: Readonly<Record<string, RuleOverride>>;
  /** The host's own facts (sync or async), for its own rule sets: e.g. a lookup in the province's registry of craft villages. */
  facts?: readonly HostFact[];
  /** The weight of each lesson in the overall score; lessons left out keep their rule set's weight (1). */
  lessonWeights?: Partial<Record<LessonId, number>>;
  /**
   * A rule's texts reworded, in one or both languages, with the same placeholders as the rule's own.
   * @example { 'L5-market-prices': { remediation: { vi: 'Bổ sung báo giá theo mẫu số 3 của Sở.' } } }
   */
  messages?: MessageOverrides;
}

/** The stamp of the host's overrides on every report. */
export interface OverridesStamp {
  parameters: Record<string, Record<string, ParameterValue>>;
  rules: Record<string, RuleOverride>;
  lessonWeights: Partial<Record<LessonId, number>>;
  messages: Record<string, Partial<Record<OverridableText, Partial<LocalizedText>>>>;
  facts: { name: string; description: LocalizedText }[];
}

/** Everything an evaluator needs, loaded once. */
export interface Configuration {
  readonly ruleSets: readonly LoadedRuleSet[];
  readonly rules: readonly CompiledRule[];
  readonly legal: LegalIndex;
  readonly legalData: { readonly version: string; readonly origin: Origin; readonly fingerprint: string };
  /** Catalogue facts and the host's facts, by name. */
  readonly facts: ReadonlyMap<string, AnyFactDefinition>;
  readonly hostFacts: readonly HostFact[];
  /** Lesson weights in force: each lesson's first rule set's weight, or the host's. */
  readonly lessonWeights: ReadonlyMap<LessonId, number>;
  /** Rule weights the host set, by rule id. */
  readonly ruleWeights: ReadonlyMap<string, number>;
  /** Only what the host changed, for the report's stamp. */
  readonly overrides: OverridesStamp;
}

function loadLegalData(input: unknown, origin: Origin) {
  const parsed = parseLegalData(input, 'en', { reportInput: false });
  if (!parsed.success) {
    const source = origin === 'host' ? 'options.legalData' : 'legal-data';
    throw new RuleSetError(
      source,
      undefined,
      parsed.issues.map((issue) => `${issue.path}: ${issue.message}`),
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function findRule(ruleSets: readonly LoadedRuleSet[], ruleId: string): RuleDefinition | undefined {
  for (const { ruleSet } of ruleSets) for (const rule of ruleSet.rules) if (rule.id === ruleId) return rule;
  return undefined;
}

/** Checks `rules` overrides; returns the severity and weight changes by rule id, and the rules turned off. */
function checkRuleOverrides(ruleSets: readonly LoadedRuleSet[], overrides: Readonly<Record<string, RuleOverride>>) {
  const off = new Set<string>();
  const severities = new Map<string, Severity>();
  const weights = new Map<string, number>();
  if (!isPlainObject(overrides)) throw new OptionsError('rules', 'phải là một đối tượng { mã quy tắc: ... }', 'must be an object { ruleId: ... }');
  for (const [ruleId, override] of Object.entries(overrides)) {
    const where = `rules.${ruleId}`;
    if (!findRule(ruleSets, ruleId)) throw new OptionsError(where, 'không có quy tắc này', 'there is no such rule');
    if (override === 'off') {
      off.add(ruleId);
      continue;
    }
    if (!isPlainObject(override)) throw new OptionsError(where, 'phải là "off" hoặc { severity, weight }', 'must be "off" or { severity, weight }');
    for (const key of Object.keys(override)) {
      if (key !== 'severity' && key !== 'weight') throw new OptionsError(`${where}.${key}`, 'chỉ được đổi severity hoặc weight', 'only severity and weight can be changed');
    }
    if (override.severity !== undefined) {
      if (!(SEVERITIES as readonly unknown[]).includes(override.severity)) {
        throw new OptionsError(`${where}.severity`, `phải là một trong ${SEVERITIES.join(', ')}`, `must be one of ${SEVERITIES.join(', ')}`);
      }
      severities.set(ruleId, override.severity);
    }
    if (override.weight !== undefined) {
      if (typeof override.weight !== 'number' || !Number.isFinite(override.weight) || override.weight < 0) {
        throw new OptionsError(`${where}.weight`, 'phải là số không âm', 'must be a non-negative number');
      }
      weights.set(ruleId, override.weight);
    }
  }
  return { off, severities, weights };
}

/** The lesson weights in force: each lesson's first rule set's weight, with the host's overrides. */
function resolveLessonWeights(ruleSets: readonly LoadedRuleSet[], overrides: Partial<Record<LessonId, number>>): Map<LessonId, number> {
  const weights = new Map<LessonId, number>();
  for (const { ruleSet } of ruleSets) if (!weights.has(ruleSet.lesson)) weights.set(ruleSet.lesson, ruleSet.weight);
  if (!isPlainObject(overrides)) throw new OptionsError('lessonWeights', 'phải là một đối tượng { L1: số, ... }', 'must be an object { L1: number, ... }');
  for (const [lesson, weight] of Object.entries(overrides)) {
    if (!(LESSON_IDS as readonly string[]).includes(lesson)) {
      throw new OptionsError(`lessonWeights.${lesson}`, `phải là một trong ${LESSON_IDS.join(', ')}`, `must be one of ${LESSON_IDS.join(', ')}`);
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new OptionsError(`lessonWeights.${lesson}`, 'phải là số không âm', 'must be a non-negative number');
    }
    weights.set(lesson as LessonId, weight);
  }
  return weights;
}

/** A rule with the host's texts in place of its own; the result is checked like any rule. */
function rewordRule(
  rule: RuleDefinition,
  texts: Partial<Record<OverridableText, Partial<LocalizedText>>>,
  facts: ReadonlyMap<string, AnyFactDefinition>,
): RuleDefinition {
  const where = `messages.${rule.id}`;
  if (!isPlainObject(texts)) throw new OptionsError(where, 'phải là một đối tượng { fail: { vi, en }, ... }', 'must be an object { fail: { vi, en }, ... }');
  const messages = { ...rule.messages };
  let remediation = rule.remediation;
  for (const [kind, text] of Object.entries(texts)) {
    if (!(OVERRIDABLE_TEXTS as readonly string[]).includes(kind)) {
      throw new OptionsError(`${where}.${kind}`, `phải là một trong ${OVERRIDABLE_TEXTS.join(', ')}`, `must be one of ${OVERRIDABLE_TEXTS.join(', ')}`);
    }
    if (!isPlainObject(text) || Object.entries(text).some(([locale, value]) => (locale !== 'vi' && locale !== 'en') || typeof value !== 'string' || !value)) {
      throw new OptionsError(`${where}.${kind}`, 'phải là { vi?: chuỗi, en?: chuỗi }', 'must be { vi?: string, en?: string }');
    }
    const base = kind === 'remediation' ? rule.remediation : (rule.messages[kind as keyof RuleDefinition['messages']] ?? undefined);
    if (!base && (!text.vi || !text.en)) {
      throw new OptionsError(`${where}.${kind}`, 'quy tắc không có văn bản này, cần cả vi và en', 'the rule has no such text, so give both vi and en');
    }
    const merged = { vi: text.vi ?? base!.vi, en: text.en ?? base!.en };
    if (kind === 'remediation') remediation = merged;
    else messages[kind as keyof RuleDefinition['messages']] = merged;
  }
  const reworded = { ...rule, messages, remediation };
  const problems = checkRule(reworded, facts);
  if (problems.length > 0) {
    throw new OptionsError(where, problems.join('; '), problems.join('; '));
  }
  return reworded;
}

/** Loads, checks and compiles everything an evaluator uses. Throws OptionsError or RuleSetError naming the culprit. */
export function configure(options: ConfigurationOptions, catalogue: ReadonlyMap<string, AnyFactDefinition>): Configuration {
  const hostFacts = checkHostFacts(options.facts, catalogue);
  const facts = new Map([...catalogue, ...hostFactDefinitions(hostFacts).map((fact) => [fact.name, fact] as const)]);
  const legal = options.legalData === undefined ? loadLegalData(BUNDLED_LEGAL_DATA, 'bundled') : loadLegalData(options.legalData, 'host');
  if (options.ruleSets !== undefined && !Array.isArray(options.ruleSets)) {
    throw new OptionsError('ruleSets', 'phải là một danh sách bộ quy tắc', 'must be a list of rule sets');
  }
  const ruleSets = loadRuleSets(options.ruleSets ?? [], facts);
  const parameters = resolveParameters(ruleSets, options.parameters ?? {});
  const ruleOverrides = checkRuleOverrides(ruleSets, options.rules ?? {});
  const lessonWeights = resolveLessonWeights(ruleSets, options.lessonWeights ?? {});
  const messageOverrides = options.messages ?? {};
  if (!isPlainObject(messageOverrides)) throw new OptionsError('messages', 'phải là một đối tượng { mã quy tắc: ... }', 'must be an object { ruleId: ... }');
  for (const ruleId of Object.keys(messageOverrides)) {
    if (!findRule(ruleSets, ruleId)) throw new OptionsError(`messages.${ruleId}`, 'không có quy tắc này', 'there is no such rule');
  }

  const rules = ruleSets.flatMap(({ ruleSet }) =>
    ruleSet.rules
      .filter((rule) => !ruleOverrides.off.has(rule.id))
      .map((rule) => {
        const texts = messageOverrides[rule.id];
        const definition = texts ? rewordRule(rule, texts, facts) : rule;
        return compileRule(ruleSet, definition, parameters.get(rule.id)!, facts, ruleOverrides.severities.get(rule.id) ?? rule.severity);
      }),
  );
  return {
    ruleSets,
    rules,
    legal: legal.index,
    legalData: { version: legal.version, origin: legal.origin, fingerprint: legal.fingerprint },
    facts,
    hostFacts,
    lessonWeights,
    ruleWeights: ruleOverrides.weights,
    overrides: structuredClone({
      parameters: (options.parameters ?? {}) as Record<string, Record<string, ParameterValue>>,
      rules: (options.rules ?? {}) as Record<string, RuleOverride>,
      lessonWeights: options.lessonWeights ?? {},
      messages: messageOverrides as OverridesStamp['messages'],
      facts: hostFacts.map(({ name, description }) => ({ name, description: { vi: description.vi, en: description.en } })),
    }),
  };
}
