import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SETS } from '../../src/bundled-rules.js';
import { forEachLeaf, substituteParameters } from '../../src/engine/conditions.js';
import { parameterDefaults } from '../../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { FACT_VALUE_KINDS, kindHoldsPath, type FactValueKind } from '../../src/facts/value-kind.js';
import { messageFactsAsConditions, type RuleSet } from '../../src/schema/rule-set.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { factValue } from '../support/fact-value.js';
import { fixtureNames, loadFixture } from '../support/fixtures.js';

/** Whether a value (not undefined) is of the declared kind. */
function hasKind(value: unknown, kind: FactValueKind): boolean {
  switch (kind) {
    case 'number':
    case 'boolean':
    case 'string':
      return typeof value === kind;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'list':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'scalar':
      return value === null || typeof value !== 'object';
    case 'any':
      return true;
  }
}

/** Every set of params the bundled rules pass each fact (defaults substituted); `{}` for a fact that takes none. */
function bundledParams(): Map<string, Record<string, unknown>[]> {
  const byFact = new Map<string, Map<string, Record<string, unknown>>>();
  for (const ruleSet of BUNDLED_RULE_SETS as RuleSet[]) {
    for (const rule of ruleSet.rules) {
      const defaults = parameterDefaults(rule);
      const trees = [rule.conditions, rule.applicability, rule.messageFacts && messageFactsAsConditions(rule.messageFacts)];
      for (const tree of trees) {
        if (!tree) continue;
        forEachLeaf(tree, (leaf) => {
          const params = substituteParameters(leaf.params ?? {}, defaults);
          const seen = byFact.get(leaf.fact) ?? new Map();
          seen.set(JSON.stringify(params), params);
          byFact.set(leaf.fact, seen);
        });
      }
    }
  }
  return new Map([...FACT_CATALOGUE.keys()].map((name) => [name, FACT_CATALOGUE.get(name)!.params ? [...(byFact.get(name)?.values() ?? [])] : [{}]]));
}

const PARAMS = bundledParams();
const DOSSIERS = [
  { name: 'examples/dossier-example.json', dossier: exampleDossier() as unknown, dates: {} },
  // The example with what the fixtures never show: one milestone, a plan approved late, no demonstration workshop.
  {
    name: 'the example, short of milestones, planned late and without its workshop',
    dossier: exampleWith((dossier) => {
      dossier.implementation.milestones = dossier.implementation.milestones.slice(0, 1);
      dossier.implementation.planApprovedOn = '2024-03-20';
      dossier.contentType = 'demonstration-model';
      dossier.presidingUnit.facilities = ['office'];
    }) as unknown,
    dates: {},
  },
  ...fixtureNames().map((name) => {
    const { dossier, expected } = loadFixture(name);
    return { name, dossier, dates: expected.referenceDate ? { asOf: expected.asOf, referenceDate: expected.referenceDate } : { asOf: expected.asOf } };
  }),
];

describe('the kind of value each catalogue fact declares', () => {
  it('is one of the documented kinds, and never "scalar" or "any" (those are for host facts)', () => {
    for (const fact of FACT_CATALOGUE.values()) {
      expect(FACT_VALUE_KINDS, fact.name).toContain(fact.returns);
      expect(['scalar', 'any'], fact.name).not.toContain(fact.returns);
    }
  });

  it('has params to compute every parameterised fact with, from the bundled rules', () => {
    for (const [name, params] of PARAMS) expect(params.length, name).toBeGreaterThan(0);
  });

  // Computed on the realistic dossiers (the fixture suite and the example), with the params the bundled rules pass.
  it.each([...FACT_CATALOGUE.keys()])('%s: every value it computes on the fixture dossiers is of its declared kind', (name) => {
    const { returns } = FACT_CATALOGUE.get(name)!;
    const wrong: string[] = [];
    let defined = 0;
    for (const { name: dossierName, dossier, dates } of DOSSIERS) {
      for (const params of PARAMS.get(name)!) {
        const value = factValue(name, dossier, { ...dates, params });
        if (value === undefined) continue;
        defined += 1;
        if (!hasKind(value, returns)) wrong.push(`${dossierName} ${JSON.stringify(params)}: ${JSON.stringify(value)}`);
      }
    }
    expect(wrong, `${name} declares ${returns}`).toEqual([]);
    // A declaration that no dossier puts to the test would prove nothing.
    expect(defined, `${name} is undefined on every dossier`).toBeGreaterThan(0);
  });

  it('tells which kinds can hold a path', () => {
    expect(FACT_VALUE_KINDS.filter(kindHoldsPath)).toEqual(['list', 'object', 'any']);
  });
});
