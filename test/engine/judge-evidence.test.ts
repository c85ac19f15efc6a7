import { describe, expect, it } from 'vitest';
import type { CompiledRule, TemplateBinding } from '../../src/engine/compile.js';
import type { ConditionResultNode } from '../../src/engine/decided.js';
import { judge } from '../../src/engine/judge.js';
import { factCallKey, type FactMemo } from '../../src/engine/fact-memo.js';
import type { RuleOutcome, RunOutcome } from '../../src/engine/runner.js';
import type { EvaluationContext } from '../../src/facts/context.js';
import type { LegalIndex } from '../../src/facts/legal-index.js';
import type { UnknownDatum } from '../../src/facts/unknowns.js';
import type { NormalizedDossier } from '../../src/schema/normalize.js';
import type { RuleDefinition } from '../../src/schema/rule-set.js';

/*
 * judge on result trees written by hand, as json-rules-engine returns them: what each shape of
 * tree gives as evidence, missing data and status, without a rule set or a run around it.
 */

interface Given {
  /** The rule's engine result; `null` for a run that has none for it. */
  result?: { result: boolean; conditions?: ConditionResultNode } | null;
  definition?: Partial<RuleDefinition>;
  bindings?: ReadonlyMap<string, TemplateBinding>;
  /** What each fact call lacked, by factCallKey. */
  unknowns?: ReadonlyMap<string, readonly UnknownDatum[]>;
  /** Fact values the run's facts give, by factCallKey and then the path (`budgetCap`, `engaged{"level":"commune"}.count`). */
  facts?: Readonly<Record<string, unknown>>;
  dossier?: object;
}

// judge reads these parts of a compiled rule only; the rest (messages, remediation, rule set) is the renderer's.
function compiledRule(given: Given): CompiledRule {
  const rule: Pick<CompiledRule, 'id' | 'definition' | 'parameters' | 'applicability' | 'bindings' | 'templateRoots'> = {
    id: 'T-hand',
    definition: { id: 'T-hand', ...given.definition } as RuleDefinition,
    parameters: { minimum: 1 },
    applicability: undefined,
    bindings: given.bindings ?? new Map(),
    templateRoots: new Set(),
  };
  return rule as CompiledRule;
}

async function judged(given: Given) {
  const facts = given.facts ?? {};
  const memo = {
    read: (fact: string, params: Record<string, unknown>, path: string | undefined) => facts[`${factCallKey(fact, params)}${path ? `.${path}` : ''}`],
    unknowns: given.unknowns ?? new Map(),
    warnings: [],
  } as unknown as FactMemo;
  const results = new Map<string, RuleOutcome>();
  if (given.result !== null) results.set('T-hand', (given.result ?? { result: true }) as RuleOutcome);
  const outcome: RunOutcome = { results, facts: memo };
  const context: EvaluationContext = {
    dossier: (given.dossier ?? {}) as NormalizedDossier,
    asOf: '2026-01-15',
    referenceDate: '2025-08-01',
    referenceDateSource: 'option',
    legal: {} as LegalIndex,
  };
  const [judgement] = await judge([compiledRule(given)], outcome, context);
  return judgement!;
}

const passing = (conditions: ConditionResultNode) => ({ result: true, conditions });

