import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `stage`. */
export const fact = defineFact({
  name: 'stage',
  returns: 'string',
  compute: (context) => context.dossier.stage ?? 'proposal',
});

/** What `stage` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Giai đoạn của đề án; hồ sơ không ghi giai đoạn được coi là "proposal" (đề xuất).',
  en: 'The stage of the project; a dossier with no stage counts as "proposal".',
};
