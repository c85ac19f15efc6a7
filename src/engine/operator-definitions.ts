import { LIMITS } from '../schema/limits.js';

/**
 * An operator as json-rules-engine defines one: `test` decides, but only for a fact value that
 * `acceptsFact` accepts (json-rules-engine's `factValueValidator`); anything else is false.
 * Plain functions, with no engine behind them: the compiled path runs them directly and the
 * json-rules-engine path registers the custom ones as `Operator`s (src/engine/operators.ts).
 */
export interface OperatorDefinition {
  readonly name: string;
  readonly test: (fact: unknown, value: unknown) => boolean;
  readonly acceptsFact?: (fact: unknown) => boolean;
}

/** What an operator name, decorators and all, comes to: fact value and comparison value in, a boolean out. */
export type OperatorFunction = (fact: unknown, value: unknown) => boolean;

/*
 * Custom operators. Each is false, never an exception, when the fact is missing or of the wrong
 * type: the rule then fails, and its `requires` list names the missing data.
 */

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function compareDates(name: string, test: (fact: string, value: string) => boolean): OperatorDefinition {
  return { name, test: (fact, value) => isIsoDate(fact) && isIsoDate(value) && test(fact, value) };
}

/** Operators this library adds to json-rules-engine's defaults. */
export const CUSTOM_OPERATOR_DEFINITIONS: readonly OperatorDefinition[] = [
  /** `value: true` passes when the fact is an empty list or absent; `value: false` when it is a non-empty list. Anything else: false. */
  {
    name: 'isEmpty',
    test: (fact, value) => {
      if (fact === undefined || fact === null) return value === true;
      if (!Array.isArray(fact)) return false;
      return (fact.length === 0) === value;
    },
  },
  /** `value: true` passes when the fact has a value; `value: false` when it is absent. */
  { name: 'isPresent', test: (fact, value) => (fact !== undefined && fact !== null) === value },
  /** The fact is a list with at least `value` items. */
  { name: 'sizeAtLeast', test: (fact, value) => Array.isArray(fact) && typeof value === 'number' && fact.length >= value },
  /** The fact is a list sharing at least one item with the `value` list. */
  { name: 'containsAny', test: (fact, value) => Array.isArray(fact) && Array.isArray(value) && fact.some((item) => value.includes(item)) },
  /** ISO calendar dates: the fact is on or before the value. */
  compareDates('dateOnOrBefore', (fact, value) => fact <= value),
  compareDates('dateBefore', (fact, value) => fact < value),
  compareDates('dateOnOrAfter', (fact, value) => fact >= value),
  compareDates('dateAfter', (fact, value) => fact > value),
];

/** json-rules-engine's number check: what `parseFloat` reads as a number. */
const isNumeric = (fact: unknown): boolean => Number.parseFloat(fact as string).toString() !== 'NaN';

/*
 * json-rules-engine 7's built-in operators, as it writes them (engine-default-operators.js): `in`
 * on a comparison value that is no list or string throws there, and so it does here. The
 * differential test checks both paths give the same results.
 */
const indexOf = (list: unknown, item: unknown): number => (list as unknown[]).indexOf(item);

/** json-rules-engine's built-in operators. */
export const DEFAULT_OPERATOR_DEFINITIONS: readonly OperatorDefinition[] = [
  { name: 'equal', test: (fact, value) => fact === value },
  { name: 'notEqual', test: (fact, value) => fact !== value },
  { name: 'in', test: (fact, value) => indexOf(value, fact) > -1 },
  { name: 'notIn', test: (fact, value) => indexOf(value, fact) === -1 },
  { name: 'contains', test: (fact, value) => indexOf(fact, value) > -1, acceptsFact: Array.isArray },
  { name: 'doesNotContain', test: (fact, value) => indexOf(fact, value) === -1, acceptsFact: Array.isArray },
  { name: 'lessThan', test: (fact, value) => (fact as number) < (value as number), acceptsFact: isNumeric },
  { name: 'lessThanInclusive', test: (fact, value) => (fact as number) <= (value as number), acceptsFact: isNumeric },
  { name: 'greaterThan', test: (fact, value) => (fact as number) > (value as number), acceptsFact: isNumeric },
  { name: 'greaterThanInclusive', test: (fact, value) => (fact as number) >= (value as number), acceptsFact: isNumeric },
];

/** A decorator as json-rules-engine defines one: it wraps the operator after it in the name. */
interface DecoratorDefinition {
  readonly name: string;
  readonly wrap: (fact: unknown, value: unknown, next: OperatorFunction) => boolean;
  readonly acceptsFact?: (fact: unknown) => boolean;
}

const some = (list: unknown, test: (item: unknown) => boolean): boolean => (list as unknown[]).some(test);
const every = (list: unknown, test: (item: unknown) => boolean): boolean => (list as unknown[]).every(test);

/** json-rules-engine 7's built-in decorators (engine-default-operator-decorators.js), written `decorator:operator`. */
const DECORATOR_DEFINITIONS: readonly DecoratorDefinition[] = [
  { name: 'someFact', wrap: (fact, value, next) => some(fact, (item) => next(item, value)), acceptsFact: Array.isArray },
  { name: 'someValue', wrap: (fact, value, next) => some(value, (item) => next(fact, item)) },
  { name: 'everyFact', wrap: (fact, value, next) => every(fact, (item) => next(item, value)), acceptsFact: Array.isArray },
  { name: 'everyValue', wrap: (fact, value, next) => every(value, (item) => next(fact, item)) },
  { name: 'swap', wrap: (fact, value, next) => next(value, fact) },
  { name: 'not', wrap: (fact, value, next) => !next(fact, value) },
];

/** json-rules-engine's built-in operator names. */
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

const OPERATORS = new Map<string, OperatorDefinition>([...DEFAULT_OPERATOR_DEFINITIONS, ...CUSTOM_OPERATOR_DEFINITIONS].map((operator) => [operator.name, operator]));
const DECORATORS = new Map<string, DecoratorDefinition>(DECORATOR_DEFINITIONS.map((decorator) => [decorator.name, decorator]));

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
  return OPERATORS.has(base) && parts.every((decorator) => DECORATORS.has(decorator));
}

/** An operator with its fact check applied, as json-rules-engine's `Operator#evaluate` applies it. */
function checked(test: OperatorFunction, acceptsFact: ((fact: unknown) => boolean) | undefined): OperatorFunction {
  return acceptsFact === undefined ? test : (fact, value) => acceptsFact(fact) && test(fact, value);
}

/**
 * The function a known operator name comes to, composed as json-rules-engine composes it: each
 * decorator wraps what follows it, and the fact check of the outermost one is the one applied.
 * Undefined for a name {@link isKnownOperator} rejects.
 */
export function operatorFunction(name: string): OperatorFunction | undefined {
  if (!isKnownOperator(name)) return undefined;
  const parts = name.split(':');
  const base = OPERATORS.get(parts.pop()!)!;
  let composed = checked(base.test, base.acceptsFact);
  for (const decoratorName of parts.reverse()) {
    const decorator = DECORATORS.get(decoratorName)!;
    const next = composed;
    composed = checked((fact, value) => decorator.wrap(fact, value, next), decorator.acceptsFact);
  }
  return composed;
}