describe('judge: evidence', () => {
  it('is every evaluated leaf of all, any and not: dossier paths as people read them, derived facts as @fact', async () => {
    const judgement = await judged({
      result: passing({
        all: [
          { fact: 'dossier', path: 'budget.lines.1.amount', operator: 'greaterThan', value: 0, factResult: 5, result: true },
          {
            any: [
              { fact: 'budgetTotals', path: 'total', operator: 'greaterThan', value: 0, factResult: 9, result: true },
              // Skipped by the engine once its sibling decided: no result, no evidence.
              { fact: 'stage', operator: 'equal', value: 'completed' },
            ],
          },
          { not: { fact: 'beneficiaryCount', operator: 'lessThan', value: 1, factResult: 3, result: false } },
          { fact: 'dossier', operator: 'isPresent', value: true, factResult: { scope: 'local' }, result: true },
          { fact: 'riskNote', operator: 'not:isPresent', value: true, factResult: undefined, result: true },
          // Not a leaf on a fact: no evidence.
          { operator: 'equal', value: 1, result: true },
        ],
      }),
    });
    expect(judgement.status).toBe('pass');
    expect(judgement.evidence).toEqual([
      { path: 'budget.lines[1].amount', value: 5 },
      { path: '@budgetTotals.total', value: 9 },
      { path: '@beneficiaryCount', value: 3 },
      { path: '(dossier)', value: { scope: 'local' } },
      { path: '@riskNote', value: null },
    ]);
  });

  it('names the params of a derived fact, and tells one fact asked with other params apart', async () => {
    const judgement = await judged({
      result: passing({
        all: [
          { fact: 'engaged', params: { level: 'commune' }, operator: 'equal', value: true, factResult: true, result: true },
          { fact: 'engaged', params: { level: 'district' }, operator: 'equal', value: false, factResult: false, result: true },
          { fact: 'budgetTotals', params: {}, operator: 'isPresent', value: true, factResult: 1, result: true },
        ],
      }),
    });
    expect(judgement.evidence).toEqual([
      { path: '@engaged', value: true, params: { level: 'commune' } },
      { path: '@engaged', value: false, params: { level: 'district' } },
      { path: '@budgetTotals', value: 1 },
    ]);
  });

  it('keeps the first leaf that reads a path', async () => {
    const judgement = await judged({
      result: passing({
        all: [
          { fact: 'budgetTotals', path: 'total', operator: 'greaterThan', value: 0, factResult: 5, result: true },
          { fact: 'budgetTotals', path: 'total', operator: 'lessThan', value: 100, factResult: 6, result: true },
        ],
      }),
    });
    expect(judgement.evidence).toEqual([{ path: '@budgetTotals.total', value: 5 }]);
  });

  it('adds a compared fact, with the value the engine resolved for it, once', async () => {
    const judgement = await judged({
      result: passing({
        all: [
          { fact: 'budgetTotals', path: 'total', operator: 'lessThanInclusive', value: { fact: 'budgetCap', path: 'amount' }, factResult: 8, valueResult: 11, result: true },
          { fact: 'budgetTotals', path: 'counterpart', operator: 'lessThan', value: { fact: 'budgetCap', path: 'amount' }, factResult: 2, valueResult: 12, result: true },
          { fact: 'beneficiaryCount', operator: 'greaterThan', value: { fact: 'minimumBeneficiaries' }, factResult: 3, result: true },
        ],
      }),
    });
    expect(judgement.evidence).toEqual([
      { path: '@budgetTotals.total', value: 8 },
      { path: '@budgetCap.amount', value: 11 },
      { path: '@budgetTotals.counterpart', value: 2 },
      { path: '@beneficiaryCount', value: 3 },
      { path: '@minimumBeneficiaries', value: null },
    ]);
  });

  it('appends the values of the rule’s messageFacts, with their params', async () => {
    const judgement = await judged({
      result: passing({ all: [{ fact: 'stage', operator: 'equal', value: 'proposal', factResult: 'proposal', result: true }] }),
      definition: {
        messageFacts: [
          { as: 'cap', fact: 'budgetCap' },
          { as: 'communes', fact: 'engaged', params: { level: 'commune' }, path: 'count' },
          { as: 'note', fact: 'riskNote' },
        ],
      },
      bindings: new Map<string, TemplateBinding>([
        ['cap', { fact: 'budgetCap', params: {} }],
        ['communes', { fact: 'engaged', params: { level: 'commune' }, path: 'count' }],
        ['note', { fact: 'riskNote', params: {} }],
      ]),
      facts: { budgetCap: 10, 'engaged{"level":"commune"}.count': 2 },
    });
    expect(judgement.evidence).toEqual([
      { path: '@stage', value: 'proposal' },
      { path: '@budgetCap', value: 10 },
      { path: '@engaged.count', value: 2, params: { level: 'commune' } },
      { path: '@riskNote', value: null },
    ]);
  });
});

