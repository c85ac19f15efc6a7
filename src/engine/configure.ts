import { BUNDLED_LEGAL_DATA, BUNDLED_RULE_SETS } from '../bundled-rules.js';
import type { AnyFactDefinition } from '../facts/define.js';
import { hostFactDefinitions, type HostFact } from '../facts/host-facts.js';
import { indexLegalData, type LegalIndex } from '../facts/legal-index.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { OptionsError, RuleSetError } from '../schema/errors.js';
import type { IssueDetail } from '../schema/issues.js';
import { parseLegalData } from '../schema/parse-legal-data.js';
import type { LocalNorms, LocalNormsInput } from '../schema/local-norms.js';
import type { LessonId, OverridableText, RuleSet, Severity } from '../schema/rule-set.js';
import { fingerprint } from '../stamp/fingerprint.js';
import { checkHostFactNames, checkLocalNorms, checkOverrides, checkUniqueIds } from './check-overrides.js';
import { compileRule, type CompiledRule } from './compile.js';
import { parameterDefaults, validateRuleSet } from './validate-rule-set.js';

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

export { OVERRIDABLE_TEXTS, type OverridableText } from '../schema/rule-set.js';

/** The texts of a rule a host may reword, each in one or both languages. */
export type MessageOverrides = Readonly<Record<string, Partial<Record<OverridableText, Partial<LocalizedText>>>>>;

/** What a host may change about the rules, checked and resolved once per evaluator. */
export interface ConfigurationOptions {
  /**
   * Rule parameters to change, by rule id: `{ 'L5-regular-inspection': { maxGapDays: 60 } }`.
   * An unknown rule or parameter, or a value of the wrong type or out of the parameter's
   * bounds, throws `OptionsError` (checked once the rule sets are loaded).
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
  /**
   * Provincial cost norms (`khuyencong.local-norms/1`, docs/local-norms.md): the caps a province's
   * People's Council set for local khuyến công funds. A `local` project is held to its province's
   * norms in force on the reference date; a `national` one to the national caps of the legal data.
   * A bad document, an unknown province or two documents giving one province a cap for the same
   * content type on the same day throw `OptionsError`. Check files first with `parseLocalNorms`.
   */
  localNorms?: readonly LocalNormsInput[];
}

/** The stamp of the host's overrides on every report. */
export interface OverridesStamp {
  parameters: Record<string, Record<string, ParameterValue>>;
  rules: Record<string, RuleOverride>;
  lessonWeights: Partial<Record<LessonId, number>>;
  messages: Record<string, Partial<Record<OverridableText, Partial<LocalizedText>>>>;
  facts: { name: string; description: LocalizedText }[];
}

/** A provincial norms document in use, with the stamp that identifies it in reports. */
export interface LoadedLocalNorms {
  readonly norms: LocalNorms;
  /** `sha256:…` of the document's canonical JSON (its `$schema` left out). */
  readonly fingerprint: string;
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
  /** The provincial cost norms the host supplied, checked, in its order. */
  readonly localNorms: readonly LoadedLocalNorms[];
}

function loadLegalData(input: unknown, origin: Origin) {
  const parsed = parseLegalData(input, 'en', { reportInput: false });
  if (!parsed.success) {
    throw new RuleSetError(origin === 'host' ? 'options.legalData' : 'legal-data', undefined, parsed.details);
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
  return loaded;
}

/** The parameter values of every rule: its defaults, with the host's (checked) overrides applied. */
function resolveParameters(ruleSets: readonly LoadedRuleSet[], overrides: ParameterOverrides): Map<string, Record<string, unknown>> {
  const byRule = new Map<string, Record<string, unknown>>();
  for (const { ruleSet } of ruleSets) {
    for (const rule of ruleSet.rules) byRule.set(rule.id, { ...parameterDefaults(rule), ...(Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : {}) });
  }
  return byRule;
}

/** The `rules` overrides by kind: the rules turned off, and the severity and weight changes by rule id. */
function splitRuleOverrides(overrides: Readonly<Record<string, RuleOverride>>) {
  const off = new Set<string>();
  const severities = new Map<string, Severity>();
  const weights = new Map<string, number>();
  for (const [ruleId, override] of Object.entries(overrides)) {
    if (override === 'off') off.add(ruleId);
    else {
      if (override.severity !== undefined) severities.set(ruleId, override.severity);
      if (override.weight !== undefined) weights.set(ruleId, override.weight);
    }
  }
  return { off, severities, weights };
}

/** The lesson weights in force: each lesson's first rule set's weight, with the host's overrides. */
function resolveLessonWeights(ruleSets: readonly LoadedRuleSet[], overrides: Partial<Record<LessonId, number>>): Map<LessonId, number> {
  const weights = new Map<LessonId, number>();
  for (const { ruleSet } of ruleSets) if (!weights.has(ruleSet.lesson)) weights.set(ruleSet.lesson, ruleSet.weight);
  for (const [lesson, weight] of Object.entries(overrides) as [LessonId, number | undefined][]) {
    if (weight !== undefined) weights.set(lesson, weight);
  }
  return weights;
}

function throwIfAny(issues: readonly IssueDetail[], locale: Locale): void {
  if (issues.length > 0) throw new OptionsError(issues, locale);
}

/**
 * Loads, checks and compiles everything an evaluator uses, from options whose shape
 * `EvaluatorOptionsSchema` has checked. Throws OptionsError (its issues in `locale`)
 * or RuleSetError naming the culprit.
 */
export function configure(options: ConfigurationOptions, catalogue: ReadonlyMap<string, AnyFactDefinition>, locale: Locale): Configuration {
  const hostFacts = options.facts ?? [];
  throwIfAny(checkHostFactNames(hostFacts.map((fact) => fact.name), catalogue), locale);
  const facts = new Map([...catalogue, ...hostFactDefinitions(hostFacts).map((fact) => [fact.name, fact] as const)]);
  const legal = options.legalData === undefined ? loadLegalData(BUNDLED_LEGAL_DATA, 'bundled') : loadLegalData(options.legalData, 'host');
  const ruleSets = loadRuleSets(options.ruleSets ?? [], facts);
  throwIfAny(checkUniqueIds(ruleSets), locale);
  const overrides = checkOverrides(ruleSets, options, facts);
  throwIfAny(overrides.issues, locale);
  // The options schema has checked each document's shape, so the documents are norms as given.
  const localNorms = structuredClone((options.localNorms ?? []) as readonly LocalNorms[]);
  throwIfAny(checkLocalNorms(localNorms, legal.index), locale);
  const parameters = resolveParameters(ruleSets, options.parameters ?? {});
  const ruleOverrides = splitRuleOverrides(options.rules ?? {});
  const lessonWeights = resolveLessonWeights(ruleSets, options.lessonWeights ?? {});

  const rules = ruleSets.flatMap(({ ruleSet }) =>
    ruleSet.rules
      .filter((rule) => !ruleOverrides.off.has(rule.id))
      .map((rule) => {
        const definition = overrides.reworded.get(rule.id) ?? rule;
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
    localNorms: localNorms.map((norms) => ({ norms, fingerprint: fingerprint(norms) })),
    overrides: structuredClone({
      parameters: (options.parameters ?? {}) as Record<string, Record<string, ParameterValue>>,
      rules: (options.rules ?? {}) as Record<string, RuleOverride>,
      lessonWeights: options.lessonWeights ?? {},
      messages: (options.messages ?? {}) as OverridesStamp['messages'],
      facts: hostFacts.map(({ name, description }) => ({ name, description: { vi: description.vi, en: description.en } })),
    }),
  };
}
