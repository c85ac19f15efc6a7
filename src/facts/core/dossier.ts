import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `dossier`. */
export const fact = defineFact({
  name: 'dossier',
  returns: 'object',
  compute: (context) => context.dossier,
});

/** What `dossier` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Toàn bộ hồ sơ đề án (các trường null coi như không có); dùng với "path", ví dụ "presidingUnit.staff.technical".',
  en: 'The whole dossier (null fields count as absent); use with "path", e.g. "presidingUnit.staff.technical".',
};
