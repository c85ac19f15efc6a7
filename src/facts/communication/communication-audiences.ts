import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { distinctActivityValues } from './activities.js';

/** The catalogue fact `communicationAudiences`. */
export const fact = defineFact({
  name: 'communicationAudiences',
  compute: (context) => distinctActivityValues(context, 'audience'),
});

/** What `communicationAudiences` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các đối tượng khác nhau mà hoạt động truyền thông hướng tới (beneficiaries, public, authorities), theo thứ tự xuất hiện lần đầu.',
  en: 'The distinct audiences the communication activities address (beneficiaries, public, authorities), in order of first appearance.',
};
