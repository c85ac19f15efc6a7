import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { activityItems } from './activities.js';

/** The catalogue fact `communicationActivities`. */
export const fact = defineFact({
  name: 'communicationActivities',
  returns: 'list',
  compute: (context) => activityItems(context),
});

/** What `communicationActivities` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Mọi hoạt động truyền thông, theo thứ tự trong hồ sơ. Mỗi mục: label, channel, date, audience, reach, path. Không có communication.activities được ghi là thiếu số liệu (danh sách rỗng là dữ liệu).',
  en: 'Every communication activity, in dossier order. Each item: label, channel, date, audience, reach, path. No communication.activities is noted as lacking (an empty list is data).',
};
