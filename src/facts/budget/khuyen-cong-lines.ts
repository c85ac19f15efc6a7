import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines } from './budget-lines.js';

/** The catalogue fact `khuyenCongLines`. */
export const fact = defineFact({
  name: 'khuyenCongLines',
  compute: (context) =>
    budgetLines(context)
      .filter(({ line }) => (line.funding?.khuyenCong ?? 0) > 0) // the lines known to draw on khuyến công funds
      .map(({ line, path, label }) => ({ label, khuyenCong: line.funding!.khuyenCong, normReference: line.normReference, path })),
});

/** What `khuyenCongLines` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán dùng kinh phí khuyến công (funding.khuyenCong > 0). Mỗi mục: label, khuyenCong, normReference, path.',
  en: 'The budget lines funded by khuyến công funds (funding.khuyenCong > 0). Each item: label, khuyenCong, normReference, path.',
};
