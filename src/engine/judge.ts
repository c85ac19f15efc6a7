import type { EvaluationContext } from '../facts/context.js';
import { displayPath } from '../schema/paths.js';
import type { FindingStatus } from '../schema/report.js';
import type { MessageKind } from '../schema/rule-set.js';
import type { CompiledRule } from './compile.js';
import type { UnknownDatum } from '../facts/unknowns.js';
import { factReference } from './conditions.js';
import { decide, leafUnknowns, type ConditionResultNode, type Truth } from './decided.js';
import type { FactMemo } from './fact-memo.js';
import { applicabilityName, readDossierPath, type RuleOutcome, type RunOutcome } from './runner.js';

export type { FindingStatus } from '../schema/report.js';
export type { MessageKind } from '../schema/rule-set.js';

/** A dossier path (or `@fact` for a derived fact) and the value the rule looked at. */
export interface Evidence {
  /** A dossier path such as `budget.lines[1].priceQuotes`, or `@factName` for a derived fact. */
  path: string;
  value: unknown;
  /** The params the rule passed to a derived fact, when it takes any. */
  params?: Record<string, unknown>;
  /** Dossier paths the derived fact needed and did not find (its value is then not decisive). */
  missing?: string[];
}

/** The outcome of one rule on one dossier, before messages are rendered and the score is computed. */
export interface Judgement {
  readonly rule: CompiledRule;
  readonly status: FindingStatus;
  readonly messageKind: MessageKind;
  readonly evidence: Evidence[];
  /** What the rule needed and did not find (paths as people read them), on an incomplete judgement. */
  readonly missing: readonly UnknownDatum[];
  /** Values the message templates may name. */
  readonly templateValues: Record<string, unknown>;
}

function evidencePath(fact: string, path: string | undefined): string {
  if (fact === 'dossier') return path ? displayPath(path) : '(dossier)';
  return path ? `@${fact}.${path}` : `@${fact}`;
}

/** The leaves the engine actually evaluated (skipped ones have no `result`), as evidence. */
function collectEvidence(node: ConditionResultNode | undefined, outcome: RunOutcome, into: Map<string, Evidence>): void {
  if (!node) return;
  if (node.all) node.all.forEach((child) => collectEvidence(child, outcome, into));
  else if (node.any) node.any.forEach((child) => collectEvidence(child, outcome, into));
  else if (node.not) collectEvidence(node.not, outcome, into);
  else if (node.fact !== undefined && node.result !== undefined) {
    const path = evidencePath(node.fact, node.path);
    const params = node.params && Object.keys(node.params).length > 0 ? node.params : undefined;
    const lacked = leafUnknowns(node, outcome.facts.unknowns).map((datum) => datum.path);
    // The same fact asked with other params is other evidence (e.g. commune and district engagements).
    const key = params ? `${path}${JSON.stringify(params)}` : path;
    if (!into.has(key)) {
      into.set(key, { path, value: node.factResult ?? null, ...(params ? { params } : {}), ...(lacked.length > 0 ? { missing: [...new Set(lacked)] } : {}) });
    }
    const compared = factReference(node.value);
    if (compared) {
      const comparedPath = evidencePath(compared.fact, compared.path);
      if (!into.has(comparedPath)) into.set(comparedPath, { path: comparedPath, value: node.valueResult ?? null });
    }
  }
}

function evidenceOf(result: RuleOutcome | undefined, outcome: RunOutcome): Evidence[] {
  const evidence = new Map<string, Evidence>();
  collectEvidence(result?.conditions, outcome, evidence);
  return [...evidence.values()];
}

/** How a missing datum reads in a message: the item's name, then where it goes. */
function missingText(datum: UnknownDatum): string {
  return datum.label === undefined ? datum.path : `${datum.path} (${datum.label})`;
}

function templateValuesFor(rule: CompiledRule, facts: FactMemo, context: EvaluationContext, missing: readonly UnknownDatum[]) {
  const values: Record<string, unknown> = {
    param: rule.parameters,
    missing: missing.map(missingText),
    asOf: context.asOf,
    referenceDate: context.referenceDate,
  };
  for (const name of rule.templateRoots) {
    const binding = rule.bindings.get(name);
    if (binding) values[name] = facts.read(binding.fact, binding.params, binding.path);
  }
  return values;
}

