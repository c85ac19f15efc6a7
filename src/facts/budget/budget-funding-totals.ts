import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines, fundingPart } from './budget-lines.js';

/** The catalogue fact `budgetFundingTotals`. */
export const fact = defineFact({
  name: 'budgetFundingTotals',
  compute: (context) =>
    budgetLines(context).reduce(
      (totals, { line }) => ({
        khuyenCong: totals.khuyenCong + fundingPart(line.funding?.khuyenCong),
        counterpart: totals.counterpart + fundingPart(line.funding?.counterpart),
        other: totals.other + fundingPart(line.funding?.other),
      }),
      { khuyenCong: 0, counterpart: 0, other: 0 },
    ),
});

/** What `budgetFundingTotals` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tổng các nguồn vốn trên mọi dòng dự toán: { khuyenCong, counterpart, other } (VND; phần không ghi tính là 0).',
  en: 'The funding parts summed over every budget line: { khuyenCong, counterpart, other } (VND; a part not given counts as 0).',
};
