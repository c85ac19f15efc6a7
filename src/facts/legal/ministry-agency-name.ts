import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalValue } from './legal-value.js';

/** The catalogue fact `ministryAgencyName`. */
export const fact = defineFact({
  name: 'ministryAgencyName',
  returns: 'string',
  compute: (context) => legalValue(context, 'ministryAgencyName'),
});

/** What `ministryAgencyName` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tên cơ quan của Bộ Công Thương phụ trách khuyến công vào ngày tham chiếu (bảng dữ liệu pháp lý, khóa ministryAgencyName).',
  en: "The name of the Ministry of Industry and Trade's industrial-promotion agency on the reference date (legal data, key ministryAgencyName).",
};
