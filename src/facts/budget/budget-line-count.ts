import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `budgetLineCount`. */
export const fact = defineFact({
  name: 'budgetLineCount',
  compute: (context) => context.dossier.budget?.lines?.length ?? 0,
});

/** What `budgetLineCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số dòng dự toán kinh phí.',
  en: 'The number of budget lines.',
};
