import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { distinctActivityValues } from './activities.js';

/** The catalogue fact `communicationAudiences`. */
export const fact = defineFact({
  name: 'communicationAudiences',
  returns: 'list',
  compute: (context) => distinctActivityValues(context, 'audience'),
});

/** What `communicationAudiences` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các đối tượng khác nhau mà hoạt động truyền thông hướng tới (beneficiaries, public, authorities), theo thứ tự xuất hiện lần đầu. Hoạt động không ghi đối tượng bị bỏ qua và đối tượng của nó được ghi là thiếu số liệu. Không có communication.activities được ghi là thiếu số liệu (danh sách rỗng là dữ liệu).',
  en: 'The distinct audiences the communication activities address (beneficiaries, public, authorities), in order of first appearance. An activity that states no audience is left out and its audience noted as lacking. No communication.activities is noted as lacking (an empty list is data).',
};
