import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines, neededFundingPart } from './budget-lines.js';

/** The catalogue fact `khuyenCongLines`. */
export const fact = defineFact({
  name: 'khuyenCongLines',
  returns: 'list',
  compute: (context) =>
    // The lines known to draw on khuyến công funds; a line whose share the dossier does not tell may
    // be one, so it is noted as lacking (an empty list is then "unknown", not "none").
    budgetLines(context).flatMap((entry) => {
      const khuyenCong = neededFundingPart(context, entry, 'khuyenCong');
      return khuyenCong === undefined || khuyenCong === 0 ? [] : [{ label: entry.label, khuyenCong, normReference: entry.line.normReference, path: entry.path }];
    }),
});

/** What `khuyenCongLines` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán dùng kinh phí khuyến công (funding.khuyenCong > 0). Mỗi mục: label, khuyenCong, normReference, path. Dòng không cho biết phần kinh phí khuyến công (và không suy ra được từ các phần khác) được ghi là thiếu funding.khuyenCong; không có budget.lines được ghi là thiếu số liệu.',
  en: 'The budget lines funded by khuyến công funds (funding.khuyenCong > 0). Each item: label, khuyenCong, normReference, path. A line whose khuyến công share is not given (nor follows from its other parts) is noted as lacking funding.khuyenCong; no budget.lines is noted as lacking.',
};
