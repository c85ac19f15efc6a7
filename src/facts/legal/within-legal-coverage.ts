import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalCoverage } from './legal-coverage.js';

/** The catalogue fact `withinLegalCoverage`. */
export const fact = defineFact({
  name: 'withinLegalCoverage',
  returns: 'boolean',
  compute: (context) => legalCoverage(context).covered,
});

/** What `withinLegalCoverage` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Bảng dữ liệu pháp lý có bao quát ngày tham chiếu hay không (khóa legalCoverage): false trước ngày bảng bắt đầu (legalCoverageStart), khi pháp luật về khuyến công của ngày đó chưa được đưa vào bảng; các quy tắc phụ thuộc pháp luật khi đó không áp dụng.',
  en: 'Whether the legal data covers the reference date (key legalCoverage): false before the date the table starts (legalCoverageStart), when the khuyến công law of that date is not in the table; law-dependent rules then do not apply.',
};
