import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';

/** The milestones of the implementation plan, in dossier order, each with its path and label. */
export function milestones(context: EvaluationContext) {
  return (context.dossier.implementation?.milestones ?? []).map((milestone, index) => {
    const path = `implementation.milestones[${index}]`;
    return { milestone, path, label: itemLabel(milestone.name, path) };
  });
}
