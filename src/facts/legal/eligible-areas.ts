import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalCodes } from './legal-value.js';

/** The catalogue fact `eligibleAreas`. */
export const fact = defineFact({
  name: 'eligibleAreas',
  returns: 'list',
  compute: (context) => legalCodes(context, 'eligibleAreas'),
});

/** What `eligibleAreas` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các địa bàn mà cơ sở được hưởng khuyến công vào ngày tham chiếu (khóa eligibleAreas).',
  en: 'The areas in which establishments are eligible on the reference date (key eligibleAreas).',
};
