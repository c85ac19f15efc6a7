import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { AUDIENCES } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { noteUnknown } from '../unknowns.js';
import { activityItems } from './activities.js';

const AudienceFilterSchema = z.strictObject({ audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)) });

/** The catalogue fact `communicationActivitiesFor`. */
export const fact = defineFact({
  name: 'communicationActivitiesFor',
  returns: 'list',
  params: AudienceFilterSchema,
  compute: (context, params: z.infer<typeof AudienceFilterSchema>) =>
    activityItems(context).filter((activity) => {
      // An activity whose audience is not stated may be one of those sought.
      if (activity.audience === undefined) noteUnknown(context, `${activity.path}.audience`);
      return params.audiences.some((audience) => audience === activity.audience);
    }),
});

/** What `communicationActivitiesFor` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các hoạt động truyền thông hướng tới một trong các đối tượng params.audiences, theo thứ tự trong hồ sơ. Mỗi mục: label, channel, date, audience, reach, path. Hoạt động không ghi đối tượng (audience) được ghi là thiếu số liệu: nó có thể là hoạt động cần tìm. Không có communication.activities được ghi là thiếu số liệu (danh sách rỗng là dữ liệu).',
  en: 'The communication activities addressed to one of params.audiences, in dossier order. Each item: label, channel, date, audience, reach, path. An activity that states no audience is noted as lacking: it may be one of those sought. No communication.activities is noted as lacking (an empty list is data).',
};
