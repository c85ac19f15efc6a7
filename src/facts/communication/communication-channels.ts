import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { distinctActivityValues } from './activities.js';

/** The catalogue fact `communicationChannels`. */
export const fact = defineFact({
  name: 'communicationChannels',
  returns: 'list',
  compute: (context) => distinctActivityValues(context, 'channel'),
});

/** What `communicationChannels` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các kênh truyền thông khác nhau đã dùng, theo thứ tự dùng lần đầu. Hoạt động không ghi kênh bị bỏ qua và kênh của nó được ghi là thiếu số liệu (nó có thể thêm một kênh). Không có communication.activities được ghi là thiếu số liệu (danh sách rỗng là dữ liệu).',
  en: 'The distinct communication channels used, in order of first use. An activity that states no channel is left out and its channel noted as lacking (it may add one). No communication.activities is noted as lacking (an empty list is data).',
};
