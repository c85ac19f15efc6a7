import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines, FUNDING_PARTS, neededFundingPart } from './budget-lines.js';

/** The catalogue fact `budgetFundingTotals`. */
export const fact = defineFact({
  name: 'budgetFundingTotals',
  returns: 'object',
  compute: (context) => {
    const totals = { khuyenCong: 0, counterpart: 0, other: 0 };
    // A part the dossier does not tell is noted (it bears on that total only) and left out of the sum.
    for (const entry of budgetLines(context)) for (const part of FUNDING_PARTS) totals[part] += neededFundingPart(context, entry, part, part) ?? 0;
    return totals;
  },
});

/** What `budgetFundingTotals` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tổng các nguồn vốn trên mọi dòng dự toán: { khuyenCong, counterpart, other } (VND). Phần không ghi chỉ tính là 0 khi các phần đã ghi đã bằng thành tiền của dòng; nếu không, dòng đó bị ghi là thiếu số liệu (funding.<phần>) và tiêu chí dựa vào tổng đó là chưa đủ thông tin.',
  en: 'The funding parts summed over every budget line: { khuyenCong, counterpart, other } (VND). A part not given counts as 0 only when the parts given already make up the line\'s amount; otherwise the line is noted as lacking it (funding.<part>) and a rule resting on that total is incomplete.',
};
