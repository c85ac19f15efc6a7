import type { EvaluationContext } from '../context.js';
import { itemLabel } from '../item-label.js';
import { noteUnknown } from '../unknowns.js';

/** The budget lines, in dossier order, each with its path and label; no list is noted as lacking (an empty one is data). */
export function budgetLines(context: EvaluationContext) {
  const lines = context.dossier.budget?.lines;
  if (lines === undefined) noteUnknown(context, 'budget.lines');
  return (lines ?? []).map((line, index) => {
    const path = `budget.lines[${index}]`;
    return { line, path, label: itemLabel(line.item, path) };
  });
}

/** The budget lines for equipment (category `equipment`), in dossier order. */
export function equipmentBudgetLines(context: EvaluationContext) {
  return budgetLines(context).filter(({ line }) => line.category === 'equipment');
}

/** The three sources a budget line's amount can be funded from. */
export const FUNDING_PARTS = ['khuyenCong', 'counterpart', 'other'] as const;
export type FundingPart = (typeof FUNDING_PARTS)[number];

type BudgetLine = ReturnType<typeof budgetLines>[number]['line'];

/**
 * A funding part of a line, as far as the dossier tells it: the figure given; 0 when the parts
 * given already make up the line's amount (the only figure the line allows, since parts are never
 * negative); otherwise `undefined`. An absent part is never taken for 0 on its own.
 */
export function knownFundingPart(line: BudgetLine, part: FundingPart): number | undefined {
  const { funding } = line;
  const given = funding?.[part];
  if (given !== undefined) return given;
  if (funding === undefined) return undefined;
  const givenTotal = FUNDING_PARTS.reduce((sum, other) => sum + (funding[other] ?? 0), 0);
  // No amount: nothing the parts could make up.
  return givenTotal >= (line.amount ?? Infinity) ? 0 : undefined;
}

/**
 * A funding part a fact needs, noting `budget.lines[i].funding.<part>` when the dossier does not
 * tell it (see {@link knownFundingPart}); `affects` names the field of the fact's value it bears on.
 */
export function neededFundingPart(context: EvaluationContext, entry: ReturnType<typeof budgetLines>[number], part: FundingPart, affects?: string): number | undefined {
  const value = knownFundingPart(entry.line, part);
  if (value === undefined) noteUnknown(context, `${entry.path}.funding.${part}`, entry.label, affects);
  return value;
}
