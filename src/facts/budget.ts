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

export const budgetFacts = [
  defineFact({
    name: 'budgetLineCount',
    description: { vi: 'Số dòng dự toán kinh phí.', en: 'The number of budget lines.' },
    compute: (context) => context.dossier.budget?.lines?.length ?? 0,
  }),
  defineFact({
    name: 'equipmentLines',
    description: {
      vi: 'Các dòng dự toán thuộc nhóm máy móc, thiết bị (category "equipment"). Mỗi mục: label, priceQuotes, amount, path.',
      en: 'The budget lines in the "equipment" category. Each item: label, priceQuotes, amount, path.',
    },
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => line.category === 'equipment')
        .map(({ line, path, label }) => ({ label, priceQuotes: line.priceQuotes, amount: line.amount, path })),
  }),
  defineFact({
    name: 'equipmentLinesShortOfQuotes',
    description: {
      vi: 'Các dòng thiết bị có ít hơn params.minimum báo giá, hoặc chưa ghi số báo giá (priceQuotes trống). Mỗi mục: label, priceQuotes, path.',
      en: 'The equipment lines with fewer than params.minimum price quotes, or with no priceQuotes stated. Each item: label, priceQuotes, path.',
    },
    params: MinimumSchema,
    compute: (context, params: z.infer<typeof MinimumSchema>) =>
      budgetLines(context)
        .filter(({ line }) => line.category === 'equipment' && (line.priceQuotes === undefined || line.priceQuotes < params.minimum))
        .map(({ line, path, label }) => ({ label, priceQuotes: line.priceQuotes, path: `${path}.priceQuotes` })),
  }),
  defineFact({
    name: 'budgetLinesNotAddingUp',
    description: {
      vi: 'Các dòng dự toán có thành tiền khác số lượng × đơn giá (amountMismatch), có các nguồn vốn cộng lại khác thành tiền (fundingMismatch), hoặc thiếu số liệu để kiểm tra (missing: tên các trường thiếu). Mỗi mục: label, quantity, unitCost, amount, expectedAmount, fundingTotal, path.',
      en: 'The budget lines whose amount differs from quantity × unit cost (amountMismatch), whose funding parts do not add up to the amount (fundingMismatch), or that lack the figures to check (missing: the absent field names). Each item: label, quantity, unitCost, amount, expectedAmount, fundingTotal, path.',
    },
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
];
