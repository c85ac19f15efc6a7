import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { legalCodes } from './legal-value.js';

/** The catalogue fact `eligibleBeneficiaryKinds`. */
export const fact = defineFact({
  name: 'eligibleBeneficiaryKinds',
  returns: 'list',
  compute: (context) => legalCodes(context, 'eligibleBeneficiaryKinds'),
});

/** What `eligibleBeneficiaryKinds` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các loại cơ sở được hưởng khuyến công vào ngày tham chiếu (khóa eligibleBeneficiaryKinds).',
  en: 'The kinds of establishment eligible for support on the reference date (key eligibleBeneficiaryKinds).',
};
