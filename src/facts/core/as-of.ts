import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `asOf`. */
export const fact = defineFact({
  name: 'asOf',
  returns: 'date',
  compute: (context) => context.asOf,
});

/** What `asOf` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Ngày đánh giá (YYYY-MM-DD).',
  en: 'The evaluation date (YYYY-MM-DD).',
};
