import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `counterpartShortfall`. */
export const fact = defineFact({
  name: 'counterpartShortfall',
  compute: (context) => {
    const budgeted = (context.dossier.budget?.lines ?? []).reduce((sum, line) => sum + (line.funding?.counterpart ?? 0), 0);
    const committed = (context.dossier.beneficiaries ?? []).reduce((sum, beneficiary) => sum + (beneficiary.counterpartCommitted ?? 0), 0);
    return budgeted > committed ? budgeted - committed : undefined;
  },
});

/** What `counterpartShortfall` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Phần vốn đối ứng trong dự toán (cộng funding.counterpart) vượt quá tổng vốn các cơ sở thụ hưởng cam kết, VND; không có nếu cam kết đủ.',
  en: 'How far the counterpart funding in the budget (the sum of funding.counterpart) exceeds what the beneficiaries have committed, VND; absent when the commitments cover it.',
};
