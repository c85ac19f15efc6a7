/*
 * What kind of value a fact has, declared beside it, so that a rule set is
 * checked when it loads for a `path` into a value that cannot hold one.
 */

/**
 * The kind of a fact's value (whatever it is when not undefined: a fact that
 * lacks data gives undefined, of any kind).
 *
 * - `number`, `boolean`, `string`: a value of that type;
 * - `date`: a `YYYY-MM-DD` string;
 * - `list`: an array (a `path` reads an item, `0.amount`, or `length`);
 * - `object`: a plain object with named fields (a `path` reads a field);
 * - `scalar`: a single value of no one type (a host fact whose schema allows several, or a bigint);
 * - `any`: not stated (a host fact whose schema allows an object or list, or does not say).
 */
export type FactValueKind = 'number' | 'boolean' | 'string' | 'date' | 'list' | 'object' | 'scalar' | 'any';

/** Every value kind, in the order docs list them. */
export const FACT_VALUE_KINDS: readonly FactValueKind[] = ['number', 'boolean', 'string', 'date', 'list', 'object', 'scalar', 'any'];

/** Whether a value of this kind can hold a `path` (a field, an item, a list's `length`). */
export function kindHoldsPath(kind: FactValueKind): boolean {
  return kind === 'list' || kind === 'object' || kind === 'any';
}

type PresentKind<Value> = Value extends number
  ? 'number'
  : Value extends boolean
    ? 'boolean'
    : Value extends string
      ? 'string' | 'date'
      : Value extends readonly unknown[]
        ? 'list'
        : Value extends object
          ? 'object'
          : FactValueKind;

/**
 * The kinds a fact computing `Value` may declare, so that TypeScript checks a
 * declaration against the compute function's type (a test checks it against
 * computed values too). Undefined and null are left out: a fact lacking data gives them.
 */
export type KindsFor<Value> = unknown extends Value
  ? FactValueKind
  : [Exclude<Value, undefined | null>] extends [never]
    ? FactValueKind
    : PresentKind<Exclude<Value, undefined | null>>;
