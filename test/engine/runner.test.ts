import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileRule } from '../../src/engine/compile.js';
import { RuleRunner } from '../../src/engine/runner.js';
import { validateRuleSet } from '../../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { hostFactDefinitions, type HostFact } from '../../src/facts/host-facts.js';
import { factContext } from '../support/context.js';
import { exampleDossier } from '../support/dossiers.js';

const text = (vi: string, en: string) => ({ vi, en });

// A host fact whose schema allows anything: the load-time check cannot tell its value holds no path.
const registryScore: HostFact = {
  name: 'registryScore',
  description: text('Điểm trong sổ đăng ký của tỉnh', "The province's registry score"),
  schema: z.unknown(),
  compute: () => 5,
};
const FACTS = new Map([...FACT_CATALOGUE, ...hostFactDefinitions([registryScore]).map((fact) => [fact.name, fact] as const)]);

function rule(id: string, condition: Record<string, unknown>) {
  return {
    id,
    severity: 'minor',
    since: '1.0.0',
    title: text('Thử', 'Test'),
    description: text('Thử', 'Test'),
    conditions: { all: [condition] },
    event: { type: id },
    messages: { pass: text('Đạt', 'Pass'), fail: text('Không đạt', 'Fail') },
    remediation: text('Bổ sung', 'Supply'),
    references: [{ kind: 'guidance', citation: 'Quy định của tỉnh', verified: false }],
  };
}

const RULE_SET = validateRuleSet(
  {
    format: 'khuyencong.rule-set/1',
    id: 'test/runner-paths',
    lesson: 'L4',
    version: '1.0.0',
    title: text('Thử', 'Test'),
    description: text('Bộ quy tắc thử', 'A test rule set'),
    weight: 1,
    rules: [
      rule('T-whole', { fact: 'registryScore', operator: 'equal', value: 5 }),
      // json-rules-engine alone returns the number whole for a path, so these two would pass.
      rule('T-path', { fact: 'registryScore', path: 'value', operator: 'equal', value: 5 }),
      rule('T-compared-path', { fact: 'registryScore', operator: 'equal', value: { fact: 'registryScore', path: 'value' } }),
      rule('T-path-undefined', { fact: 'registryScore', path: 'value', operator: 'isPresent', value: false }),
    ],
  },
  'test rule set',
  FACTS,
);
const RUNNER = new RuleRunner(
  RULE_SET.rules.map((definition) => compileRule(RULE_SET, definition, {}, FACTS)),
  FACTS,
);

function run(value: unknown) {
  return RUNNER.run({ ...factContext(exampleDossier()), hostFacts: new Map([['registryScore', value]]) });
}

// Issue 10: "a `path` on a non-object fact is silently ignored".
describe('a path into a fact value that is not an object or list (issue 10, at run time)', () => {
  it('reads undefined in a condition and in a compared fact, never the whole value', async () => {
    const outcome = await run(5);
    const passed = (id: string) => outcome.results.get(id)!.result;
    expect(passed('T-whole')).toBe(true);
    expect(passed('T-path')).toBe(false);
    expect(passed('T-compared-path')).toBe(false);
    expect(passed('T-path-undefined')).toBe(true);
  });

  it.each([5, 'five', true, null])('reads undefined through the facts of the run for %j', async (value) => {
    const { facts } = await run(value);
    expect(facts.read('registryScore', {}, 'value')).toBeUndefined();
    expect(facts.read('registryScore', {}, 'length')).toBeUndefined();
    expect(facts.read('registryScore', {}, undefined)).toBe(value);
  });

  it('still reads fields of objects and items and the length of lists', async () => {
    const object = await run({ value: 7, lines: [{ amount: 3 }] });
    expect(object.results.get('T-path')!.result).toBe(false);
    expect(object.facts.read('registryScore', {}, 'value')).toBe(7);
    expect(object.facts.read('registryScore', {}, 'lines.0.amount')).toBe(3);
    expect(object.facts.read('registryScore', {}, 'lines.length')).toBe(1);
    const matching = await run({ value: 5 });
    expect(matching.results.get('T-path')!.result).toBe(true);
    expect(matching.facts.read('registryScore', {}, '__proto__')).toBeUndefined();
  });

  it('reads catalogue facts as before: the engine, built once, serves run after run', async () => {
    const first = await run(5);
    const second = await run({ value: 5 });
    expect(first.facts.read('dossier', {}, 'period.start')).toBe('2024-03-01');
    expect(second.facts.read('budgetLineCount', {}, 'x')).toBeUndefined();
    expect(second.facts.read('budgetLineCount', {}, undefined)).toBe(exampleDossier().budget!.lines!.length);
    expect(second.results.get('T-path')!.result).toBe(true);
  });
});
