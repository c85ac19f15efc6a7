import { Operator } from 'json-rules-engine';
import { LIMITS } from '../schema/limits.js';

/*
 * Custom operators, registered once per engine. Each is false, never an
 * exception, when the fact is missing or of the wrong type: the rule then
 * fails, and its `requires` list names the missing data.
 */

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function compareDates(test: (fact: string, value: string) => boolean) {
  return (fact: unknown, value: unknown) => isIsoDate(fact) && isIsoDate(value) && test(fact, value);
}

/** Operators this library adds to json-rules-engine's defaults. */
export const CUSTOM_OPERATORS: readonly Operator[] = [
  /** `value: true` passes when the fact is an empty list or absent; `value: false` when it is a non-empty list. Anything else: false. */
  new Operator('isEmpty', (fact: unknown, value: unknown) => {
    if (fact === undefined || fact === null) return value === true;
    if (!Array.isArray(fact)) return false;
    return (fact.length === 0) === value;
  }),
  /** `value: true` passes when the fact has a value; `value: false` when it is absent. */
  new Operator('isPresent', (fact: unknown, value: unknown) => (fact !== undefined && fact !== null) === value),
  /** The fact is a list with at least `value` items. */
  new Operator('sizeAtLeast', (fact: unknown, value: unknown) => Array.isArray(fact) && typeof value === 'number' && fact.length >= value),
  /** The fact is a list sharing at least one item with the `value` list. */
  new Operator(
    'containsAny',
    (fact: unknown, value: unknown) => Array.isArray(fact) && Array.isArray(value) && fact.some((item) => value.includes(item)),
  ),
  /** ISO calendar dates: the fact is on or before the value. */
  new Operator('dateOnOrBefore', compareDates((fact, value) => fact <= value)),
  new Operator('dateBefore', compareDates((fact, value) => fact < value)),
  new Operator('dateOnOrAfter', compareDates((fact, value) => fact >= value)),
  new Operator('dateAfter', compareDates((fact, value) => fact > value)),
];

/** json-rules-engine's built-in operators. */
export const DEFAULT_OPERATOR_NAMES = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;

/** json-rules-engine's built-in operator decorators, written `decorator:operator`. */
export const DEFAULT_DECORATOR_NAMES = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'] as const;

const OPERATOR_NAMES = new Set<string>([...DEFAULT_OPERATOR_NAMES, ...CUSTOM_OPERATORS.map((operator) => operator.name)]);
const DECORATOR_NAMES = new Set<string>(DEFAULT_DECORATOR_NAMES);

/** Whether an operator name is longer than `LIMITS.operatorName` or has more than `LIMITS.operatorDecorators` decorators. */
export function operatorBeyondLimits(name: string): boolean {
  return name.length > LIMITS.operatorName || name.split(':').length - 1 > LIMITS.operatorDecorators;
}

/**
 * Whether an operator name (possibly decorated, e.g. `not:isEmpty`) is one the engine knows. A
 * name longer than `LIMITS.operatorName` or with more than `LIMITS.operatorDecorators` decorators
 * is not (`'not:'.repeat(10000) + 'equal'` would pass the names and then throw on every evaluation).
 */
export function isKnownOperator(name: string): boolean {
  if (operatorBeyondLimits(name)) return false;
  const parts = name.split(':');
  const base = parts.pop()!;
  return OPERATOR_NAMES.has(base) && parts.every((decorator) => DECORATOR_NAMES.has(decorator));
}
