import { Engine, type Operator } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { CUSTOM_OPERATORS, DEFAULT_DECORATOR_NAMES, DEFAULT_OPERATOR_NAMES, isKnownOperator, operatorBeyondLimits } from '../../src/engine/operators.js';
import { LIMITS } from '../../src/schema/limits.js';

/** json-rules-engine's Operator#evaluate(factValue, jsonValue), which its type declarations leave out. */
interface EvaluableOperator {
  name: string;
  evaluate(factValue: unknown, compareValue: unknown): boolean;
}

function operator(name: string): EvaluableOperator {
  const found = CUSTOM_OPERATORS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no custom operator ${name}`);
  return found as unknown as EvaluableOperator;
}

type Case = [fact: unknown, value: unknown, expected: boolean];

/** Fact values that are not what any operator expects. */
const WRONG_TYPES: unknown[] = [undefined, null, 'text', 42, true, {}, { length: 3 }];

describe('CUSTOM_OPERATORS', () => {
  it('are exactly the documented eight', () => {
    expect(CUSTOM_OPERATORS.map((op) => op.name)).toEqual([
      'isEmpty',
      'isPresent',
      'sizeAtLeast',
      'containsAny',
      'dateOnOrBefore',
      'dateBefore',
      'dateOnOrAfter',
      'dateAfter',
    ]);
  });

  it('do not reuse a name of json-rules-engine', () => {
    const names = CUSTOM_OPERATORS.map((op) => op.name);
    expect(names.filter((name) => (DEFAULT_OPERATOR_NAMES as readonly string[]).includes(name))).toEqual([]);
  });

  describe('isEmpty', () => {
    it.each<Case>([
      [undefined, true, true],
      [null, true, true],
      [[], true, true],
      [[1], true, false],
      [['a', 'b'], true, false],
      [[], false, false],
      [undefined, false, false],
      [null, false, false],
      [[1], false, true],
      [[null], false, true],
    ])('isEmpty(%j, %j) is %s', (fact, value, expected) => {
      expect(operator('isEmpty').evaluate(fact, value)).toBe(expected);
    });

    // `value: false` "passes when it is a non-empty list": a fact of the wrong type is not one.
    it('isEmpty(fact, false) is false for a fact that is not a list', () => {
      const notLists: unknown[] = ['text', '', 0, 42, {}, { length: 1 }, true];
      const passing = notLists.filter((fact) => operator('isEmpty').evaluate(fact, false));
      expect(passing).toEqual([]);
    });

    it('is false for a fact of the wrong type with value true', () => {
      for (const fact of ['text', '', 0, {}, true]) expect(operator('isEmpty').evaluate(fact, true)).toBe(false);
    });
  });

  describe('isPresent', () => {
    it.each<Case>([
      ['x', true, true],
      ['', true, true],
      [0, true, true],
      [false, true, true],
      [[], true, true],
      [{}, true, true],
      [undefined, true, false],
      [null, true, false],
      [undefined, false, true],
      [null, false, true],
      ['x', false, false],
      [0, false, false],
    ])('isPresent(%j, %j) is %s', (fact, value, expected) => {
      expect(operator('isPresent').evaluate(fact, value)).toBe(expected);
    });
  });

  describe('sizeAtLeast', () => {
    it.each<Case>([
      [[1, 2, 3], 3, true],
      [[1, 2, 3], 2, true],
      [[1, 2], 3, false],
      [[], 0, true],
      [[], 1, false],
      [[1], '1', false],
      [[1], undefined, false],
    ])('sizeAtLeast(%j, %j) is %s', (fact, value, expected) => {
      expect(operator('sizeAtLeast').evaluate(fact, value)).toBe(expected);
    });

    it.each(WRONG_TYPES)('is false for the fact %j', (fact) => {
      expect(operator('sizeAtLeast').evaluate(fact, 0)).toBe(false);
    });
  });

  describe('containsAny', () => {
    it.each<Case>([
      [['radio', 'television'], ['television', 'newspaper'], true],
      [['radio'], ['radio'], true],
      [['radio'], ['television', 'newspaper'], false],
      [[], ['radio'], false],
      [['radio'], [], false],
      [['radio'], 'radio', false],
      [[1], ['1'], false],
    ])('containsAny(%j, %j) is %s', (fact, value, expected) => {
      expect(operator('containsAny').evaluate(fact, value)).toBe(expected);
    });

    it.each(WRONG_TYPES)('is false for the fact %j', (fact) => {
      expect(operator('containsAny').evaluate(fact, ['radio', 'text'])).toBe(false);
    });

    it('is false for a string fact that contains a listed value', () => {
      expect(operator('containsAny').evaluate('radio', ['radio'])).toBe(false);
    });
  });

  describe('date comparisons', () => {
    const table: [string, string, string, boolean][] = [
      ['dateOnOrBefore', '2024-03-01', '2024-03-02', true],
      ['dateOnOrBefore', '2024-03-01', '2024-03-01', true],
      ['dateOnOrBefore', '2024-03-02', '2024-03-01', false],
      ['dateBefore', '2024-03-01', '2024-03-02', true],
      ['dateBefore', '2024-03-01', '2024-03-01', false],
      ['dateBefore', '2024-12-31', '2025-01-01', true],
      ['dateOnOrAfter', '2024-03-02', '2024-03-01', true],
      ['dateOnOrAfter', '2024-03-01', '2024-03-01', true],
      ['dateOnOrAfter', '2024-02-29', '2024-03-01', false],
      ['dateAfter', '2024-03-02', '2024-03-01', true],
      ['dateAfter', '2024-03-01', '2024-03-01', false],
      ['dateAfter', '2023-12-31', '2024-01-01', false],
    ];
    it.each(table)('%s(%s, %s) is %s', (name, fact, value, expected) => {
      expect(operator(name).evaluate(fact, value)).toBe(expected);
    });

    const names = ['dateOnOrBefore', 'dateBefore', 'dateOnOrAfter', 'dateAfter'];
    const notDates: unknown[] = [
      undefined,
      null,
      '',
      '2024-3-1',
      '01/03/2024',
      '2024-03-01T00:00:00Z',
      'x2024-03-01',
      20240301,
      new Date('2024-03-01'),
      ['2024-03-01'],
    ];

    it.each(names)('%s is false when the fact is missing or not an ISO date', (name) => {
      for (const fact of notDates) {
        expect(operator(name).evaluate(fact, '2000-01-01'), `fact ${String(fact)}`).toBe(false);
        expect(operator(name).evaluate(fact, '2999-12-31'), `fact ${String(fact)}`).toBe(false);
      }
    });

    it.each(names)('%s is false when the compared value is missing or not an ISO date', (name) => {
      for (const value of notDates) expect(operator(name).evaluate('2024-03-01', value), `value ${String(value)}`).toBe(false);
    });
  });

  it('never throw, whatever the fact and value', () => {
    const odd: unknown[] = [undefined, null, 0, '', 'x', [], [null], {}, Object.create(null), NaN, Symbol('s')];
    for (const op of CUSTOM_OPERATORS as unknown as EvaluableOperator[]) {
      for (const fact of odd) for (const value of odd) expect(() => op.evaluate(fact, value)).not.toThrow();
    }
  });
});

describe('isKnownOperator', () => {
  it.each([
    'equal',
    'notIn',
    'greaterThanInclusive',
    'isEmpty',
    'dateOnOrBefore',
    'not:isEmpty',
    'not:equal',
    'someFact:equal',
    'everyValue:greaterThan',
    'swap:contains',
    'not:someFact:equal',
  ])('knows %s', (name) => {
    expect(isKnownOperator(name)).toBe(true);
  });

  it.each(['nope', 'bogus:equal', 'not:nope', 'isempty', 'Equal', '', 'not:', ':equal', 'equal:not', 'not: equal'])(
    'does not know %j',
    (name) => {
      expect(isKnownOperator(name)).toBe(false);
    },
  );

  it('agrees with json-rules-engine about which names resolve (custom operators added)', () => {
    const engine = new Engine();
    for (const op of CUSTOM_OPERATORS) engine.addOperator(op as Operator);
    const operators = (engine as unknown as { operators: { get(name: string): unknown } }).operators;
    const names = [
      ...DEFAULT_OPERATOR_NAMES,
      ...CUSTOM_OPERATORS.map((op) => op.name),
      ...DEFAULT_DECORATOR_NAMES.map((decorator) => `${decorator}:isEmpty`),
      'not:someFact:equal',
      'bogus:equal',
      'nope',
      'not:nope',
    ];
    for (const name of names) {
      const resolves = Boolean(operators.get(name));
      expect(isKnownOperator(name), name).toBe(resolves);
    }
  });
});

describe('operatorBeyondLimits', () => {
  it('allows exactly LIMITS.operatorName characters, not one more', () => {
    expect(operatorBeyondLimits('a'.repeat(LIMITS.operatorName))).toBe(false);
    expect(operatorBeyondLimits('a'.repeat(LIMITS.operatorName + 1))).toBe(true);
  });

  it('allows exactly LIMITS.operatorDecorators decorators, not one more', () => {
    expect(operatorBeyondLimits('not:'.repeat(LIMITS.operatorDecorators) + 'equal')).toBe(false);
    expect(operatorBeyondLimits('not:'.repeat(LIMITS.operatorDecorators + 1) + 'equal')).toBe(true);
  });

  it('makes isKnownOperator refuse a name it would otherwise know', () => {
    expect(isKnownOperator('not:'.repeat(LIMITS.operatorDecorators) + 'equal')).toBe(true);
    expect(isKnownOperator('not:'.repeat(LIMITS.operatorDecorators + 1) + 'equal')).toBe(false);
  });
});
