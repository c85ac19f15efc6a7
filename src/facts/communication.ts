import { formatISO, parseISO, subDays } from 'date-fns';
import * as z from 'zod/mini';
import { AUDIENCES } from '../schema/enums.js';
import type { EvaluationContext } from './context.js';
import { defineFact } from './define.js';
import { itemLabel } from './labels.js';

const DaysSchema = z.strictObject({ days: z.int().check(z.minimum(0)) });
const AudienceFilterSchema = z.strictObject({ audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)) });

/** An ISO calendar date `days` days earlier, by the calendar (date-fns). */
function daysBefore(isoDate: string, days: number): string {
  return formatISO(subDays(parseISO(isoDate), days), { representation: 'date' });
}

/** The communication activities as fact items, in dossier order, each with its people-readable path. */
function activityItems(context: EvaluationContext) {
  return (context.dossier.communication?.activities ?? []).map((activity, index) => {
    const path = `communication.activities[${index}]`;
    return {
      label: itemLabel(undefined, path),
      channel: activity.channel,
      date: activity.date,
      audience: activity.audience,
      reach: activity.reach,
      path,
    };
  });
}

type ActivityItem = ReturnType<typeof activityItems>[number];
type DatedActivity = ActivityItem & { date: string };

/** The dated activities, earliest first (dossier order among activities of the same day). */
function datedActivities(context: EvaluationContext): DatedActivity[] {
  return activityItems(context)
    .filter((activity): activity is DatedActivity => activity.date !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function undatedActivities(context: EvaluationContext): ActivityItem[] {
  return activityItems(context).filter((activity) => activity.date === undefined);
}

/** The last milestone in the plan (the last one listed), when it has a completion date. */
function lastMilestoneCompletion(context: EvaluationContext) {
  const milestones = context.dossier.implementation?.milestones ?? [];
  const index = milestones.length - 1;
  const last = milestones[index];
  if (!last?.completedOn) return undefined;
  const path = `implementation.milestones[${index}]`;
  return { label: itemLabel(last.name, path), completedOn: last.completedOn, path };
}

export const communicationFacts = [
  defineFact({
    name: 'communicationChannels',
    description: {
      vi: 'Các kênh truyền thông khác nhau đã dùng, theo thứ tự dùng lần đầu.',
      en: 'The distinct communication channels used, in order of first use.',
    },
    compute: (context) => [
      ...new Set((context.dossier.communication?.activities ?? []).flatMap((activity) => (activity.channel ? [activity.channel] : []))),
    ],
  }),
  defineFact({
    name: 'communicationActivities',
    description: {
      vi: 'Mọi hoạt động truyền thông, theo thứ tự trong hồ sơ. Mỗi mục: label, channel, date, audience, reach, path.',
      en: 'Every communication activity, in dossier order. Each item: label, channel, date, audience, reach, path.',
    },
    compute: (context) => activityItems(context),
  }),
  defineFact({
    name: 'communicationAudiences',
    description: {
      vi: 'Các đối tượng khác nhau mà hoạt động truyền thông hướng tới (beneficiaries, public, authorities), theo thứ tự xuất hiện lần đầu.',
      en: 'The distinct audiences the communication activities address (beneficiaries, public, authorities), in order of first appearance.',
    },
    compute: (context) => [
      ...new Set((context.dossier.communication?.activities ?? []).flatMap((activity) => (activity.audience ? [activity.audience] : []))),
    ],
  }),
  defineFact({
    name: 'communicationActivitiesFor',
    description: {
      vi: 'Các hoạt động truyền thông hướng tới một trong các đối tượng params.audiences, theo thứ tự trong hồ sơ. Mỗi mục: label, channel, date, audience, reach, path.',
      en: 'The communication activities addressed to one of params.audiences, in dossier order. Each item: label, channel, date, audience, reach, path.',
    },
    params: AudienceFilterSchema,
    compute: (context, params: z.infer<typeof AudienceFilterSchema>) =>
      activityItems(context).filter((activity) => activity.audience !== undefined && params.audiences.includes(activity.audience)),
  }),
  defineFact({
    name: 'prelaunchOutreach',
    description: {
      vi: 'Truyền thông trước khi triển khai: from (period.start trừ params.days ngày), to (period.start), activities (các hoạt động có ngày từ from đến to, sớm nhất trước), lastBefore (hoạt động gần nhất trước from), firstAfter (hoạt động sớm nhất sau to), undated (các hoạt động không ghi ngày). Mỗi hoạt động: label, channel, date, audience, reach, path. Không có nếu thiếu period.start.',
      en: 'Outreach before launch: from (period.start minus params.days days), to (period.start), activities (those dated from `from` to `to`, earliest first), lastBefore (the latest activity before `from`), firstAfter (the earliest activity after `to`), undated (the activities with no date). Each activity: label, channel, date, audience, reach, path. Absent without period.start.',
    },
    params: DaysSchema,
    compute: (context, params: z.infer<typeof DaysSchema>) => {
      const start = context.dossier.period?.start;
      if (!start) return undefined;
      const from = daysBefore(start, params.days);
      const dated = datedActivities(context);
      return {
        from,
        to: start,
        activities: dated.filter((activity) => activity.date >= from && activity.date <= start),
        lastBefore: dated.filter((activity) => activity.date < from).at(-1),
        firstAfter: dated.find((activity) => activity.date > start),
        undated: undatedActivities(context),
      };
    },
  }),
  defineFact({
    name: 'resultsDissemination',
    description: {
      vi: 'Truyền thông kết quả khi kết thúc: endDate (ngày hoàn thành của mốc cuối cùng trong implementation.milestones, nếu không có thì period.end), milestone (mốc cuối khi ngày của nó được dùng: label, completedOn, path), from (endDate trừ params.days ngày), activities (các hoạt động có ngày từ from trở đi), lastActivity (hoạt động có ngày muộn nhất), undated (các hoạt động không ghi ngày), missing (khi không xác định được endDate: trường ngày hoàn thành của mốc cuối, hoặc implementation.milestones nếu chưa có mốc nào, rồi period.end).',
      en: 'Communicating results at the end: endDate (the completion date of the last milestone in implementation.milestones, else period.end), milestone (that last milestone when its date is used: label, completedOn, path), from (endDate minus params.days days), activities (those dated on or after `from`), lastActivity (the latest dated activity), undated (the activities with no date), missing (when endDate cannot be found: the completion field of the last milestone, or implementation.milestones when there is none, then period.end).',
    },
    params: DaysSchema,
    compute: (context, params: z.infer<typeof DaysSchema>) => {
      const milestone = lastMilestoneCompletion(context);
      const endDate = milestone?.completedOn ?? context.dossier.period?.end;
      const dated = datedActivities(context);
      const common = { lastActivity: dated.at(-1), undated: undatedActivities(context) };
      if (!endDate) {
        const count = context.dossier.implementation?.milestones?.length ?? 0;
        const milestonePath = count > 0 ? `implementation.milestones[${count - 1}].completedOn` : 'implementation.milestones';
        return { ...common, activities: [], missing: [milestonePath, 'period.end'] };
      }
      const from = daysBefore(endDate, params.days);
      return {
        ...common,
        endDate,
        ...(milestone ? { milestone } : {}),
        from,
        activities: dated.filter((activity) => activity.date >= from),
        missing: [],
      };
    },
  }),
  defineFact({
    name: 'consultations',
    description: {
      vi: 'Mọi cuộc tham vấn, lấy ý kiến, theo thứ tự trong hồ sơ. Mỗi mục: label, date, participants, minutesRecorded, afterStart (ngày tham vấn sau period.start), path.',
      en: 'Every consultation, in dossier order. Each item: label, date, participants, minutesRecorded, afterStart (held after period.start), path.',
    },
    compute: (context) => {
      const start = context.dossier.period?.start;
      return (context.dossier.communication?.consultations ?? []).map((consultation, index) => {
        const path = `communication.consultations[${index}]`;
        return {
          label: itemLabel(undefined, path),
          date: consultation.date,
          participants: consultation.participants,
          minutesRecorded: consultation.minutesRecorded,
          afterStart: consultation.date !== undefined && start !== undefined && consultation.date > start,
          path,
        };
      });
    },
  }),
  defineFact({
    name: 'consultationsWithMinutesByStart',
    description: {
      vi: 'Các cuộc tham vấn có biên bản (minutesRecorded) và có ngày không muộn hơn period.start; rỗng nếu thiếu period.start. Mỗi mục: label, date, participants, path.',
      en: 'The consultations with minutes recorded (minutesRecorded) dated on or before period.start; empty without period.start. Each item: label, date, participants, path.',
    },
    compute: (context) => {
      const start = context.dossier.period?.start;
      if (!start) return [];
      return (context.dossier.communication?.consultations ?? []).flatMap((consultation, index) => {
        const path = `communication.consultations[${index}]`;
        return consultation.minutesRecorded === true && consultation.date !== undefined && consultation.date <= start
          ? [{ label: itemLabel(undefined, path), date: consultation.date, participants: consultation.participants, path }]
          : [];
      });
    },
  }),
];
