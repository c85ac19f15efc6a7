import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';

/*
 * The operators module is imported inside the test, not at the top of the file: a module that
 * throws while loading (an operator built without a name or a callback) then fails this test
 * instead of leaving a file that collects no test at all, which a mutation run would not count.
 */
describe('the custom operators, through a real json-rules-engine Engine', () => {
  it('are each registered under its name and evaluated by the engine', async () => {
    const { CUSTOM_OPERATORS, isKnownOperator } = await import('../../src/engine/operators.js');
    const cases: [operator: string, fact: unknown, value: unknown][] = [
      ['isEmpty', [], true],
      ['isPresent', 'x', true],
      ['sizeAtLeast', [1, 2], 2],
      ['containsAny', ['radio'], ['radio', 'television']],
      ['dateOnOrBefore', '2024-03-01', '2024-03-01'],
      ['dateBefore', '2024-02-29', '2024-03-01'],
      ['dateOnOrAfter', '2024-03-01', '2024-03-01'],
      ['dateAfter', '2024-03-02', '2024-03-01'],
    ];
    expect(cases.map(([name]) => name)).toEqual(CUSTOM_OPERATORS.map((operator) => operator.name));
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const operator of CUSTOM_OPERATORS) engine.addOperator(operator);
    cases.forEach(([operator, fact, value], index) => {
      engine.addFact(`fact${index}`, fact);
      engine.addRule({ name: operator, conditions: { all: [{ fact: `fact${index}`, operator, value }] }, event: { type: operator } });
      engine.addRule({ name: `not:${operator}`, conditions: { all: [{ fact: `fact${index}`, operator: `not:${operator}`, value }] }, event: { type: `not:${operator}` } });
    });
    const { results, failureResults } = await engine.run();
    const expected = cases.map(([name]) => name);
    expect(results.map((result) => result.name).sort()).toEqual([...expected].sort());
    expect(failureResults.map((result) => result.name).sort()).toEqual(expected.map((name) => `not:${name}`).sort());
    for (const name of expected) expect(isKnownOperator(name), name).toBe(true);
  });
});
