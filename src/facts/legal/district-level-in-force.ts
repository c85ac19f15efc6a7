import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalValue } from './legal-value.js';

/** The catalogue fact `districtLevelInForce`. */
export const fact = defineFact({
  name: 'districtLevelInForce',
  returns: 'boolean',
  // Legal data, not dossier data: the bundled table states the key for every date, so absence is
  // only a host's own table leaving it out, read as no district level (the rule then asks less, never more).
  compute: (context) => legalValue(context, 'districtLevel') === true,
});

/** What `districtLevelInForce` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Cấp huyện còn tồn tại vào ngày tham chiếu hay không (cải cách năm 2025 bỏ cấp huyện; khóa districtLevel).',
  en: 'Whether the district level of government exists on the reference date (the 2025 reform abolished it; key districtLevel).',
};
