import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { distinctActivityValues } from './activities.js';

/** The catalogue fact `communicationChannels`. */
export const fact = defineFact({
  name: 'communicationChannels',
  compute: (context) => distinctActivityValues(context, 'channel'),
});

/** What `communicationChannels` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các kênh truyền thông khác nhau đã dùng, theo thứ tự dùng lần đầu.',
  en: 'The distinct communication channels used, in order of first use.',
};