describe('judge: conditions that rest on a fact that lacked data', () => {
  const lineAmount: UnknownDatum = { path: 'budget.lines[0].amount', label: 'Máy ép' };
  const secondLine: UnknownDatum = { path: 'budget.lines[1].amount' };

  it('is incomplete: the leaf’s evidence says what its fact lacked, and each missing datum shows as null', async () => {
    const judgement = await judged({
      result: passing({
        all: [{ fact: 'budgetTotals', path: 'total', operator: 'lessThanInclusive', value: { fact: 'budgetTotals', path: 'cap' }, factResult: 5, valueResult: 3, result: false }],
      }),
      unknowns: new Map([['budgetTotals', [lineAmount, secondLine]]]),
    });
    expect(judgement).toMatchObject({ status: 'incomplete', messageKind: 'missing', missing: [lineAmount, secondLine] });
    expect(judgement.evidence).toEqual([
      // Its own fact and the compared one lacked the same data: named once.
      { path: '@budgetTotals.total', value: 5, missing: ['budget.lines[0].amount', 'budget.lines[1].amount'] },
      { path: '@budgetTotals.cap', value: 3 },
      { path: 'budget.lines[0].amount', value: null },
      { path: 'budget.lines[1].amount', value: null },
    ]);
    expect(judgement.templateValues.missing).toEqual(['budget.lines[0].amount (Máy ép)', 'budget.lines[1].amount']);
  });

  it('keeps what the first leaf on a fact lacked when a later leaf compares against that fact', async () => {
    const judgement = await judged({
      result: passing({
        all: [
          { fact: 'budgetCap', operator: 'greaterThan', value: 0, factResult: 10, result: true },
          { fact: 'stage', operator: 'equal', value: { fact: 'budgetCap' }, factResult: 'proposal', valueResult: 10, result: false },
        ],
      }),
      unknowns: new Map([['budgetCap', [secondLine]]]),
    });
    expect(judgement.evidence.slice(0, 2)).toEqual([
      { path: '@budgetCap', value: 10, missing: ['budget.lines[1].amount'] },
      { path: '@stage', value: 'proposal', missing: ['budget.lines[1].amount'] },
    ]);
  });
});

describe('judge: required paths', () => {
  const requires = { requires: ['budget.lines.0.amount'] };
  const decidedTrue = passing({ all: [{ fact: 'stage', operator: 'equal', value: 'proposal', factResult: 'proposal', result: true }] });

  it('is incomplete, naming the absent path as people read it, whatever the conditions decide', async () => {
    const judgement = await judged({ result: decidedTrue, definition: requires, dossier: { budget: { lines: [{ item: 'Máy ép' }] } } });
    expect(judgement).toMatchObject({ status: 'incomplete', messageKind: 'missing', missing: [{ path: 'budget.lines[0].amount' }] });
    expect(judgement.evidence).toEqual([{ path: 'budget.lines[0].amount', value: null }]);
    expect(judgement.templateValues.missing).toEqual(['budget.lines[0].amount']);
  });

  it('lets the conditions decide once the paths are given', async () => {
    const judgement = await judged({ result: decidedTrue, definition: requires, dossier: { budget: { lines: [{ amount: 0 }] } } });
    expect(judgement).toMatchObject({ status: 'pass', missing: [] });
  });
});

describe('judge: a result tree that decides nothing', () => {
  it('takes the engine’s own result', async () => {
    expect((await judged({ result: { result: true, conditions: { all: [] } } })).status).toBe('pass');
    expect((await judged({ result: { result: false, conditions: { any: [] } } })).status).toBe('fail');
    expect(await judged({ result: { result: true } })).toMatchObject({ status: 'pass', evidence: [] });
  });

  it('reads a rule the run has no result for as not passed, with no evidence', async () => {
    expect(await judged({ result: null })).toMatchObject({ status: 'fail', evidence: [] });
  });
});

describe('judge: an effective window open on one side', () => {
  it.each([
    [{ effectiveFrom: '2025-08-02' }, 'not-applicable'],
    [{ effectiveFrom: '2025-08-01' }, 'pass'],
    [{ effectiveTo: '2025-07-31' }, 'not-applicable'],
    [{ effectiveTo: '2025-08-01' }, 'pass'],
    [{}, 'pass'],
  ] as const)('%j on 2025-08-01: %s', async (definition, status) => {
    expect((await judged({ definition })).status).toBe(status);
  });
});
