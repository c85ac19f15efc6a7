import type { EvaluationContext } from '../context.js';
import { legalValue } from './legal-value.js';

/** Whether the legal data covers the reference date, and the date it starts. */
export interface LegalCoverage {
  readonly covered: boolean;
  /** The first date the legal data covers (the start of its first `legalCoverage` entry). */
  readonly start: string | undefined;
}

/** The legal data's coverage, as the `legalCoverage` entries give it. */
export function legalCoverage(context: EvaluationContext): LegalCoverage {
  const start = context.legal.history('legalCoverage')[0]?.effectiveFrom;
  return { covered: legalValue(context, 'legalCoverage') === true, start };
}
