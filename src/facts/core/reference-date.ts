import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `referenceDate`. */
export const fact = defineFact({
  name: 'referenceDate',
  returns: 'date',
  compute: (context) => context.referenceDate,
});

/** What `referenceDate` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Ngày tham chiếu pháp lý (YYYY-MM-DD): văn bản có hiệu lực vào ngày này được áp dụng.',
  en: 'The legal reference date (YYYY-MM-DD): the law in force on this date applies.',
};
