import type { LocalizedText } from '../../i18n/locale.js';
import { budgetLines, neededFundingPart } from '../budget/budget-lines.js';
import { defineFact } from '../define.js';
import { committedCounterpart } from './counterpart-committed-total.js';

/** The catalogue fact `counterpartShortfall`. */
export const fact = defineFact({
  name: 'counterpartShortfall',
  returns: 'number',
  compute: (context) => {
    // Figures the dossier does not give are noted as missing and left out of both sums.
    const budgeted = budgetLines(context).reduce((sum, entry) => sum + (neededFundingPart(context, entry, 'counterpart') ?? 0), 0);
    const committed = committedCounterpart(context);
    return budgeted > committed ? budgeted - committed : undefined;
  },
});

/** What `counterpartShortfall` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Phần vốn đối ứng trong dự toán (cộng funding.counterpart) vượt quá tổng vốn các cơ sở thụ hưởng cam kết, VND; không có nếu cam kết đủ.',
  en: 'How far the counterpart funding in the budget (the sum of funding.counterpart) exceeds what the beneficiaries have committed, VND; absent when the commitments cover it.',
};
