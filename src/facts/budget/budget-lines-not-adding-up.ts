import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { budgetLines, FUNDING_PARTS } from './budget-lines.js';

/** The catalogue fact `budgetLinesNotAddingUp`. */
export const fact = defineFact({
  name: 'budgetLinesNotAddingUp',
  returns: 'list',
  compute: (context) =>
    budgetLines(context).flatMap(({ line, path, label }) => {
      // A figure the dossier does not give is noted as missing: the line is then not checked on a guess.
      for (const field of ['quantity', 'unitCost', 'amount', 'funding'] as const) {
        if (line[field] === undefined) noteUnknown(context, `${path}.${field}`, label);
      }
      const expectedAmount =
        line.quantity !== undefined && line.unitCost !== undefined ? Math.round(line.quantity * line.unitCost) : undefined;
      const amountMismatch = expectedAmount !== undefined && line.amount !== undefined && expectedAmount !== line.amount;
      const { funding } = line;
      let fundingTotal: number | undefined;
      let fundingMismatch = false;
      if (funding !== undefined && line.amount !== undefined) {
        const untold = FUNDING_PARTS.filter((part) => funding[part] === undefined);
        const givenTotal = FUNDING_PARTS.reduce((sum, part) => sum + (funding[part] ?? 0), 0);
        // Parts are never negative: given parts above the amount are wrong whatever the rest; below it,
        // untold parts could make up the difference, so they are missing rather than 0.
        if (givenTotal > line.amount || untold.length === 0) {
          fundingTotal = givenTotal;
          fundingMismatch = givenTotal !== line.amount;
        } else if (givenTotal < line.amount) {
          for (const part of untold) noteUnknown(context, `${path}.funding.${part}`, label);
        } else {
          fundingTotal = givenTotal;
        }
      }
      if (!amountMismatch && !fundingMismatch) return [];
      return [{ label, quantity: line.quantity, unitCost: line.unitCost, amount: line.amount, expectedAmount, fundingTotal, amountMismatch, fundingMismatch, path }];
    }),
});

/** What `budgetLinesNotAddingUp` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán có thành tiền khác số lượng × đơn giá (amountMismatch), hoặc có các nguồn vốn cộng lại khác thành tiền (fundingMismatch). Dòng thiếu số lượng, đơn giá, thành tiền hay nguồn vốn không bị đoán: trường thiếu được ghi là thiếu số liệu (tiêu chí là chưa đủ thông tin). Nguồn vốn không ghi chỉ được coi là 0 khi các nguồn đã ghi đã bằng thành tiền. Mỗi mục: label, quantity, unitCost, amount, expectedAmount, fundingTotal, path.',
  en: 'The budget lines whose amount differs from quantity × unit cost (amountMismatch), or whose funding parts do not add up to the amount (fundingMismatch). A line lacking its quantity, unit cost, amount or funding is not guessed at: the absent field is noted as missing (the rule is incomplete). A funding part not given counts as 0 only when the parts given already make up the amount. Each item: label, quantity, unitCost, amount, expectedAmount, fundingTotal, path.',
};
