import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `beneficiaryCount`. */
export const fact = defineFact({
  name: 'beneficiaryCount',
  compute: (context) => context.dossier.beneficiaries?.length ?? 0,
});

/** What `beneficiaryCount` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số cơ sở thụ hưởng được kê khai.',
  en: 'The number of beneficiaries listed.',
};
