import * as z from 'zod/mini';
import type { LocalizedText } from '../../i18n/locale.js';
import { AUDIENCES } from '../../schema/enums.js';
import { defineFact } from '../define.js';
import { activityItems } from './activities.js';

const AudienceFilterSchema = z.strictObject({ audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)) });

/** The catalogue fact `communicationActivitiesFor`. */
export const fact = defineFact({
  name: 'communicationActivitiesFor',
  params: AudienceFilterSchema,
  compute: (context, params: z.infer<typeof AudienceFilterSchema>) =>
    activityItems(context).filter((activity) => activity.audience !== undefined && params.audiences.includes(activity.audience)),
});

/** What `communicationActivitiesFor` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các hoạt động truyền thông hướng tới một trong các đối tượng params.audiences, theo thứ tự trong hồ sơ. Mỗi mục: label, channel, date, audience, reach, path.',
  en: 'The communication activities addressed to one of params.audiences, in dossier order. Each item: label, channel, date, audience, reach, path.',
};
