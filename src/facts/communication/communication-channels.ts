import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `communicationChannels`. */
export const fact = defineFact({
  name: 'communicationChannels',
  compute: (context) => [
    ...new Set((context.dossier.communication?.activities ?? []).flatMap((activity) => (activity.channel ? [activity.channel] : []))),
  ],
});

/** What `communicationChannels` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các kênh truyền thông khác nhau đã dùng, theo thứ tự dùng lần đầu.',
  en: 'The distinct communication channels used, in order of first use.',
};
