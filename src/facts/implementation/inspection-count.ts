import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `inspectionCount`. */
export const fact = defineFact({
  name: 'inspectionCount',
  compute: (context) => context.dossier.implementation?.inspections?.length ?? 0,
});

/** What `inspectionCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số lần kiểm tra, giám sát được ghi trong hồ sơ.',
  en: 'The number of inspections recorded.',
};
