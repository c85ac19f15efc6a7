import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';
import { noteUnknown } from '../unknowns.js';

/** A cited plan as messages name it. */
export interface CitedPlan {
  /** The plan's reference (its title), else its place in the dossier. */
  label: string;
  kind: string | undefined;
  reference: string | undefined;
  sectorListed: boolean | undefined;
  /** Whether the dossier says if the sector is listed (sectorListed true or false). */
  sectorStated: boolean;
  path: string;
}

/** The plans the dossier cites, in dossier order; no list is noted as lacking (an empty one is data). */
export function citedPlans(context: EvaluationContext): CitedPlan[] {
  const plans = context.dossier.alignment?.plans;
  if (plans === undefined) noteUnknown(context, 'alignment.plans');
  return (plans ?? []).map((plan, index) => {
    const path = `alignment.plans[${index}]`;
    return {
      label: itemLabel(plan.reference, path),
      kind: plan.kind,
      reference: plan.reference,
      sectorListed: plan.sectorListed,
      sectorStated: plan.sectorListed !== undefined,
      path,
    };
  });
}
