import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import type { UnknownDatum } from '../../src/facts/unknowns.js';
import { factContext } from './context.js';

/** How a test computes a fact: the params a condition would pass, and the dates of the evaluation. */
export interface FactValueOptions {
  params?: Record<string, unknown>;
  /** Defaults to 2024-12-01. */
  asOf?: string;
  /** Defaults to the date resolved from the dossier's own dates, as an evaluation does. */
  referenceDate?: string;
}

/**
 * A catalogue fact's value for a dossier, computed as an evaluation would: the params checked and
 * parsed by the fact's own schema, the context built by factContext. The value is typed by the
 * caller (`factValue<Gap[]>(…)`), since the catalogue holds facts of every type.
 */
export function factValue<Value = unknown>(name: string, dossier: unknown, options: FactValueOptions = {}): Value {
  return factRun<Value>(name, dossier, options).value;
}

/** A fact's value and the dossier data it noted as lacking (src/facts/unknowns.ts), as a rule would see them. */
export function factRun<Value = unknown>(name: string, dossier: unknown, options: FactValueOptions = {}): { value: Value; missing: UnknownDatum[] } {
  const fact = FACT_CATALOGUE.get(name);
  if (!fact) throw new Error(`no fact ${name} in the catalogue`);
  const { params = {}, ...dates } = options;
  let parsed = params;
  if (fact.params) {
    const result = fact.params.safeParse(params);
    if (!result.success) throw new Error(`invalid params for ${name}: ${JSON.stringify(params)}`);
    parsed = result.data;
  }
  const missing: UnknownDatum[] = [];
  const value = fact.compute({ ...factContext(dossier, dates), noteUnknown: (datum) => missing.push(datum) }, parsed) as Value;
  return { value, missing };
}

/** The dossier paths a fact noted as lacking for a dossier (none: `[]`). */
export function factMissing(name: string, dossier: unknown, options: FactValueOptions = {}): string[] {
  return factRun(name, dossier, options).missing.map((datum) => datum.path);
}

/** factValue with the dates a test file evaluates on, for files whose facts all use the same ones. */
export function factValueOn(dates: Omit<FactValueOptions, 'params'>) {
  return <Value = unknown>(name: string, dossier: unknown, params: Record<string, unknown> = {}): Value => factValue<Value>(name, dossier, { ...dates, params });
}
