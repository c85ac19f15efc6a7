import type * as z from 'zod/mini';
import type { EvaluationContext } from './context.js';
import type { FactValueKind, KindsFor } from './value-kind.js';

/**
 * A named derived fact: a pure function of the dossier, the two dates, the
 * legal data and its params. Rules reference facts by name. Each fact has
 * its own file, src/facts/<topic>/<fact-name-in-kebab-case>.ts, exporting the
 * definition as `fact` and its documentation as `description`; the catalogue
 * imports only `fact`, so browser bundles leave the descriptions out (a test
 * checks every fact has its file and description).
 */
export interface FactDefinition<Params = Record<string, unknown>, Value = unknown> {
  readonly name: string;
  /** Schema of the params a condition passes (`"params": {…}`); absent when the fact takes none. */
  readonly params?: z.ZodMiniType<Params>;
  /**
   * The kind of value `compute` returns when it returns one (undefined is of any kind):
   * rule-set validation rejects a `path` into a fact whose kind cannot hold one.
   */
  readonly returns: FactValueKind;
  compute(context: EvaluationContext, params: Params): Value;
}

export type AnyFactDefinition = FactDefinition<Record<string, unknown>, unknown>;

/**
 * Declares a catalogue fact with its params type checked against its schema,
 * and its declared `returns` against the type `compute` returns.
 */
export function defineFact<Params, Value>(
  definition: FactDefinition<Params, Value> & { readonly returns: NoInfer<KindsFor<Value>> },
): AnyFactDefinition {
  return definition as unknown as AnyFactDefinition;
}
