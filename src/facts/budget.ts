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
  defineFact({
    name: 'budgetFundingTotals',
    description: {
      vi: 'Tổng các nguồn vốn trên mọi dòng dự toán: { khuyenCong, counterpart, other } (VND; phần không ghi tính là 0).',
      en: 'The funding parts summed over every budget line: { khuyenCong, counterpart, other } (VND; a part not given counts as 0).',
    },
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
    description: {
      vi: 'Các dòng dự toán dùng kinh phí khuyến công (funding.khuyenCong > 0). Mỗi mục: label, khuyenCong, normReference, path.',
      en: 'The budget lines funded by khuyến công funds (funding.khuyenCong > 0). Each item: label, khuyenCong, normReference, path.',
    },
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => part(line.funding?.khuyenCong) > 0)
        .map(({ line, path, label }) => ({ label, khuyenCong: line.funding!.khuyenCong, normReference: line.normReference, path })),
  }),
  defineFact({
    name: 'khuyenCongLinesWithoutNorm',
    description: {
      vi: 'Các dòng dự toán dùng kinh phí khuyến công mà chưa ghi căn cứ định mức chi (normReference trống). Mỗi mục: label, khuyenCong, path.',
      en: 'The budget lines funded by khuyến công funds that cite no cost norm (normReference empty). Each item: label, khuyenCong, path.',
    },
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => part(line.funding?.khuyenCong) > 0 && !line.normReference?.trim())
        .map(({ line, path, label }) => ({ label, khuyenCong: line.funding!.khuyenCong, path: `${path}.normReference` })),
  }),
  defineFact({
    name: 'linesWithOtherResources',
    description: {
      vi: 'Các dòng dự toán có vốn đối ứng (funding.counterpart > 0) hoặc nguồn khác (funding.other > 0). Mỗi mục: label, counterpart, other, path.',
      en: 'The budget lines funded in part by counterpart funds (funding.counterpart > 0) or other sources (funding.other > 0). Each item: label, counterpart, other, path.',
    },
    compute: (context) =>
      budgetLines(context)
        .filter(({ line }) => part(line.funding?.counterpart) > 0 || part(line.funding?.other) > 0)
        .map(({ line, path, label }) => ({ label, counterpart: line.funding?.counterpart, other: line.funding?.other, path: `${path}.funding` })),
  }),
];
