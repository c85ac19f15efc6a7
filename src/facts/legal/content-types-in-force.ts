import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalCodes } from './legal-value.js';

/** The catalogue fact `contentTypesInForce`. */
export const fact = defineFact({
  name: 'contentTypesInForce',
  returns: 'list',
  compute: (context) => legalCodes(context, 'contentTypes'),
});

/** What `contentTypesInForce` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các nội dung hoạt động khuyến công được phép vào ngày tham chiếu (khóa contentTypes).',
  en: 'The industrial-promotion content types allowed on the reference date (key contentTypes).',
};
