import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalCoverage } from './legal-coverage.js';

/** The catalogue fact `legalCoverageStart`. */
export const fact = defineFact({
  name: 'legalCoverageStart',
  returns: 'date',
  compute: (context) => legalCoverage(context).start,
});

/** What `legalCoverageStart` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Ngày đầu tiên bảng dữ liệu pháp lý bao quát (ngày bắt đầu của mục legalCoverage đầu tiên); không có nếu bảng không ghi.',
  en: 'The first date the legal data covers (the start of its first legalCoverage entry); absent when the table does not say.',
};
