import * as z from 'zod/mini';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';
import type { EvaluationContext } from './context.js';

const MinimumSchema = z.strictObject({ minimum: z.int().check(z.minimum(0)) });

function budgetLines(context: EvaluationContext) {
  return (context.dossier.budget?.lines ?? []).map((line, index) => {
    const path = `budget.lines[${index}]`;
    return { line, path, label: itemLabel(line.item, path) };
  });
}

/** A funding part as a number: an absent part counts as 0. */
function part(value: number | undefined): number {
  return value ?? 0;
}

export const budgetFacts = [
  defineFact({
    name: 'budgetLineCount',
    compute: (context) => context.dossier.budget?.lines?.length ?? 0,
  }),
  defineFact({
    name: 'equipmentLines',
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => line.category === 'equipment')
        .map(({ line, path, label }) => ({ label, priceQuotes: line.priceQuotes, amount: line.amount, path })),
  }),
  defineFact({
    name: 'equipmentLinesShortOfQuotes',
    params: MinimumSchema,
    compute: (context, params: z.infer<typeof MinimumSchema>) =>
      budgetLines(context)
        .filter(({ line }) => line.category === 'equipment' && (line.priceQuotes === undefined || line.priceQuotes < params.minimum))
        .map(({ line, path, label }) => ({ label, priceQuotes: line.priceQuotes, path: `${path}.priceQuotes` })),
  }),
  defineFact({
    name: 'budgetLinesNotAddingUp',
    compute: (context) =>
      budgetLines(context).flatMap(({ line, path, label }) => {
        const missing = (['quantity', 'unitCost', 'amount', 'funding'] as const).filter((field) => line[field] === undefined);
        const expectedAmount =
          line.quantity !== undefined && line.unitCost !== undefined ? Math.round(line.quantity * line.unitCost) : undefined;
        const funding = line.funding;
        const fundingTotal = funding ? (funding.khuyenCong ?? 0) + (funding.counterpart ?? 0) + (funding.other ?? 0) : undefined;
        const amountMismatch = expectedAmount !== undefined && line.amount !== undefined && expectedAmount !== line.amount;
        const fundingMismatch = fundingTotal !== undefined && line.amount !== undefined && fundingTotal !== line.amount;
        if (!amountMismatch && !fundingMismatch && missing.length === 0) return [];
        return [
          {
            label,
            quantity: line.quantity,
            unitCost: line.unitCost,
            amount: line.amount,
            expectedAmount,
            fundingTotal,
            amountMismatch,
            fundingMismatch,
            missing: missing.map((field) => `${path}.${field}`),
            path,
          },
        ];
      }),
  }),
  defineFact({
    name: 'budgetFundingTotals',
    compute: (context) =>
      budgetLines(context).reduce(
        (totals, { line }) => ({
          khuyenCong: totals.khuyenCong + part(line.funding?.khuyenCong),
          counterpart: totals.counterpart + part(line.funding?.counterpart),
          other: totals.other + part(line.funding?.other),
        }),
        { khuyenCong: 0, counterpart: 0, other: 0 },
      ),
  }),
  defineFact({
    name: 'khuyenCongLines',
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => part(line.funding?.khuyenCong) > 0)
        .map(({ line, path, label }) => ({ label, khuyenCong: line.funding!.khuyenCong, normReference: line.normReference, path })),
  }),
  defineFact({
    name: 'khuyenCongLinesWithoutNorm',
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => part(line.funding?.khuyenCong) > 0 && !line.normReference?.trim())
        .map(({ line, path, label }) => ({ label, khuyenCong: line.funding!.khuyenCong, path: `${path}.normReference` })),
  }),
  defineFact({
    name: 'linesWithOtherResources',
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => part(line.funding?.counterpart) > 0 || part(line.funding?.other) > 0)
        .map(({ line, path, label }) => ({ label, counterpart: line.funding?.counterpart, other: line.funding?.other, path: `${path}.funding` })),
  }),
];
