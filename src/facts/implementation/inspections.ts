import type { EvaluationContext } from '../context.js';
import { needed } from '../unknowns.js';

/**
 * The inspections recorded, in dossier order, each with its path. An absent list is noted (not
 * stated is not "no inspections"); an explicit `[]` is none.
 */
export function inspections(context: EvaluationContext) {
  return (needed(context, context.dossier.implementation?.inspections, 'implementation.inspections') ?? []).map((inspection, index) => ({
    inspection,
    path: `implementation.inspections[${index}]`,
  }));
}
