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
    compute: (context) => [
      ...new Set((context.dossier.communication?.activities ?? []).flatMap((activity) => (activity.channel ? [activity.channel] : []))),
    ],
  }),
  defineFact({
    name: 'communicationActivities',
    compute: (context) => activityItems(context),
  }),
  defineFact({
    name: 'communicationAudiences',
    compute: (context) => [
      ...new Set((context.dossier.communication?.activities ?? []).flatMap((activity) => (activity.audience ? [activity.audience] : []))),
    ],
  }),
  defineFact({
    name: 'communicationActivitiesFor',
    params: AudienceFilterSchema,
    compute: (context, params: z.infer<typeof AudienceFilterSchema>) =>
      activityItems(context).filter((activity) => activity.audience !== undefined && params.audiences.includes(activity.audience)),
  }),
  defineFact({
    name: 'prelaunchOutreach',
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
