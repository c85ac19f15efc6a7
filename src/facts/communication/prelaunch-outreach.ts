import type { LocalizedText } from '../../i18n/locale.js';
import { daysBefore } from '../calendar-days.js';
import { defineFact } from '../define.js';
import { datedActivities, undatedActivities } from './activities.js';
import { DaysSchema, type DaysParams } from './days-params.js';

/** The catalogue fact `prelaunchOutreach`. */
export const fact = defineFact({
  name: 'prelaunchOutreach',
  returns: 'object',
  params: DaysSchema,
  compute: (context, params: DaysParams) => {
    const start = context.dossier.period?.start;
    if (!start) return undefined;
    const from = daysBefore(start, params.days);
    const dated = datedActivities(context, 'activities');
    return {
      from,
      to: start,
      activities: dated.filter((activity) => activity.date >= from && activity.date <= start),
      lastBefore: dated.filter((activity) => activity.date < from).at(-1),
      firstAfter: dated.find((activity) => activity.date > start),
      undated: undatedActivities(context, 'activities'),
    };
  },
});

/** What `prelaunchOutreach` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Truyền thông trước khi triển khai: from (period.start trừ params.days ngày), to (period.start), activities (các hoạt động có ngày từ from đến to, sớm nhất trước), lastBefore (hoạt động gần nhất trước from), firstAfter (hoạt động sớm nhất sau to), undated (các hoạt động không ghi ngày). Mỗi hoạt động: label, channel, date, audience, reach, path. Không có nếu thiếu period.start. Ngày của hoạt động không ghi ngày, và communication.activities khi không có, được ghi là thiếu số liệu cho activities (một hoạt động có ngày trong khoảng vẫn quyết định).',
  en: 'Outreach before launch: from (period.start minus params.days days), to (period.start), activities (those dated from `from` to `to`, earliest first), lastBefore (the latest activity before `from`), firstAfter (the earliest activity after `to`), undated (the activities with no date). Each activity: label, channel, date, audience, reach, path. Absent without period.start. The date of an undated activity, and an absent communication.activities, are noted as lacking for `activities` (a dated activity in the window still decides).',
};
