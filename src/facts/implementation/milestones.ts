import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';
import { needed } from '../unknowns.js';

/**
 * The milestones of the implementation plan, in dossier order, each with its path and label. An
 * absent list is noted (not stated is not "no milestones"); an explicit `[]` is none.
 */
export function milestones(context: EvaluationContext) {
  return (needed(context, context.dossier.implementation?.milestones, 'implementation.milestones') ?? []).map((milestone, index) => {
    const path = `implementation.milestones[${index}]`;
    return { milestone, path, label: itemLabel(milestone.name, path) };
  });
}
