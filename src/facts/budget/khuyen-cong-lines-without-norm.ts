import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { budgetLines, neededFundingPart } from './budget-lines.js';

/** The catalogue fact `khuyenCongLinesWithoutNorm`. */
export const fact = defineFact({
  name: 'khuyenCongLinesWithoutNorm',
  returns: 'list',
  compute: (context) =>
    budgetLines(context)
      // Whether a line without a norm draws on khuyến công funds is needed only for such lines.
      .flatMap((entry) => {
        if (entry.line.normReference?.trim()) return [];
        const khuyenCong = neededFundingPart(context, entry, 'khuyenCong');
        return khuyenCong === undefined || khuyenCong === 0 ? [] : [{ label: entry.label, khuyenCong, path: `${entry.path}.normReference` }];
      }),
});

/** What `khuyenCongLinesWithoutNorm` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các dòng dự toán dùng kinh phí khuyến công mà chưa ghi căn cứ định mức chi (normReference trống). Mỗi mục: label, khuyenCong, path.',
  en: 'The budget lines funded by khuyến công funds that cite no cost norm (normReference empty). Each item: label, khuyenCong, path.',
};
