import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines } from './budget-lines.js';

/** The catalogue fact `budgetLinesNotAddingUp`. */
export const fact = defineFact({
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
});

/** What `budgetLinesNotAddingUp` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán có thành tiền khác số lượng × đơn giá (amountMismatch), có các nguồn vốn cộng lại khác thành tiền (fundingMismatch), hoặc thiếu số liệu để kiểm tra (missing: tên các trường thiếu). Mỗi mục: label, quantity, unitCost, amount, expectedAmount, fundingTotal, path.',
  en: 'The budget lines whose amount differs from quantity × unit cost (amountMismatch), whose funding parts do not add up to the amount (fundingMismatch), or that lack the figures to check (missing: the absent field names). Each item: label, quantity, unitCost, amount, expectedAmount, fundingTotal, path.',
};