/** The values of a rule's `messageFacts`: the message states them, so the officer can see them too. */
function messageFactEvidence(rule: CompiledRule, outcome: RunOutcome): Evidence[] {
  const evidence: Evidence[] = [];
  for (const messageFact of rule.definition.messageFacts ?? []) {
    const binding = rule.bindings.get(messageFact.as)!;
    const params = Object.keys(binding.params).length > 0 ? binding.params : undefined;
    evidence.push({
      path: evidencePath(binding.fact, binding.path),
      value: outcome.facts.read(binding.fact, binding.params, binding.path) ?? null,
      ...(params ? { params } : {}),
    });
  }
  return evidence;
}

function outsideEffectiveWindow(rule: CompiledRule, referenceDate: string): boolean {
  const { effectiveFrom, effectiveTo } = rule.definition;
  // An absent bound is the reference date itself: it excludes nothing.
  return referenceDate < (effectiveFrom ?? referenceDate) || referenceDate > (effectiveTo ?? referenceDate);
}

/** A rule's (or its applicability's) engine result read three-valued; what it lacked goes to `lacked`. */
function truthOf(result: RuleOutcome | undefined, outcome: RunOutcome, lacked: Map<string, UnknownDatum>): Truth {
  return decide(result?.conditions, outcome.facts.unknowns, lacked) ?? result?.result === true;
}

/**
 * Decides each rule's status, in this order: out of its effective window →
 * not applicable; applicability false → not applicable, unknown (it rests on
 * a fact that lacked data) → incomplete naming what it lacked; a required path
 * absent → incomplete naming it; otherwise the conditions decide, read
 * three-valued (src/engine/decided.ts): when they rest on a fact that lacked
 * data, the rule is incomplete, naming what that fact lacked.
 */
export function judge(rules: readonly CompiledRule[], outcome: RunOutcome, context: EvaluationContext): Judgement[] {
  const judgements: Judgement[] = [];
  for (const rule of rules) {
    const make = (status: FindingStatus, messageKind: MessageKind, evidence: Evidence[], missing: readonly UnknownDatum[] = []): Judgement => ({
      rule,
      status,
      messageKind,
      evidence,
      missing,
      templateValues: templateValuesFor(rule, outcome.facts, context, missing),
    });
    // An incomplete judgement shows each missing datum in its evidence as null, once: a leaf that read the absent field already shows it.
    const incomplete = (evidence: Evidence[], missing: readonly UnknownDatum[]) => {
      const shown = new Set(evidence.map(({ path }) => path));
      const absent = missing.filter(({ path }) => !shown.has(path)).map(({ path }) => ({ path, value: null }));
      return make('incomplete', 'missing', [...evidence, ...absent], missing);
    };
    if (outsideEffectiveWindow(rule, context.referenceDate)) {
      judgements.push(make('not-applicable', 'notInForce', [{ path: '@referenceDate', value: context.referenceDate }]));
      continue;
    }
    if (rule.applicability) {
      const applies = outcome.results.get(applicabilityName(rule.id));
      const lacked = new Map<string, UnknownDatum>();
      const truth = truthOf(applies, outcome, lacked);
      // Whether the rule applies rests on data the dossier does not give: it is not "does not apply".
      if (truth === 'unknown') {
        judgements.push(incomplete(evidenceOf(applies, outcome), [...lacked.values()]));
        continue;
      }
      if (!truth) {
        judgements.push(make('not-applicable', 'notApplicable', evidenceOf(applies, outcome)));
        continue;
      }
    }
    const required = rule.definition.requires ?? [];
    const absent = required.filter((path) => readDossierPath(context, path) === undefined).map((path) => ({ path: displayPath(path) }));
    if (absent.length > 0) {
      judgements.push(incomplete([], absent));
      continue;
    }
    const result = outcome.results.get(rule.id);
    const lacked = new Map<string, UnknownDatum>();
    const truth = truthOf(result, outcome, lacked);
    const evidence = [...evidenceOf(result, outcome), ...messageFactEvidence(rule, outcome)];
    if (truth === 'unknown') {
      judgements.push(incomplete(evidence, [...lacked.values()]));
      continue;
    }
    judgements.push(make(truth ? 'pass' : 'fail', truth ? 'pass' : 'fail', evidence));
  }
  return judgements;
}
