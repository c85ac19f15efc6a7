import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';

/** The catalogue fact `counterpartCommittedTotal`. */
export const fact = defineFact({
  name: 'counterpartCommittedTotal',
  compute: (context) => (context.dossier.beneficiaries ?? []).reduce((sum, beneficiary) => sum + (beneficiary.counterpartCommitted ?? 0), 0),
});

/** What `counterpartCommittedTotal` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Tổng vốn đối ứng các cơ sở thụ hưởng cam kết (cộng counterpartCommitted; cơ sở không ghi tính là 0), VND.',
  en: 'The counterpart funds the beneficiaries have committed (the sum of counterpartCommitted; a beneficiary without it counts as 0), VND.',
};
