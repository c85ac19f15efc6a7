import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';

/** The budget lines, in dossier order, each with its path and label. */
export function budgetLines(context: EvaluationContext) {
  return (context.dossier.budget?.lines ?? []).map((line, index) => {
    const path = `budget.lines[${index}]`;
    return { line, path, label: itemLabel(line.item, path) };
  });
}

/** The budget lines for equipment (category `equipment`), in dossier order. */
export function equipmentBudgetLines(context: EvaluationContext) {
  return budgetLines(context).filter(({ line }) => line.category === 'equipment');
}

/** A funding part as a number: an absent part counts as 0. */
export function fundingPart(value: number | undefined): number {
  return value ?? 0;
}
